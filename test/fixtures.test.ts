/**
 * File fixtures of the extractor: one folder per form under
 * test/fixtures/extract/<case>/ with `input.txt` (a short original text) and
 * `expected.jsonl` (the claims extractText gives for it, one JSON.stringify per
 * claim and line).
 *
 * For every case, three tests:
 * - snapshot: the JSONL equals expected.jsonl byte for byte. With
 *   UPDATE_FIXTURES=1 expected.jsonl is (re)written instead, and the test says
 *   so (a diagnostic and a line on stderr); review the diff before committing.
 * - properties that hold for any record: valid against the schema, every span
 *   slices the input by code points to exactly its text with the right
 *   line/column, a resolved antecedent is an earlier mention.
 * - semantics: assertions about this form written by hand (the table
 *   `SEMANTICS` below). They are the spec, independent of expected.jsonl; a
 *   case the extractor does not meet yet is marked `todo` with the reason,
 *   never weakened; a todo reported as passing is done: remove its marker.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Claim } from "../src/claim.js";
import { extractText } from "../src/extract.js";
import { claimValidator } from "../src/validate.js";
import { fixturesDir } from "./helpers.js";
import { spansOf } from "./invariants.js";

const casesDir = join(fixturesDir, "extract");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

// ---------------------------------------------------------------------------
// helpers


/** Code-point view of a text: slicing and 1-based line/column (lines end at LF, CRLF or CR). */
function codePoints(text: string) {
  const cps = Array.from(text);
  const lineStarts = [0];
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === "\n" || (cps[i] === "\r" && cps[i + 1] !== "\n")) lineStarts.push(i + 1);
  }
  return {
    length: cps.length,
    slice: (a: number, b: number) => cps.slice(a, b).join(""),
    lineColumn(offset: number) {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      return { line: line + 1, column: offset - lineStarts[line]! + 1 };
    },
    /** Code-point range of the first occurrence of `s` (which must occur). */
    find(s: string): { start: number; end: number } {
      const i = text.indexOf(s);
      assert.ok(i >= 0, `fixture text lacks ${JSON.stringify(s)}`);
      const start = Array.from(text.slice(0, i)).length;
      return { start, end: start + Array.from(s).length };
    },
  };
}

const show = (c: Claim) =>
  `{speaker: ${JSON.stringify(c.speaker.text)}, cue: ${JSON.stringify(c.cue.text)}, content: ${JSON.stringify(c.content.text)}}`;
const showAll = (cs: Claim[]) => (cs.length ? cs.map(show).join("\n  ") : "(no claims)");

/** The one claim whose content contains `fragment` ("^x": starts with x; "^x$": is x). */
function claimWith(cs: Claim[], fragment: string): Claim {
  const exact = fragment.startsWith("^") && fragment.endsWith("$");
  const hits = cs.filter((c) => (exact ? c.content.text === fragment.slice(1, -1) : fragment.startsWith("^") ? c.content.text.startsWith(fragment.slice(1)) : c.content.text.includes(fragment)));
  assert.equal(hits.length, 1, `expected one claim whose content contains ${JSON.stringify(fragment)}, got ${hits.length}:\n  ${showAll(cs)}`);
  return hits[0]!;
}

/** Citation numbers of a claim. */
const ns = (c: Claim) => c.citations.map((x) => x.n);

interface Expect {
  speaker?: string | RegExp | null;
  resolved?: string | RegExp | null;
  speakerType?: Claim["speaker"]["type"];
  cue?: string;
  lemma?: string;
  cueType?: Claim["cue"]["type"];
  outlet?: string | RegExp | null;
  addressee?: string | RegExp | null;
  content?: string;
  /** The texts of `content.parts`, or null when the content has none. */
  parts?: string[] | null;
  kind?: Claim["kind"];
  citations?: number[];
}

function matches(label: string, actual: string | null | undefined, want: string | RegExp | null): void {
  if (want === null || typeof want === "string") assert.equal(actual ?? null, want, label);
  else assert.match(actual ?? "", want, `${label}: ${JSON.stringify(actual)} does not match ${want}`);
}

/** Checks the listed fields of a claim. */
function expectClaim(c: Claim, e: Expect): void {
  const where = ` (claim ${show(c)})`;
  if (e.speaker !== undefined) matches(`speaker.text${where}`, c.speaker.text, e.speaker);
  if (e.resolved !== undefined) matches(`speaker.resolved${where}`, c.speaker.resolved?.text, e.resolved);
  if (e.speakerType !== undefined) assert.equal(c.speaker.type, e.speakerType, `speaker.type${where}`);
  if (e.cue !== undefined) assert.equal(c.cue.text, e.cue, `cue.text${where}`);
  if (e.lemma !== undefined) assert.equal(c.cue.lemma, e.lemma, `cue.lemma${where}`);
  if (e.cueType !== undefined) assert.equal(c.cue.type, e.cueType, `cue.type${where}`);
  if (e.outlet !== undefined) matches(`outlet${where}`, c.outlet?.text, e.outlet);
  if (e.addressee !== undefined) matches(`addressee${where}`, c.addressee?.text, e.addressee);
  if (e.content !== undefined) assert.equal(c.content.text, e.content, `content${where}`);
  if (e.parts !== undefined) assert.deepEqual(c.content.parts?.map((x) => x.text) ?? null, e.parts, `content.parts${where}`);
  if (e.kind !== undefined) assert.equal(c.kind, e.kind, `kind${where}`);
  if (e.citations !== undefined) assert.deepEqual(ns(c), e.citations, `citation numbers${where}`);
}

/** `fragment → expectations` for every claim of a case, and no other claim. */
function expectExactly(cs: Claim[], table: Record<string, Expect>): void {
  for (const [fragment, e] of Object.entries(table)) expectClaim(claimWith(cs, fragment), e);
  assert.equal(cs.length, Object.keys(table).length, `claims:\n  ${showAll(cs)}`);
}

const overlaps = (s: { start: number; end: number }, r: { start: number; end: number }) => s.start < r.end && r.start < s.end;

// ---------------------------------------------------------------------------
// the spec, case by case

type Check = (claims: Claim[], text: string) => void;
interface Case {
  check: Check;
  /** Set when the extractor does not meet the spec yet: why. */
  todo?: string;
}

const SEMANTICS: Record<string, Case> = {
  "charge-senses": {
    // "charge" reports a claim only when it accuses: with an object and "with" and the offence ("charged two clerks
    // with forging"), a that-clause or a quotation. Charging a price ("charges passengers a fee", "charged the
    // operators for berths"), a battery ("charge their radios") or a movement ("charged into the box") reports nothing.
    check: (cs) =>
      expectExactly(cs, {
        "forging": { speaker: "Prosecutors in Westbury", cue: "charged", content: "two harbour clerks, Ana Roth and Ben Clay, with forging shipping permits" },
        "drive tourists": { speaker: "Opposition councillors", cue: "charged", content: "the fee rise would drive tourists away" },
        "scandal": { speaker: "the mayor", cue: "charged", content: "The ferries are a scandal" },
      }),
  },
  "relative-gap-cues": {
    // A relative pronoun before the subject stands for the cue's object: "which X blamed for Y" charges the antecedent
    // (the "for" phrase is the content, though "blame" is otherwise a weak cue); "which it forecast to be 4%" gives the
    // infinitive; "described as" takes a quoted complement as it takes a bare one. "forecast" is a verb cue too.
    check: (cs) =>
      expectExactly(cs, {
        "the subsidy": { speaker: "Officials", cue: "defended" },
        "grain prices": { cue: "blamed", content: "for the slump in grain prices" },
        "around 4%": { speaker: "it", cue: "forecast", content: "to be around 4% next year" },
        "inflation would ease": { speaker: "The central bank", cue: "forecast", content: "inflation would ease by the spring" },
        "bold wager": { speaker: "the chairman", cue: "described", content: "a bold wager" },
      }),
  },
  "adjunct-clauses-and-furniture": {
    // A content that is only a subordinate clause of time, after a time phrase at most ("said when she resigned",
    // "said Friday as he boarded", "conceded when the polls closed"), reports nothing; a "that" clause after such an
    // adjunct is the content ("said on Tuesday as he arrived in Portbury that C"), and so is a main clause after it
    // ("said while X they also had Y"). A longer time phrase closes a tag ("As the Gazette reported a few days
    // later, C"). A lone sentence adverb or "enough" is no content; nor is a dateline's gapped "reported from A,
    // and X and Y from B", nor a phrase whose "that" follows a preposition ("for sailors in that spot"). A
    // transcript's stage direction ("(CROSSTALK.)") and a byline's sign-off ("Follow Jo Lund on Twitter @jolund")
    // are nobody's words, though a transcript quoted paragraph by paragraph hands them to its last speaker. "find"
    // with a reflexive object ("find themselves in the middle of a storm") finds nothing out.
    check: (cs) =>
      expectExactly(cs, {
        "crossing was closed": { speaker: "The pilot", cue: "said", content: "the crossing was closed" },
        "safe one": { speaker: "The mayor", cue: "said", content: "while everyone had the right to a ferry they also had the right to a safe one" },
        "close in May": { speaker: "the Portbury Gazette", cue: "reported", content: "the pier will close in May" },
        "all winter": { speaker: "HOLM", cue: ":", content: "The ferry will run all winter, whatever the council decides tomorrow", kind: "direct" },
        "in January": { speaker: "BERG", cue: ":", content: "The ferry will not run in January, and the council knows it", kind: "direct" },
      }),
  },
  "core-reporting-forms": {
    // Plain tags of saying whose subject the phrase scan alone misses. A postposed tag with a coordinated subject
    // (", she and another engineer said.", ", pilots and harbour officials told the Gazette.": coordinatedTag);
    // a name heading the description before the name in a postposed tag (", Harbour Weekly port editor Ola Berg
    // said."; descriptionBefore); a dashed aside after a subject with a postmodifier, or holding a short quotation
    // ("residents in both harbours — A and B — said", "A spokesman for the line - a firm billed as "..." -
    // noted"); "At least half of X say"; a written text's "claims that" + clause (not a relative "claims that
    // were dismissed"); a stray comma after a bracketed party tag ("Rep. Ada Voss (D-Ore.), said"); a
    // paragraph opened by a mistyped closing mark (quotes.ts); an absolute "with 62 percent saying C", which
    // ends the object before it at "with"; "Then" before a subject; an inverted "said Voss and others"; "predicted
    // about one-third of X will ..." ("about" approximates a quantity); "replaced by a notice that said C".
    check: (cs) =>
      expectExactly(cs, {
        "reopen in May": { speaker: "she and another engineer", cue: "said", content: "The bridge will reopen in May" },
        "toll is too high": { speaker: "he and Ms. Lund", cue: "said", content: "The toll is too high" },
        "strongest in summer": { speaker: "pilots and harbour officials", cue: "told", content: "Ferry traffic is strongest in summer" },
        "pier is closed": { speaker: "Ola Berg", cue: "said", content: "The pier is closed" },
        "dredging will cost": { speaker: "Nils Aro", cue: "stated", content: "The dredging will cost more" },
        "^the channel is too shallow$": { speaker: "residents in both harbours", cue: "said" },
        "boats are full": { speaker: "A spokesman for the ferry line", cue: "noted", content: "the boats are full" },
        "locks are too narrow": { speaker: "At least half of the pilots in each harbour", cue: "say", content: "the locks are too narrow" },
        "port ignored": { speaker: "The lawsuit", cue: "claims", content: "the port ignored the warnings" },
        "bridge is safe": { speaker: "Rep. Ada Voss (D-Ore.)", cue: "said", content: "the bridge is safe" },
        "new ferries": { speaker: "the Harbour Weekly", cue: "wrote", content: "… the channel is too shallow for the new ferries" },
        "^broad support$": { speaker: "The survey", cue: "found" },
        "should stay open": { speaker: "62 percent", cue: "saying", content: "the bridge should stay open" },
        "repair costs": { speaker: "Nils Aro", cue: "saying", content: "the port had hidden the repair costs" },
        "is the tide": { speaker: "Voss and others", cue: "said" },
        "count every ticket": { speaker: "Berg", cue: "said" },
        "paid online": { speaker: "who", cue: "predicted", content: "about one-third of the fares will be paid online" },
        "crossings are cancelled": { speaker: "a notice", cue: "said", content: "All crossings are cancelled today" },
      }),
  },
  "core-tag-forms": {
    // Plain reporting forms whose subject or clause the scans used to miss. A postposed subject keeps a possessive
    // before its noun chain and a hyphenated participle adjective ("the town's planning board", "the harbour-leaning
    // newspaper"); relative clauses joined by "and" belong to the subject; an appositive share agrees with "say"
    // ("Just over a third, 34 percent, say"), as does "X for Y" and an irregular plural ("The fishermen say
    // inspectors still check"); a dashed aside may follow a person noun when "who" opens it, or a source noun's
    // postmodifier; "18% who say"; "added, though, that C"; "a survey from 2019 noted"; "the local tabloid"; "... and
    // say they are C"; "A few hours later they ... and said C"; a title with an article after its owner's possessive
    // ("told Kessa Radio’s Meet the Fleet") leaves the quotation as the content; a relative "that" with its subject
    // before the cue ("a scheme that it says will cut"), ending at a comma before a coordinator or past verb, not
    // after a wh-word; "said the owner of a yard that repairs the boats"; "said a handful of pilots"; "issued earlier
    // this year"; "Relatives of mobilized men say"; "... and say we have C" not after an infinitive or modal.
    check: (cs) =>
      expectExactly(cs, {
        "tolls must come down": { speaker: "the harbour-leaning newspaper", cue: "wrote" },
        "another winter": { speaker: "the town's planning board", cue: "wrote" },
        "lights failed twice": { speaker: "A ferryman who works the night shift and who asked not to be named", cue: "said" },
        "cranes are slower": { speaker: "Just over a third", cue: "say" },
        "channel is too shallow": { speaker: "Pilots for Kessa Marine", cue: "say" },
        "regretted her remarks": { speaker: "The harbour master", cue: "said" },
        "quay is unsafe": { speaker: "Most officials across the three harbours", cue: "said" },
        "^the wages are too low$": { speaker: "who", cue: "say" },
        "reopen in May": { speaker: "He", cue: "added", content: "the quay would reopen in May" },
        "rarely used": { speaker: "a survey from 2019", cue: "noted" },
        "few friends": { speaker: "the local tabloid", cue: "noted" },
        "check every catch": { speaker: "The fishermen", cue: "say", content: "inspectors still check every catch" },
        "leaving the port": { speaker: "The pilots", cue: "say" },
        "at dawn": { speaker: "they", cue: "said" },
        "^We will not sail$": { speaker: "the captain", cue: "told" },
        "storm was too strong": { speaker: "the captain", cue: "adding" },
        "cut the fees": { speaker: "it", cue: "says" },
        // ("The board" is a body that speaks as one, like "the council": its praise of a plan is a stance on it.)
        "^the plan$": { speaker: "The board", cue: "praised" },
        "crane is unsafe": { speaker: "the owner of a yard that repairs the boats", cue: "said" },
        "wait until spring": { speaker: "a handful of pilots", cue: "said" },
        "fees were too high": { speaker: "A harbour audit issued earlier this year", cue: "reported" },
        // A participle adjective after a preposition belongs to the subject's postmodifier.
        "training is poor": { speaker: "Relatives of mobilized men", cue: "say" },
        // A restrictive "that" clause inside a larger one ends at its comma before a coordinator.
        "^is about safety$": { speaker: "the council", cue: "claims" },
        // A wh-word holds the gap: "he claims" is no claim of its own.
        "old story": { speaker: "The mayor", cue: "repeated" },
        // "stand here and say C" inside a quotation shares the infinitive: no claim of its own.
        "fixed the pier": { speaker: "the mayor", cue: "said", content: "I will not stand here and say we have fixed the pier" },
      }),
  },
  "speaker-forms": {
    // A lower-case role description before a name after a quotation belongs to the postposed subject,
    // and the name is the speaker ("“C,” harbour engineer Mia Lund said"); a connective is no description
    // (", yet harbour engineer Ada Voss says C": the content follows the cue). An indefinite common noun after
    // an inverted "said" speaks ("C, said a passenger", "“C,” said a crane driver"); after a quotation, a
    // description before a name gives the name ("“C,” said the harbour master Ola Berg"). A participle and
    // a place adverb postmodify the subject ("A statement posted online said"). A person's quotation keeps no
    // claims inside it ("I said …", "I warned …": withoutNestedReports, extract.ts). "said a word to", "said a
    // prayer for" report no proposition.
    check: (cs) =>
      expectExactly(cs, {
        // A topic after the cue ("said of the new tariff") leaves the quotation as the content.
        "tolls are too high": { speaker: "Nils Aro", cue: "said", content: "The tolls are too high", kind: "direct" },
        "pier is safe": { speaker: "Mia Lund", cue: "said", content: "The pier is safe", kind: "direct" },
        "late again": { speaker: "a passenger", cue: "said", content: "The ferry was late again", kind: "indirect" },
        "older than me": { speaker: "Ola Berg", cue: "said", content: "The crane is older than me", kind: "direct" },
        "Nobody checks it": { speaker: "a crane driver", cue: "said", content: "Nobody checks it", kind: "direct" },
        "would not sail": { speaker: "A statement", cue: "said", content: "the evening ferry would not sail", kind: "indirect" },
        // What "I" reports inside a quotation is part of the quoted speaker's claim, not a claim of its own (nested).
        "^I said the crane": { speaker: "a dock worker", cue: "said", content: "I said the crane was unsafe", kind: "direct" },
        "^I warned that": { speaker: "A crane driver", cue: "said", content: "I warned that the jib was cracked", kind: "direct" },
        "it will hold": { speaker: "Ada Voss", cue: "says", content: "it will hold", kind: "indirect" },
      }),
  },
  "speaker-boundaries": {
    // A manner adverb between subject and cue, a subject with a postmodifier, an inverted
    // speaker followed by an adjunct, a description then the name in apposition; "the states"
    // is a noun, no cue.
    check: (cs) =>
      expectExactly(cs, {
        "outlast everyone": { speaker: "The mayor", cue: "said", content: "the new bridge would outlast everyone in the council", kind: "indirect" },
        "double the port": { speaker: "Supporters of the harbour plan", cue: "say", lemma: "say", content: "the dredging will double the port's traffic", kind: "indirect" },
        "ferry line": { speaker: "Ilse Darmer", cue: "said", content: "We will reopen the ferry line before winter", kind: "direct" },
        "delayed by flooding": { speaker: "Tomas Verlin", speakerType: "person", cue: "said", content: "the tunnel had been delayed by flooding", kind: "indirect" },
      }),
  },
  "speaker-modifiers": {
    // Modifiers inside a speaker phrase read back from its head (phraseEndingAt): a hyphenated compound after an
    // article ("An open-source shipping aggregator"), a past participle after a determiner ("An unspecified ...
    // official"); not the object of a fronted participle clause ("Leaving a Tarsk summit Mr Vell said").
    check: (cs) =>
      expectExactly(cs, {
        "two tankers left": { speaker: "An open-source shipping aggregator", cue: "said" },
        "crane had been sold": { speaker: "An unspecified Osk port official", cue: "told" },
        "levy would stay": { speaker: "Mr Vell", cue: "said" },
      }),
  },
  "speaker-boundaries-lists-initials": {
    // A list of common nouns closed by ", and" inside an appositive is no second source (openingName/listTail); an
    // adverb before a participle adjective inside the subject's "of" phrase ("of newly filed X") keeps the whole
    // subject; an irregular past ("went") ends a subject's "on" postmodifier for the participle adjunct's speaker
    // (sentenceSubject; not "on" before a date: "pilots on Monday"); initials before initials ("K. T. Moraine") are one name (tokens.ts initialEnd).
    check: (cs) =>
      expectExactly(cs, {
        "levy was too low": { speaker: "Anne Lorsby", cue: "said" },
        "dredging fund lost money": { speaker: "An audit of newly filed harbour accounts", cue: "shows" },
        "toll was unfair": { speaker: "The council's top adviser on the harbour", cue: "arguing" },
        "quay will be rebuilt": { speaker: "K. T. Moraine", cue: "said" },
        "fee was unfair": { speaker: "The pilots", cue: "arguing" },
      }),
  },
  "speaker-spans": {
    // Where the speaker phrase starts and ends. A topic after the cue ("said of the repairs") is no speaker;
    // adverbs and measured times between subject and cue ("has twice complained", "(Greens) last week said",
    // "less than two weeks ago said", "a month later announced", ", often citing") are not the subject; a
    // question's asker is the agent of "asked by"; a capital that only opens the sentence ("Coastal erosion
    // experts") or names after an article ("The Tallis businessman") do not cut the noun phrase; a
    // prepositional postmodifier before the verb belongs to the subject ("Lawyers for the harbour board
    // appeared"); a capitalised modal after a name ends it ("Ada May said"); the name opening a
    // clause speaks across an appositive with commas of its own ("Ola Berg, whose company, Veltra, builds
    // cranes, said"); a bare agency tag opens no subject ("(Reuters) - Governor Ada Voss ... said"); a
    // bracketed tag then an adjunct still ends an inverted speaker; an opening past participle and its phrase
    // ("Chastened by the vote,") are an adverbial clause, not the subject.
    check: (cs) =>
      expectExactly(cs, {
        "pier will hold": { speaker: "Mia Lund", cue: "said", content: "The pier will hold", kind: "direct" },
        "cranes are unsafe": { speaker: "The Harbour Guild", cue: "complained" },
        "ferry fares would fall": { speaker: "Councillor Edda Brun (Greens)", cue: "said" },
        "canal would reopen": { speaker: "The port authority", cue: "said" },
        "yard would close": { speaker: "Oskar Lind", cue: "announced" },
        "safety rails": { speaker: "Dock workers", cue: "citing", content: "the lack of safety rails" },
        "open on time": { speaker: "a reporter", cue: "Asked", content: "whether the bridge would open on time" },
        "^it would$": { speaker: "the mayor", cue: "said" },
        "tides are rising": { speaker: "Coastal erosion experts", cue: "warned" },
        "port would thrive": { speaker: "The Tallis businessman", cue: "saying" },
        // (A person's role noun is a source for the weak cue "praised".)
        "^the plan$": { speaker: "The Tallis businessman", cue: "praised" },
        "records were private": { speaker: "Lawyers for the harbour board", cue: "saying" },
        "cranes were old": { speaker: "Harbour chief Ada May", cue: "said" },
        "jib was cracked": { speaker: "Ola Berg", cue: "said" },
        "berths were full": { speaker: "Ina Roe", cue: "said" },
        "dredging would start": { speaker: "Governor Ada Voss", cue: "said" },
        "fares are fair": { speaker: "Councillor Lina Osk (Greens)", cue: "said", kind: "direct" },
        "ferry was full": { speaker: "Councillor Lina Osk (Greens)", cue: "adding" },
        "^fares would fall$": { speaker: "the harbour master", cue: "promising" },
      }),
  },
  "speaker-titles-and-subject-runs": {
    // Title abbreviations ("Del.", "Amb.", "Supt.") open the name they precede: the full stop ends neither the
    // sentence nor the phrase ("Del." after a town and its comma is Delaware, and ends its sentence). A
    // participle's subject read from the sentence's start runs on over its postmodifier or noun to the finite
    // verb ("One engineer at a chip maker declined", "Harbour pilots went"), not over a time adjunct ("The harbour
    // board on Friday met"). After an opening quotation, the tag's name speaks for a participle and before an
    // appositive with a list ("housing, transport, and energy"); a lower-case description after ", and" that runs
    // to the cue's comma is one more appositive; ", and" before a relative clause's verb continues the clause;
    // "Just last week," is an opening adverbial.
    check: (cs) =>
      expectExactly(cs, {
        "reputation of this council": { speaker: /^Del\. Maria Lopes/, cue: "said", kind: "direct" },
        "buoys will be replaced": { speaker: "Amb. Peter Grant", cue: "said" },
        "quay is safe": { speaker: "Supt. Ada Wren", cue: "said" },
        "town was quiet": { speaker: "Officials", cue: "said" },
        "rules were unclear": { speaker: "One engineer at a chip maker", cue: "saying" },
        "wanted answers": { speaker: "Relatives of those injured in the fire", cue: "saying" },
        "too shallow": { speaker: "Harbour pilots", cue: "saying" },
        "vote was secret": { speaker: "The harbour board", cue: "saying" },
        "buses are late": { speaker: "Anne Roe", cue: "said", content: "The buses are late", kind: "direct" },
        "budget was sound": { speaker: "Jo Roe", cue: "said" },
        "^Poe$": { speaker: "Beck", cue: "opposed" },
        "ferry was doomed": { speaker: "Beck", cue: "said" },
        "Where do we go": { speaker: "Roe", cue: "asking" },
        "port is dying": { speaker: "A.B. Roe", cue: "wrote" },
        // A comma appositive before a dashed aside describes the opening name; an age before the name opens the
        // clause; a time adjunct after a relative "that"'s antecedent is no part of it; images are evidence.
        "pier was safe": { speaker: "Ada Vell", cue: "told" },
        "plan was sound": { speaker: "76-year-old Otto Brand", cue: "said" },
        "is innocent": { speaker: "his lawyer", cue: "says" },
        // (Evidence keeps its dated participle, "posted on Monday", as for "Geolocated footage posted on June 2 shows";
        // the participle after it takes the same source.)
        "new pontoon": { speaker: "Satellite images posted on Monday", cue: "show" },
        "crossing will reopen": { speaker: "Satellite images posted on Monday", cue: "suggesting" },
        // An opening participle clause without its comma runs into the subject: the honorific starts the speaker.
        "toll would rise": { speaker: "Mr Lorn", cue: "said" },
        "pier was closing": { speaker: "Mrs Vell", cue: "said" },
      }),
  },
  "speaker-extents": {
    // Where a subject's noun phrase ends. A phrase before an appositive's comma that is the object of a
    // postmodifier ("in Velsen") belongs to the subject it modifies; a time adjunct after a poll or a written
    // text ("released Saturday", "issued Friday") tells which one it is and stays in the source; a participle's
    // coordinated subject ("Harbour officials and their allies in the guild", "He and his deputies") speaks as
    // a whole, also after a sentence-initial adjective ("Conservative planners and ...": the plain noun before
    // "and" and a determiner or name closes the first conjunct; "telling stories and criticizing" stays verbs).
    check: (cs) =>
      expectExactly(cs, {
        "late again": { speaker: "A nurse in Velsen", cue: "said", content: "the ferry was late again", kind: "indirect" },
        "back the toll": { speaker: "A Harbour Gazette poll released Saturday", cue: "found", content: "most commuters back the toll" },
        "pier must close": { speaker: "The order issued Friday", cue: "says", content: "the pier must close by June" },
        "cranes are unsafe": { speaker: "Harbour officials and their allies in the guild", cue: "arguing" },
        "hulls were rusting": { speaker: "Conservative planners and their allies in the guild", cue: "warning" },
        "will be costly": { speaker: "He and his deputies", cue: "admitting", content: "this will be costly" },
        // After a noun, an "-ed" modifier before a name is a verb with its object ("The harbour report identified Jo Roe").
        "piles were rotten": { speaker: "The harbour report", cue: "stated", content: "the piles were rotten" },
        // A place adverb after the subject's noun postmodifies it ("the workers here"); a time adjunct after a
        // relative clause on the subject dates that clause's verb: both stay in the speaker.
        "timetable is unrealistic": { speaker: "Ferry workers here", cue: "say", content: "the timetable is unrealistic" },
        "quay is too narrow": { speaker: "The skippers who met the mayor on Friday", cue: "say", content: "the quay is too narrow" },
        // A phrase over "that" holds a clause: the subject after a complementizer speaks ("a May 9 Gazette report that
        // the port authority warned"), the head before a subject relative does ("A harbour blogger that has ...").
        "pier would close": { speaker: "the port authority", cue: "warned", content: "the pier would close" },
        "cranes were unsafe": { speaker: "A harbour blogger", cue: "stated", content: "the cranes were unsafe" },
        // A capital "-ly" word before another capital is a first name, no adverbial ("Kelly Ayotte threw ...");
        // between two names a word that can modify ("backed", as in "Iran backed militias") is the verb.
        "steady hand": { speaker: "Kelly Ayotte", cue: "saying", content: "the pier needed a steady hand" },
        "^Dan Poe$": { speaker: "Emily Rowe", cue: "backed" },
        "run on time": { speaker: "Emily Rowe", cue: "said", content: "the ferry would run on time" },
        // A name's suffix keeps its full stop before an appositive's comma ("Tom Vries Jr., the harbour master, said").
        "buoys have drifted": { speaker: "Tom Vries Jr.", cue: "said", content: "The buoys have drifted", kind: "direct" },
        // A left single quote between letters is an apostrophe typed the wrong way round ("People‘s"): the name goes on.
        "quay was closed": { speaker: "The Velsen People‘s Council spokesman Ivo Brand", cue: "said" },
      }),
  },
  "name-resolution": {
    // A short name resolves to the fuller mention it names, and only to that: in a coordination, to its own
    // conjunct ("Lind" → "Port Director Tomas Lind", not both people); an acronym is a whole name already
    // ("The KPA" is not its "KPA Northern Command"); a name that is the object of a preposition belongs to
    // another referent ("The majority of Velsen Unity Party" is not the party). A relative "which" after a noun
    // phrase that names no source stands for the clause before it ("40 km from the border, which suggests"); the
    // content of a relative clause the pronoun opens ends where the clause does (", which says C, came out").
    check: (cs) =>
      expectExactly(cs, {
        "talks would resume": { speaker: "Lind", resolved: "Port Director Tomas Lind", speakerType: "person" },
        "closed the canal": { speaker: "The KPA Northern Command", speakerType: "government" },
        "reopen on Friday": { speaker: "The KPA", resolved: null },
        "vote was final": { speaker: "Velsen Unity Party", resolved: null, speakerType: "organization" },
        // An acronym resolves to its fullest expansion, also when the sentence's first word opens it.
        "route would reopen": { speaker: "United Velmar Ferry Authority (UVFA)" },
        "fares would hold": { speaker: "The UVFA", resolved: "United Velmar Ferry Authority (UVFA)" },
        // "which" after a phrase that names no source stands for the clause before the comma; with a verb of
        // inference ("which suggests that C") the conclusion is the writer's, no claim (see no-proposition).
        "old pier is sinking": { speaker: "which", resolved: "The harbour report", cue: "says", content: "the old pier is sinking" },
        // A lower-case "-s" verb between a name and its object ends the subject's mention ("The Harbour Safety Board
        // includes Marsk" is no fuller name of Marsk).
        "quay was sound": { speaker: "Marsk", resolved: "Port Engineer Ivo Marsk" },
        // An adjective of nationality names a side, not a source: "Dutch reports" is not the "Dutch Coast Guard".
        "ran aground": { speaker: "Dutch", resolved: null, cue: "reports", content: "a ferry ran aground" },
      }),
  },
  "quoted-labels-and-articles": {
    // A short quoted name or label right after the article belongs to the noun phrase, before a cue, after
    // "according to", an inverted cue or "told" ("the “Fair Fares” campaign", "a “person familiar”"); an article alone is never a speaker:
    // a cue participle after it modifies a noun ("the last confirmed sailing", "the recently announced timetable").
    check: (cs) =>
      expectExactly(cs, {
        "cost $40 million": { speaker: "the \"Harbor First\" document the council released", cue: "according to" },
        "permission to dock": { speaker: "a “person familiar” speaking to the paper on Monday", cue: "according to" },
        "pier would close": { speaker: "The “Fair Fares” campaign", cue: "said", content: "the pier would close in winter" },
        "fares would rise": { speaker: "Jo Roe", cue: "told", addressee: "the “Fair Fares” campaign", content: "the fares would rise" },
        "new roof": { speaker: "the “Harbor First” group", cue: "said", content: "The pier needs a new roof" },
      }),
  },
  "speaker-types": {
    // A title then a name is a person whatever body or medium comes first; an unnamed holder of a
    // title is a person too; an acronym after a title is no name. A name resolves to the fuller
    // mention it heads ("Veltra" → "Veltra Shipping"), never to one it only modifies ("The Harbour
    // Authority" is not its spokesperson, "Mr. Halder" is not his company); "the minister" to the
    // latest minister named, "the governor" to nobody when only a press secretary is in view.
    check: (cs) =>
      expectExactly(cs, {
        "resume on Monday": { speaker: "Harbour Authority spokesperson Lina Osk", speakerType: "person" },
        "not been consulted": { speaker: "Palace press secretary Oren Vail", speakerType: "person" },
        "budget was closed": { speaker: "The governor", resolved: null, speakerType: "person" },
        "port would stay open": { speaker: "A spokeswoman", speakerType: "person" },
        "not been warned": { speaker: "A spokesman for Radio Tallis", speakerType: "person" },
        "provisional": { speaker: "The Office of the Deputy Premier (ODP)", speakerType: "government" },
        "talks had stalled": { speaker: "A senior official", speakerType: "anonymous" },
        "fees would rise": { speaker: "The Harbour Authority", resolved: null, speakerType: "government" },
        "crews were ready": { speaker: "Veltra", resolved: "Veltra Shipping", speakerType: "organization" },
        "timetable would hold": { speaker: "The minister", resolved: "Transport Minister Edda Brun", speakerType: "person" },
        "two ships": { speaker: "Mr. Halder’s new company", speakerType: "organization" },
        "deal was done": { speaker: "Mr. Halder", resolved: null, speakerType: "person" },
        // A mention ends before its possessive and starts after a date or a sentence-opening "But".
        "quay would open": { speaker: "She", resolved: "Mila Strand", speakerType: "person" },
        "strike would go on": { speaker: "officials", speakerType: "anonymous" },
        "pilots had been patient": { speaker: "He", resolved: "Pilot Captain Arvo Lind", speakerType: "person" },
        // "prime" of "prime minister" heads no mention; a government is neither officials nor a company.
        "ferry was safe": { speaker: "Velmar’s prime minister", resolved: null, speakerType: "person" },
        "crews were tired": { speaker: "Union officials" },
        "fares would stay": { speaker: "The government", resolved: null, speakerType: "government" },
        // A title of a body, then a name: the name's holder. Hyphenated titles are titles; a compound of
        // body names is a body, a body in a modifier ("Guild-affiliated") is not; a country of two words.
        "roads were closed": { speaker: "Head of the Velmar Regional State Administration Ivo Marek", speakerType: "person" },
        "berths were full": { speaker: "Port Director-General Ansa Kuul", speakerType: "person" },
        "water was clean": { speaker: "Guild-affiliated sources", speakerType: "anonymous" },
        "ferry route would": { speaker: "The United Kingdom", speakerType: "government" },
        "report was final": { speaker: "The Union-Guild", speakerType: "organization" },
        // A title postmodified by its body is its holder ("A member of the harbour council", "Ambassador to Norland
        // Ivo Dask"); a force and a republic are government bodies.
        "vote would wait": { speaker: "A member of the harbour council", speakerType: "person" },
        "jets were grounded": { speaker: "The Velmar Air Force", speakerType: "government" },
        "talks would resume": { speaker: "Velmar Republic Ambassador to Norland Ivo Dask", speakerType: "person" },
      }),
  },
  "speaker-chains": {
    // "went on to say", a dash aside and a comma chain (age, description, town and state) between
    // subject and cue, a time adjunct after an evidence subject (part of it: "A Varna Institute poll released
    // Thursday", see speaker-extents), a participle after the statement
    // its sender issued, a description before an inverted name, "As reported by X, C".
    check: (cs) =>
      expectExactly(cs, {
        "old crane": { speaker: "The harbour master", cue: "say", lemma: "say", content: "the old crane would be scrapped", kind: "indirect" },
        "ferry fares": { speaker: "Mirela Stanek", cue: "told", lemma: "tell", content: "the ferry fares would rise", kind: "indirect" },
        "never been safe": { speaker: "Oskar Brenn", speakerType: "person", cue: "said", content: "the plant had never been safe", kind: "indirect" },
        "night trains": { speaker: "A Varna Institute poll released Thursday", cue: "found", cueType: "evidence", content: "most commuters prefer the night trains", kind: "indirect" },
        "strike had ended": { speaker: "The port authority", cue: "saying", lemma: "say", content: "the strike had ended", kind: "indirect" },
        "tolls will fall": { speaker: "Hedda Lorne", cue: "said", content: "The tolls will fall", kind: "direct" },
        "dam inspection": { speaker: "the Kessa Herald", cue: "reported", lemma: "report", content: "the dam inspection was postponed", kind: "indirect" },
      }),
  },
  "cue-choice": {
    // Which words cue a claim: "since" between a perfect auxiliary and its participle is an adverb ("has since
    // said"); joint pollsters joined by a slash, and "conducted by the X", name the poll a sentence is "in"
    // (the poll frame and the respondents' own "said" both stand); "but went on to say C" after another cue is
    // a new frame of the same subject, ending the first content; "X quoted Y as saying C" is X's "quoted",
    // whose content holds the "as" complement (no frame of its own for "saying"); a lower-case pronoun fused
    // with its auxiliary is a subject ("and she’s said"); a dash credit may open a sentence of its own after the
    // quotation's full stop; a transcript label in capitals after an opening quotation mark speaks the whole
    // paragraph, even when its first sentence holds a frame of its own ("thinks"); a quotation after “Q1,” X said,
    // adding that C. goes on with "said" (one passage), not with the participle. "citing “X,” said C": the comma
    // inside the closing mark ends the citing clause; a quotation inside an appositive ("a “senior” adviser") is
    // passed over to the subject; "I quote" hands the words to the one quoted (no claim of "I"); "The X report asserts
    // that C": a bare cue form before a finite cue verb is the noun of that verb's subject (no "report" frame).
    check: (cs) =>
      expectExactly(cs, {
        "east pier": { speaker: "The harbour master", cue: "said", content: "the east pier will reopen in spring" },
        "^61 percent": { speaker: "a poll conducted by the Kessa Times/Dunmore Radio", cue: "In", lemma: "in" },
        "^they wanted": { speaker: "61 percent of residents", cue: "said" },
        "fog was": { speaker: "The captain", cue: "joked", content: "the fog was his fault" },
        "radar had failed": { speaker: "The captain", cue: "say", content: "the radar had failed" },
        "stalled twice": { speaker: "The Kessa Herald", cue: "quoted", lemma: "quote", content: "a ferry pilot as saying that the engine had stalled twice" },
        "cost of fuel": { speaker: "Mr. Lind", cue: "citing", content: "the rising cost of fuel" },
        "fares would go up": { speaker: "Mr. Lind", cue: "said", content: "the fares would go up" },
        "fares were fair": { speaker: "Ada Roe", cue: "said", content: "the fares were fair" },
        "finest sailors": { speaker: "The mayor", cue: "praised" },
        "dues were": { speaker: "she", cue: "said", content: "the dues were too high" },
        // A bare "report" right before a finite cue verb is the noun of its subject, not a cue of its own.
        "drifted off course": { speaker: "The Kessa Times report", cue: "asserts", content: "the ferry drifted off course" },
        "always late": { speaker: "Lena Berg", cue: "―", content: "The ferry is always late. Nobody fixes it", kind: "direct" },
        "close it on Monday": { speaker: "Ivo Lind", cue: "said", kind: "direct" },
        "^the divers had found cracks$": { speaker: "Ivo Lind", cue: "adding" },
        "pier is safe": { speaker: "HOLM", cue: ":", content: "Well, look, the mayor apparently thinks the pier is safe. But the divers found cracks in it" },
        "divers were wrong": { speaker: "BERG", cue: ":", content: "The divers were wrong" },
      }),
  },
  "relative-and-fronted-subjects": {
    // Known cues whose frame was rejected or dropped: a weak cue ("called", "criticized") after a relative "who" is
    // checked against the noun "who" stands for ("Councillor Ada Voss, who called ..."); "only" between a modal and
    // the cue ("would only say") and a connective set off by commas after an auxiliary ("has, however, revealed")
    // are skipped on the way to the subject; before "Name CUE <adjunct>, “C”", a fronted adjunct of any length ("In
    // the spring after the storm broke") or an unquoted stretch with no clause of its own ("Hurrying past the
    // crowd") is no content: the quotation after the cue is.
    check: (cs) =>
      expectExactly(cs, {
        "ferry contract": { speaker: "who", resolved: "Councillor Ada Voss", cue: "called" },
        "pier was closed": { speaker: "the harbour master", cue: "say", content: "the pier was closed" },
        "later sailings": { speaker: "A new survey", cue: "revealed", content: "most riders want later sailings" },
        "pier will reopen": { speaker: "Mayor Ida Kowal", cue: "declared", content: "The pier will reopen", kind: "direct" },
        "vote is rigged": { speaker: "Councillor Ivo Lind", cue: "called", content: "The vote is rigged", kind: "direct" },
        // "calling" an object a name, after a comma or with its own subject ("with X calling ..."), is a naming as
        // "called" is; "calling her deputy a few minutes later" is a telephone call.
        "a swindle": { speaker: "Councillor Ola Brandt", cue: "calling", content: "its new timetable a swindle" },
        "tax on islanders": { speaker: "Deputy Mayor Pia Holm", cue: "calling", content: "the toll “a tax on islanders", kind: "mixed" },
        // A time phrase after the appositive's closing comma ("Mia Lund, who ..., on Friday described") leaves the name the subject.
        "repairs as urgent": { speaker: "Mia Lund", cue: "described", content: "the repairs as urgent" },
        // A relative pronoun's clause never reports the clause before it (which holds its antecedent): in "Then there was
        // X, who lamented in an interview ..., “C”" the quotation after the cue is the content, not "Then there was X".
        "silting up": { speaker: "who", resolved: "Ola Vik", cue: "lamented", content: "The channel is silting up", kind: "direct" },
        // A past verb right after the comma that closes a non-restrictive relative clause is its head's predicate: the
        // content ends at the comma (it ran on to ", refused to sail").
        "too shallow": { speaker: "who", resolved: "Pilot Ada Berg", cue: "said", content: "the channel was too shallow" },
        // "shot back" (and "fired back") is a reply in a dispute.
        "never read the timetable": { speaker: "Councillor Lind", cue: "shot back", lemma: "shoot back", content: "the mayor had never read the timetable" },
        // Before "Name said C", one subordinate clause or prepositional phrase with no comma of its own ("Despite the
        // delays", "Even as the operator claimed that “…,”") is an adjunct of the saying: the clause after the cue is the
        // content, and the adjunct's own claim ends at its comma. A main clause after the adjunct ("After the vote, the
        // toll was lowered, X said") is the content as before.
        "extend the pier": { speaker: "Mayor Kowal", cue: "said", content: "if reelected she would extend the pier" },
        "ferries are full": { speaker: "the operator", cue: "claimed", content: "the ferries are full", kind: "direct" },
        "half empty": { speaker: "a dock inspector", cue: "said", content: "the decks were half empty" },
        "toll was lowered": { speaker: "Councillor Brandt", cue: "said", content: "After the vote, the toll was lowered" },
        // Weak cues ("criticized", "praised", "condemned", "fear") take a subject that names people as a source: a noun
        // for people ("woman"), the plural of a role ("captains"), a plural agent noun ("shipowners"), or a relative
        // "who", which refers to people whatever noun it stands for ("the crew").
        "^the new timetable$": { speaker: "an angry woman", cue: "criticized", content: "the new timetable" },
        "^the harbour master$": { speaker: "Several ferry captains", cue: "praised" },
        "^the harbour toll$": { speaker: "Rival shipowners", cue: "condemned" },
        "ferry will be sold": { speaker: "who", resolved: "the crew", cue: "fear", content: "the ferry will be sold" },
        // A dash sets a relative off as a comma does: "who" stands for the name before it, and the closing dash ends the content.
        "^the operator$": { speaker: "who", resolved: "Councillor Ivo Roe", cue: "praised", content: "the operator" },
      }),
  },
  "subject-recall": {
    // Subjects and cues the speaker scan used to miss, so that the sentence gave no claim at all: a noun that
    // also reads as a verb or participle closing a postmodified subject ("familiar with the harbour plans",
    // "the dockers polled"); appositive chains with commas inside them, after an opening adverbial and a
    // connective, or after a party tag ("Sen. Ola Brandt, R-Kessa, a critic ..."); "she’s"/"he's" fused with
    // an auxiliary; "pointed to" a piece of evidence; a cue after "continues to", "more likely to"; "and said"
    // after a sentence opening with a time adverb; a possessive common noun after its article and a bracketed
    // party tag in an inverted speaker; a full stop glued to the next sentence ("said.Holm"). "recalled" takes a
    // noun phrase; an adverb or "but" between the comma and a participle ("…, eventually saying C", "thanking X
    // but insisting that C"); "that night" after the cue's adjunct is no that-clause; "“C.” Holm said." with
    // the full stop inside the quotation is one sentence; ", explaining why C" takes its wh-clause; a subject postmodified after "More than half of", or with "and"
    // inside it ("Current and former officials in X and at Y"), is whole.
    check: (cs) =>
      expectExactly(cs, {
        "dredging will start": { speaker: "A person familiar with the harbour plans", cue: "says", content: "the dredging will start in May" },
        "strike in June": { speaker: "Some 40 percent of the dockers polled", cue: "said", content: "they would strike in June" },
        "east quay": { speaker: "Mira Salo", cue: "said", content: "the east quay would close" },
        "fees were too high": { speaker: "Sen. Ola Brandt", cue: "said", content: "the fees were too high" },
        "second pier": { speaker: "Ivo Lind", cue: "said", content: "the harbour needed a second pier" },
        "fares will rise": { speaker: "She", cue: "predicting", content: "the ferry fares will rise" },
        "old bridge": { speaker: "He", cue: "said", content: "the old bridge is safe" },
        "cost of steel": { speaker: "The mayor", cue: "pointed to", lemma: "point to", content: "the rising cost of steel" },
        "budget is balanced": { speaker: "The council", cue: "insist", content: "the budget is balanced" },
        "ferries run late": { speaker: "Residents", cue: "say", content: "the ferries run late" },
        "more trade": { speaker: "the mayor", cue: "said", content: "The town needs more trade", kind: "direct" },
        "tolls will fall": { speaker: "the port’s director", cue: "says", content: "The tolls will fall", kind: "direct" },
        "pier is sound": { speaker: "Rep. Ada Holm (D-Kessa)", cue: "said", content: "The pier is sound", kind: "direct" },
        "^it would last$": { speaker: "Rep. Ada Holm (D-Kessa)", cue: "adding" },
        "quay is closed": { speaker: "Holm", cue: "said", content: "The quay is closed", kind: "direct" },
        "take a month": { speaker: "Holm", cue: "added", content: "repairs would take a month" },
        "two trawlers": { speaker: "The captain", cue: "recalled", content: "the storm that sank two trawlers" },
        "pier would close": { speaker: "The mayor", cue: "saying", content: "the pier would close" },
        "quay was unsafe": { speaker: "The council", cue: "insisting", content: "the quay was unsafe" },
        "crew is tired": { speaker: "the captain", cue: "said", content: "The ferry is late. The crew is tired", kind: "direct" },
        "tolls are too high": { speaker: "Holm", cue: "said", content: "The tolls are too high", kind: "direct" },
        "had to rise": { speaker: "Holm", cue: "explaining", content: "why the tolls had to rise" },
        "more ferries": { speaker: "More than half of respondents in the harbour poll", cue: "said", content: "the town needs more ferries" },
        "pier is unsafe": { speaker: "Current and former officials in the port authority and at the city council", content: "the pier is unsafe" },
        // A base form after its subject before a bare plural noun and its verb is a cue, not a noun modifier as in
        // "state officials": "Dockers say officials ignored ...", "Pilots believe tourists will ...".
        "storm warnings": { speaker: "Dockers", cue: "say", content: "officials ignored the storm warnings" },
        "stay away": { speaker: "Pilots", cue: "believe", content: "tourists will stay away" },
      }),
  },
  "appositive-chains-and-openers": {
    // The speaker is the name that opens a comma chain (title of a body, description, relative clause,
    // town and state), not a body or place inside it; a described body before an appositive name yields
    // the name. A sentence's opening adverbial ("Hours later,", a dateline, "At a meeting in X, Y, on Sunday,")
    // and a time after the cue or between subject and cue are no speakers; names joined by a slash are one
    // source; "Subsequent estimates" is a noun, no cue; a possessive noun opens the phrase it determines;
    // "I’ve said" speaks as "I"; "sent an email Tuesday saying" credits the sender. "defended the plan" is
    // a stance on its object, which ends at the participle's comma.
    check: (cs) =>
      expectExactly(cs, {
        "thirty years": { speaker: "Lena Vasko", cue: "said", content: "the new hulls would last thirty years", kind: "indirect" },
        "east pier": { speaker: "Anton Rell", cue: "said", content: "the east pier was sound", kind: "indirect" },
        "reopen in May": { speaker: "Greta Mohr", cue: "said", content: "the market would reopen in May", kind: "indirect" },
        "travel abroad": { speaker: "Ilka Dorn", cue: "said", content: "the collection would travel abroad", kind: "indirect" },
        "tolls would be frozen": { speaker: "the harbour council", cue: "saying", lemma: "say", content: "the tolls would be frozen" },
        "dredging costs": { speaker: "The port authority", cue: "saying", content: "dredging costs had doubled" },
        "bridge was safe": { speaker: "the mayor", cue: "saying", content: "the bridge was safe" },
        "^the plan": { speaker: "the mayor", cue: "defended", lemma: "defend", cueType: "stance", content: "the plan" },
        "sell the ferries": { speaker: "Pia Norden", cue: "said", content: "We will not sell the ferries", kind: "direct" },
        "old tugs": { speaker: "Tomas Ek", cue: "said", content: "the old tugs would be retired", kind: "indirect" },
        "second bridge": { speaker: "A Kessa Post/Varna Radio poll", cue: "found", cueType: "evidence", content: "most residents want a second bridge" },
        "budget was final": { speaker: "The mayor’s chief of staff", cue: "wrote", content: "the budget was final" },
        "open on time": { speaker: "I", cue: "said", content: "It will open on time", kind: "direct" },
        "strike was over": { speaker: "The Kessa Dockers Union", cue: "saying", content: "the strike was over" },
        // (A title abbreviation opening the appositive starts a person's name, not a place's tail like "Pa.": the
        // chain is not read on past "of Trade" to the opening adverbial.)
        "harbour tariffs": { speaker: "Gen. Ines Vald", cue: "said", content: "the harbour tariffs would fall" },
      }),
  },
  "citing-and-questions": {
    // "citing X": the clause's subject (or the earlier frame's speaker) cites X, and X is the content;
    // the main cue of the sentence keeps its own claim. When X only names the source of that same speaker's report
    // ("The Gazette, citing port authority records, reported C"), the citing states nothing of its own (citesSourceOfReport). Questions keep "whether", so they do not read
    // as assertions; a sentence-initial "Asked whether ...," has no named asker; "asked about" a topic
    // and "said nothing" report no proposition. "defended the budget" before ", citing" is a stance on its object.
    // The question word may follow a long addressee ("asked the inspector from the board during the hearing
    // whether C"), but not an infinitive ("asked the board ... to decide whether C" is a request).
    check: (cs) =>
      expectExactly(cs, {
        "late on 40 days": { speaker: "The Harbour Gazette", cue: "reported", content: "the ferry had been late on 40 days" },
        "maintenance costs": { speaker: "The mayor", cue: "citing", content: "lower maintenance costs and a rise in visitor numbers" },
        "^the budget": { speaker: "The mayor", cue: "defended", cueType: "stance", content: "the budget" },
        "safety concerns": { speaker: "the council", cue: "Citing", content: "safety concerns" },
        "vote had been postponed": { speaker: "The Gazette", cue: "reported", content: "the vote had been postponed" },
        "keep running": { speaker: null, cue: "Asked", lemma: "ask", content: "whether the ferry would keep running in winter" },
        "no decision": { speaker: "the harbour master", cue: "said", content: "no decision had been made" },
        "fares would rise": { speaker: "A resident", cue: "asked", content: "whether the fares would rise again" },
        // The question after a long addressee and its adjuncts; "asked X to decide whether C" is a request (no claim).
        "reopen in spring": { speaker: "A ferry captain", cue: "asked", content: "whether the pier would reopen in spring" },
        // The opening question ends at a comma inside a closing quotation mark (American style), not at the sentence's end.
        "during the festival": { speaker: null, cue: "Asked", content: "whether the ferry would run during the festival on “Harbour Night" },
        "timetable was fixed": { speaker: "the captain", cue: "said", content: "the timetable was fixed" },
      }),
  },
  "trailing-venues": {
    // A venue adjunct that closes the content ("in an interview with X", "during a news conference",
    // "on Twitter") says where the cue happened: it leaves the content and names the outlet. Venues that
    // are topics stay ("during the storm", "at the ... conference"). A participle after a parenthetical
    // frame describes the speaker; a gerund subject after it continues the content.
    check: (cs) =>
      expectExactly(cs, {
        "pier would reopen": { speaker: "The harbour master", cue: "said", content: "the pier would reopen in May", outlet: "Harbour Radio" },
        "^as much": { speaker: "The mayor", cue: "acknowledged", content: "as much", outlet: null },
        "fares were too high": { speaker: "Councillor Ilse Marek", content: "the ferry fares were too high", outlet: "Twitter" },
        "during the storm": { speaker: "The engineer", content: "the bridge had a problem with its cables during the storm" },
        "Expo conference": { speaker: "The planners", content: "the new tunnel would be unveiled at the Harbour Expo conference in March" },
        "Ticket sales": { speaker: "the organiser", content: "Ticket sales were strong" },
        "replacing the old cables": { speaker: "the engineer", content: "By next spring, the engineer said, replacing the old cables would cost twice as much" },
        // After a noun-phrase object the venue ends the content whatever describes it ("aired on Monday"); a
        // capitalised object followed by a preposition or "as" is a noun phrase too, not a clause's subject.
        "new timetable": { speaker: "The ferry captain", cue: "praised", content: "the new timetable" },
        "toll increase": { speaker: "The council", cue: "condemned", content: "Harbourtown's toll increase" },
        "budget": { speaker: "Councillor Holm", cue: "praised", content: "Mayor Ortiz's budget" },
      }),
  },
  "ngo-report-forms": {
    // Forms of rights-group releases. A coordinated subject that opens the sentence speaks as a whole, whatever opens
    // its second conjunct (an article, a possessive, a plain plural, a hyphenated adjective; openingCoordination),
    // but a clause before "and" keeps its own subject ("The harvest failed and the governor said"). "documents" /
    // "has documented" report what a report or a rights body records (with a noun phrase or a clause), while the
    // base form after a modal is a plan ("will document") and reports nothing.
    check: (cs) =>
      expectExactly(cs, {
        "barred visits": { speaker: "Relatives of inmates and lawyers interviewed", cue: "said" },
        "new fence": { speaker: "The farmers and the herders", cue: "said" },
        "clinic would reopen": { speaker: "She and her aides", cue: "said" },
        "camp is closed": { speaker: "Officials and state-run media in Norland", cue: "stated" },
        "grain would be rationed": { speaker: "the governor", cue: "said" },
        "withheld medicine": { speaker: "The inquiry report", cue: "documents", content: "how wardens withheld medicine from older inmates" },
        "forced labour": { speaker: "The Valley Rights Monitor", cue: "documented", content: "cases of forced labour, including beatings at the quarry" },
      }),
  },
  "finding-clauses-without-that": {
    // A verb of finding or evidence with a finite clause and no "that" reports the clause as it would with "that"
    // (finiteComplement): a body's or outlet's finding ("A review panel found X was", "Harbour Weekly found X has"),
    // a base form before a source noun that opens a clause ("Surveys show voters are"), a message as the subject of
    // "indicated" ("The cable indicated X would be"). An event's "indicate" stays the writer's inference ("Late
    // sailings indicate C"); a plain object with a preposition, a reflexive, "it" + adjective, an object with a
    // participle report nothing ("found the logbook in a locker", "found themselves stranded", "found it hard to",
    // "showed the hull to the reporters", "found the deckhand checking tickets").
    check: (cs) =>
      expectExactly(cs, {
        "in breach": { speaker: "A review panel", cue: "found", content: "the harbour board was in breach of its own charter" },
        "tired of": { speaker: "Surveys", cue: "show", content: "voters are tired of the delays" },
        "kept her lead": { speaker: "Harbour Weekly", cue: "found", content: "Mayor Ortiz has kept her lead among dock workers" },
        "more guards": { speaker: "The cable", cue: "indicated", content: "more guards would be needed at the terminal" },
      }),
  },
  "clear-and-evidence-subjects": {
    // "made (it) clear (that) C" reports C (an anticipatory "it" lets the clause drop its "that"), while "made the
    // argument" with no clause, or "make clear how ...", reports nothing; a weak cue ("found", "shows") whose phrase scan stopped at the object of
    // a postmodifier ("by transport economist Dana Whitfield", "over the past two years") takes the whole subject when an
    // evidence noun heads it; "data" agrees with a plural verb ("Data ... show").
    check: (cs) =>
      expectExactly(cs, {
        "veto any new toll": { speaker: "The governor", cue: "made it clear", content: "she would veto any new toll on the ferries" },
        "crossings will resume": { speaker: "The mayor", cue: "made clear", content: "the night crossings will resume in June" },
        "cases of fare fraud": { speaker: "A 2019 study by transport economist Dana Whitfield", cue: "found" },
        "losing money": { speaker: "An audit of harbour accounts kept over the past two years", cue: "shows" },
        "freight traffic": { speaker: "Data from the port census", cue: "show", content: "freight traffic rose by a third" },
      }),
  },
  "viewpoint-openers": {
    // Clause-initial evidence and viewpoint adverbials. Opening a sentence, polls need no determiner ("In exit
    // polls, C", "In most surveys, C"); a place ("In Harbourtown, ...") is no source, nor are bare polls inside a
    // clause ("slid in national polls"). "In X's view/eyes/words, C" gives the possessor as speaker, also after
    // "because," and between a subject and its verb (the phrase as the content's gap). "To <person>, C" is that
    // person's perspective (with a relative clause on the name); "To be sure", an infinitive of purpose, "To date",
    // "To that end", "To X's credit" and "For years" are none.
    check: (cs) =>
      expectExactly(cs, {
        "night buses over": { speaker: "exit polls", cue: "In", cueType: "evidence", content: "most riders favoured the night buses over the tram" },
        "distant third": { speaker: "most surveys", cue: "In", cueType: "evidence", content: "the tram plan remains a distant third" },
        "late again": { speaker: "officials", cue: "said", content: "the ferry would be late again" },
        "waste of money": { speaker: "Councillor Holm", cue: "view", cueType: "belief", content: "the tunnel is a waste of money" },
        "safer choice": { speaker: "their", cue: "eyes", cueType: "belief", content: "the ferry is the safer choice" },
        "cannot wait": { speaker: "Mayor Ortiz", cue: "words", cueType: "speech", content: "the city cannot wait any longer" },
        "second bridge": { speaker: "Ola Berg", cue: "view", cueType: "belief", content: "The only sensible route, in Ola Berg's view, would be a second bridge across the bay" },
        "small victory": { speaker: "Ms. Varga", cue: "To", cueType: "belief", content: "the night buses represent a small victory for shift workers" },
        "turning point": { speaker: "Ivo Lind, who has ridden the line for a decade", cue: "To", content: "Monday marked a turning point" },
        "deeper problem": { speaker: "them", cue: "To", content: "the delay signals a deeper problem at the depot" },
        // After another cue the phrase stays in that claim; a reply's address ("To Ann, of Leeds:") is no perspective.
        "pay more": { speaker: "Ms. Varga", cue: "said", content: "the riders, in her mind, are ready to pay more" },
      }),
  },
  "labelling-verbs": {
    // Verbs of labelling ("call", "label", "dub", "deem") report that an object is what it is called: the content is
    // the object and its label (an adjective, a noun phrase or a quotation), ending at a quoted label's closing mark
    // or a time after a bare one; after a relative gap ("which critics dubbed “...”") the label alone. Calling an
    // office on Friday, calling on someone to act, a group called X and "called him back" name or summon: no claim.
    check: (cs) =>
      expectExactly(cs, {
        "^the tender unfair$": { speaker: "Councillor Ada Voss", cue: "called", lemma: "call" },
        "^it the worst deal in a decade$": { speaker: "Mayor Ivo Lind", cue: "calls" },
        "^the audit “a political stunt": { speaker: "The harbour board", cue: "labeled", lemma: "label" },
        "^the contract illegal$": { speaker: "the union", cue: "deemed", lemma: "deem", cueType: "belief" },
        "^the new ferries “unsafe": { speaker: "Pilot Jo Roe", cue: "called" },
        "^the closed shop$": { speaker: "critics", cue: "dubbed", lemma: "dub" },
        // (A labelling verb needs a speaking subject: a doctor is a person as an official is.)
        "^the new diet a fad$": { speaker: "The ship's doctor", cue: "called" },
      }),
  },
  "labels-and-polls": {
    // A poll or survey is the source of what the sentence reports ("In a ... poll released Monday, C",
    // "C in the latest ... survey"); "slid in the polls" and "head to the polls" are no sources. A
    // paragraph made of a name, a colon and a whole quotation is a speaker label (the name without its
    // description); a colon before a quoted word is not. The headline is no claim. The poll's share
    // "backed the new ferry line" is what the poll reports, no stance claim of its own (attitudes inside
    // a claim's content are part of it).
    check: (cs) =>
      expectExactly(cs, {
        "61 percent": { speaker: "a Harbour Gazette poll released Monday", cue: "In", lemma: "in", cueType: "evidence", content: "61 percent of residents backed the new ferry line", kind: "indirect" },
        "by 12 points": { speaker: "the latest Coastal Research survey", cue: "in", cueType: "evidence", content: "The ferry plan leads the tunnel plan by 12 points" },
        "cheaper to run": { speaker: "Mia Lund", cue: ":", cueType: "speech", content: "The ferry is cheaper to run and quicker to build", kind: "direct" },
        // Joint pollsters' long names; a participle set off by commas after the poll; a capitalised possessive
        // as determiner; "In the poll," opening a sentence names the poll the text has named (not "in the polls").
        "ferry 2-1": { speaker: "a Bay Radio/Coastal Times/Harbour Gazette South Shore poll", cue: "in", cueType: "evidence", content: "Residents backed the ferry 2-1" },
        "nine points": { speaker: "a Harbour Gazette poll, conducted in May", cue: "In", cueType: "evidence", content: "the tunnel plan trailed by nine points" },
        "most residents": { speaker: "Monday's Harbour Gazette poll", cue: "In", cueType: "evidence", content: "most residents backed the tunnel" },
        "30 percent": { speaker: "the poll", cue: "In", cueType: "evidence", content: "support for the tunnel fell to 30 percent" },
        // A comma may close the final poll phrase ("..., down from ten in March").
        "six points": { speaker: "the latest Bay Radio survey", cue: "in", cueType: "evidence", content: "The tunnel plan trailed by six points" },
        // A name label may open any sentence of a paragraph, follow a run-in heading closed by a spaced dash, follow
        // "More from" (a source noun with its article), and join two names with "and"; "Continued Roe:" is a cue.
        "too costly": { speaker: "Councillor Eva Holm", cue: ":", content: "The tunnel is too costly", kind: "direct" },
        "a century": { speaker: "Mayor Ana Ortiz", cue: ":", content: "The tunnel will last a century - and cost less", kind: "direct" },
        "Fuel prices": { speaker: "Ola Berg", cue: ":", content: "Fuel prices have doubled since March", kind: "direct" },
        "Ridership": { speaker: "the report", cue: ":", content: "Ridership fell by a third in winter", kind: "direct" },
        "400 cars": { speaker: "Jo Roe and Al Poe", cue: ":", content: "The ferry can carry 400 cars", kind: "direct" },
        "late again": { speaker: "Ivo Lind", cue: "Continued", content: "The ferry will be late again" },
        // A dash glued to "More", a bracketed source after the quotation, a quotation left open to the paragraph's end.
        "^The ferry will be late$": { speaker: "Ida Berg", cue: ":", content: "The ferry will be late" },
        "Buses will be fuller": { speaker: "Ola Lind", cue: ":", content: "Fares will rise in June. Buses will be fuller" },
      }),
  },
  "expectations": {
    // An agentless "is expected to" reports what people the text does not name foresee: no speaker, the subject and
    // its infinitive the content with the auxiliary and cue as a gap (PolNeAR annotates these forecasts); a relative
    // "who" subject's content ends at the relative clause's comma; "not expected to" is a forecast too. After a modal
    // ("would be expected to") it is a requirement, inside "whether" a question, and in the past ("was expected to")
    // a plan or an expectation the outcome answers: no claim.
    check: (cs) =>
      expectExactly(cs, {
        "ferry budget on Tuesday": { speaker: null, cue: "expected", lemma: "expect", cueType: "belief", content: "The harbour council is expected to approve the ferry budget on Tuesday", parts: ["The harbour council", "to approve the ferry budget on Tuesday"] },
        "stand down": { speaker: null, cue: "expected", content: "who is widely expected to stand down next year" },
        "fares": { speaker: null, cue: "expected", content: "Ferry fares are not expected to rise before the summer" },
        // Hearsay passives ("was said to have", "is believed to be") attribute the subject's predicate to unnamed sources
        // in any tense, like "reportedly"; after a modal ("could be said to be") they judge and report nothing.
        "before dawn": { speaker: null, cue: "said", lemma: "say", content: "The harbour pilot was said to have left the port before dawn", parts: ["The harbour pilot", "to have left the port before dawn"] },
        "beyond repair": { speaker: null, cue: "believed", cueType: "belief", content: "The old ferry is believed to be beyond repair" },
      }),
  },
  "evidence-and-naming": {
    // Evidence nouns head their phrase even when they look like verbs ("emails") or participles
    // ("polling"). "called it “...”" and ", calling X “...”" give a name, a claim; "called him back"
    // and "called on X to" do not.
    check: (cs) =>
      expectExactly(cs, {
        "favoring the tunnel": { speaker: "Leaked emails", cue: "showed", cueType: "evidence", content: "port staff favoring the tunnel plan" },
        // The staff's position is what the emails showed: part of that claim, none of its own.
        "every district": { speaker: "Exit polling", cue: "showed", cueType: "evidence", content: "the ferry plan won every district" },
        "least bad option": { speaker: "Ole Berg", cue: "called", lemma: "call", kind: "mixed" },
        "bold step": { speaker: "The mayor", cue: "calling", lemma: "call", kind: "mixed" },
        // The evidence noun heads the subject's first noun phrase ("results"), before its postmodifiers.
        "well ahead": { speaker: "Early results of a Harbour Gazette survey of voters", cue: "show", cueType: "evidence", content: "the ferry plan well ahead" },
        // A slide, a chart or a map shows as a poll does.
        "commuters": { speaker: "Another slide", cue: "shows", cueType: "evidence", content: "most ferry passengers are commuters" },
      }),
  },
  "subject-shapes": {
    // Subjects the phrase scanner has to see whole: a share with a percent sign, "those" and a
    // participle, names joined by "and" (plural, so "say" agrees), an -ing noun after an article in a
    // postmodifier, a chain of noun modifiers before a source noun with "familiar with ...".
    check: (cs) =>
      expectExactly(cs, {
        "run all year": { speaker: "85% of residents", cue: "said", content: "the ferry should run all year" },
        "fares are too high": { speaker: "42%", cue: "say", content: "the fares are too high" },
        "pier is safer": { speaker: "Those surveyed", cue: "say" },
        "vote for the tunnel": { speaker: "Berg and Lund", cue: "say" },
        "tender will open": { speaker: "A person familiar with the planning", cue: "says" },
        "cranes were unsafe": { speaker: "A port security official familiar with the inspection", cue: "said", content: "the cranes were unsafe" },
      }),
  },
  "addressee-and-adjunct-starts": {
    // After a cue that takes an addressee, a few nominal words and "that" are the addressee even when the phrase
    // reader knows no word of them ("told delegates that", "told Velsen farmers that": the content began with
    // them). A preposition that may also open a clause ("before", "after") opens an adjunct before "that" when a
    // determiner follows it (the content began with "before a Velsen court").
    check: (cs) =>
      expectExactly(cs, {
        "harbour fees would rise": { speaker: "The minister", cue: "told", addressee: "delegates", content: "the harbour fees would rise" },
        "paid in May": { speaker: "Jo Roe", cue: "told", addressee: "Velsen farmers", content: "they would be paid in May" },
        "lied to the board": { speaker: "The former ferry chief", cue: "admitted", content: "he had lied to the board" },
        "pier would close": { speaker: "Ada Lund", cue: "said", content: "the pier would close" },
      }),
  },
  "inverted-tag-salience": {
    // "C, said X": the sentence is about its speaker, so the subject of the reported clause ("Exports",
    // "Strong") ranks below X as the antecedent of the next sentence's pronoun (both were "He"/"She"'s
    // antecedent). With no quotation before the tag, up to three lower-case words of description may
    // stand between a capitalised modifier and the name ("said Kolby vice president Ada Roe": no claim before).
    check: (cs) =>
      expectExactly(cs, {
        "Exports rose": { speaker: "Ola Berg", cue: "said", kind: "indirect" },
        "new brewery": { speaker: "He", resolved: "Ola Berg", cue: "added" },
        "Strong demand": { speaker: "Ada Roe", cue: "said", content: "Strong demand from abroad has fuelled sales", kind: "indirect" },
        "prices would stay": { speaker: "She", resolved: "Ada Roe", cue: "added" },
      }),
  },
  "known-cue-recall": {
    // Known cues that used to yield no frame: a quoted question or exclamation before "Name said/asked" (one
    // sentence, "asked" with a quoted question); an inverted speaker that runs on past a noun after a
    // name or a postmodifier ("one councillor familiar with the talks"); a subject with a participle or
    // a preposition postmodifier ("Residents attending the meeting in Lakeview", "about half of residents"
    // after an opening adverbial); bare quantities before "said"; a cue form as a noun after an article
    // ("The email said"); a participle after a dash or opening the sentence ("After saying C, X ...");
    // "say that is ..." keeps its demonstrative; a relative-clause appositive may close inside a quotation
    // ("X, who called it “a gamble,” said C"). "said to be" is no cue.
    check: (cs) =>
      expectExactly(cs, {
        // The quotation after the tag's sentence resumes the passage (see resumed-quotes-and-subjects).
        "ferry late again": { speaker: "Jo Brennan", cue: "asked", content: "Is the ferry late again?” Jo Brennan asked. “It was late all week", kind: "direct" },
        "reopen the pier": { speaker: "Mayor Ida Kowal", cue: "said", content: "We will reopen the pier!", kind: "direct" },
        "budget is sound": { speaker: "one councillor familiar with the talks", cue: "said", content: "The budget is sound" },
        "take a year": { speaker: "one harbour board engineer", cue: "said", content: "The repairs will take a year" },
        "new bridge": { speaker: "Residents attending the meeting in Lakeview", cue: "said", content: "they wanted a new bridge", kind: "indirect" },
        "buses are late": { speaker: "about half of residents", cue: "say", content: "the buses are late" },
        "sign the petition": { speaker: "Several", cue: "said", content: "they would sign the petition" },
        "too high": { speaker: "1,200", cue: "said", content: "the fares were too high" },
        "resume on Monday": { speaker: "The email", cue: "said", content: "the ferry would resume on Monday" },
        "tides were too strong": { speaker: "The harbour master", cue: "saying", content: "the tides were too strong" },
        "fares would rise": { speaker: "the operator", cue: "saying", content: "the fares would rise" },
        "main problem": { speaker: "Many drivers", cue: "say", content: "that is the main problem" },
        "vote again": { speaker: "The treasurer", cue: "said", content: "the council would vote again" },
        // (The relative "who" is a source for the weak cue "called" whatever noun it stands for.)
        "a gamble": { speaker: "who", cue: "called" },
        // "read" reports the words of a written thing ("the placard read"), and of "it"/"one" next to the quotation
        // it reads, also inverted ("read one") or with "in part" after it; a person reading a report makes no claim.
        "pier open": { speaker: "the placard", cue: "read", content: "Keep the pier open", kind: "direct" },
        "Save our ferry": { speaker: "one", cue: "read", content: "Save our ferry", kind: "direct" },
        "sailings are cancelled": { speaker: "it", cue: "read", content: "All sailings are cancelled until Friday", kind: "direct" },
        // "note", "explain", "predict", "estimate" need no source-like subject before a wh- or finite clause, or before
        // "that" after an adjunct; a noun phrase after them ("noted published timetables") is still no claim.
        "late all winter": { speaker: "The skipper", cue: "noted", content: "the ferries were late all winter" },
        "close by autumn": { speaker: "The skipper", cue: "predicted", content: "the pier would close by autumn" },
        "ferry was late": { speaker: "The skipper", cue: "explained", content: "why the ferry was late" },
      }),
  },
  "passive-agents": {
    // A passive cue after an auxiliary with its "by" agent: the agent is the source. What the subject names is what was
    // reported or judged ("The new ferry timetable was first reported by the Gazette", "The toll plan was criticized by
    // dockworkers"; a relative pronoun stands for it: "A levy that was rejected by voters"); for verbs whose subject is
    // the addressee ("was asked by a reporter whether C", "was warned by the coast guard that C") and for "it" ("it was
    // reported by the Gazette that C") the clause after the agent is. A passive's agent lends its speaker to no
    // quotation after it ("Lund wrote in a memo, which was first reported by the Gazette. ¶ “C2”": C2 is Lund's).
    // No claim: a negated passive ("was not opposed by"), other senses ("maintained by the port authority", "backed
    // by private investors", authorship "was written by", a danger "is threatened by the rising sea").
    check: (cs) =>
      expectExactly(cs, {
        "ferry timetable": { speaker: "the Harbour Gazette", cue: "reported", content: "The new ferry timetable" },
        // (A part with its whole and coordinated agents are one source: "by some of the dockworkers and two councillors".)
        "toll plan": { speaker: "some of the dockworkers and two councillors", cue: "criticized", content: "The toll plan" },
        "reopen in May": { speaker: "a reporter", cue: "asked", content: "whether the pier would reopen in May" },
        "too shallow": { speaker: "the coast guard", cue: "warned", content: "the channel was too shallow" },
        "^that$": { speaker: "voters", cue: "rejected" },
        "old ferry": { speaker: "the Gazette", cue: "reported", content: "the old ferry would be sold" },
        // (C2 resumes Lund's quotation across the paragraph break: one claim, quote-resumes-after-tag.)
        "pier is safe": { speaker: "Mia Lund", cue: "wrote", kind: "direct", content: "The pier is safe,” engineer Mia Lund wrote in a memo, which was first reported by the Gazette.\n\n“Repairs can wait until spring" },
        "^which$": { speaker: "the Gazette", cue: "reported" },
      }),
  },
  "isw-relayed-claims": {
    // Analysts' reports relay claims with verbs that other prose rarely uses so. "amplified reports that C" / "amplified
    // a claim that C" pass a proposition on, but "amplified footage of ..." passes only material on. "claimed to have
    // sunk ..." states what is claimed (typed speech, not a commitment), except when a relative clause before the
    // subject has taken the infinitive's object ("which the Harbour Guard claimed to have secured on March 1").
    // After "began", the subject of the aspectual verb makes the claim of "claiming that C"; "began writing new
    // slogans" is an activity. "claim(s) to" after a nationality ("Initial Valdorian claims to have sunk ...") or
    // in a phrase that a preposition opens ("As for the Coast Command claim to have ...") is a noun.
    check: (cs) =>
      expectExactly(cs, {
        "^reports that harbour guards abandoned": { speaker: "A rebel channel", cue: "amplified" },
        "^a claim that the ferry fleet": { speaker: "Several coastal bloggers", cue: "amplified" },
        "^the ferry fleet lost two barges$": { speaker: null, cue: "claim" },
        "^to have sunk three rebel skiffs near the lighthouse$": { speaker: "The Harbour Guard", cue: "claimed", cueType: "speech" },
        "^Rebel crews reportedly seized": { speaker: null, cue: "reportedly" },
        "^the mayor fled the island$": { speaker: "Rebel bloggers", cue: "claiming" },
        "^to have repaired the north pier$": { speaker: "The Coast Command", cue: "claims" },
      }),
  },
  "isw-senses": {
    // Claims that analysts' reports emit in other senses. A number with thousands separators is no day number to skip
    // ("claimed 4,500 sailors are ...", "announced 3,000 layoffs, ..."); "continue" reports only a quotation that opens
    // after it, after a colon or an adjunct and a colon, not an action ("continued “covert repairs” to ...") or a state
    // ("The siege continues, and ..."); "supporting efforts" is a military adjective, and combatants "defending" a road
    // hold no view, though a mayor who "defended the decision" does; "social" is a modifier inside a coordinated speaker.
    check: (cs) =>
      expectExactly(cs, {
        "^4,500 sailors are stranded": { speaker: "The Harbour Guard", cue: "claimed" },
        "^3,000 layoffs$": { speaker: "the mayor", cue: "announced" },
        "^rebel crews continued": { speaker: "The Coast Command", cue: "reported" },
        "^We will never give up": { speaker: "He", cue: "continued" },
        "^The ferry is struggling": { speaker: "Lind", cue: "continued" },
        "^the decision to close the port$": { speaker: "The mayor", cue: "defended" },
        "^the lighthouse was struck": { speaker: "Officials and social media users", cue: "reported" },
      }),
  },
  "medial-tag-subjects": {
    // A speaker tag set off by commas after a fronted phrase with no finite verb of its own: the content is the phrase
    // and the clause after the tag, the tag its gap. Inside a fronted prepositional or -ing phrase an "-s"/"-ed" word is
    // a plural noun or participle ("the sometimes noisy protests", "two winters later"), not a verb, so a name may open the clause after the tag; a one-word subject
    // takes a cue-like verb with an object pronoun after the tag ("Kinsale, X said, made him ..."). A phrase closed by
    // its own comma ("In Lakeview, fishermen sold ...") holds a clause: the tag after it reports only that.
    check: (cs) =>
      expectExactly(cs, {
        "Lind still trusts": { speaker: "harbour workers", cue: "said", parts: ["But beneath the sometimes noisy protests", "Mayor Lind still trusts the board"] },
        "victory for Portbury": { speaker: "the mayor", cue: "said", parts: ["Reopening the ferry two winters later", "feels like a victory for Portbury"] },
        "sailor he is": { speaker: "Ada Roe", cue: "said", parts: ["Kinsale", "made him the sailor he is"] },
        "new pilings": { speaker: "the engineer", cue: "said", parts: ["The old pier", "would need new pilings"] },
        "^In Lakeview, fishermen sold their boats at auction$": { speaker: "the Lakeview Courier", cue: "reported", parts: null },
        "dockers struck": { speaker: "the Gazette", cue: "reported" },
      }),
  },
  "no-proposition": {
    // Frames that report no proposition: a content that is only an adjunct ("told reporters in Portbury",
    // "The mayor said on the radio."), though a quotation that follows still continues its speaker; a fronted adjunct
    // before a parenthetical cue belongs to the clause after it ("At the time, X said, Y was ...",
    // "In addition, according to X, C"); a colon after "said in a statement" opens the content; other
    // senses of cue verbs ("maintains a lead", "felt betrayed", "knows how to", "has known him"),
    // cue forms used as nouns or adjectives ("news reports", "racist remarks", "pledged votes"),
    // "easier said than done", "That's according to X" with nothing more, and editorial labels ("CORRECTION:").
    // A bare or "-s" cue form right after a preposition is a noun ("the secretary of state: X" was a claim of "state"); a
    // content that is only a conjunction or preposition the scan stopped at reports nothing ("tweeted about ..." was a
    // claim "about"), nor does "said little" before a comma ("said little, then left early" was a claim).
    // "added" with a plain object (jobs, fuel) is no cue.
    // A content that is only a phrase of place, time or occasion, however long, states nothing ("testified before
    // the harbour committee last spring", "wrote in a column ..., a weekly paper", "reported from Portbury, ...;
    // Ivo Sand, from Lakeview", "wrote while a student at ...", a fronted "During a long meeting ..."), nor does a bare agent phrase after a passive
    // participle ("the fares reported by two local papers"); a clause after the phrase keeps the claim
    // ("In harbour politics it takes years ...").
    // An "Editor’s note:" paragraph is the outlet's comment on its article: "X is a fabulist who has repeatedly pledged
    // to sink every ferry" characterises X (it was a claim of "who ... pledged"); no claim comes from the labelled
    // sentence, while the note's later sentences report as any text does.
    check: (cs) =>
      expectExactly(cs, {
        // The quotation after the tag's sentence resumes the passage (see resumed-quotes-and-subjects).
        "lighthouse": {
          speaker: "the harbour master", cue: "told", kind: "direct",
          content: "The lighthouse will reopen in spring,” the harbour master told reporters in Portbury. “We have the money now",
        },
        "rebuild the pier": { speaker: "The mayor", cue: "said", content: "We will rebuild the pier before the summer", kind: "direct", parts: null },
        "Ridley Bridge": { speaker: "the engineer", cue: "said", content: "At the time, the engineer said, Ridley Bridge was already closing at night" },
        "Northbank Pier": { speaker: "the ferry company", cue: "according to", content: "Northbank Pier will need new pilings" },
        "Winter sailings": { speaker: "the council", cue: "said", content: "Winter sailings stay as they are", kind: "direct" },
        // "added" with a plain object adds a thing ("added 146,000 jobs", "added fuel to"); with a clause it reports one.
        "sail at dawn": { speaker: "The pilot", cue: "added", content: "the ferry would sail at dawn" },
        // "White" is a surname here, not the White House.
        "tide was turning": { speaker: "Jake White", speakerType: "person", cue: "said" },
        "takes years": { speaker: "the mayor", cue: "said", content: "In harbour politics it takes years to build trust" },
        // "cannot" negates its cue ("The harbour office cannot independently confirm ...": no claim) and is no word of the
        // speaker; so does "neither ... nor" ("neither confirmed nor denied"); "called off a strike" is another verb. A
        // passive of judging after a noun with "to be"/"to have" names no source ("the sailors estimated to be at sea").
        "before noon": { speaker: "The pilots", cue: "said", content: "the ferry cannot sail before noon" },
        // A participle with a "by" agent is passive ("a delay announced by the port authority", "The vessels claimed
        // by the port authority"): the phrase before it is no speaker; "by phone" is a medium, not an agent.
        "crossing was rough": { speaker: "The skipper", cue: "said", content: "the crossing was rough" },
        // "continue" and "assess" report a proposition only with a clause ("continued that C", "assesses C"); with a
        // plain object they do something ("continues a pattern", "must assess the damage": both were claims).
        "channel was clear": { speaker: "The pilot", cue: "continued", content: "the channel was clear" },
        // "maintain" and "threaten" report a proposition only with a clause, a quotation or (threaten) an infinitive:
        // "maintained radio silence" keeps something, "threatened the ferry's northern route" endangers it (both were claims).
        "crossing was safe": { speaker: "The skipper", cue: "maintained", content: "the crossing was safe" },
        // A "which" after a comma and no source or evidence noun stands for the clause before it: "bookings doubled,
        // which suggests that C" is the writer's inference (it was a claim of "which"); after "a harbour report" it is the report's.
        "fares will rise": { speaker: "which", resolved: "a harbour report", cue: "indicates", content: "fares will rise" },
        // The writer's inference still ends the claim before it.
        "bookings doubled in June": { speaker: "The pilot", cue: "said", content: "bookings doubled in June" },
        // "We" outside a quotation is the writer: it resolves to no one mentioned ("Western media" was its antecedent),
        // and the writer's own judgement ("We utterly condemn the attacks") is no one's claim.
        "crews were unpaid": { speaker: "We", resolved: null, cue: "reported", content: "the crews were unpaid" },
        // A past participle between a preposition and a bare noun modifies it ("for alleged thefts"); "deny" with a
        // recipient and a thing, or with "bail" or "access", withholds ("denied them access", "denied bail"): no claims.
        // "denied that C" reports one. A colon after the object of "add" introduces what was added ("has added a new
        // section on ferry fares:" before its heading), not a report of the next paragraph.
        "cargo was missing": { speaker: "The harbour master", cue: "denied", content: "the cargo was missing" },
        "note was unfair": { speaker: "The pilot", cue: "said", content: "the note was unfair" },
      }),
  },
  "idioms-and-restrictive-relatives": {
    // Fixed phrases with a cue verb report nothing: "All told," (in total), "time will tell", "Truth be told,", and
    // "“You tell me,” X said" (a retort: "said" reports it, "tell" has no content; "he said" was a claim of "tell").
    // A restrictive "who" (no comma before it) picks out a group by what its members said, and is right less often
    // than "X, who said C" (54% against 78%): its claim stays, below 0.8 confidence; the non-restrictive one keeps its own.
    check: (cs) => {
      expectExactly(cs, {
        "^You tell me$": { speaker: "the harbour master", cue: "said", kind: "direct" },
        "channel was too shallow": { speaker: "who", cue: "said", content: "the channel was too shallow for the new ferries" },
        "harbour mouth": { speaker: "who", cue: "said", content: "the harbour mouth was too narrow" },
      });
      const restrictive = claimWith(cs, "harbour mouth");
      const appositive = claimWith(cs, "channel was too shallow");
      assert.ok(restrictive.confidence < 0.8 && appositive.confidence >= 0.8, `confidences ${restrictive.confidence} (restrictive) and ${appositive.confidence} (after a comma)`);
    },
  },
  "embedded-participles-and-topics": {
    // A participle after a noun with nothing setting the noun off ("said the company issued a signed letter denying
    // C") stands inside the earlier content and does not cut it ("the company issued"); after ", with" the absolute
    // clause ("with one spokesman claiming C") ends the earlier content before "with". A content that opens with
    // "about" and no number ("said about fishermen") is only a topic: it stays, below 0.8 confidence, while an
    // approximating "about" ("said about 40 percent of ... were") keeps its claim's confidence.
    check: (cs) => {
      expectClaim(claimWith(cs, "signed letter"), { speaker: "The pilot", cue: "said", content: "the ferry company issued a signed letter denying any fault in the collision" });
      expectClaim(claimWith(cs, "heavy fog"), { speaker: "Harbour officials", cue: "reported", content: "heavy fog near the pier" });
      expectClaim(claimWith(cs, "lights had failed"), { speaker: "one spokesman", cue: "claiming", content: "the lights had failed" });
      const topic = claimWith(cs, "about fishermen");
      const quantity = claimWith(cs, "about 40 percent");
      assert.ok(topic.confidence < 0.8 && quantity.confidence >= 0.8, `confidences ${topic.confidence} (topic) and ${quantity.confidence} (quantity)`);
    },
  },
  "content-start-and-connectives": {
    // A time and a place between the cue and a quotation are the cue's adjuncts ("said last week in
    // Portbury, “C”"). A clause after the cue opens with its subject, so a later "that" is a relative
    // pronoun inside the content, not a complementizer after an adjunct ("said the mayor drafted a levy
    // that would ..."). A connective between subject and cue ("Captain Ivo Rask however said") or set off
    // by commas ("Opponents of the levy, meanwhile, say") is neither speaker nor appositive. A comma before a
    // participle closes the tag's adjunct ("said in a statement, adding that C2"): the quotation before the tag
    // is the cue's content and C2 the participle's. Before "Name says" a description that opens the sentence
    // ("One veteran pilot, Ivo Sand, says") is the speaker's, not content: the content follows the cue. With no
    // quotation, "NP, appositive, said X ..." is no inverted tag: the noun phrase speaks and X opens the content.
    // A lone connective before "according to X" is no content ("But, according to X, C"). A comment clause
    // ("C, as X reported on Monday." / "As X noted in its budget, C.") attributes the main clause to X. Between
    // a subject and its finite verb, "according to X" is a gap in the content ("The main obstacle, according to X, is ...").
    // "X said when asked whether C": the question is a claim of its own with no named asker, as when it opens the sentence.
    check: (cs) =>
      expectExactly(cs, {
        "take a month": { speaker: "the ferry company", cue: "said", content: "The repairs will take a month", kind: "direct" },
        "no sailing": { speaker: "the ferry company", cue: "adding", content: "no sailing would be cancelled", kind: "indirect" },
        "crossing is safe": { speaker: "Ivo Sand", cue: "says", content: "despite the storms, the crossing is safe", kind: "indirect" },
        "owes the town": { speaker: "A harbour official", cue: "said", content: "the ferry company owes the town money", kind: "indirect" },
        "open in June": { speaker: "the harbour board", cue: "according to", content: "the pier will open in June" },
        "fell by a third": { speaker: "the ferry company", cue: "reported", content: "Ticket sales fell by a third", kind: "indirect" },
        "costs more every year": { speaker: "the council", cue: "noted", content: "the old pier costs more every year", kind: "indirect" },
        "Not this winter": { speaker: "the captain", resolved: "Captain Ivo Rask", cue: "said", content: "Not this winter", kind: "direct" },
        "fares would rise": { speaker: null, cue: "asked", content: "whether the fares would rise" },
        "main obstacle": {
          speaker: "the harbour board", cue: "according to", kind: "indirect",
          content: "The main obstacle, according to the harbour board, is the cost of the new cranes",
        },
        "heart of the town": { speaker: "Mia Lund", cue: "said", content: "The harbour is the heart of the town", kind: "direct" },
        "drafted a levy": { speaker: "The treasurer", cue: "said", content: "the mayor drafted a levy that would pay for the new pier", kind: "indirect" },
        "stay open all winter": { speaker: "Captain Ivo Rask", cue: "said", content: "the crossing would stay open all winter" },
        "drive visitors away": { speaker: "Opponents of the levy", cue: "say", content: "it would drive visitors away" },
        // A clock time is one word: its colon ("at 6:30 pm") opens no content.
        "evening ferry": { speaker: "The harbour office", cue: "warned", content: "the evening ferry would not sail" },
      }),
  },
  "resumed-quotes-and-subjects": {
    // A quotation that opens the sentence right after "“C1,” X said." resumes C1: one claim whose content
    // spans both quotations with the tag as its gap (also "“C1,” X said, “C2.”", and "“C1? C2,” X said. “C3.”" whose
    // first quotation holds several sentences); a person's quotation keeps no
    // claims inside it (withoutNestedReports, extract.ts). A place clause whose own subject reports something
    // (", where the council has told them ...") is the writer's aside and ends the content. A restrictive
    // relative clause ("Commuters who use the night ferry", "The families whose homes were flooded") belongs
    // to the speaker, also after an inverted cue ("said a local voter who asked not to be named"); a time adjunct
    // does after a survey or a document, which it identifies ("A survey published Tuesday"), not after a person
    // ("Jo Roe last week said"). "to X" after a role named by its relation
    // is part of the speaker ("said a longtime adviser to the mayor"), not an adjunct of the cue. A description
    // and the name after it, on either side of the cue, give the name, and the description is no content
    // ("“C,” the harbour engineer, Ada Voss, said", "“C,” said the port director, Karl Imre"). A cue verb's
    // participle before a preposition postmodifies the subject ("A notice posted on the harbour gate said").
    check: (cs) =>
      expectExactly(cs, {
        "night crossing": {
          speaker: "the ferry captain", cue: "said", kind: "direct",
          content: "The night crossing will stay,” the ferry captain said. “We checked the numbers twice. Nobody loses a sailing",
        },
        // (The first quotation may hold several sentences.)
        "^Is the ramp ready": {
          speaker: "the harbour master", cue: "said", kind: "direct",
          content: "Is the ramp ready? Not yet,” the harbour master said. “Ask me again in spring",
        },
        // The tag's two sides are also given apart, without the tag, as content.parts.
        "pier is safe": { speaker: "Mia Lund", cue: "said", kind: "direct", content: "The pier is safe,” Mia Lund said, “and the cranes pass every test", parts: ["The pier is safe", "and the cranes pass every test"] },
        "^I was new then": {
          speaker: "Ola Berg", cue: "added", kind: "direct",
          content: "I was new then, so nobody listened,” Ola Berg added. “But I warned them. I said the rope would snap",
        },
        "not enough room": { speaker: "Many islanders", cue: "saying", content: "there is not enough room on the mainland", kind: "indirect" },
        "timetable is confusing": { speaker: "Commuters who use the night ferry", cue: "say", content: "the timetable is confusing" },
        "warnings came too late": { speaker: "The families whose homes were flooded", cue: "said", content: "the warnings came too late" },
        "oppose the toll": { speaker: "A survey published Tuesday", cue: "shows", content: "most residents oppose the toll" },
        "toll would rise": { speaker: "Jo Roe", cue: "said", content: "the toll would rise" },
        "timetable is a mess": { speaker: "a longtime adviser to the mayor", cue: "said", content: "The timetable is a mess", kind: "direct" },
        "fares will rise": { speaker: "a local voter who asked not to be named", cue: "said", content: "The fares will rise", kind: "direct" },
        "cranes are rusting": { speaker: "Ada Voss", cue: "said", content: "The cranes are rusting", kind: "direct" },
        "cranes will be replaced": { speaker: "Karl Imre", cue: "said", content: "The cranes will be replaced", kind: "direct" },
        "would not sail": { speaker: "A notice posted on the harbour gate", cue: "said", content: "the ferry would not sail", kind: "indirect" },
        // An adjunct or an appositive after the tag still lets the quotation resume (continued, attributions.ts);
        // a conjunction after the tag opens a clause of its own, whose quotation has its own tag.
        "real worry": { speaker: "Lena Holm", cue: "said", kind: "direct", content: "The real worry,” Lena Holm said last week on local radio, “is that the ferry runs out of fuel" },
        "^The toll,": { speaker: "Piet Aas", cue: "said", kind: "direct", content: "The toll,” said Piet Aas, a retired pilot from the island, “is a fair price for a safe crossing" },
        "^The quay is old$": { speaker: "she", cue: "said", kind: "direct" },
        "^it will hold all winter$": { speaker: "Ola Berg", cue: "said", kind: "direct" },
      }),
  },
  "quoted-questions": {
    // "asked, “...?”" and a quoted question or exclamation followed by its speech tag ("“...?” X asked.")
    // are claims: the "?"/"!" inside the quotation does not end the sentence before the tag.
    check: (cs) =>
      expectExactly(cs, {
        "ready by June": { speaker: "Maria Lund", cue: "asked", content: "Will the ferry be ready by June?", kind: "direct" },
        "pay more": { speaker: "Councillor Berg", cue: "asked", content: "Why do islanders pay more than visitors?", kind: "direct" },
        "Stop the boat": { speaker: "a deckhand", cue: "shouted", kind: "direct" },
        "timetable": { speaker: "A reporter", cue: "asked", content: "whether the timetable would change", kind: "indirect" },
        // "which", "who", "whom", "when", "where" open a question too, after an addressee or opening the sentence;
        // "asked passengers who live ... to stay" is a request with a relative clause, no question.
        "piers would close": { speaker: "Councillor Berg", cue: "asked", content: "which piers would close first", kind: "indirect" },
        "route was fastest": { speaker: null, cue: "Asked", content: "which route was fastest" },
      }),
  },
  "belief-as-complements": {
    // "see/view/regard X as Y" reports an opinion (a belief) whose content is the object with its "as"
    // complement; without "as" ("saw the crowd", "considered the offer for two weeks") they report none,
    // and the passive "is seen as" names no holder.
    check: (cs) =>
      expectExactly(cs, {
        "waste of money": { speaker: "Most captains", cue: "see", lemma: "see", cueType: "belief", content: "the new breakwater as a waste of money", kind: "indirect" },
        "ferry subsidy": { speaker: "Councillor Lund", cue: "views", lemma: "view", cueType: "belief", content: "the ferry subsidy as essential for the islands" },
        "landmark": { speaker: "Residents", cue: "regard", lemma: "regard", cueType: "belief", content: "the old lighthouse as a landmark" },
        // (The passive's opinion is held by nobody named: "its neighbours" is no source the agent reader knows.)
        "a model": { speaker: null, cue: "seen", lemma: "see", content: "The port is seen as a model by its neighbours", parts: ["The port", "as a model by its neighbours"] },
      }),
  },
  "as-complement-labels": {
    // Verbs that characterise an object through an "as" complement ("described X as Y", "portrayed", "hailed",
    // "referred to", "branded ... as", "characterized") report that the object is the complement: the content is the
    // object and its complement. After a relative gap ("which the unions characterized as reckless") the content is
    // the complement alone; a passive ("has been widely seen as", "was described as ... by X") gives its subject and
    // complement, with a closing "by" agent as speaker or nobody named. A capitalised name after a gap is naming
    // ("which locals refer to as Big Tom"), "as" with a subject and verb is a clause of time ("cast their nets as the
    // tide turned"), and "such as", "as well as", "served as" report nothing.
    check: (cs) =>
      expectExactly(cs, {
        "betrayal of the coast": { speaker: "Fishermen", cue: "described", lemma: "describe", content: "the new quota as a betrayal of the coast" },
        "lifeline": { speaker: "Councillor Lund", cue: "portrayed", lemma: "portray", content: "the ferry subsidy as a lifeline for the islands" },
        "turning point": { speaker: "The harbour board", cue: "hailed", lemma: "hail", content: "the dredging contract as a turning point" },
        "wall of shame": { speaker: "Ilse Marek", cue: "referred to", lemma: "refer to", content: "the breakwater as “the wall of shame" },
        "fuel levy": { speaker: "Skippers", cue: "branded", lemma: "brand", content: "the fuel levy as unfair" },
        "reckless": { speaker: "the unions", cue: "characterized", lemma: "characterize", content: "reckless" },
        "hazard": { speaker: null, cue: "seen", lemma: "see", content: "The old pier has been widely seen as a hazard", parts: ["The old pier", "as a hazard"] },
        "excessive": { speaker: "Councillor Lund", cue: "described", lemma: "describe", content: "The toll was described as excessive", parts: ["The toll", "as excessive"] },
      }),
  },
  "framing-verbs": {
    // "framed X as Y", "presented X as Y" claim that the object is the complement, as "portrayed" does (after a relative
    // gap, the complement alone). A reflexive object is a pose ("framed itself as"); a recipient with "to" or "with"
    // makes "presented" a verb of giving; "framed the chart", "was framed for" and the adjective "present" report
    // nothing (nor keep "reportedly" from its claim); an "as" after "by portraying" belongs to "portraying", not to "framed".
    check: (cs) =>
      expectExactly(cs, {
        "sabotage": { speaker: "The ministry", cue: "framed", lemma: "frame", content: "the ferry strike as sabotage by foreign agents" },
        "safety measure": { speaker: "Port officials", cue: "presented", lemma: "present", content: "the closure as a safety measure" },
        "^temporary$": { speaker: "the mayor", cue: "presented", lemma: "present", content: "temporary" },
        "tax on the coast": { speaker: "Skippers", cue: "portraying", lemma: "portray", content: "the levy as a tax on the coast" },
        "ferry use": { speaker: "The present survey", cue: "suggests", content: "ferry use is falling" },
        // (A verb that gives, not frames, leaves "reportedly" its own claim.)
        "medal to the ferry crew": { speaker: null, cue: "reportedly", content: "The harbour master reportedly presented a medal to the ferry crew" },
      }),
  },
  "belief-objects": {
    // A belief verb reports a proposition only with a clause after it: "knows the harbour" and
    // "expect a busy summer" take a plain object and are no claims; so does "hope" ("hope to finish" is a goal), which
    // under a modal ("might hope that") is the writer's conjecture and before a preposition ("Osk hopes at") a noun.
    check: (cs) =>
      expectExactly(cs, {
        "fifty years": { speaker: "Harbour officials", cue: "believe", cueType: "belief", content: "the new pier will last fifty years" },
        "tough vote": { speaker: "Councillor Lund", cue: "knew", cueType: "belief", content: "his plan faced a tough vote" },
        "fares will rise": { speaker: "The islanders", cue: "fear", cueType: "belief", content: "fares will rise again" },
        // A hope with a clause is a belief about a proposition; "hope to finish", "hoped for" name a goal.
        "crossing times": { speaker: "The port authority", cue: "hopes", cueType: "belief", content: "the new ferries will cut crossing times" },
      }),
  },
  "comment-clauses-and-gerunds": {
    // "As X put it, C" / "C, as X puts it": "put it" words C, a cue only in its comment clause ("put it on the table"
    // reports nothing). A quantified group takes a position ("About three-quarters support X"). A reporting gerund after a preposition,
    // with its clause, is the clause subject's ("criticized for saying that C"), but not after a verb of preventing
    // ("barred its members from saying that C"); inside another frame's content, the gerund is that clause's subject's.
    check: (cs) =>
      expectExactly(cs, {
        "too shallow": { speaker: "one ferry captain", cue: "put it", content: "the harbour is too shallow for the new boats" },
        "unsafe in winter": { speaker: "the harbour master", cue: "puts it", content: "The pier is unsafe in winter" },
        "ferry timetable": { speaker: "About three-quarters", cue: "support", content: "the new ferry timetable", cueType: "stance" },
        "never run late": { speaker: "The mayor", cue: "saying", content: "the ferry would never run late" },
        // (Inside the skipper's content the gerund is the council's: its clause's subject claimed it.)
        "did not pay": { speaker: "The skipper", cue: "added", content: "the council did not pay the crews" },
        "budget was balanced": { speaker: "the council", cue: "claiming", content: "the budget was balanced" },
      }),
  },
  "participle-saying-telling": {
    // "saying" after a carrier's object reports what the carrier says: a clause opened by a bare noun with its finite
    // verb, or a quotation after a comma, as after a finite "said"; the carrier's own prepositional phrase may stand
    // between ("a letter to its members saying"), and "from X" names its sender, who speaks. "telling" after its
    // addressee (and a time) reports the clause that follows. "after X had said that C" is a clause whose subject
    // speaks, as "after X said" is.
    check: (cs) =>
      expectExactly(cs, {
        "The dam is safe": { speaker: "The river authority", cue: "saying", content: "The dam is safe" },
        "flood defences": { speaker: "Residents", cue: "saying", content: "flood defences had failed twice" },
        "ferries": { speaker: "The dockers union", cue: "saying", content: "The ferries will run again" },
        "water prices": { speaker: "the regulator", cue: "saying", content: "water prices would fall" },
        "bridge": { speaker: "Mayor Ana Ortiz", cue: "telling", content: "the bridge would reopen in May" },
        "fund was empty": { speaker: "the treasurer", cue: "said", content: "the fund was empty" },
        // "This year," is a time adverbial before the subject, who speaks the participle.
        "nothing wrong": { speaker: "the mayor", cue: "saying", content: "the man had done nothing wrong" },
        // A long subject keeps its head noun past the scan's limit on lower-case words ("... security officers", not
        // "... security").
        "quay": { speaker: "Forty of the region’s top Velmari national security officers", cue: "saying", content: "the new quay was unsafe" },
      }),
  },
  "demands-called-for": {
    // "called for" + a noun phrase naming what should happen is a demand voiced by the subject; the phrase runs on
    // with its complements, an infinitive included ("the toll to be scrapped": no addressee, unlike "called on the
    // crews to return", a directive and no claim). Its base and -s forms are verbs only after a possible subject (a
    // name, a pronoun, a source noun, a plural noun): "repeated calls for calm", "A recent call for calm" are nouns.
    // It never closes a quotation ("“C,” the union called for." has lost its object).
    check: (cs) =>
      expectExactly(cs, {
        "night shifts": { speaker: "The dockers union", cue: "called for", lemma: "call for", cueType: "speech", content: "a ban on night shifts at the container terminal" },
        "toll to be scrapped": { speaker: "Councillor Lund", cue: "called for", content: "the harbour toll to be scrapped" },
        "^shorter rotas$": { speaker: "The ferry workers", cue: "call for" },
        "^a second tug$": { speaker: "the pilots union", cue: "calls for" },
      }),
  },
  "corroboration-and-titled-names": {
    // "support" with a claim or an assessment as its object ("supporting earlier assessments that C", "the
    // statement supports the forecast", "no evidence supporting his claim", "supports that assessment") is the
    // writer's inference that evidence bears a proposition out: no claim, and as a participle after a clause it ends
    // the content before it; a person who supports an idea still takes a stance. A title postmodified by "of"/"for"
    // before an appositive name ("The Head of the ... Forces, Marta Kovalenko,", "Spokesperson for X, Ivan
    // Petrenko,", "the mayor of occupied Dorvik, Lida Horvat,", a closing title "Tessel Oblast Head, Oleh Marin,")
    // gives the name as the speaker, not an appositive place ("The governor of Varnak, Tessel Province,").
    check: (cs) =>
      expectExactly(cs, {
        "^the Varna dam had cracked$": { speaker: "The water board", cue: "reported" },
        "^the idea of a second dam$": { speaker: "Councillor Ada Voss", cue: "supported" },
        "^the bridge was damaged$": { speaker: "Marta Kovalenko", cue: "stated" },
        "^troops had withdrawn$": { speaker: "Ivan Petrenko", cue: "denied" },
        "^the town was shelled$": { speaker: "The governor of Varnak", cue: "denied" },
        "^the ferry had sunk$": { speaker: "Lida Horvat", cue: "reported" },
        "^the roads were closed$": { speaker: "Oleh Marin", cue: "stated" },
        // (The supported forecast is its owner's claim all the same: "the institute's forecast that C", nominalFrame.)
        "^repairs will take a year$": { speaker: "the institute", cue: "forecast" },
      }),
  },
  "questions-and-colon-quotes": {
    // A passive "was asked" with a question (whether/if/wh- clause, or a quotation ending in "?") reports the
    // question with no named asker; inside an adverbial clause ("When X were asked who C,") it ends at the clause's
    // comma. "was asked to resign" is a request, no claim. A clause with a name or pronoun subject and a predicate
    // without a cue word, then a colon and a quotation that closes the sentence, ties the quotation to the subject
    // ("As X put it:", "X went even further:"); a question word opening the sentence names nobody.
    check: (cs) =>
      expectExactly(cs, {
        "^whether the ferry would keep running$": { speaker: null, cue: "asked" },
        "^who would pay for the new pier$": { speaker: null, cue: "asked" },
        "^Will the boats sail in winter?$": { speaker: null, cue: "asked", kind: "direct" },
        "tides do not wait": { speaker: "Ida Berg", cue: "put it:", kind: "direct" },
        "island twice over": { speaker: "The mayor", cue: "went even further:", kind: "direct" },
      }),
  },
  "quote-opens-paragraph": {
    // A quotation that opens a paragraph with no tag of its own continues the last claim of the paragraph before,
    // not a frame later in its own paragraph (the cue-less quotation is drafted after the paragraph's frames).
    // After a tag that ends its paragraph ("“C1,” the charity said in a statement.¶“C2.”") it joins that claim's
    // content (quote-resumes-after-tag).
    check: (cs) =>
      expectExactly(cs, {
        "shelters are full": {
          speaker: "the charity", cue: "said", kind: "direct",
          content: "The shelters are full every night,\" the charity said in a statement.\n\n\"Closing the kitchen would leave hundreds of families hungry",
        },
        "^the cuts$": { speaker: "The mayor", cue: "defended" },
        "kitchen's accounts": { speaker: "The mayor", cue: "demanded" },
      }),
  },
  "speaker-for-postmodifier": {
    // "A spokesman for the company said": "for" opens a postmodifier of the subject, which speaks (it was "the ferry
    // company"). Where the whole subject cannot be read ("Ida Berg, spokeswoman for the board said", with no comma
    // to close the appositive; "a reporter writing for X"), the body after a source noun or participle and "for"
    // stands; after other words "for" opens an adjunct and its object is no speaker.
    check: (cs) =>
      expectExactly(cs, {
        "reopen in May": { speaker: "A spokesman for the ferry company", speakerType: "person", cue: "said" },
        "toll would stay": { speaker: "the harbour board", cue: "said" },
        "pier was closed": { speaker: "the Tallis Gazette", cue: "stated" },
        "pier was unsafe": { speaker: "Lawyers for the pair", cue: "denied" },
        // "Sources privy to the talks say": the noun before the adjective heading the postmodifier agrees with "say".
        "toll will rise": { speaker: "Sources privy to the talks", cue: "say", content: "the toll will rise" },
      }),
  },
  "tags-relative-quantifiers-numbered": {
    // A tag after the content's comma or closing quote whose subject has a prepositional postmodifier ("lawyers for the
    // crew said."; the tag was read as "the crew" after "for" and gave no claim); a quantifier and "of" before a relative
    // pronoun ("many of whom say"); a coordinated postmodifier whose second part opens with an adverb-preposition
    // ("in Tallis and around the bay"); an inverted tag whose speaker opens with a number-like modifier ("said 7/7
    // survivor Ida Kowal", "said 2019 survivor Ada Voss"; the number was read as a time). None gave a claim before.
    // The last two sentences guard the tag rule: their phrases after a comma are appositives, no tags.
    check: (cs) =>
      expectExactly(cs, {
        "^The pier had been closed for weeks$": { speaker: "lawyers for the crew", cue: "said" },
        "^The inspection was a sham$": { speaker: "aides to the harbour master", cue: "said" },
        "^the ferry was overloaded$": { speaker: "many of whom", cue: "say" },
        "^the new timetable is unworkable$": { speaker: "Skippers in Tallis and around the bay", cue: "say" },
        "^Nobody listened to us$": { speaker: "2019 survivor Ada Voss", cue: "said" },
        "^They never came back$": { speaker: "7/7 survivor Ida Kowal", cue: "said" },
        // (No tag after the speaker of an earlier one, nor after a bare name that opens the sentence: appositives.)
        "^The tolls will rise$": { speaker: "Ivo Lind", cue: "said" },
      }),
  },
  "speaker-possessives-and-quantifiers": {
    // A straight or curly apostrophe glued to a lower-case plural noun and followed by a word is a plural possessive
    // inside the speaker ("the pilots' union"; it was "union", and the first content ran on over the second clause),
    // also inside a relative clause before the cue; after an opening single mark in the sentence it closes a
    // quotation ('a gift for the pilots' union leaders said). A quantifier opens its phrase: a noun before it belongs to
    // an adjunct ("For decades some critics"), but not a preposition or a degree adverb ("Leaders of both parties",
    // "Virtually all engineers").
    check: (cs) =>
      expectExactly(cs, {
        "shorter rotas": { speaker: "The ferry workers", cue: "call for", content: "shorter rotas" },
        "second tug": { speaker: "the pilots' union", cue: "calls for" },
        "tower was unsafe": { speaker: "The residents’ association", cue: "claimed" },
        "pier would fail": { speaker: "some critics", cue: "predicted" },
        "quay will hold": { speaker: "Virtually all engineers", cue: "say" },
        "bridge was sound": { speaker: "Leaders of both parties", cue: "said" },
        "ignored their letters": { speaker: "A harbour pilot who has spoken to several dockers’ families", cue: "said" },
        "fares would rise": { speaker: "union leaders", cue: "said" },
        // (A preposition before a name opens an adjunct: it was "Despite Mr. Roe". The content's run past the comma is
        // not asserted here.)
        "pier was safe": { speaker: "Mr. Roe", cue: "claims" },
      }),
  },
  "opening-adjuncts-into-subjects": {
    // A prepositional adjunct (or "Until"/"After") that opens the sentence with no comma runs into the subject, and
    // the phrase read before the cue spans both: the subject is the name after a date ("On Tuesday", "Until
    // December"), after an institution's last word ("the Harbour Gazette") or after a plain noun that names no person
    // ("a radio interview"). A sentence-initial "While" is no part of the subject. Not after a noun of time, which
    // heads a relative clause ("At the moment Lund announced ..."), nor inside a name's modifier ("former").
    check: (cs) =>
      expectExactly(cs, {
        "ferry levy": { speaker: "Mayor Ida Voss", cue: "said", content: "the ferry levy may need to be cut" },
        "pier would reopen": { speaker: "Councillor Ada Lund", cue: "said" },
        "toll was unfair": { speaker: "Lund", cue: "declared" },
        "ferries were safe": { speaker: "Veltra Shipping", cue: "said" },
        "toll plan": { speaker: "the major Liberal candidates for mayor", cue: "embraced" },
        "it would fail": { speaker: "the harbour master", cue: "said" },
        "vote would be close": { speaker: "Voss", cue: "told" },
        "^the toll$": { speaker: "former Councillor Ada Lund", cue: "criticized" },
        "it would stay": { speaker: "the mayor", cue: "said" },
        // (Nor a noun of a text or message, "In a statement", whatever it heads elsewhere: the name after it speaks.)
        "winter timetable": { speaker: "Kessa Ferries", cue: "said", content: "the winter timetable would start early" },
        "dredging had stopped": { speaker: "the port board", cue: "said" },
      }),
  },
  "subordinate-clause-subjects": {
    // A cue inside a clause opened by a subordinating conjunction or a preposition's participle: "when a member of
    // the board suggested C" has the whole subject after "when" (not the sentence's start); "Years after X wrongly
    // claimed that C, ..." keeps the adverb and ends the content at the clause's comma; a participial clause after
    // a leading "And" or "In addition to" still opens the sentence, and the main clause's subject speaks; "he’s"
    // fused with a progressive's "is" is the subject. Not "since the start of ...", "the protest that reiterated C",
    // nor "when adding the figures" (a verb that reports only with a clause).
    check: (cs) =>
      expectExactly(cs, {
        "ferry would be sold": { speaker: "a member of the harbour board", cue: "suggested" },
        "pier was safe": { speaker: "Councillor Ada Lund", cue: "claimed", content: "the pier was safe" },
        "toll had risen": { speaker: "the harbour master", cue: "explaining", content: "why the toll had risen" },
        "storms": { speaker: "the harbour master", cue: "blamed" },
        "quay was sinking": { speaker: "the engineer", cue: "stating", content: "the quay was sinking" },
        "two years": { speaker: "he", cue: "predicting", content: "the dredging will take two years" },
        // (A relative's antecedent after "after" is no clause subject; "when adding the figures" reports nothing.)
        "toll was planned": { speaker: "other emails examined by the paper", cue: "suggest" },
      }),
  },
  "stance-objects": {
    // A position taken on a noun phrase ("endorsed X", "opposes X", "rejected X") is a stance whose content
    // is the object: it ends at a time phrase, a comma, an adjunct's preposition or "and"/"but" before a verb,
    // and keeps a that-clause of its own noun. A stance inside another claim's content leaves that content
    // whole. Hypotheticals ("would support"), the noun "attacks", the adverb "back" and the passive
    // "was backed by" are no stances; nor is a thing's support ("These repairs support the case"), nor
    // "attacked" (in war reporting an act of war), nor "defending" or
    // "supporting" before the title or part it names ("defending champion", "supporting actor").
    check: (cs) =>
      expectExactly(cs, {
        "Tomas Ek": { speaker: "Mayor Ilse Marek", cue: "endorsed", lemma: "endorse", cueType: "stance", content: "Tomas Ek for harbour master", kind: "indirect" },
        "new toll": { speaker: "The dockers union", cue: "opposes", lemma: "oppose", cueType: "stance", content: "the new toll" },
        "lower fare": { speaker: "the ferry company", cue: "supports", lemma: "support", cueType: "stance", content: "a lower fare" },
        "the notion": { speaker: "Councillor Lund", cue: "rejected", cueType: "stance", content: "the notion that the pier was unsafe" },
        "his budget": { speaker: "The harbour master", cue: "defended", cueType: "stance", content: "his budget" },
        "could not wait": { speaker: "The harbour master", cue: "saying", cueType: "speech", content: "repairs could not wait" },
        "tunnel plan": { speaker: "who", cue: "backed", lemma: "back", cueType: "stance", content: "the tunnel plan" },
        "new quay": { speaker: "The harbour guild", cue: "welcomed", lemma: "welcome", cueType: "stance", content: "the new quay" },
        "smaller marina": { speaker: "The harbour guild", cue: "favors", lemma: "favor", cueType: "stance", content: "a smaller marina" },
        "in 2019": { speaker: "The engineer", cue: "said", cueType: "speech", content: "in 2019, the dockers supported the dredging plan" },
        // "as" before a phrase says what the object is taken to be and stays; before a clause it ends the object.
        "the levy": { speaker: "The mayor", cue: "defended", cueType: "stance", content: "the levy as a fair price for a safe crossing" },
        "^the pier$": { speaker: "The council", cue: "defended", cueType: "stance" },
        // A prepositional phrase that names no time or occasion postmodifies the object and stays ("a ban on oil
        // tankers in the outer channel"); after a pronoun it is the act's ("opposed it on safety grounds"), and a
        // number ends the object before its preposition ("a cut in the mooring fee", not "... fee from").
        "oil tankers": { speaker: "The pilots union", cue: "backed", cueType: "stance", content: "a ban on oil tankers in the outer channel" },
        "^it$": { speaker: "The ferry company", cue: "opposed", cueType: "stance" },
        "^a cut in the mooring fee$": { speaker: "The harbour guild", cue: "supports", cueType: "stance" },
        "^Ek$": { speaker: "the dockers", cue: "endorsed", cueType: "stance" },
        // (A clause after the preposition is no postmodifier kept whole: the object ends before "on why".)
        "^the guild report$": { speaker: "The dockers union", cue: "welcomed", cueType: "stance" },
        // A comma inside a list of objects, up to its "and" (a serial comma too), does not end the object; "by" after
        // a participle names the agent in the object's postmodifier, and a capitalised "For" is inside a name.
        "^lower fees, longer seasons and fewer inspections$": { speaker: "The fishermen's guild", cue: "favors", cueType: "stance" },
        "^the compromise drafted by the harbour council$": { speaker: "The dockers", cue: "backed", cueType: "stance" },
        "^the Society For Harbour Safety, the Sea Scouts, and the lifeboat crew$": { speaker: "The rowing club", cue: "supports", cueType: "stance" },
        // The dockers' support is the engineer's report: no stance claim of its own inside it.
        // "defending champion", "supporting actor" are a title and a part: the "-ing" form before them is an
        // adjective, no stance on "champion" or "actor".
      }),
  },
  "speaker-types-companies": {
    // A trade noun before a name makes a company ("Danish brewer Kolby"); a title owned by a body is a person,
    // and no antecedent of a company ("The brewer's chief" was "Danish brewer Kolby", type unknown); a name
    // postmodified by its body is a person (was an organization); "she" is a person even when her antecedent's
    // words tell nothing ("DJ Rita Holm": an acronym is no name word; was unknown).
    check: (cs) =>
      expectExactly(cs, {
        "sales had doubled": { speaker: "Danish brewer Kolby", speakerType: "organization" },
        "beer was cheaper": { speaker: "The brewer's chief", resolved: null, speakerType: "person" },
        "tide was late": { speaker: "Ola Berg of the Velsen Institute", speakerType: "person" },
        "stalls were full": { speaker: "She", resolved: "DJ Rita Holm", speakerType: "person" },
        // A surname repeated from a first name and a surname is a person ("Holm" was unknown).
        "start at noon": { speaker: "Holm", resolved: "DJ Rita Holm", speakerType: "person" },
      }),
  },
  "stance-commitments": {
    // A commitment with its to-infinitive ("vowed to ...", "promised to ...", "pledged to ...", "threatened to ...",
    // "agreed to ...") is a stance whose content starts at "to"; a coordinated commitment ends the content of the
    // claim before it. "asked to", "would try to" and a thing that "threatens to" (a likelihood) are none.
    check: (cs) =>
      expectExactly(cs, {
        "night crossing": { speaker: "The ferry company", cue: "vowed", lemma: "vow", cueType: "stance", content: "to keep the night crossing open all winter", kind: "indirect" },
        "harbour accounts": { speaker: "Councillor Lund", cue: "promised", lemma: "promise", cueType: "stance", content: "to publish the harbour accounts" },
        "east pier": { speaker: "the mayor", cue: "threatened", cueType: "stance", content: "to close the east pier" },
        "new timetable": { speaker: "The harbour master", cue: "announced", cueType: "speech", content: "a new timetable" },
        "more pilots": { speaker: "The harbour master", cue: "pledged", lemma: "pledge", cueType: "stance", content: "to hire more pilots" },
        "the strike": { speaker: "The harbour council", cue: "agreed", lemma: "agree", cueType: "stance", content: "to end the strike on Friday" },
        "fix the cranes": { speaker: "Ilse Marek", cue: "said", cueType: "speech", content: "she would try to fix the cranes" },
      }),
  },
  "content-bounds": {
    // Where the content starts and ends: a dated time phrase between the cue and a clause without
    // "that" ("said Tuesday C", "announced on Friday night C", "told X last week C") is the cue's; a
    // listener after "told" ("a packed crowd", "me") is the addressee, not content; a sentence-opening
    // connective ("In fact,", "However,", "Still,") is the writer's; after a noun-phrase content a
    // closing "on Monday" dates the act; a name object followed by "and" and the subject's next verb
    // ends there; a quoted programme title between "told" and "that" is no content. "this week's figures"
    // is the content's subject, kept.
    check: (cs) =>
      expectExactly(cs, {
        "eastern locks": { speaker: "The harbour master", cue: "said", content: "the eastern locks would close for repairs", kind: "indirect" },
        "stand down": { speaker: "Councillor Edda Marsh", cue: "announced", content: "she will stand down in spring", kind: "indirect" },
        "short-staffed": { speaker: "The ferry operator", cue: "told", addressee: "the Velden Courier", content: "its crews were short-staffed", kind: "indirect" },
        "new bridge": { speaker: "The mayor", cue: "told", addressee: "a packed crowd", content: "they would get their new bridge", kind: "indirect" },
        "cranes": { speaker: "A dock worker", cue: "told", addressee: "me", content: "the cranes had not moved in weeks", kind: "indirect" },
        "canal fees": { speaker: "the treasurer", cue: "said", content: "the canal fees have not risen since the flood", kind: "indirect" },
        "reserve fund": { speaker: "she", cue: "added", content: "the reserve fund is nearly empty", kind: "indirect" },
        "pilots' union": { speaker: "Senator Olga Brant", cue: "praised", content: "the pilots' union", kind: "indirect" },
        "Brennick": { speaker: "Mayor Ilse Varn", cue: "criticized", content: "Brennick", kind: "indirect" },
        "figures were wrong": { speaker: "The clerk", cue: "said", content: "this week's figures were wrong", kind: "indirect" },
        "remain wary": { speaker: "a union spokesman", cue: "said", content: "pilots remain wary of the new tolls", kind: "indirect" },
        "night fares": { speaker: "Anja Roth", cue: "told", content: "the night fares would rise", kind: "indirect" },
      }),
  },
  "content-clause-ends": {
    // A cue inside a subordinate clause that opens the sentence: the content ends at the comma that
    // closes the clause. After a noun-phrase object, a verb phrase coordinated with the cue ("and
    // praised", "and was fined", ", called") is the speaker's next act, not content.
    check: (cs) =>
      expectExactly(cs, {
        "pier needed repairs": { speaker: "the harbour master", cue: "conceded", content: "the pier needed repairs", kind: "indirect" },
        "wage offer": { speaker: "The union leader", cue: "blasted", content: "the wage offer", kind: "indirect" },
        "night crews": { speaker: "The union leader", cue: "praised" },
        "right of way": { speaker: "The cyclist", cue: "claimed", content: "right of way", kind: "indirect" },
        "parking plan": { speaker: "Councillor Ilse Marek", cue: "mocked", content: "the new parking plan", kind: "indirect" },
        // An "-ed" word before a bare plural noun inside a clause that has no verb yet modifies the noun ("and repeated
        // delays"): no act of the speaker, and the content runs on to the clause's verb.
        "hurting trade": { speaker: "The harbour board", cue: "concluded", content: "the lack of dredging in the channel and repeated delays to the new pier are hurting trade" },
      }),
  },
  "content-tails": {
    // Where a content ends and goes on. After a noun-phrase object a subordinate adjunct ("after cutting
    // ties", "even as commuters complained") or a non-restrictive relative (", which ...") belongs to the
    // act, not to what was said; a long adjunct between the cue and "that" is still the cue's; a medial
    // frame after a stretch that states nothing by itself ("If the vote fails,", "The trouble with the toll
    // plan,") leaves the clause going on after it, past the speaker's appositive; a cue inside a restrictive
    // relative clause ("Dockers who say C were outvoted") ends its content before the head's own verb.
    // A closing appositive noun phrase after the content's first comma (", a reduction larger than ...") is the
    // writer's gloss; ", but" and a new subject with its verb resume the narration; after a name as the object
    // an adjunct opener ("during a rally") ends the content as it does after a common noun phrase, and so does
    // "as" with a clause ("as the first storms reached the coast"; not a role, "as his main issues").
    check: (cs) =>
      expectExactly(cs, {
        "Kessa Freight": { speaker: "The port authority", cue: "announced", content: "the merger with Kessa Freight", kind: "indirect" },
        // ("as" with a subject and its finite verb after a noun-phrase object tells when the act took place.)
        "winter timetable": { speaker: "The ferry line", cue: "announced", content: "the new winter timetable" },
        "ferry timetable": { speaker: "Councillor Jo Brandt", cue: "praised", content: "the new ferry timetable", kind: "indirect" },
        "about delays": { speaker: "commuters", cue: "complained", content: "about delays" },
        "toll scheme": { speaker: "The harbour board", cue: "announced", content: "a new toll scheme", kind: "indirect" },
        // (The relative's own naming: a plural agent noun is a source for the weak cue "call".)
        "tax on the poor": { speaker: "drivers", cue: "call", content: "a tax on the poor" },
        "tunnel would open": { speaker: "Mayor Ada Voss", cue: "said", content: "the tunnel would open late", kind: "indirect" },
        "vote fails": { speaker: "the treasurer", cue: "said", content: "If the vote fails, the treasurer said in a statement, the tunnel will be delayed" },
        "toll plan": { speaker: "Mia Lund", cue: "says", content: "The trouble with the toll plan, says Mia Lund, an engineer at the port, is that nobody pays it" },
        "cranes": { speaker: "who", cue: "say", content: "the new cranes are unsafe", kind: "indirect" },
        // A noun-phrase object inside a subject's relative clause ends at the subject's own verb, here a cue
        // ("Pilots who backed the plan said C"), which a form with no auxiliary ("said", "say") can be.
        "^the breakwater plan$": { speaker: "who", cue: "backed", cueType: "stance" },
        "^the new quay$": { speaker: "who", cue: "opposed", cueType: "stance" },
        "resign": { speaker: "Pilots who backed the breakwater plan", cue: "said", content: "they would resign" },
        "tides": { speaker: "Skippers who opposed the new quay", cue: "say", content: "the tides have changed" },
        "300 jobs": { speaker: "The ferry union", cue: "announced", content: "it would cut 300 jobs", kind: "indirect" },
        "sail in May": { speaker: "The treasurer", cue: "said", content: "the ferry would sail in May", kind: "indirect" },
        "Mayor Voss": { speaker: "Lena Ortiz", cue: "criticized", content: "Mayor Voss", kind: "indirect" },
        // A reason clause after a medial frame (", he said, because ...") is the speaker's reason: the content goes on.
        "ramp will be late": { speaker: "the harbour master", cue: "said", content: "The ramp will be late, the harbour master said, because the steel has not arrived" },
        // So is a consequence clause (", he said, so ..."): what follows is the speaker's conclusion.
        "dredging": { speaker: "the harbour master", cue: "said", content: "The dredging is too costly, the harbour master said, so the board will sell the old quay" },
      }),
  },
  "quoted-tag-adjuncts": {
    // A tag whose quotation opens the sentence (or a quotation begun at an earlier sentence's start) and closes with
    // a comma right before its subject reports that quotation: the words after the cue are the tag's adjuncts
    // (a time or "after" phrase with a relative clause, a participle, a manner adverb and an "as" clause, an
    // "of" phrase), never a second content of the same cue. A new claim after it keeps its own cue (", adding
    // that C", "after X argued that C"), and punctuation still marks a content of the cue itself (", that C", ": C");
    // a quotation after the adjunct's comma resumes the first ("“C1,” the auditor said of X and Y, “C2.”").
    check: (cs) =>
      expectExactly(cs, {
        "sail before the storm": { speaker: "Captain Ivo Rask", cue: "told", content: "We must sail before the storm", kind: "direct" },
        "pier belongs": { speaker: "the mayor", cue: "said", content: "The pier belongs to everyone", kind: "direct" },
        "calmer seasons": { speaker: "Mia Lund", cue: "said", content: "We have had calmer seasons", kind: "direct" },
        "all be hired": { speaker: "the foreman", cue: "said", content: "In any other year they would all be hired", kind: "direct" },
        "cranes are old": { speaker: "the engineer", cue: "wrote", content: "The cranes are old. Nobody wants to fix them", kind: "direct" },
        "cannot pay": { speaker: "the treasurer", cue: "argued", content: "the port cannot pay" },
        "toll is fair": { speaker: "the treasurer", cue: "said", content: "The toll is fair", kind: "direct" },
        "pay less in winter": { speaker: "the treasurer", cue: "adding", content: "drivers would pay less in winter" },
        "high wind": { speaker: "the dockers", cue: "wrote", content: "the new cranes “may fail in high wind" },
        "nobody trusts": { speaker: "the harbour master", cue: "said", content: "nobody trusts the new schedule" },
        // A quotation after the tag's adjunct and a comma resumes the first (an "and" between names opens no clause).
        "pay for itself": { speaker: "the auditor", cue: "said", parts: ["The ferry will pay for itself", "if they keep the fares low"] },
      }),
  },
  "coordinated-and-gapped": {
    // A cue inside a relative clause whose gap is the content's subject: an auxiliary may follow the verb
    // directly (", which port officials say could raise ...", ", which she estimates will cost ..."), and a
    // non-restrictive clause's content ends at the comma before its head's own verb ("..., is stalled").
    // "asked dock workers who they think is to blame": the pronoun after "who" is the subject that speaks.
    // ", then says C": "then" after a comma coordinates the cue with the verb phrase before it.
    check: (cs) =>
      expectExactly(cs, {
        "$40 million": { speaker: /officials$/, cue: "say", content: "could raise $40 million a year", kind: "indirect" },
        "ferry contract": { speaker: "Councillor Jo Brandt", cue: "questioned", content: "the ferry contract" },
        "twice as much": { speaker: "she", cue: "estimates", content: "will cost the county twice as much" },
        "to blame": { speaker: "they", cue: "think", content: "is to blame for the closures" },
        "emergency aid": { speaker: /Ada Voss$/, cue: "says", content: "she will ask the state for emergency aid", kind: "indirect" },
      }),
  },
  "coordinated-report-speakers": {
    // A reporting verb after "and"/"but" with no subject of its own pairs with the report of the same form that holds
    // the last clause ("acknowledged ... believed ..., but said": the harbour master says it); one whose form matches
    // only the nested clause's verb is that clause's ("are telling ... and believe": the crews believe); a new clause
    // after a comma and "but" has its own subject ("but the operator denied ... and stated").
    check: (cs) =>
      expectExactly(cs, {
        "too high": { speaker: "The harbour master", cue: "acknowledged" },
        "needed the money": { speaker: "The harbour master", cue: "said" },
        "its crews are telling": { speaker: "The ferry company", cue: "reported" },
        "^delays are short": { speaker: "its crews", cue: "telling" },
        "timetable": { speaker: "its crews", cue: "believe" },
        "cutting wages": { speaker: "The union", cue: "accused" },
        "^the claims": { speaker: "the operator", cue: "denied" },
        "wages had risen": { speaker: "the operator", cue: "stated" },
        // (A name and an "-ed" verb before a determiner are subject and verb, not a modified name: "Osk Freight backed the".)
        "^the wage deal$": { speaker: "Osk Freight", cue: "backed" },
        "fares would rise": { speaker: "Osk Freight", cue: "said" },
      }),
  },
  "coordinated-verbs-in-content": {
    // A verb after "and" inside a clause content ends it only as the speaker's next act: a perception verb with no
    // "as" ("saw crew members running"), an aspectual "continued" and a participle that shares the content's perfect
    // auxiliary ("had set up and maintained barriers") are the content's own; "announced X and vowed to" is a new act.
    check: (cs) =>
      expectExactly(cs, {
        "engine": { speaker: "A ferry passenger", cue: "said", content: "she could hear the engine failing and saw crew members running to the deck" },
        "barriers": { speaker: "Dock workers", cue: "said", content: "the harbour police had set up and maintained barriers along the quay" },
        "trawler": { speaker: "The coastguard", cue: "reported", content: "the trawler collided with a buoy and continued drifting toward the rocks" },
        "timetable": { speaker: "The port authority", cue: "announced", content: "a new timetable" },
        "cut fares": { speaker: "The port authority", cue: "vowed", content: "to cut fares" },
      }),
  },
  "coordinated-predicates": {
    // After a past-tense cue whose content holds no verb (here one that starts with a name, which the object rule
    // does not read as an object), "and" and a past verb with its object is the speaker's next act ("questioned
    // Nordlink’s budget and refused to back ..."); a content with a verb of its own keeps the verb phrase, which may
    // be its subject's ("reported that tugboats advanced ... and struck ...").
    check: (cs) =>
      expectExactly(cs, {
        "ferry budget": { speaker: "Councillor Jo Brandt", cue: "questioned", content: "Nordlink’s ferry budget" },
        "tugboats": { speaker: "The port authority", cue: "reported", content: "tugboats advanced near the breakwater and struck a moored barge" },
        // A comma and an irregular past of a cue verb ("said") after a noun-phrase object is the speaker's next
        // report; one with a preposition after it ("made in a leaflet") modifies the object and stays.
        "harbour fees": { speaker: "Councillor Holm", cue: "criticized", content: "the harbour fees" },
        "the claims": { speaker: "The union", cue: "denied", content: "the claims, made in a leaflet about the ferry wages" },
        // A comma and a past verb with its object, with no comma before it in the content, is the next act of a
        // series ("noted C, blamed X and asked Y"); "and asked" is one too.
        "^the rising cost of the dredging$": { speaker: "Harbour director Ivo Lind", cue: "noted" },
      }),
  },
  "speaker-phrase-edges": {
    // Subject phrases whose edges the phrase reader used to misplace. A capitalised number word before a plain noun
    // counts people ("One welder declined"), no name followed by a verb. A measured span before "after" opens an
    // adverbial, not a subject ("One day after saying C, Roe ...", "Months after Roe claimed C"). A few nouns end in
    // "-ly" ("rally", "assembly") and are no adverbs. A lower-case possessor inside a phrase goes on to its noun
    // ("the former port director’s spokeswoman"); a plural noun before a preposition ends the phrase proper
    // ("Shipping firms like Nordlink"); an article before a run of capitals after "of" lets a plain noun follow
    // ("All of the SDP candidates").
    // (Also: "X, suggesting that C" after a subject that is neither source nor evidence is the writer's inference; a
    // listener takes a preposition and a name after it, "told the pilots at Nordlink that C".)
    check: (cs) =>
      expectExactly(cs, {
        "schedule would slip": { speaker: "One welder", cue: "saying", content: "the schedule would slip again" },
        "toll was illegal": { speaker: "Mara Lind", cue: "saying", content: "the toll was illegal" },
        "bridge was safe": { speaker: "Ola Berg", cue: "claimed" },
        "permits had arrived": { speaker: "The organizer of a dockside rally", cue: "said", content: "the permits had arrived late" },
        "subsidy would be renewed": { speaker: "The regional assembly", cue: "said" },
        "^the storm$": { speaker: "the former port director’s spokeswoman", cue: "Citing" },
        "sailings were cancelled": { speaker: "the former port director’s spokeswoman", cue: "told", content: "all sailings were cancelled" },
        "^the toll$": { speaker: "Shipping firms like Nordlink", cue: "oppose" },
        "raise freight prices": { speaker: "Shipping firms", cue: "argued", content: "it will raise freight prices" },
        "hurt trade": { speaker: "All of the SDP candidates", cue: "argued", content: "it will hurt trade" },
        // (A quantified group of people takes a position as a plural noun does: see comment-clauses-and-gerunds.)
        "^the levy$": { speaker: "All of the SDP candidates", cue: "oppose" },
        // An inference drawn from what a subject that is no source did is the writer's ("The night raids have dropped
        // off, suggesting C": no claim); evidence keeps it ("The port survey found X, suggesting C").
        "bookings up": { speaker: "The port survey", cue: "found" },
        "not deterred": { speaker: "The port survey", cue: "suggesting", content: "the levy has not deterred visitors" },
        // A preposition and a name after a plain-noun listener postmodify it: "told the pilots at Nordlink that C".
        "channel was closed": { speaker: "The captain", cue: "told", addressee: "the pilots at Nordlink", content: "the channel was closed" },
      }),
  },
  "wire-programmes-and-titles": {
    // Wire and broadcast-news shapes. A lower-case noun for a programme or publication ends the medium spoken to
    // ("told Radio Dover's Morning Tide programme he ...", "told the paper she ..."): the outlet, not the content's
    // start. A time phrase before a subject name is the clause's adjunct ("Last month Velmar said"). Ranks of the
    // police, the church and sports are titles ("Sheriff", "coach"), and a title heading lower-case words only is a
    // person whatever body the modifiers name; the Treasury is a government body; "MP" after an acronym is a
    // body's name ("The UOC MP", the Moscow Patriarchate), not a member of parliament.
    check: (cs) =>
      expectExactly(cs, {
        "mediation could settle": { speaker: "Lord Brent", cue: "told", outlet: "Radio Dover's Morning Tide programme", content: "he hoped mediation could settle the row" },
        "keep her seat": { speaker: "Ms Arden", cue: "told", outlet: "the paper", content: "she hopes to keep her seat at the next election" },
        "Ferry fares": { speaker: "Mr Holt", cue: "told", outlet: "KTV's Sunday programme", content: "Ferry fares would rise by a tenth next spring" },
        "good shape": { speaker: "Velmar", cue: "said" },
        "fishing quota": { speaker: "Ostland", cue: "said", content: "it would cut its fishing quota" },
        "show some character": { speaker: "the national team coach", speakerType: "person" },
        "not pleased": { speaker: "Kessel County Sheriff Ada Roe", speakerType: "person" },
        "dues would be frozen": { speaker: "The Treasury", speakerType: "government", cue: "announced" },
        "monastery would stay": { speaker: "The UOC MP", speakerType: "unknown" },
      }),
  },
  "tags-titles-and-asides": {
    // Plain reporting forms whose subject, tag or object has a shape of its own. A short quotation of capitalised
    // words right after "told" is the programme spoken to (the outlet), not the content, with its comma inside the
    // marks ("told “Morning Harbour,” reminding"); an adjunct clause with its own pronoun subject after the tag
    // ("after she was asked about the storm that closed ...") closes the frame. "tell pollsters they ...": the noun
    // after an addressee verb is the listener. ", say experts like X, a ..., is": an inverted tag inside its content,
    // with a "like" or coordinated phrase ("said Lund and others"). A participle's appositive may hold a clause word
    // ("speaking ... after the vote"). A sentence may open with the cue ("Said Nils Aro, who ..., “C.”"). Kin nouns
    // describe a speaker ("her nephew Tomas Verlin"). A place adverb after the subject ("Opponents ... here say") is
    // no head, but it stays in the speaker as the noun's postmodifier ("the opponents here"). A cue word before an auxiliary after a tag is the next clause's subject ("he said, email has kept").
    // A bracketed aside after a name ("Mayor Ola Brandt (a ... he has been taken for ...) says"). "replied X" after a
    // quotation is inverted. A quotation inside a fronted phrase ("to chants of “Sail! Sail!,”") is not content.
    // ("Most importantly, say analysts, C": the verbless opening goes on after an unquoted inverted tag.)
    check: (cs) =>
      expectExactly(cs, {
        "sail on time": { speaker: "the harbour master", cue: "told", outlet: "Coast and Country", content: "The ferry will sail on time", kind: "direct" },
        "checked the locks": { speaker: "Ada Voss", cue: "told", outlet: "Morning Harbour", content: "Nobody has checked the locks", kind: "direct" },
        "flooded twice": { speaker: "Ada Voss", cue: "reminding", addressee: "the hosts", content: "the canal had flooded twice" },
        "distrust the port": { speaker: /two-thirds of them$/, cue: "tell", addressee: "pollsters", content: "they distrust the port board" },
        "silt itself": { speaker: "experts like Ola Berg", cue: "say", content: "Part of the trouble with the dredging, say experts like Ola Berg, a Norwegian hydrologist, is the silt itself" },
        "obvious by spring": { speaker: "Lund and others", cue: "said", content: "The difference, said Lund and others, would be obvious by spring" },
        "ignored the harbour": { speaker: "Sen. Ilse Darmer", cue: "said", content: "the budget ignored the harbour" },
        "proud of it": { speaker: "Nils Aro", cue: "Said", content: "We were all so proud of it", kind: "direct" },
        "all was well": { speaker: "her nephew Tomas Verlin", cue: "added", content: "We phoned her before she left and all was well", kind: "direct" },
        "lose traffic": { speaker: "Opponents of the new toll here", cue: "say", content: "the bridge will lose traffic" },
        "crews in touch": { speaker: "he", cue: "said", content: "Over the years, he said, email has kept the crews in touch", parts: ["Over the years", "email has kept the crews in touch"] },
        "felt lost": { speaker: "Mayor Ola Brandt", cue: "says", content: "he felt lost after the election" },
        "reopen the quay": { speaker: "Ada Lindqvist", cue: "replied", content: "We will not reopen the quay", kind: "direct" },
        "crossing was": { speaker: "the captain", cue: "said", content: "the crossing was “perfectly safe" },
        // A verbless opening before an unquoted inverted tag goes on after the tag.
        "hurt trade": { speaker: "analysts", cue: "say", content: "Most importantly, say analysts, the failure of the ferry talks has hurt trade" },
      }),
  },
  "isw-inference-and-layout": {
    // ISW-style reports. A name that an HTML conversion set on its own line ("told the" / "Harbour Ledger" / "on May 4
    // that C") does not split the sentence. A quoted name closes the subject it heads ("Telegram channel “Coastal
    // Watch” claimed", "The “Free Tarsk Initiative” (…) reported"). An event or change as the subject of "suggests"/
    // "indicates" draws the writer's conclusion, not a source's claim (a report or intelligence keeps its source), and
    // so does a participle ", indicating that C" after a clause, which still ends the content before it. A source noun
    // heading the subject is anonymous ("A senior Velmari Defense Committee source").
    check: (cs) =>
      expectExactly(cs, {
        "northern channel": { speaker: "Two port officials", cue: "told", content: "the Velmari navy had closed the northern channel" },
        "ferries stopped": { speaker: /^The\s+Osk Courier$/, cue: "reported", content: "ferries stopped running" },
        "ferry terminal": { speaker: "Velmari Telegram channel “Coastal Watch”", speakerType: "media", cue: "claimed", content: "Tarsk forces shelled the ferry terminal in Osk" },
        "refused to deploy": { speaker: "The “Free Tarsk Initiative” (a small diaspora rights group)", speakerType: "organization", cue: "reported", content: "30 conscripts refused to deploy" },
        "grain shipments": { speaker: "The Velmari report", cue: "indicates", content: "grain shipments have resumed" },
        "more drones": { speaker: "Velmari intelligence", cue: "suggests", content: "Tarsk will receive more drones in June" },
        "new trenches": { speaker: "The Tarsk General Staff", cue: "reported", content: "Velmari forces dug new trenches near Osk" },
        // The line after the name may open with its possessive ’.
        "12 civilians": { speaker: /^the\s+Osk Courier\s+’s count of hospital records$/, cue: "according to", content: "Tarsk shelling killed at least 12 civilians in Osk" },
        // A source noun heading the subject keeps it anonymous, whatever body it belongs to or whatever follows it.
        "talks had failed": { speaker: "A senior Velmari Defense Committee source", speakerType: "anonymous", cue: "told", outlet: "Reuters", content: "the ceasefire talks had failed" },
        "rejected the proposal": { speaker: "A Western source with knowledge of the talks", speakerType: "anonymous", cue: "said", content: "Tarsk rejected the proposal" },
      }),
  },
  "isw-glosses-and-corroboration": {
    // ISW-style report (invented): what the writer adds to a source's report stays out of its content and speaker. A
    // gloss on a word after a closing dash ("—a term used by …") and the writer's corroboration (", and geolocated
    // footage shows …") end the content; the date of a naming is no part of its label ("called the video a fake on
    // June 13"); coordinated nationalities both own the claims ("Velmari and Tarsk claims"); an institution's name
    // after its lower-case description is the speaker; a body's "its" resolves to it; and the writer's hedged guess at a state of mind ("likely
    // knows that C", "probably believes that C") is no claim at all.
    check: (cs) =>
      expectExactly(cs, {
        "screening": { speaker: "The Osk mayor", cue: "stated", content: "Tarsk forces are “screening” residents" },
        "50 tanks": { speaker: "A Tarsk milblogger", cue: "claimed", content: "Tarsk forces moved 50 tanks to the north" },
        "heading west": { cue: "shows", content: "Tarsk tanks near Osk heading west" },
        "a fake": { speaker: "A Velmari news agency", cue: "called", content: "the video a fake" },
        "near the pier": { speaker: "Residents", cue: "reported", content: "explosions near the pier" },
        "ferry terminal": { speaker: "Velmari and Tarsk", cue: "claims", content: "drones struck the ferry terminal" },
        "oppose the draft": { speaker: "the Center for Public Opinion Studies", cue: "found", content: "most residents oppose the draft" },
        // (A numberless body, "staff", is what "its" refers to: the possessive speaker resolves to the subject.)
        "regrouping": { speaker: "its", resolved: "The Velmari General Staff", cue: "assessment", content: "two Tarsk brigades are regrouping near the border" },
      }),
  },
  "isw-writer-inferences": {
    // ISW-style reports (invented): the writer's own inferences are no claims. A participle of inference set off after
    // a clause about an act of a force or body ("Tarsk forces shelled Osk, suggesting that C"), one hedged (", likely
    // suggesting C"), and ", indicating" after a closing quotation mark (`land,” indicating`); a finite inference whose
    // subject is the writer's summary ("These indicators suggest", "This timing suggests"), a hedged "it", or a hedged
    // thing ("Continued shelling may indicate"). A report still indicates its claim, and a person who attacks or
    // criticises someone, suggesting C, still insinuates C ("Prof Anja Roe criticises ...": the title keeps the person
    // even when the subject phrase runs past the name).
    check: (cs) =>
      expectExactly(cs, {
        // (A stance with a noun-phrase object, as before.)
        "the request": { speaker: "The harbour council", cue: "rejected", content: "the request" },
        "inalienable": { speaker: "The Osk governor", cue: "announced", content: "the port was “an inalienable part of Tarsk land" },
        "grain shipments": { speaker: "The Velmari report", cue: "indicates", content: "grain shipments have resumed" },
        "misled parliament": { speaker: "Senator Rinna Hale", cue: "suggesting", content: "he had misled parliament" },
        "fears the cost": { speaker: /^Prof Anja Roe/, cue: "suggesting", content: "it fears the cost" },
        // A subject opened by a determiner pointing back at the writer's description ("These reports indicate", "Such
        // defensive lines suggest") and a pronoun whose inference hangs on a condition ("If true, they may indicate")
        // infer for the writer; a belief inside that inference ("continues to view X as Y") is the writer's guess too.
        // Footage pointed back at still shows its content.
        "repairing the dam": { speaker: "The Velmari staff", cue: "reported", content: "Tarsk crews are repairing the dam" },
        "crossed the river": { speaker: "This footage", cue: "shows", content: "Osk crews crossed the river" },
        // (A time adjunct is no determiner pointing back: "Earlier this month figures showed C" keeps its evidence.)
        "ferry traffic": { cue: "showed", content: "ferry traffic had halved" },
        // A relative clause with the writer's disclaimer (", which the Monitor cannot confirm") or relating the claim to
        // other reports (", which corresponds with ...") ends the content.
        "near the lake": { speaker: "Osk officials", cue: "claimed", content: "unspecified gains near the lake", citations: [17] },
        "shelling to stop": { speaker: "The Velmari army", cue: "said", content: "it expects the shelling to stop soon", citations: [18] },
      }),
  },
  "isw-dates-and-hearsay": {
    // ISW-style reports (invented). A date after a preposition before the cue is a time adjunct, not a count that makes
    // the cue a noun ("footage posted on June 2 shows", "The ministry on June 2, 2023 claimed"; datedAdjunctAt), and is
    // cut from the subject with its comma and, after a common noun, its participle ("A report released on Tuesday found");
    // a date that modifies a noun ("based on June 1 reports") is no adjunct. Evidence that a subject issues speaks for it
    // ("released footage on June 1 confirming C": Velmari forces); "image" is an evidence noun. A hearsay adverb makes its
    // clause a claim with no named speaker (hearsayFrame), not in a noun phrase's participle ("pilots reportedly killed"),
    // after a demonstrative ("This reportedly planned offensive"), in a relative clause after "that" ("the date that its staff had
    // reportedly set") or inside another claim. A stance after "of" ("the
    // infeasibility of X supporting Y") is no claim.
    check: (cs) =>
      expectExactly(cs, {
        "operating near Osk": { speaker: "Geolocated footage posted on June 2", cue: "shows", content: "Tarsk forces operating near Osk" },
        "pier was closed": { speaker: "The Tarsk ministry", cue: "claimed", content: "the pier was closed" },
        "fares rose": { speaker: "A report released on Tuesday", cue: "found", content: "the ferry fares rose" },
        "hold the bridge": { speaker: "Velmari forces", cue: "confirming", content: "they hold the bridge" },
        "digging trenches": { speaker: "An image posted on June 2", cue: "shows", content: "Tarsk crews are digging trenches" },
        "garrison": { speaker: null, cue: "reportedly", content: "The Osk garrison reportedly withdrew to the coast on June 1" },
        // (A verb that is a cue only with another particle: "shot down" is no "shoot back".)
        "shot down": { speaker: null, cue: "reportedly", content: "Velmari crews reportedly shot down a Tarsk drone" },
        "struck a depot": { speaker: "A Tarsk milblogger", cue: "claimed", content: "Velmari drones reportedly struck a depot" },
      }),
  },
  "isw-hearsay-clauses-and-footage": {
    // ISW-style reports (invented). A hearsay adverb in a relative clause makes that clause, from its pronoun, a claim
    // with no named speaker, ending before the main clause or a coordinated verb (relativeHearsay); in a verb phrase
    // coordinated after "and", the sentence's subject and that verb phrase are the claim's parts, the first verb phrase
    // the gap (coordinatedHearsay); a hearsay clause ends before a new clause after ", and" or a semicolon (hearsayEnd).
    // "continued X" with no clause is no report, so "reportedly" keeps it. No claim where "and reportedly" joins noun
    // phrases. "posted footage (purportedly) showing" and a gerund clause is the poster's claim (depictedClause); footage
    // showing a bare noun phrase ("a destroyed tank") shows a thing and asserts nothing; so too "published footage of"
    // a gerund clause (footageOfFrame, cue "footage of", lemma "show"), not footage "of a burned ferry". A date after
    // "since" is inside the subject ("raids west of Osk since June 2 have reportedly pushed"), no subject of its own.
    check: (cs) =>
      expectExactly(cs, {
        "toward the coast": { speaker: null, cue: "reportedly", content: "Tarsk forces captured Osk and reportedly advanced toward the coast", parts: ["Tarsk forces", "advanced toward the coast"] },
        "killed 12 sailors": { speaker: null, cue: "reportedly", content: "which reportedly killed 12 sailors", parts: ["which", "killed 12 sailors"] },
        "sent back": { speaker: null, cue: "reportedly", content: "The 9th Brigade fought near Osk and was reportedly sent back to the depot", parts: ["The 9th Brigade", "was reportedly sent back to the depot"] },
        "counteroffensive": { speaker: null, cue: "reportedly", content: "Velmari forces reportedly continued counteroffensive operations near Osk" },
        "wants to leave": { speaker: null, cue: "reportedly", content: "who reportedly wants to leave" },
        "coast road": { speaker: null, cue: "reportedly", content: "Velmari raids west of Osk since June 2 have reportedly pushed Tarsk forces off the coast road" },
        "crews firing": { speaker: "A Tarsk milblogger", cue: "showing", content: "Velmari crews firing at the pier" },
        "smoke rising": { speaker: "Local channels", cue: "showing", content: "smoke rising from the pier" },
        "sappers clearing": { speaker: "Tarsk channels", cue: "footage of", lemma: "show", content: "Velmari sappers clearing the road near Osk" },
      }),
  },
  "isw-echoes-and-glosses": {
    // ISW-style reports (invented). A comment clause after a report, ", as ISW has previously assessed", ends the
    // report's content at its comma, and a judgement echoed that way is the report's proposition, not the fact of the
    // report (asCommentContents); "as ISW reported" keeps its whole clause, and an assessment inside it stays a claim.
    // A relating participle set off after a content (", contradicting D", ", likely referring to D", ", demonstrating
    // D") ends it, unless a second comma and lower case show it parenthetical, or it stands in a quotation's tag.
    // "posted a video on June 4 of C" is footage of C across its date (evidenceBeforeOf); an "-ing" after an inner "of"
    // and a capitalised modifier is a noun ("footage of the aftermath of Velmari shelling": no claim). ", but ISW cannot
    // independently verify" ends any content it closes, a coordinated report's too.
    check: (cs) => {
      const echoed = cs.filter((c) => c.content.text === "Tarsk troops intend to encircle Osk");
      assert.deepEqual(echoed.map((c) => `${c.speaker.text}|${c.cue.text}`).sort(), ["ISW|assessed", "The Velmari General Staff|stated"]);
      expectExactly(cs.filter((c) => !echoed.includes(c)), {
        "shelled the pier": { speaker: "ISW", cue: "reported", content: "Tarsk forces shelled the pier at Rel" },
        "ferry terminal": { speaker: "The harbor master", cue: "confirmed", content: "Tarsk forces seized the ferry terminal on June 10" },
        "assault failed": { speaker: "the Tarsk ministry", cue: "assertion", content: "the assault failed" },
        "two villages": { speaker: "A Tarsk milblogger", cue: "claimed", content: "Velmari forces took two villages" },
        "laying mines": { speaker: "The Velmari General Staff", cue: "reported", content: "Tarsk forces are digging trenches along an unnamed coastline, likely referring to the Osk shore, and are laying mines" },
        "Tarsk coins": { speaker: "Rel officials", cue: "announced", content: "they would accept Tarsk coins" },
        "^the garrison": { speaker: "A Tarsk blogger", cue: "assessed", content: "the garrison is short of shells" },
        "^A Tarsk blogger": { speaker: "the Velmari navy", cue: "reported" },
        "pier will reopen": { speaker: "the mayor", cue: "said", kind: "direct" },
        // (Footage "of" a gerund clause across the date of its posting; "the aftermath of Velmari shelling" is a thing shown.)
        "crews firing": { speaker: "A Tarsk milblogger", cue: "video", lemma: "show", content: "Velmari crews firing at the pier" },
        // (The writer's disclaimer closes a coordinated report's content too.)
        "took the pier": { speaker: "The port chief", cue: "claimed", content: "Tarsk forces took the pier" },
        "holding the depot": { speaker: "The port chief", cue: "stated", content: "Velmari crews are holding the depot on June 8" },
      });
    },
  },
  "isw-report-precision": {
    // ISW-style reports (invented). A "citing" that names only the source of the same speaker's report, before or after
    // it, is no claim and still ends the report's content (citesSourceOfReport); a reason cited stays one. A verb that
    // reports only with a clause ("counter") is an act with a noun phrase, as a participle too ("experience in
    // countering drones"), and no longer cuts the report it sits in. A closing relative of the writer's inference
    // (", which likely reflects", ", which may indicate") is cut off an unquoted content (cutWritersRelative), but not a
    // relative set off inside the subject, nor one inside a quotation. "X’s repeated assessments that C" is X's claim.
    check: (cs) =>
      expectExactly(cs, {
        "moved two brigades": { speaker: "A Velmari outlet", cue: "reported", content: "Tarsk moved two brigades to the coast" },
        "harbor was mined": { speaker: "Opposition media", cue: "reported", content: "the Osk harbor was mined" },
        "requested our experience": { speaker: "The Velmari president", cue: "said", content: "nine states have requested our experience in countering Tarsk drones" },
        "budget was balanced": { speaker: "The minister", cue: "countered", content: "the budget was balanced" },
        "moving their savings": { speaker: "Tarsk media", cue: "reported", content: "traders are moving their savings into gold" },
        "closed the pier": { speaker: "The source", cue: "added", content: "the governor closed the pier" },
        "ferry crews who were drafted": { speaker: "The report", cue: "stated", content: "ferry crews who were drafted into the 9th Brigade, which may have been in Osk, have not returned" },
        "shortages will end": { speaker: "The governor", cue: "said", content: "Prices rose, which may hurt us, but shortages will end" },
        "lacks the boats": { speaker: "the Velmari General Staff", cue: "assessments", content: "Tarsk lacks the boats to cross the river" },
        "fuel prices": { speaker: "The mayor", cue: "citing", content: "higher fuel prices" },
        "^the ferry fares": { speaker: "The mayor", cue: "defended" },
      }),
  },
  "isw-occasions-and-initials": {
    // A citation marker after a full stop closes the sentence even when the word before the stop looks like an
    // initial ("Hepatitis C.[21] ISW …"). An ordinal occasion ("the first time") before a contact relative clause
    // is not part of the speaker. "the daily" before a past participle and a bare noun in object position is an
    // adjective ("the daily observed indicators"), not a newspaper; at the start of a clause it still is one. An
    // "-ly" adverb and a participle after a possessive stay in the subject ("the agency’s remotely sensed data"). A
    // span of time ("the past 24 hours") is no antecedent of a relative "that indicates": no claim with "24 hours".
    // A name with a bracketed acronym before the adverb is such a determiner too ("X’s Centre for Y (CSO) remotely
    // sensed data").
    check: (cs) => {
      expectExactly(cs, {
        "Hepatitis C": { speaker: "The Osk clinic", cue: "said", content: "the recruits carried Hepatitis C", citations: [21] },
        "recruited convicts": { speaker: "ISW", cue: "reported", citations: [22] },
        "glide bombs": { speaker: "ISW", cue: "observed", content: "Tarsk forces using glide bombs near Osk", citations: [23] },
        "bridge was closed": { speaker: "The daily", cue: "reported", citations: [24] },
        "Osk dam": { speaker: "The agency’s remotely sensed data", cue: "showed", citations: [25] },
        // A bracketed acronym closing a name, and "for" inside it, stay in the subject before "remotely sensed data"; a
        // possessive after "shelled Lenk and" opens the second clause's subject, not a coordination with "Lenk".
        "fires near Tarsk Bay": { speaker: "Velmar’s Centre for Satellite Observation (CSO) remotely sensed data", cue: "showed", citations: [27] },
        "shelled Lenk": { speaker: "The Osk governor", cue: "stated", content: "Tarsk forces shelled Lenk", citations: [28] },
        "fires around Lenk": { speaker: "Velmar’s Centre for Satellite Observation (CSO) remotely sensed data", cue: "showed", citations: [28] },
        // (A capitalised "-ing" word is a word of the name, no participle postmodifier: "Office for Wildfire Monitoring".)
        "smoke over": { speaker: "Osk’s Office for Wildfire Monitoring (OWM) remotely sensed imagery", cue: "showed", citations: [29] },
      });
    },
  },
  "isw-evidence-postmodifiers": {
    // ISW-style evidence subjects with a postmodifier: a participle right after a one-word head ("Footage posted to a
    // channel", "Footage geolocated by X") leaves the evidence noun as the head (headOf), and a span of two days written
    // out ("from June 8 to 9", "on June 10 and 11") closes a date like "June 8-9" does (dateNumberAt), so the evidence
    // verb keeps its source. "reportedly" after an article hedges an adjective inside a noun phrase, no clause.
    check: (cs) =>
      expectExactly(cs, {
        "crossed the canal": { speaker: "Footage posted to a Tarsk channel", cue: "shows", content: "Velmari sappers crossed the canal near Osk" },
        "withdrew from the hill": { speaker: "Footage geolocated by a volunteer analyst on June 10", cue: "shows", content: "the 9th Brigade withdrew from the hill" },
        "fuel depot": { speaker: "Satellite imagery from June 8 to 9", cue: "shows", content: "damage to a fuel depot near the port" },
        "ferry terminal": { speaker: "Geolocated footage posted on June 10 and 11", cue: "indicates", content: "Tarsk forces entered the ferry terminal" },
        // A participle's phrase ending in a plural modifier noun ("to social media") leaves "shows" the evidence's verb.
        "reached the dam": { speaker: "Footage posted to social media", cue: "shows", content: "Velmari divers reached the dam" },
        // A hyphenated adjective after the agent's "by" opens its noun phrase (phraseEndingAt), and a mass evidence noun
        // takes a plural verb as "data" does (COLLECTIVE_EVIDENCE_NOUNS): the imagery speaks, not "channels".
        "left the dam": { speaker: "Imagery released by pro-Tarsk telegram channels", cue: "confirm", content: "Velmari divers left the dam" },
      }),
  },
  "isw-tails-and-speakers": {
    // ISW-style reports. After "but", a subjectless verb phrase of disclosing ("did not provide any evidence", "did not
    // specify", "declined to elaborate") is the speaker's next act, not content (disclosureTailEnd). An object pronoun
    // before "that" is the addressee even after "warned". Speakers keep an open compound ("think tank"), a name joined
    // by an en dash to a participle ("Ferry Group–affiliated"), an "-ing" participle's postmodifier ("reporting from
    // Osk") or a quoted source postmodifier (sources “familiar with X”), and a floating "both" after a plural subject
    // does not hide the cue.
    check: (cs) =>
      expectExactly(cs, {
        "fuel depot": { speaker: "A Tarsk milblogger", cue: "claimed", content: "Velmari drones struck a fuel depot near Osk" },
        "truce": { speaker: "The Tarsk Defense Ministry spokesperson", cue: "said", content: "a truce is “hardly possible” without guarantees" },
        "water plant": { speaker: "The Osk governor", cue: "said", content: "the shelling damaged the water plant" },
        "six months": { speaker: "The Velmari defense minister", cue: "warned", addressee: "them", content: "the army would extend their service by six months" },
        "deployed to the border": { speaker: "A Velmari think tank", speakerType: "organization", cue: "reported", content: "additional Tarsk brigades have deployed to the border" },
        "saboteurs": { speaker: "A Tarsk Ferry Group–affiliated source", speakerType: "anonymous", cue: "claimed", content: "saboteurs attacked the harbor on May 8" },
        "moved north": { speaker: "Two sources “familiar with the deployments”", speakerType: "anonymous", cue: "told", outlet: "Reuters", content: "the Tarsk brigades had moved north" },
        // (Inside brackets the "but" aside is the writer's; the content goes on after it.)
        "damage at the pier": { speaker: "The harbor inspector", cue: "said", content: "there is evidence of damage at the pier (but did not specify an actor) and that the inspectors will stay" },
        "apartment": { speaker: "A journalist reporting from Osk", cue: "said", content: "the strikes hit three apartment buildings" },
        "ceasefire": { speaker: "Velmari and Tarsk sources", cue: "reported", content: "the ceasefire had collapsed overnight" },
        // (A bracketed name spelling out the one before it, or a bracketed acronym glued by a hyphen, stays inside the
        // speaker when a participle adjective after it modifies the head: not "affiliated source", "backed media".)
        "digging trenches": { speaker: "A TFG-9 (Tarsk Ferry Guard of the North) affiliated source", cue: "claimed", content: "militia units are digging trenches near the pier" },
        "patrol boat": { speaker: "Velmari Coast Guard (VCG)-backed media", cue: "reported", content: "a patrol boat sank off the harbor" },
        // (A name coordinated with an article-opened name at the sentence's start is one subject; further in, "and the"
        // joins two clauses and the second one's subject speaks alone.)
        "ferry terminal": { speaker: "The Tarsk General Staff and the Osk Oblast Administration", cue: "reported", content: "Velmari forces shelled the ferry terminal" },
        "two bridges": { speaker: "the Tarsk governor", cue: "said", content: "two bridges were damaged" },
        // ("although" with a personal subject pronoun and a verb of disclosing is the speaker's next act; with another
        // verb the clause may be the content's own.)
        "mined the ferry": { speaker: "The Osk mayor", cue: "claimed", content: "Tarsk divers mined the ferry" },
        // (", indicating" with a noun-phrase object and ", which is consistent with" are the writer relating the report
        // to other evidence: the content ends before them, writerAsideEnd.)
        "tugs left": { speaker: "The Osk harbor master", cue: "reported", content: "Tarsk tugs left the pier on May 10" },
        "loading mines": { speaker: "A Velmari milblogger", cue: "stated", content: "Tarsk crews are loading mines onto barges" },
        // (The earlier reports the writer relates it to are a claim of their own, with no named source.)
        "^Tarsk divers mined the channel$": { speaker: null, cue: "reports" },
        "near the dam": { speaker: "A Velmari milblogger", cue: "claimed", content: "Tarsk forces attacked near the dam, although they did not advance" },
        // A concessive clause in which someone cannot verify the claim ("although ISW cannot independently verify this
        // claim") is the writer's disclaimer, not content; another concessive clause stays ("though she hoped ...").
        "had been sunk": { speaker: "Tarsk milbloggers", cue: "claimed", content: "the Osk ferry had been sunk near the bridge" },
        "would sail again": { speaker: "The Osk mayor", cue: "said", content: "the ferry would sail again, though she hoped the crew would rest first" },
      }),
  },
  "told-outlet": {
    check: (cs) =>
      expectExactly(cs, {
        "bridge over the Kessa river": {
          speaker: /^(?:Mayor )?Tomas Verlin$/, speakerType: "person", cue: "told", lemma: "tell", cueType: "speech",
          outlet: "Reuters", addressee: null, content: "the bridge over the Kessa river would reopen in May", kind: "indirect",
        },
        "repairs had cost": {
          speaker: /^Two engineers\b/, cue: "told", lemma: "tell", outlet: "Reuters", addressee: null,
          content: "the repairs had cost twice the original estimate", kind: "indirect",
        },
        // A name may open with its lower-case particle ("al Kessa Daily"): the outlet, not the content's start.
        "resume service": { speaker: "A harbour official", cue: "told", outlet: "al Kessa Daily", content: "the ferry would resume service" },
        // Capitalised after the cue, "May" is a month in the date adjunct, not the modal opening the content.
        "pier would close": { speaker: "The port authority", cue: "said", content: "the pier would close" },
      }),
  },
  "said-that": {
    check: (cs) =>
      expectExactly(cs, {
        "Orsk dam was safe": {
          speaker: /^(?:Governor )?Anselm Rudd$/, speakerType: "person", cue: "said", lemma: "say", cueType: "speech",
          outlet: null, addressee: null, kind: "indirect", content: "the Orsk dam was safe and that no evacuation was planned",
        },
      }),
  },
  "said-no-that": {
    check: (cs) =>
      expectExactly(cs, {
        "Orsk dam": {
          speaker: /^(?:Governor )?Anselm Rudd$/, cue: "said", lemma: "say", outlet: null, kind: "indirect",
          content: "the Orsk dam was safe after three days of heavy rain",
        },
      }),
  },
  postposed: {
    check: (cs) =>
      expectExactly(cs, {
        "Dornish hills": {
          speaker: "10 senior officials", cue: "told", lemma: "tell", outlet: "Reuters", kind: "indirect",
          content: "Rebel units in the Dornish hills have begun pulling back from the border crossing",
        },
        "harbor reopened": {
          speaker: /^port officials$/i, cue: "said", lemma: "say", outlet: null, kind: "indirect",
          content: "The harbor reopened on Wednesday after a three-day closure",
        },
      }),
  },
  "doubled-apostrophe-quotes": {
    // Typewriter text quotes with '' and nests with '; a ''' after a word closes the inner quotation first, then
    // the outer one, so the tag after it ("said Piet Kok", "Anna Smit said") still follows a closed quotation.
    check: (cs) =>
      expectExactly(cs, {
        "too shallow": { speaker: "Piet Kok", cue: "said", kind: "direct", content: "Some skippers told me, 'The channel is too shallow" },
        "Wait for the tide": { speaker: "Anna Smit", cue: "said", kind: "direct", content: "The board keeps saying, 'Wait for the tide" },
      }),
  },
  "quoted-titles-and-coordinated-names": {
    // An appositive that describes the name before it may end with a quoted title whose closing quote holds the
    // appositive's comma ("Mara Quill, host of the “Harbour Hour,” suggested C"): the name speaks. A name and a
    // possessed noun phrase with its postmodifier ("Tomas Brandt and his allies on the council have said C") are one
    // coordinated subject. A participle's clause may open its quotation on the verb ("noting the council “keeps
    // inventing …”"): the subject before the quote mark makes it a clause. A time phrase between a subject and its cue
    // is passed over after a relative "who" ("the harbour master, who on Monday said C": "who" speaks) and as a bare
    // year after "in" ("Varga in 2019 said C": the name alone speaks).
    check: (cs) =>
      expectExactly(cs, {
        "ferry fares": { speaker: "Mara Quill", cue: "suggested", content: "ferry fares would rise in the spring" },
        "repeal the parking": { speaker: "Tomas Brandt and his allies on the council", cue: "said", content: "they will repeal the parking levy" },
        "levy is unfair": { speaker: "Brandt", cue: "said", content: "The levy is unfair" },
        "keeps inventing": { speaker: "Brandt", cue: "noting", content: "the council “keeps inventing new charges", kind: "mixed" },
        "east pier": { speaker: "who", resolved: "the harbour master", cue: "said", content: "the east pier would close" },
        "west pier": { speaker: "Varga", cue: "said", content: "the west pier was safe" },
      }),
  },
  "quote-he-said": {
    check: (cs) =>
      expectExactly(cs, {
        "wells are capped": {
          speaker: "he", resolved: "Tomas Verlin", speakerType: "person", cue: "said", lemma: "say", kind: "direct",
          content: "We will not sign anything until the wells are capped",
        },
      }),
  },
  inverted: {
    check: (cs) =>
      expectExactly(cs, {
        "ridge at night": {
          speaker: "a commander of the Brisk Valley Guard", cue: "said", lemma: "say", kind: "direct",
          content: "Nobody crosses the ridge at night anymore",
        },
        "road to Tarsk": {
          speaker: /^(?:Colonel )?Ilan Dresk$/, speakerType: "person", cue: "said", lemma: "say", kind: "indirect",
          content: "The road to Tarsk will stay closed until Friday",
        },
        // A lone sentence adverb before the first comma is no subject with an appositive ("Currently, C, says X").
        "full crossing": { speaker: /Mira Holt$/, cue: "says", content: "Currently, a full crossing of the strait can take up to nine hours" },
        // An unfinished opening clause before a mid-sentence tag goes on after it, also after a sentence-opening
        // "And" and with a quoted phrase inside it (before, the content stopped at the tag's comma).
        "ferries run at night": { speaker: "Oda Lien", cue: "says", content: "And if the ferries run at night, says Oda Lien, the town will need more pilots" },
        "priority berths": { speaker: "Oda Lien", cue: "says", content: 'If the port sells "priority berths", says Oda Lien, the fees will rise for everyone' },
      }),
  },
  "according-to-initial": {
    check: (cs) =>
      expectExactly(cs, {
        ceasefire: {
          speaker: /^(?:the )?Velmar Monitoring Group$/, speakerType: "organization", cue: "According to", lemma: "according to",
          outlet: null, kind: "indirect", content: "the ceasefire in the northern districts collapsed within hours",
        },
      }),
  },
  "according-to-final": {
    check: (cs) =>
      expectExactly(cs, {
        ceasefire: {
          speaker: /^(?:the )?Velmar Monitoring Group$/, speakerType: "organization", cue: "according to", lemma: "according to",
          outlet: null, kind: "indirect", content: "The ceasefire in the northern districts collapsed within hours",
        },
        // A participle after the source ("speaking to X", "citing X") ends the source; what it spoke to is the outlet
        // (the speaker was "an unnamed harbour official speaking to Kessa Radio on June 2", typed media).
        "close in winter": {
          speaker: "an unnamed harbour official", speakerType: "anonymous", cue: "according to", outlet: "Kessa Radio",
          content: "The ferry route will close in winter",
        },
        // A relative clause on a person that closes the sentence describes the source and stays in it.
        "moved to the coast": {
          speaker: "a port engineer who asked not to be named", cue: "according to", content: "The depot will be moved to the coast",
        },
      }),
  },
  "claimed-attacks": {
    check: (cs) => {
      expectExactly(cs, {
        "three attacks": { speaker: /^(?:The )?Northern Shield Front$/, speakerType: "organization", cue: "claimed", lemma: "claim", kind: "indirect" },
      });
      assert.match(cs[0]!.content.text, /^three attacks targeting government outposts near Tarsk\b/);
    },
  },
  "bbc-added-clauses-and-tags": {
    // A speaker's "added" reports a clause without "that" whose verb is an irregular past, also when a quotation
    // opens between its subject and verb ('added the band "won ..."'); a thing's "added" with a noun and a
    // participle ("The flood added the debris left by the storm") reports nothing. A sentence adverb and its
    // comma before a short clause ("Previously, ferry fares rose") leave it a content. A source noun whose
    // postmodifier coordinates two articled names speaks whole ("Reports in the A and the B"); a name's own "'s"
    // after "according to" stays ("the guide Mariner's"). "the firm" after a content that opens with a company's
    // name ("ORV, the region's ... operator, is ...") resolves to that name, not to an earlier body.
    check: (cs) =>
      expectExactly(cs, {
        "no plans": { speaker: "a spokeswoman", cue: "said" },
        "hosts brought": { speaker: "She", cue: "added", content: "the hosts brought a real charm to Friday nights" },
        "won every crowd": { speaker: "She", cue: "added", content: "the band \"won every crowd over in the end" },
        "ferry fares rose": { speaker: "the analyst", cue: "said", content: "Previously, ferry fares rose" },
        "weighing a bid": { speaker: "Reports in the Harbour Gazette and the Evening Lamp", cue: "suggested" },
        "Used ferries": { speaker: "the boat-buying guide Mariner's", cue: "according to" },
        "seeking a partner": { speaker: "the firm", resolved: "ORV", cue: "told" },
      }),
  },
  "adding-that": {
    check: (cs) =>
      expectExactly(cs, {
        "dam was safe": { speaker: /^(?:Governor )?Anselm Rudd$/, cue: "said", lemma: "say", content: "the dam was safe" },
        "engineers had inspected": {
          speaker: /^(?:Governor )?Anselm Rudd$/, cue: "adding", lemma: "add", kind: "indirect",
          content: "engineers had inspected it twice this week",
        },
      }),
  },
  "several-in-one-sentence": {
    check: (cs) => {
      expectExactly(cs, {
        "talks had stalled": { speaker: /^(?:Minister )?Oren Falk$/, cue: "said", lemma: "say", content: "the talks had stalled" },
        "deal was close": { speaker: /^(?:Deputy )?Lira Moss$/, cue: "told", lemma: "tell", outlet: /^(?:the )?Kestrel Times$/, content: "a deal was close" },
        "no comment": { speaker: /^the ministry$/i, speakerType: "government", content: "it had no comment" },
      });
      assert.equal(new Set(cs.map((c) => c.sentence.start)).size, 1, "all three claims come from the one sentence");
      const ministry = claimWith(cs, "no comment");
      assert.doesNotMatch(ministry.speaker.resolved?.text ?? "", /Kestrel/, "'the ministry' is not the newspaper");
    },
  },
  "quote-opens-in-content": {
    // A quotation that opens inside an indirect content and closes after a sentence stop carries the content
    // with it: the reported words end at its closing mark, not at the first full stop, and nothing after the
    // mark ("The council meets in June.") belongs to them.
    check: (cs) =>
      expectExactly(cs, {
        "more beds": { speaker: "Councillor Ilse Marrow", cue: "added", content: "the shelters needed “more beds before the frost. We cannot wait for the budget" },
        "ferry plan": { speaker: "Mayor Teo Brandt", cue: "said", content: "the ferry plan had been \"a good idea once. Nobody wants it now" },
      }),
  },
  "quote-runs-on": {
    check: (cs, text) => {
      expectClaim(claimWith(cs, "shelters are full"), {
        speaker: "Aida Korhan", speakerType: "person", cue: "said", kind: "direct",
        content: "The shelters are full. We are turning families away every night",
      });
      // The second quotation opens a paragraph without a closing mark in the first:
      // one claim over both paragraphs or one claim per paragraph, but all Nadim Vasko's.
      const vasko = cs.filter((c) => /enough flour|close the kitchen/.test(c.content.text));
      assert.ok(vasko.some((c) => c.content.text.includes("enough flour")), `no claim holds the first paragraph's quote:\n  ${showAll(cs)}`);
      assert.ok(vasko.some((c) => c.content.text.includes("close the kitchen")), `no claim holds the next paragraph's quote:\n  ${showAll(cs)}`);
      for (const c of vasko) expectClaim(c, { speaker: "Nadim Vasko", kind: "direct" });
      const unquoted = codePoints(text).find("The food bank opened in 2029.");
      assert.ok(cs.every((c) => !overlaps(c.content, unquoted)), "the quotation must stop at its closing mark");
      assert.equal(cs.length, 1 + vasko.length, `claims:\n  ${showAll(cs)}`);
    },
  },
  "newsroom-openers-titles": {
    // Wire-copy shapes: a fronted date adjunct needs no comma before the subject ("On Thursday Velmar Freight said",
    // "In 2019 Orla Penn said"), and the day, month or year is no part of the name; an "-ing" word before a title
    // noun is part of the title ("managing director", "housing minister"); "deny" with a withheld thing as its
    // object ("denied tenants access") withholds and reports nothing, while "denied the request had ..." denies a clause;
    // a speaker named by short initials only ("The KTU", "VML") is an organization; an abbreviated month's stop
    // ("the Sept. 30 ballot") is inside the subject.
    check: (cs) => {
      expectExactly(cs, {
        "close two depots": { speaker: "Velmar Freight", cue: "said", content: "it would close two depots before the winter" },
        "too shallow": { speaker: "Orla Penn", cue: "said", content: "the harbour was too shallow for the new ships" },
        "order book": { speaker: "Kolby Marine", cue: "said", content: "the order book was full" },
        "figures are sound": { speaker: "Ilse Varga", cue: "said", kind: "direct", content: "The figures are sound" },
        "dark months": { speaker: /Edda Holm$/, cue: "said", content: "More ferries will run in the dark months" },
        "request had": { speaker: "The port board", cue: "denied", content: "the request had ever been received" },
        // A speaker named by short initials alone is a body.
        "strike at the docks": { speaker: "The KTU", speakerType: "organization" },
        "fares would rise": { speaker: "VML", speakerType: "organization" },
        // (Initials of an office name a person, never a body: not "organization".)
        "ferry tax": { speaker: "The PM", speakerType: "unknown" },
        // The stop of an abbreviated month before its day ("the Sept. 30 harbour ballot") does not cut the name.
        "toll would be scrapped": { speaker: "The winner of the Sept. 30 harbour ballot", cue: "said", content: "the toll would be scrapped" },
      });
    },
  },
  "newsroom-comparisons-and-rules": {
    // A cue whose subject opens a comparison's second term ("more lorries ... than the port figures show", "later than
    // the board had forecast") reports nothing: its object is the comparison's gap, and the clause after it is no content
    // of its ("more than 6 in 10 skippers said" is a quantified subject, not a comparison). "According to" a rule or a
    // criterion (its head before the postmodifier: "their arrival dates on the tide list", "the rules of the ... Board")
    // names no source; a name or number in the postmodifier of another noun ("figures for 2019") still does.
    check: (cs) => {
      expectExactly(cs, {
        "More lorries": { speaker: "the hauliers' union", cue: "argues", content: "More lorries wait at the quay than the port figures show" },
        "Crossings ran": { speaker: "Tilde Marsk", cue: "said", content: "Crossings ran later than the harbour board had forecast" },
        "Cargo fell": { speaker: "figures for 2019", cue: "according to", content: "Cargo fell 4%" },
        "ferry was sold": { speaker: "them", cue: "according to", content: "The ferry was sold" },
        "too narrow": { speaker: "6 in 10 skippers", cue: "said", content: "the new berths were too narrow" },
      });
    },
  },
  "newsroom-acronym-types": {
    // Bare initials take the type of the full name the document gave them ("the Velmar Maritime Commission (VMC)"
    // → a government body; an "Agency" without a news word is a public body, not a news agency); common initials
    // of government bodies and newspapers are in the word lists ("the EU", "the FT").
    check: (cs) => {
      expectExactly(cs, {
        "overloaded": { speaker: "The VMC", speakerType: "government" },
        "stay open": { speaker: "The KSA", speakerType: "government" },
        "tariffs would be lifted": { speaker: "The EU", speakerType: "government" },
        "for sale": { speaker: "The FT", speakerType: "media" },
      });
    },
  },
  "quote-resumes-after-tag": {
    // “C1,” X said. “C2”: PolNeAR annotates a quotation resumed right after its speaker tag as one claim with
    // the tag as its gap. The first part may be a partial quotation that closes right before the tag (X is
    // “C1,” Roe said. “C2.”: mixedBeforeTag, attributions.ts), and the resumed quotation may open the next
    // paragraph when the tag ends its own (extract.ts); only that first paragraph joins, later quoted
    // paragraphs stay claims of the same speaker. A dash signature closes a reader comment: the next quoted
    // line is not its continuation.
    check: (cs) =>
      expectExactly(cs, {
        "^Yet the new toll": {
          speaker: "Nils Dahl", cue: "said", kind: "mixed",
          content: "Yet the new toll is also “a fair price,” Nils Dahl said. “Nobody wants a ferry that breaks down in January",
        },
        "^The cranes will be ready": {
          speaker: "Vera Moen", cue: "said", kind: "direct",
          content: "The cranes will be ready by spring,” said Vera Moen, the port engineer.\n\n“We ordered the parts last autumn. They arrive next month",
        },
        "^The pier reopens": { speaker: "Ivo Strand", cue: "said", kind: "direct", content: "The pier reopens on Monday,” Ivo Strand said.\n\n“Traffic will be slow at first" },
        "^The boats stay in port$": { speaker: "Ivo Strand", cue: "said", kind: "direct" },
        "^As a young reader": { speaker: "Kari Holt", content: "As a young reader I would rather keep the old timetable than this one" },
        "^Nobody asked the island schools": { speaker: "Kari Holt", content: "Nobody asked the island schools before the change, and nobody will" },
        // ("since the 1990s." ends the tag's sentence: letters glued to a number are no initial, sentences.ts.)
        "^The new berth was a bargain": {
          speaker: "Tor Lund", cue: "said",
          content: "The new berth was a bargain for the town,” said Tor Lund, a pilot at the northern quay who has worked on the ferries since the 1990s. “Nobody else could have built it for that money",
        },
        // (A resumed quotation inside the tag's sentence that closes in the paragraph joins however many sentences it holds.)
        "^Look at the old timetables": {
          speaker: "Mona Berg", cue: "said",
          content: "Look at the old timetables,” Mona Berg said, “and you see the same delays. The winter boats were late. The spring boats were late. The summer boats were late too",
        },
      }),
  },
  "quote-reopens": {
    // A quotation that runs over several paragraphs reopens each without closing the last; where the breaks
    // were lost ("“A. “B.” Narrative.") the mark after a finished sentence continues the open quotation, so
    // the quotation ends at its closing mark and the sentences after it are the writer's (the old pairing
    // nested "B" and left "A" open to the paragraph's end: "Erik Sand said ..." became a direct quotation).
    check: (cs, text) => {
      expectExactly(cs, {
        "pay for the cranes": { speaker: "Tilde Marsk", cue: "said", kind: "direct", content: 'The fees pay for the cranes. "Without them the pier closes' },
        "fees would fall": { speaker: "Erik Sand", cue: "said", kind: "indirect", content: "the fees would fall next year" },
        "vote in May": { speaker: "Juno Pell", cue: "said", kind: "direct", content: 'We will vote in May," said Juno Pell. "The board has the figures. "Nobody expects a rise' },
        "vote was open": { speaker: "Pell", cue: "said", kind: "indirect", content: "the vote was open" },
        "quay needs work": { speaker: "Ada Roe", cue: "said", kind: "direct", content: "The quay needs work. “We start in June" },
        // A quotation after a colon left open at the paragraph's end runs on to that end (the next paragraph reopens it).
        "taught me a trade": { speaker: "She", cue: "said", kind: "direct", content: 'The yard taught me a trade. It also taught me patience. "Some days we worked until dark' },
        "do it all again": { speaker: "She", cue: "said", kind: "direct" },
      });
      for (const s of ["The board met on Tuesday.", "The quay opened in 1990."]) {
        const unquoted = codePoints(text).find(s);
        assert.ok(cs.every((c) => !overlaps(c.content, unquoted)), `the quotation must stop at its closing mark before "${s}"`);
      }
    },
  },
  nested: {
    check: (cs) =>
      expectExactly(cs, {
        "The engineers told us": {
          speaker: "Nadim Vasko", speakerType: "person", cue: "said", lemma: "say", kind: "direct",
          content: "The engineers told us that the pipeline would hold through winter",
        },
        // Inside a person's quotation, the speech it reports is that person's account: no claim of its own
        // ("the engineers" did not necessarily say it; Nadim Vasko says they did).
        // A statement or an outlet quoting someone is a chain of reporting: each link is a claim.
        "Our engineers told us": { speaker: "The port authority", speakerType: "government", cue: "said", kind: "direct" },
        "^the dam would hold": {
          speaker: "Our engineers", cue: "told", lemma: "tell", addressee: "us", outlet: null, kind: "direct",
          content: "the dam would hold through spring",
        },
        "^Councillor Ida Marsh said": { speaker: "The Harbour Gazette", speakerType: "media", cue: "reported", kind: "direct" },
        "^the ferry tolls would rise": { speaker: "Councillor Ida Marsh", speakerType: "person", cue: "said", content: "the ferry tolls would rise" },
        // "We" in an institution's statement is the institution.
        "^We told the council": { speaker: "The water ministry", speakerType: "government", cue: "said", kind: "direct" },
        "^the levee was too low": { speaker: "We", resolved: "The water ministry", speakerType: "government", cue: "told", addressee: "the council" },
        // A belief inside a claim's content is what that claim reports: one claim, not two.
        "storm season": { speaker: "Ola Berg", cue: "told", content: "he believes the storm season will end early" },
        // ", saying" inside the quotation is the skipper's, in the pilot's words: no frame, no cut.
        "right words": { speaker: "Edo Rask", cue: "said", kind: "direct", content: "The skipper was doing the right things, saying the right words. He kept the crew calm" },
        // After "that", the comma closes the clause's fronted adjunct: the report behind it is nested in the whole
        // content (not a tag that cuts it to the adjunct), and is a claim of its own.
        "^after the gale": { speaker: "Ferry owners", cue: "said", content: "after the gale, the harbour master announced the quay would reopen" },
        "^the quay would reopen": { speaker: "the harbour master", cue: "announced", content: "the quay would reopen" },
        // An irregular past after the adjunct's comma ("lost") makes a clause, not an appositive of the adjunct.
        "^after the strike": { speaker: "Dock workers", cue: "said", content: "after the strike, the operator lost two contracts" },
      }),
  },
  "pronoun-resolution": {
    check: (cs) =>
      expectExactly(cs, {
        "aid corridor": { speaker: "He", resolved: /^(?:Senator )?Hal Brenner$/, speakerType: "person", lemma: "say" },
        "surveillance drone": { speaker: "The group", resolved: /^(?:The )?Red Ashes Brigade$/, speakerType: "organization", lemma: "say" },
        "two more attacks": { speaker: "It", resolved: /^(?:The )?Red Ashes Brigade$/, speakerType: "organization", lemma: "claim" },
        "pipes would be replaced": { speaker: "She", resolved: "Dalia Ferrow", speakerType: "person", lemma: "say" },
        // An expletive "It" ("It is unclear whether ...") refers to nothing and is nobody's antecedent.
        "repairs were on schedule": { speaker: "It", resolved: "The Tarsk Harbour Board" },
      }),
  },
  "possessed-things": {
    // A named possessor's thing ("Norland’s economy") speaks for nobody: "the data" is not the economy.
    check: (cs) =>
      expectExactly(cs, {
        "stalled in the three months": { speaker: "figures", resolved: null },
        "growth of just": { speaker: "the data", resolved: null },
        // A weekday or month names nobody: "The order issued Friday" is a description, no name a report stands for.
        "old pier must close": { speaker: "The order issued Friday", resolved: null },
        "piles were rotten": { speaker: "The harbour report", resolved: null },
      }),
  },
  "nominal-cues": {
    // A communication noun with a that-clause attributes the clause to its possessor (across plain modifiers,
    // "Voss's repeated claim"), its by-phrase, a possessive pronoun (resolved), a nationality adjective, or to
    // nobody after an article or preposition ("Amid allegations that C"); a fronted phrase's clause ends at its
    // comma, a subject's clause at the main verb ("... that C has proved false"). "made the case to X that C" is a
    // light verb's claim, "made the case for" none; "the claim that he made" is a relative, no claim. A form that
    // only heads a phrase cue ("fired" of "fire back") coordinates nothing: "launched boats and fired flares" stays whole.
    check: (cs) =>
      expectExactly(cs, {
        "^Mayor Ada Voss's repeated": { speaker: "Critics", cue: "rejected" },
        "^the bridge is safe$": { speaker: "Mayor Ada Voss", cue: "claim", lemma: "claim" },
        "^the pier was sound$": { speaker: "port officials", cue: "assertion" },
        "^the ferries need new engines$": { speaker: "her", resolved: "Maria Lund", cue: "acknowledgment" },
        "^the channel must be dredged$": { speaker: "Nils Aro", cue: "made the case" },
        "^the tolls were raised in secret$": { speaker: null, cue: "allegations" },
        "^the ferry sank$": { speaker: "Norlandian", cue: "claims" },
        "^pilots launched boats and fired flares at the wreck$": { speaker: "The harbour master", cue: "reported" },
        // The noun as a copula's subject ("X's answer was that C", "has long been that C") or before a colon at the
        // sentence's start ("Lund's verdict: C") with its possessor; not with no possessor ("The point is that C"),
        // nor with a modifier of a possible argument ("Norland's best argument is that C").
        "^the cables had corroded$": { speaker: "The engineers", cue: "answer was", lemma: "answer" },
        "^the tolls pay for repairs$": { speaker: "Voss", cue: "point has long been", lemma: "point" },
        "^the pier must close before winter$": { speaker: "Lund", cue: "verdict", lemma: "verdict" },
        // An existential "there" before the noun names no one ("There were fears that C"): no speaker.
        "^the ferry would be sold abroad$": { speaker: null, cue: "fears" },
        "^the quay is sinking$": { speaker: null, cue: "fears" },
        // A possessed "reporting" is a noun cue ("by reporting that C" is the verb); "a district official's" is a
        // possessor after an indefinite article; the subject's clause ends before the main verb even after an
        // irregular past ("fares rose was false") and without the main verb's adverb ("clearly was"); a verb
        // before the possessor's name is not part of it ("imagery corroborates the Coast Guard's"); a named
        // possessor's assessment inside another claim's content is its own claim.
        "^divers reached the hull$": { speaker: "The port authority", cue: "reporting", lemma: "report" },
        "^fares rose$": { speaker: "Norland", cue: "claim" },
        "^cranes stood idle$": { speaker: "The harbour master", cue: "admission" },
        "^the wreck drifted north$": { speaker: "the Coast Guard", cue: "assessment" },
        "^the pier will close$": { speaker: "a district official", cue: "claim" },
        "^a district official's claim": { speaker: "Sailors", cue: "denounced" },
        "^wages fell$": { speaker: "The union", cue: "reporting" },
        // A capitalised "May" is no modal; a reported clause's subject ends its noun cue's clause too.
        "^the pier was closed in May$": { speaker: "the ferry company", cue: "claim" },
        "^the ferry company's claim": { speaker: "Critics", cue: "rejected" },
        "^there was no plan for the port$": { speaker: "the governor", cue: "view" },
        "^the governor's view that": { speaker: "The mayor", cue: "said" },
        // A pronoun's verb belongs to a clause inside C; a reporting verb with a bare clause is the main verb.
        "^the mayor left the town he had governed$": { speaker: "The institute", cue: "assessment" },
        "^the pier is crumbling$": { speaker: "Voss", cue: "claim" },
        // An adjective that judges the claim ("false") keeps "claims" a noun after the possessor, no verb.
        "^the quay flooded$": { speaker: "Lund", cue: "claims" },
        // So does a year: "2019 forecast" after the possessor is the noun, though "forecast" is also a verb cue.
        "^the harbour board’s 2019 forecast": { speaker: "Critics", cue: "mocked" },
        "^the ferries would be sold by spring$": { speaker: "the harbour board", cue: "forecast" },
      }),
  },
  "outlet-interview": {
    check: (cs) =>
      expectExactly(cs, {
        "rebuild every house": {
          speaker: /^(?:Deputy Mayor )?Yael Tamir$/, speakerType: "person", cue: "said", lemma: "say", outlet: "Ynet", kind: "direct",
          content: "We will rebuild every house on this street",
        },
      }),
  },
  "curly-straight-mismatched-quotes": {
    // `understanding.“[33]`: the closing mark is an opening curly quote; the quotation still ends there.
    check: (cs) => {
      expectExactly(cs, {
        "willing to reach": { speaker: /^(?:Senator )?Hal Brenner$/, cue: "said", lemma: "say", kind: "mixed", citations: [33] },
      });
      const c = cs[0]!;
      assert.match(c.content.text, /^the council will wait to see whether the union “is willing\b/);
      assert.match(c.content.text, /understanding$/, "content ends before the final stop and the stray quotation mark");
      assert.equal(c.citations[0]!.marker.text, "[33]");
    },
  },
  "issued-statements-and-heard-tags": {
    // A text noun (statement, letter, message ...) as the object of a verb of issuing ("issued", "released", "put
    // out", "posted") and a colon closing the paragraph: the next paragraph, quoted or not, is the text issued
    // (issuedBlockFrame). Not "released the following figures:" (no one's words). An age noun ("the 52-year-old")
    // is a person subject for a weak cue after a quotation; "X can be heard saying" after a quotation takes the
    // quotation as content (heardSayingFrame). A postposed tag right after the quotation it reports ("“C,” she
    // explained with a grin", "“C,” Ms. Lind responded before leaving") keeps its frame: what follows the verb is an
    // adjunct, not a missing clause (tagAfterQuotation).
    check: (cs) =>
      expectExactly(cs, {
        "north pier will stay closed": { speaker: "the Harbour Authority", cue: "issued the following statement:", content: "The north pier will stay closed until the engineers finish their survey" },
        "^Our members will not sail": { speaker: "The ferry union", cue: "put out a brief statement on Tuesday:", content: "Our members will not sail until the breakwater is repaired" },
        "Who pays": { speaker: "the 52-year-old", cue: "asked", content: "Who pays for the repairs?" },
        "never told": { speaker: "one fisherman", cue: "saying", content: "We were never told" },
        "gates held": { speaker: "she", cue: "explained", content: "The gates held all night" },
        "Nobody warned": { speaker: "Ms. Lind", cue: "responded", content: "Nobody warned us" },
      }),
  },
  "colon-cue": {
    check: (cs) => {
      const c = claimWith(cs, "reservoir is at forty percent");
      expectClaim(c, {
        speaker: "VASKO", cue: ":", cueType: "speech", kind: "indirect",
        content: "The reservoir is at forty percent and falling, and we have asked the ministry for tankers",
      });
    },
  },
  "multi-document-isw": {
    check: (cs, text) => {
      expectExactly(cs, {
        "suspend grain exports": { speaker: /^(?:The )?Tarsk Provincial Council$/, cue: "said", lemma: "say", citations: [1] },
        "export ban violates": { speaker: /^(?:The )?Velmari Foreign Ministry$/, cue: "stated", lemma: "state", citations: [1] },
      });
      assert.deepEqual(claimWith(cs, "suspend grain exports").document, {
        index: 0, title: "Kessa Update, April 3, 2031", url: "https://www.example.org/updates/kessa-update-april-3-2031", date: "2031-04-03",
      });
      assert.deepEqual(claimWith(cs, "export ban violates").document, {
        index: 1, title: "Kessa Update, April 4, 2031", url: "https://www.example.org/updates/kessa-update-april-4-2031", date: "2031-04-04",
      });
      const cp = codePoints(text);
      for (const line of ["Kessa Update, April 3, 2031", "Kessa Update, April 4, 2031", "https://www.example.org/updates/kessa-update-april-3-2031"]) {
        const r = cp.find(line);
        for (const c of cs) assert.ok(!overlaps(c.sentence, r), `a title or URL line is not body text: ${show(c)}`);
      }
    },
  },
  "rss-blocks": {
    check: (cs, text) => {
      expectExactly(cs, {
        "Water rationing": {
          speaker: /^(?:Mayor )?Dalia Ferrow$/, cue: "told", lemma: "tell",
          content: "Water rationing in the city of Orsk will end by mid-June",
        },
        "pumping stations": { speaker: /council$/, cue: "said", content: "two new pumping stations would open next month" },
        "port of Velmar reopened": {
          speaker: /^(?:the )?Port Authority$/, cue: "said",
          content: "The port of Velmar reopened on Wednesday after a three-day closure",
        },
      });
      assert.equal(claimWith(cs, "Water rationing").document.title, "Orsk Mayor Says Water Rationing Will End in June");
      assert.equal(claimWith(cs, "Water rationing").document.index, 0);
      assert.equal(claimWith(cs, "port of Velmar").document.title, "Velmar Port Reopens After Storm, Officials Say");
      assert.equal(claimWith(cs, "port of Velmar").document.index, 1);
      const cp = codePoints(text);
      const notBody = [
        "Orsk Mayor Says Water Rationing Will End in June",
        "Residents queue for water in Orsk, May 3, 2031. The mayor said rationing would end soon. Photo: REUTERS/Lena Morrow",
        "Velmar Port Reopens After Storm, Officials Say",
        "Cranes stand idle at the port of Velmar, May 4, 2031. Photo: REUTERS/Ivo Brandt",
      ].map((s) => cp.find(s));
      for (const c of cs) {
        for (const r of notBody) {
          assert.ok(!overlaps(c.content, r) && !overlaps(c.sentence, r), `headline or caption gives no claim: ${show(c)}`);
        }
      }
    },
  },
  "date-header": {
    check: (cs) => {
      expectExactly(cs, {
        "reservoir had recovered": { speaker: /^(?:Mayor )?Dalia Ferrow$/, cue: "said", content: "the reservoir had recovered" },
        // "agreed to" with its infinitive: a commitment, typed stance (no assertion).
        "lift the restrictions": { speaker: "The council", cue: "agreed", cueType: "stance", content: "to lift the restrictions" },
      });
      assert.equal(cs[0]!.document.date, "2031-05-06");
      assert.equal(cs[0]!.document.title, null);
      assert.doesNotMatch(cs[0]!.sentence.text, /date|2031-05-06/, "the header is not part of the sentence");
    },
  },
  "markers-after-stop": {
    check: (cs) => {
      expectExactly(cs, {
        "halt attacks": {
          speaker: /^(?:The )?Red Ashes Brigade$/, cue: "said", citations: [4],
          content: "it would halt attacks after the envoy's visit",
        },
      });
      assert.equal(cs[0]!.citations[0]!.marker.text, "[4]");
      assert.match(cs[0]!.sentence.text, /visit\.\[4\]$/, "the marker after the full stop closes the sentence");
      assert.deepEqual(cs[0]!.citations[0]!.urls, []);
    },
  },
  "marker-next-line": {
    check: (cs) => {
      expectExactly(cs, {
        "halt attacks": { content: "it would halt attacks after the envoy's visit", citations: [4] },
        "resumed attacks": { speaker: "Velmari state media", cue: "reported", content: "the group resumed attacks a week later", citations: [5] },
      });
      const m = claimWith(cs, "halt attacks").citations[0]!.marker;
      assert.deepEqual({ text: m.text, line: m.line, column: m.column }, { text: "[4]", line: 2, column: 1 });
    },
  },
  "marker-own-line": {
    check: (cs) => {
      expectExactly(cs, {
        "halt attacks": { content: "it would halt attacks after the envoy's visit", citations: [4] },
        "resumed attacks": { speaker: "Velmari state media", cue: "reported", content: "the group resumed attacks a week later", citations: [5] },
      });
      const m = claimWith(cs, "halt attacks").citations[0]!.marker;
      assert.deepEqual({ text: m.text, line: m.line, column: m.column }, { text: "[4]", line: 2, column: 1 });
      assert.equal(claimWith(cs, "resumed attacks").sentence.line, 3);
    },
  },
  "marker-glued": {
    check: (cs) =>
      expectExactly(cs, {
        "envoy would return": { speaker: "Velmari state media", content: "the envoy would return in June", citations: [1] },
        "not been consulted": {
          speaker: "Russian officials", cue: "told", lemma: "tell", outlet: /^(?:the )?Kestrel Times$/,
          content: "they had not been consulted", citations: [2],
        },
      }),
  },
  "marker-lists": {
    check: (cs) => {
      expectExactly(cs, {
        "troops crossed": { content: "troops crossed the river on Friday", citations: [3, 4] },
        "crossing was repelled": { content: "the crossing was repelled", citations: [6, 7] },
        "soldiers were captured": { content: "40 soldiers were captured", citations: [8, 9, 10] },
      });
      const markers = (f: string) => claimWith(cs, f).citations.map((x) => x.marker.text);
      assert.deepEqual(markers("troops crossed"), ["[3]", "[4]"]);
      assert.deepEqual(markers("crossing was repelled"), ["[6, 7]", "[6, 7]"]);
      assert.deepEqual(markers("soldiers were captured"), ["[8-10]", "[8-10]", "[8-10]"]);
      for (const c of cs) for (const x of c.citations) assert.deepEqual(x.urls, [], "no endnote list, no URLs");
    },
  },
  "listed-modifiers-and-places": {
    check: (cs) =>
      expectExactly(cs, {
        // A comma list of modifiers before one head is one speaker phrase, after "according to" and before the cue.
        "three hours late": { speaker: "Danish, regional, and harbor officials", cue: "according to" },
        "radar had failed": { speaker: "Danish, Swedish and Norwegian inspectors", cue: "said" },
        // A region after a place and a comma locates the place, inside the subject's postmodifier.
        "turned back once": { speaker: "A crew of fishermen in Skagen, Jutland Province", cue: "told" },
        "route was safer": { speaker: "Retired pilots from Ames, Iowa", cue: "said" },
        // A region locating a description's place, then the name: the name speaks.
        "pier was closed": { speaker: "Jo Ranta", cue: "said" },
        // A cue form inside a list of "-ing" modifiers is no cue: the content runs to the list's head.
        "layering sensing": { speaker: "The captain", content: "the crews had trained with layering sensing, warning, and tracking buoys" },
      }),
  },
  "unmarked-takes-next": {
    check: (cs) =>
      expectExactly(cs, {
        // Unmarked; the next marked sentence in its paragraph is the governor's ([7]), not the one after ([8]).
        "levee was repaired": { speaker: /^(?:The )?Tarsk council$/, citations: [7] },
        "floodgates would stay shut": { citations: [7] },
        // Second paragraph: no marker anywhere after them.
        "water level would peak": { citations: [] },
        "evacuations were not needed": { citations: [] },
      }),
  },
  "endnotes-multiline": {
    check: (cs, text) => {
      expectExactly(cs, {
        "levee had been repaired": { citations: [1] },
        "dam would be inspected": { citations: [2] },
        "evacuations were not needed": { citations: [3] },
        "pumps were working again": { citations: [4] },
      });
      const urls = (f: string) => claimWith(cs, f).citations[0]!.urls;
      assert.deepEqual(urls("levee had been repaired"), [
        "https://www.tarsk-council.example/news/levee",
        "https://twitter.example/tarsk/status/12345",
        "https://www.kessa-daily.example/2031/05/levee-repaired",
      ]);
      assert.deepEqual(urls("dam would be inspected"), ["https://www.velmar-mfa.com/statements/dam"], "' dot com' is de-obfuscated");
      assert.deepEqual(urls("evacuations were not needed"), [
        "https://www.kessa-daily.example/2031/05/governor",
        "https://t.me/kessa_news/42",
      ]);
      // A URL in parentheses and broken after a hyphen, and URLs separated by an encoded space.
      assert.deepEqual(urls("pumps were working again"), [
        "https://www.kessa-daily.example/2031/05/pumps-restored",
        "https://t.me/kessa_news/43",
        "https://t.me/kessa_news/44",
      ]);
      const list = codePoints(text).find("[1] https://");
      for (const c of cs) assert.ok(c.sentence.end <= list.start, `the endnote list is not body text: ${show(c)}`);
    },
  },
  "endnote-missing": {
    check: (cs) => {
      expectExactly(cs, {
        "levee had been repaired": { citations: [1] },
        "evacuations were not needed": { citations: [2] },
      });
      assert.deepEqual(claimWith(cs, "levee had been repaired").citations[0]!.urls, ["https://www.tarsk-council.example/news/levee"]);
      assert.deepEqual(claimWith(cs, "evacuations were not needed").citations[0]!.urls, [], "no endnote [2]: no URL invented");
    },
  },
};

// ---------------------------------------------------------------------------
// the tests

const caseNames = existsSync(casesDir)
  ? readdirSync(casesDir).filter((n) => statSync(join(casesDir, n)).isDirectory()).sort()
  : [];

describe("extract fixtures", () => {
  it("every fixture folder has an entry in the semantic table and vice versa", () => {
    assert.deepEqual(caseNames, Object.keys(SEMANTICS).sort());
  });

  for (const name of caseNames) {
    const dir = join(casesDir, name);
    const file = `test/fixtures/extract/${name}/input.txt`;
    const expectedPath = join(dir, "expected.jsonl");
    const text = readFileSync(join(dir, "input.txt"), "utf8").replace(/^\uFEFF/, "");
    const spec = SEMANTICS[name];

    describe(name, () => {
      const claims = extractText(text, file);
      const jsonl = claims.map((c) => JSON.stringify(c) + "\n").join("");

      it(UPDATE ? "writes expected.jsonl (UPDATE_FIXTURES=1)" : "matches expected.jsonl", (t) => {
        if (UPDATE) {
          const before = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : null;
          writeFileSync(expectedPath, jsonl);
          const what = before === null ? "created" : before === jsonl ? "rewrote (unchanged)" : "REWROTE (changed)";
          const msg = `UPDATE_FIXTURES=1: ${what} test/fixtures/extract/${name}/expected.jsonl (${claims.length} claims)`;
          t.diagnostic(msg);
          process.stderr.write(msg + "\n");
          return;
        }
        assert.ok(existsSync(expectedPath), `${expectedPath} is missing: run the tests with UPDATE_FIXTURES=1 and review it`);
        assert.equal(jsonl, readFileSync(expectedPath, "utf8"), "output differs from expected.jsonl (UPDATE_FIXTURES=1 rewrites it)");
      });

      it("every record is valid and every span slices the input to its text", () => {
        const validate = claimValidator();
        const cp = codePoints(text);
        for (const c of claims) {
          const r = validate(c);
          assert.ok(r.valid, `invalid record ${show(c)}: ${JSON.stringify(r.errors)}`);
          assert.equal(c.file, file);
          assert.notEqual(c.content.text, "", `empty content: ${show(c)}`);
          for (const [path, s] of spansOf(c)) {
            assert.ok(s.start <= s.end && s.end <= cp.length, `${path} [${s.start}, ${s.end}) out of range`);
            assert.equal(cp.slice(s.start, s.end), s.text, `${path} of ${show(c)} does not slice to its text`);
            assert.deepEqual({ line: s.line, column: s.column }, cp.lineColumn(s.start), `${path} line/column of ${show(c)}`);
          }
          const res = c.speaker.resolved;
          if (res) assert.ok(c.speaker.start !== null && res.end <= c.speaker.start, `the antecedent ${JSON.stringify(res.text)} is not an earlier mention`);
        }
      });

      it("means what the form says", spec?.todo ? { todo: spec.todo } : {}, () => {
        assert.ok(spec, `no semantic assertions for ${name}`);
        spec.check(claims, text);
      });
    });
  }
});
