/**
 * Noun-phrase boundaries over tokens, for speakers, outlets and addressees.
 * No tagger: a phrase is grown word by word from its head, accepting names
 * (capitalised words), numbers, determiners, known source nouns and
 * modifiers, "of"/"and" between nominal words, and bracketed acronyms.
 * Every scan is bounded (MAX_NP tokens), so the cost per cue is constant.
 */
import type { Token } from "./tokens.js";
import { CUE_FORMS, WordFilter } from "./lexicon/index.js";
import { EVIDENCE_NOUNS } from "./lexicon/cues.js";
import { DEMONYMS } from "./lexicon/places.js";
import { DATE_NAMES, DATED_NOUNS, LY_NOUNS, MONTH_ABBREVIATIONS, OBJECT_PREPOSITIONS, OPEN_COMPOUNDS, isPluralNounForm, YEAR } from "./lexicon/words.js";

/** Common finite verbs that end a subject phrase read left to right. */
export const VERBISH = new Set([
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
  "went", "came", "met", "made", "took", "gave", "got", "did", "does", "do", "says", "wants", "plans", "seeks",
  "needs", "continues", "remains", "appears", "seems", "became", "become", "began", "begins", "sought", "led",
]);
import {
  CLAUSE_BREAKERS, DETERMINERS, NON_NOMINAL, PREPOSITIONS, PRONOUN_WORDS, PRONOUNS, QUANTIFIER_SPEAKERS, SOURCE_NOUNS, PEOPLE_NOUNS,
} from "./lexicon/words.js";

export const MAX_NP = 24;

/** Articles and possessives that, capitalised at a sentence start, are no name ("The port authority"); "This"/"That" may stand alone ("This illustrates"). */
const CAPITALISED_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]);

/** Articles, demonstratives and possessives: after "and" they open a new phrase, not a coordinated one. */
const ARTICLES = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]);

/** Number words that open poll shares ("six in 10", "four out of 10"). */
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

/** Capitalised adjectives of nationality, party or region ("Democratic", "Russian", "Islamic"): a noun may follow. */
const ADJECTIVAL_NAME = /(?:an|ian|ic|ish|ese|i)$/;

/** A word after a noun that shows the noun ended its phrase: a verb or participle ("complaint filed", "officials said"). */
function endsPhrase(t: Token): boolean {
  return !t.cap && (/(?:ed)$/.test(t.lower) || CUE_FORMS.has(t.lower) || VERBISH.has(t.lower));
}

/** Adjectives that head a postmodifier of a source: "sources close to ...", "people familiar with ...". */
export const POSTMODIFIER_HEADS: ReadonlySet<string> = new Set(["close", "closest", "familiar", "privy", "loyal", "near", "allied", "opposed", "linked", "tied", "affiliated", "connected"]);
/** Evidence nouns that take participle postmodifiers ("polls taken in ...", "data released by ..."). */
const EVIDENCE_NOUNS_LOWER = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "figures", "documents", "records", "analysis", "review", "footage", "imagery", "results"]);

/** Lower-case particles inside names: "Harakat Hezbollah al Nujaba", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "la", "le", "du", "abu", "bint"]);

/** Lower-case words allowed as modifiers inside a speaker phrase. */
const MODIFIERS = new Set([
  "senior", "former", "local", "top", "chief", "deputy", "military", "security", "government", "state", "foreign",
  "defense", "defence", "interior", "national", "federal", "regional", "provincial", "international", "independent",
  "anonymous", "unnamed", "other", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "many", "some", "most", "both", "official", "elite", "militia", "intelligence", "police", "army", "party", "campaign",
  "administration", "white", "house", "press", "news", "media", "health", "election", "human", "rights", "public",
  "private", "current", "retired", "armed", "elected", "displaced", "affiliated", "based", "backed", "led", "run",
  "allied", "affiliated", "western", "eastern", "northern", "southern", "high-ranking", "high", "ranking", "prominent",
  "leading", "key", "new", "previous", "outgoing", "incoming", "acting", "interim", "shi’ite", "shiite", "sunni",
  "kurdish", "arab", "hardline", "moderate", "conservative", "liberal", "progressive", "republican", "democratic",
  "political", "economic", "legal", "medical", "diplomatic", "iranian-backed", "russian-backed", "pro-russian",
  "pro-kremlin", "pro-iranian", "occupation", "occupying", "separatist", "rebel", "opposition", "ruling", "civil",
  "civilian", "emergency", "humanitarian", "aid", "relief", "hospital", "ministry", "defense", "communications",
  "spokesperson", "staff", "general", "russian", "ukrainian", "iranian", "israeli", "iraqi", "american", "us",
  "u.s.", "u.n.", "turkish", "syrian", "lebanese", "palestinian", "qatari", "saudi", "egyptian", "jordanian",
  "yemeni", "chinese", "european", "british", "french", "german", "belarusian", "chechen", "occupied", "wagner",
  "nine", "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands", "few", "numerous", "various", "multiple",
  "unidentified", "identified", "knowledgeable", "familiar", "briefed", "involved", "close", "longtime", "veteran",
  "social", "rural", "urban",
]);

/**
 * The words `isSourceHead` accepts, as one Set: exactly those for which
 * `SOURCE_NOUNS.has(w) || QUANTIFIER_SPEAKERS.has(w) || PRONOUN_WORDS.has(w)` holds
 * (PRONOUNS has no prototype). One Set lookup instead of two and an `in` (which interns
 * each fresh token string): 5× faster; this was the costliest line of
 * extraction (8% of its time).
 */
const SOURCE_HEAD_WORDS = new Set([...SOURCE_NOUNS, ...QUANTIFIER_SPEAKERS, ...Object.keys(PRONOUNS)]);

/** Lower-case words that can head a speaker phrase. */
export function isSourceHead(t: Token): boolean {
  return SOURCE_HEAD_FILTER.mayHave(t.lower) && SOURCE_HEAD_WORDS.has(t.lower);
}
const SOURCE_HEAD_FILTER = new WordFilter(SOURCE_HEAD_WORDS);

/** Words that may stand right before a phrase ending in a quoted name without being part of it ("and outlet “X”"). */
const QUOTED_NAME_OPENERS: ReadonlySet<string> = new Set(["and", "or", "but", "that", "which", "as", "while", "when", "after", "since", "because", "although", "though", "then", "also"]);

/** A token that can stand inside a name or noun phrase. */
export function nominal(t: Token): boolean {
  if (t.kind !== "word") return false;
  if (t.cap) return true;
  if (/^\d/.test(t.text)) return true;
  if (NON_NOMINAL.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
  return SOURCE_NOUNS.has(t.lower) || MODIFIERS.has(t.lower) || DETERMINERS.has(t.lower) || /(?:ian|ese|ish|i)$/.test(t.lower) && t.lower.length > 4;
}

/** Sentence adverbs and connectives that may open a sentence before its subject. */
const LEADING_NOISE = new Set([
  "however", "meanwhile", "also", "but", "and", "yet", "still", "separately", "later", "earlier", "now", "then",
  "instead", "moreover", "furthermore", "additionally", "similarly", "likewise", "indeed", "overall", "finally",
  "so", "thus", "hence", "nonetheless", "nevertheless", "previously", "today", "yesterday", "tonight", "recently",
  "notably", "ultimately", "elsewhere", "specifically", "in", "on", "at", "of", "for", "to", "with", "that", "as",
  "while", "when", "after", "before", "because", "if", "although", "though", "even",
]);

export interface Range { a: number; b: number }

/** How many words a quoted source postmodifier may hold (“familiar with the matter”). */
const QUOTED_POSTMODIFIER_SPAN = 10;
/** Words that open a source's postmodifier when the writer quotes it (sources “familiar with X”, “close to Y”). */
const QUOTED_SOURCE_POSTMODIFIERS: ReadonlySet<string> = new Set(["familiar", "close", "knowledgeable", "briefed", "involved"]);

/**
 * Token `k` is a lower-case hyphenated word right after an article or a preposition ("a pro-government", "by
 * far-right"): an adjective opening the noun phrase after it, since neither word opens a verb.
 */
function hyphenatedAfterOpener(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k], o = tokens[k - 1];
  if (!t || !o || k - 1 < floor || t.kind !== "word" || t.cap || !HYPHENATED.test(t.lower)) return false;
  // (Not after "to", which opens an infinitive as often: "refused to re-enter combat".)
  return (ARTICLES.has(o.lower) && o.lower !== "that") || (PREPOSITIONS.has(o.lower) && o.lower !== "to");
}

/**
 * The noun phrase that ends at token `last` (inclusive), scanning left no
 * further than `floor`. Returns token range [a, b) or null.
 */
export function phraseEndingAt(tokens: Token[], last: number, floor: number): Range | null {
  const head = tokens[last];
  // "85% of Democrats": a share is a phrase of its number and the sign.
  if (head?.text === "%" && last - 1 >= floor && /^\d/.test(tokens[last - 1]!.text)) {
    const r = phraseEndingAt(tokens, last - 1, floor);
    return { a: r ? r.a : last - 1, b: last + 1 };
  }
  if (!head || head.kind !== "word") {
    // Telegram channel “Frontline Notes”, the “Free Steppe Foundation”: a quoted name closes a phrase
    // headed by a source noun or opened by an article (only capitalised words inside the quotation).
    if (head && head.kind === "quote" && head.role === "close") {
      let k = last - 1;
      while (k > floor && tokens[k]!.kind === "word" && tokens[k]!.cap && last - k <= 5) k--;
      // Sources “familiar with the deployments”: a quoted source postmodifier ("familiar with", "close to") closes
      // the phrase of the source noun before it.
      let q = last - 1;
      while (q > floor && last - q <= QUOTED_POSTMODIFIER_SPAN && tokens[q]!.kind === "word") q--;
      const qo = tokens[q];
      if (qo && qo.kind === "quote" && qo.role === "open" && q + 1 < last && q - 1 >= floor && QUOTED_SOURCE_POSTMODIFIERS.has(tokens[q + 1]!.lower) && isSourceHead(tokens[q - 1]!)) {
        const r = phraseEndingAt(tokens, q - 1, floor);
        if (r) return { a: r.a, b: last + 1 };
      }
      const open = tokens[k];
      if (k < last - 1 && open && open.kind === "quote" && open.role === "open" && k - 1 >= floor) {
        const before = tokens[k - 1]!;
        if (ARTICLES.has(before.lower) && before.lower !== "that" && before.lower !== "this") return { a: k - 1, b: last + 1 };
        if (isSourceHead(before) || isCommonNounHead(before)) {
          // (Not when a lower-case modifier the phrase stopped at goes on to its left: "The Tarsk and Osk partisan group
          // “Yarok”" is left to the readings that keep the whole coordination.)
          const r = phraseEndingAt(tokens, k - 1, floor);
          const left = r ? tokens[r.a - 1] : undefined;
          if (r && !(left && r.a - 1 >= floor && left.kind === "word" && !left.cap && !QUOTED_NAME_OPENERS.has(left.lower))) return { a: r.a, b: last + 1 };
        }
      }
      return null;
    }
    if (head && head.text === ")") {
      // "Israel’s National Security Council (NSC)": step over the bracket.
      let k = last - 1;
      while (k > floor && tokens[k]!.text !== "(" && last - k < 8) k--;
      if (tokens[k]?.text === "(" && k - 1 >= floor) {
        const r = phraseEndingAt(tokens, k - 1, floor);
        return r ? { a: r.a, b: last + 1 } : null;
      }
    }
    return null;
  }
  // "Those surveyed", "those polled": people described by a participle.
  if (/ed$/.test(head.lower) && tokens[last - 1]?.lower === "those" && last - 1 >= floor) return { a: last - 1, b: last + 1 };
  // Evidence nouns head phrases even where they look like verbs or participles ("the emails", "exit
  // polling"), and so do -ing nouns and cue forms that are nouns after an article ("familiar with the
  // planning", "the email said").
  if (!nominal(head) && !isSourceHead(head) && !isCommonNounHead(head) && !EVIDENCE_NOUNS.has(head.lower) && !((/^\p{Ll}{3,}ing$/u.test(head.lower) || nounCueForm(head)) && last - 1 >= floor && ARTICLES.has(tokens[last - 1]!.lower))) return null;
  if (PRONOUN_WORDS.has(head.lower)) return { a: last, b: last + 1 };
  let a = last;
  while (a - 1 >= floor && last - a < MAX_NP) {
    const t = tokens[a - 1]!;
    // "Last month Marsh said", "Earlier this week Velmar said": a time phrase before the subject is an adjunct of
    // the clause, not a modifier of the name (its noun would otherwise read as a noun modifier).
    if (DATED_NOUNS.has(t.lower) && a - 2 >= floor && /^(?:last|this|next)$/.test(tokens[a - 2]!.lower) && tokens[a]!.cap) break;
    // "On Wednesday Tony Blair said", "In 2004 IBM said", "Until December Microsoft said": a day or month name or a
    // year opened by a preposition is a fronted time adjunct (English needs no comma after it), never the first word
    // of the name after it.
    if (tokens[a]!.cap && datedAdjunctEndsAt(tokens, a - 1, floor)) break;
    // A possessive determiner opens the phrase ("his childhood friend"); a personal pronoun is no modifier.
    if (ARTICLES.has(t.lower) && t.lower !== "that" && t.lower !== "this") { a--; break; }
    if (PRONOUN_WORDS.has(t.lower) && t.lower !== "her" && t.lower !== "its") break;
    // "For decades some critics predicted", "In Osk many residents say": a quantifier opens its phrase as an article
    // does; a noun or name before it belongs to an adjunct ("several other", "the company's many" go on).
    // (A preposition before it opens a postmodifier, "aides to both candidates", "leaders of both parties"; a degree
    // adverb bounds it, "Virtually all analysts", "almost all".)
    if (a < last && OPENING_QUANTIFIERS.has(tokens[a]!.lower) && nounBeforeQuantifier(t)) break;
    if (nominal(t)) { a--; continue; }
    // "an Israeli think tank": the first word of an open compound noun, whatever it reads as alone.
    if (t.kind === "word" && OPEN_COMPOUNDS.has(`${t.lower} ${tokens[a]!.lower}`)) { a--; continue; }
    // "the mayor’s chief of staff": a possessive noun is a determiner of the phrase, which may go on left of it.
    if (t.kind === "word" && POSSESSIVE.test(t.text) && !PRONOUN_WORDS.has(t.lower)) { a--; continue; }
    // "port officials", "the city council": a plain noun modifying the head, bounded on its left.
    // ("Greek sprinter Jo Roe", "Osk resident Al Poe": a noun between a capitalised modifier and a name is the name's
    // title, whatever the noun.)
    if ((isCommonNounHead(t) || (/^\p{Ll}{3,}ing$/u.test(t.lower) && !CUE_FORMS.has(t.lower))) && (a === last || hasSourceNoun(tokens, a, last))) {
      // A chain of up to three noun modifiers ("law enforcement official"), bounded on its left.
      let c = a - 1;
      while (c - 1 >= floor && a - c < 3 && isCommonNounHead(tokens[c - 1]!)) c--;
      const l = tokens[c - 1];
      // ("the paper’s editorial board": a possessive before the chain is its determiner, read on the next step.)
      // ("an unspecified port official": a participle adjective after a determiner bounds it as well; "by pro-government
      // telegram channels": so does a preposition when the chain opens with a hyphenated adjective.)
      if (!l || c - 1 < floor || l.text === "," || l.kind === "quote" || DETERMINERS.has(l.lower) || l.cap || nominal(l) || (l.kind === "word" && POSSESSIVE.test(l.text) && !PRONOUN_WORDS.has(l.lower)) || participleAdjective(tokens, c - 1, floor) || hyphenatedAfterOpener(tokens, c, floor)) { a = c; continue; }
    }
    // "the conservative-leaning newspaper", "a state-owned company": a hyphenated participle compound is an adjective
    // of the noun after it, inside the phrase when an article or another modifier stands before it.
    if (t.kind === "word" && !t.cap && COMPOUND_ADJECTIVE.test(t.lower) && a - 2 >= floor && (ARTICLES.has(tokens[a - 2]!.lower) || nominal(tokens[a - 2]!))) { a--; continue; }
    // "an open-source intelligence aggregator", "a pro-government news site": any hyphenated lower-case compound right
    // after an article is an adjective of the phrase (an article opens no verb); so it is right after a preposition,
    // which opens no verb either: "footage released by pro-government channels", "according to far-right bloggers".
    if (hyphenatedAfterOpener(tokens, a - 1, floor)) { a--; continue; }
    // the “Harbor First” campaign: a short quoted name or label right after the article (see phraseStartingAt).
    if (t.kind === "quote" && t.role === "close") {
      let k = a - 2;
      while (k >= floor && tokens[k]!.kind === "word" && a - 1 - k <= 5) k--;
      if (k < a - 2 && k - 1 >= floor && tokens[k]!.kind === "quote" && tokens[k]!.role === "open" && ARTICLES.has(tokens[k - 1]!.lower)) { a = k - 1; break; }
      break;
    }
    // "NASA’s remotely sensed data", "the newly released footage": an "-ly" adverb and a past participle
    // before the head modify it, when a determiner, a possessive or the phrase's floor stands
    // before the adverb (after a noun, "the ministry recently claimed" is a subject and its verb).
    if (t.kind === "word" && !t.cap && /^\p{Ll}{3,}ed$/u.test(t.lower) && a - 2 >= floor && /^\p{Ll}{3,}ly$/u.test(tokens[a - 2]!.text)) {
      const l = tokens[a - 3];
      // ("NASA’s Fire Information System (FIRMS) remotely sensed data": a bracketed acronym closes a name that
      // determines the phrase, as a possessive does; an acronym is no verb's subject before an adverb here.)
      const acronym = !!l && l.text === ")" && tokens[a - 4]?.cap === true && tokens[a - 5]?.text === "(";
      if (a - 2 === floor || !l || acronym || (l.kind === "word" && (ARTICLES.has(l.lower) || (POSSESSIVE.test(l.text) && !PRONOUN_WORDS.has(l.lower))))) { a -= 2; continue; }
    }
    // "An unspecified US official", "an informed source", "Numerous geolocated videos": a past participle right after an
    // article, a possessive determiner or a number or quantifier is an adjective of the noun after it (after a noun,
    // "the ministry claimed", it would be the verb).
    if (participleAdjective(tokens, a - 1, floor)) { a--; continue; }
    // "the nominee for the Nov. 8 election": the stop of an abbreviated month before a day number is no boundary.
    if (t.text === "." && /^\d{1,2}$/.test(tokens[a]!.text) && a - 2 >= floor && MONTH_ABBREVIATIONS.has(tokens[a - 2]!.lower) && tokens[a - 2]!.end === t.start) { a -= 2; continue; }
    // "21,000 said": a number's thousands separator.
    if (t.text === "," && /^\d{3}$/.test(tokens[a]!.text) && a - 2 >= floor && /^\d{1,3}$/.test(tokens[a - 2]!.text) && tokens[a - 1]!.end === tokens[a]!.start && tokens[a - 2]!.end === t.start) { a -= 2; continue; }
    if (t.kind === "punct" && (t.text === "(" || t.text === ")")) {
      // only bracketed acronyms
      if (t.text === ")" && tokens[a - 2]?.cap && tokens[a - 3]?.text === "(") { a -= 3; continue; }
      // "A BARS-13 (Russian Combat Reserve) affiliated source": a bracketed name spelling out the name before it, when a
      // participle adjective after the bracket ("affiliated", "backed") makes the whole name its modifier.
      if (t.text === ")" && bracketedNameBefore(tokens, a - 1, floor) !== null && /^\p{Ll}{3,}ed$/u.test(tokens[a]!.text)) { a = bracketedNameBefore(tokens, a - 1, floor)!; continue; }
      break;
    }
    // "Revolutionary Guards Corps (IRGC)-affiliated media": a hyphen glued to a bracket's close joins the bracketed
    // acronym to the participle after it as one compound adjective.
    if (t.text === "-" && tokens[a - 2]?.text === ")" && tokens[a - 2]!.end === t.start && tokens[a]!.start === t.end && /^\p{Ll}{3,}ed$/u.test(tokens[a]!.text)) { a--; continue; }
    // "A Times/CBS News poll", "a Reuters/Ipsos survey": two names joined by a slash name one body.
    if (t.text === "/" && tokens[a]!.cap && a - 2 >= floor && tokens[a - 2]!.cap && tokens[a - 2]!.kind === "word") { a -= 2; continue; }
    // "a Wagner Group–affiliated source": an en dash glued to a participle after it ("–affiliated", "–backed") joins a
    // multi-word name to it as one compound adjective.
    const glued = t.text === "–" && tokens[a]!.start === t.end && a - 2 >= floor && tokens[a - 2]!.end === t.start && /^\p{Ll}{2,}ed$/u.test(tokens[a]!.text);
    if (t.kind === "punct" && (t.text === "-" || t.text === "’" || t.text === "'" || glued)) {
      if (a - 2 >= floor && (nominal(tokens[a - 2]!) || pluralPossessor(tokens, a - 1, floor))) { a -= 2; continue; }
      break;
    }
    const right = tokens[a]!;
    const left = tokens[a - 2];
    if (NAME_PARTICLES.has(t.lower) && right.cap && left?.cap) { a--; continue; }
    if ((t.lower === "of" || t.lower === "for") && left && (nominal(left)) && (right.cap || nominal(right))) { a--; continue; }
    if ((t.lower === "in" || t.lower === "at" || t.lower === "from") && left && (left.cap || SOURCE_NOUNS.has(left.lower)) && right.cap && !(PRONOUN_WORDS.has(left.lower))) { a--; continue; }
    // A prepositional phrase modifying a source noun: "aides to Clinton", "sources close to her campaign",
    // "officials with the ministry"; or a participle and its phrase: "exit polls taken in South Carolina".
    if (PREPOSITIONS.has(t.lower) && left) {
      if (SOURCE_NOUNS.has(left.lower) || POSTMODIFIER_HEADS.has(left.lower)) { a--; continue; }
      const l2 = tokens[a - 3];
      if (/ed$|^(?:taken|given|held|run|led|known|seen|done|made)$/.test(left.lower) && l2 && a - 3 >= floor && (SOURCE_NOUNS.has(l2.lower) || EVIDENCE_NOUNS_LOWER.has(l2.lower))) { a -= 3; continue; }
    }
    if ((t.lower === "in" || t.lower === "of" || t.lower === "out") && /^\d+$/.test(right.text) && left && (/^\d+$/.test(left.text) || NUMBER_WORDS.has(left.lower))) { a--; continue; } // "six in 10"
    // (Not before a possessive after an object, which opens a clause of its own: "shelled Osk and NASA’s satellite data
    // showed"; "Reuters and Osk’s governor reported" stays one subject.)
    if ((t.lower === "and" || t.lower === "&") && left && nominal(left) && !DETERMINERS.has(right.lower) && !(PRONOUN_WORDS.has(right.lower)) && !/(?:ed)$/.test(left.lower) && !possessiveAfterObject(tokens, a, last, floor)) { a--; continue; }
    break;
  }
  // "Reuters and the Associated Press reported", "Both the Defense Ministry and the General Staff reported": a name
  // coordinated with an article-opened name is one subject, when the first conjunct opens the sentence (or follows
  // "both"); further in, "and the" more often joins two clauses ("... struck Osk and the governor said").
  if (a - 2 >= floor && tokens[a]!.lower === "the" && tokens[a + 1]?.cap && tokens[a - 1]!.lower === "and" && tokens[a - 2]!.cap) {
    const first = phraseEndingAt(tokens, a - 2, floor);
    if (first && (first.a === floor || (first.a - 1 === floor && tokens[floor]!.lower === "both"))) a = first.a;
    // ("Reports in the Daily Post and the Evening Star suggested": the first conjunct is the object of a source's
    // postmodifier that opens the sentence; the coordination is that object, and the source heads the whole phrase.)
    else if (first && first.a - 2 >= floor && OBJECT_PREPOSITIONS.has(tokens[first.a - 1]!.lower)) {
      const owner = tokens[first.a - 2]!;
      const whole = phraseEndingAt(tokens, first.a - 2, floor);
      if (whole && whole.a === floor && (isSourceHead(owner) || EVIDENCE_NOUNS_LOWER.has(owner.lower))) a = whole.a;
    }
  }
  a = modifierListStart(tokens, a, last, floor);
  // Drop connectives and prepositions the scan may have started on.
  // ("Despite Mr. Trump's claims", "Until December Microsoft said": a preposition before a name opens an adjunct, it is
  // no part of the name; "About 40 rabbis", "Over 60 percent" bound a number.)
  while (a < last && (LEADING_NOISE.has(tokens[a]!.lower) || tokens[a]!.text === "-" || (PREPOSITIONS.has(tokens[a]!.lower) && tokens[a + 1]!.cap && !/^\d/.test(tokens[a + 1]!.text) && !NUMBER_WORDS.has(tokens[a + 1]!.lower)))) a++;
  if (a === last && LEADING_NOISE.has(tokens[a]!.lower)) return null;
  return { a, b: last + 1 };
}

/**
 * The phrase scanned so far opens at `a` with a possessive right after "and", and the word before the name left of
 * "and" is a lower-case verb-like word (no determiner): "shelled Osk and NASA’s data", where "Osk" is an object.
 */
function possessiveAfterObject(tokens: Token[], a: number, last: number, floor: number): boolean {
  const v = tokens[a - 3];
  return a < last && POSSESSIVE.test(tokens[a]!.text) && a - 3 >= floor && !!v && v.kind === "word" && !v.cap && !DETERMINERS.has(v.lower) && !PREPOSITIONS.has(v.lower);
}

/**
 * Token `b` is the last word of its phrase: the next token is punctuation, a quotation mark or a lower-case
 * verb-like word ("-ed", a cue form or a finite form such as "said", "signed", "have"), or `b` is the ceiling's edge.
 */
function headEndsAt(tokens: Token[], b: number, ceiling: number): boolean {
  const u = tokens[b + 1];
  if (!u || b + 1 >= ceiling || u.kind !== "word") return true;
  return !u.cap && !nominal(u) && endsPhrase(u);
}

/** Token `b` is a lower-case "-ing" word (no cue form) right before a lower-case source noun: "managing director", "operating officer". */
export function participleTitle(tokens: Token[], b: number, ceiling: number): boolean {
  const t = tokens[b]!;
  const n = tokens[b + 1];
  return !t.cap && /^\p{Ll}{3,}ing$/u.test(t.lower) && !CUE_FORMS.has(t.lower) && !!n && b + 1 < ceiling && n.kind === "word" && !n.cap && SOURCE_NOUNS.has(n.lower);
}

/** Prepositions that open a fronted time adjunct ("On Monday", "In 2004", "Until late May"). */
// (Not "by" or "from", which more often open a name after them: "The book by Sunday Telegraph journalist Jo Roe".)
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "until", "till", "since", "during", "after", "before", "through"]);

/**
 * Token `k` ends a time adjunct opened by a preposition: a capitalised day or month name or a year, with at most two
 * more such words, day numbers or "early"/"late"/"mid" between it and the preposition ("On 4 May", "In early
 * March", "On May 4"). Looks at most four tokens back.
 */
function datedAdjunctEndsAt(tokens: Token[], k: number, floor: number): boolean {
  const dated = (t: Token) => t.kind === "word" && ((t.cap && DATE_NAMES.has(t.lower)) || YEAR.test(t.text));
  const t = tokens[k];
  if (!t || k < floor || !(dated(t) || (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.text) && !!tokens[k - 1] && dated(tokens[k - 1]!)))) return false;
  let j = k - 1;
  while (j >= floor && k - j <= 2 && tokens[j]!.kind === "word" && (dated(tokens[j]!) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[j]!.text) || /^(?:early|late|mid)$/.test(tokens[j]!.lower))) j--;
  return j >= floor && TIME_PREPOSITIONS.has(tokens[j]!.lower);
}

/**
 * Where the capitalised name before a bracketed name ends at `close` (a ")") starts the bracket: the index of the
 * "(" when the bracket holds only capitalised words and name connectives ("(Russian Combat Reserve of the Country)")
 * and a capitalised word stands right before it; else null. Scans at most eight tokens.
 */
function bracketedNameBefore(tokens: Token[], close: number, floor: number): number | null {
  let k = close - 1;
  while (k > floor && close - k <= 8 && tokens[k]!.kind === "word" && (tokens[k]!.cap || /^(?:of|the|and|for)$/.test(tokens[k]!.lower))) k--;
  if (tokens[k]?.text !== "(" || k === close - 1 || !tokens[k + 1]!.cap || k - 1 < floor) return null;
  const before = tokens[k - 1]!;
  return before.kind === "word" && before.cap ? k : null;
}

/**
 * The noun phrase that starts at token `first`, scanning right no further
 * than `ceiling` (exclusive): for "according to X", "told X", "said X".
 */
export function phraseStartingAt(tokens: Token[], first: number, ceiling: number, opts: { maxLower?: number } = {}): Range | null {
  let b = first;
  let lower = 0;
  const maxLower = opts.maxLower ?? 6;
  const head = tokens[first];
  if (!head || (head.kind === "word" && !head.cap && !(PRONOUN_WORDS.has(head.lower)) && (CLAUSE_BREAKERS.has(head.lower) || PREPOSITIONS.has(head.lower) || NON_NOMINAL.has(head.lower)))) return null;
  while (b < ceiling && b - first < MAX_NP) {
    const t = tokens[b]!;
    if (t.kind === "word") {
      // An article inside a phrase opens a new one ("told Reuters the repairs ..."), except after "of", "and", "for", "in".
      // ("told NBC’s Meet the Press", "CBS’ Face the Nation": a title after its owner's possessive may hold an article
      // between capitalised words.)
      const inTitle = t.lower === "the" && b - 2 >= first && tokens[b - 1]!.cap && tokens[b + 1]?.kind === "word" && tokens[b + 1]!.cap && b + 1 < ceiling
        && (POSSESSIVE.test(tokens[b - 2]!.text) || (/^['’]$/.test(tokens[b - 2]!.text) && /s$/i.test(tokens[b - 3]?.text ?? "")));
      if (b > first && ARTICLES.has(t.lower) && !inTitle && !/^(?:of|and|for|in|at|from|on|to)$/.test(tokens[b - 1]!.lower)) break;
      // Lower-case verbs and adverbs end a phrase ("The NSC specified", "Rubio said").
      // ("the organizer of the rally said": a few nouns end in "-ly" too.)
      if (!t.cap && b > first && !nominal(t) && ((/(?:ed|ly)$/.test(t.lower) && !LY_NOUNS.has(t.lower)) || CUE_FORMS.has(t.lower) || VERBISH.has(t.lower))) break;
      // ("sources briefed on the talks", but "The report identified Roe as ...": after a noun, an "-ed" modifier
      // before a name or an article is the verb, and the name or phrase its object; after a preposition it is an
      // adjective, "around occupied Berdyansk".)
      if (!t.cap && b > first && /ed$/.test(t.lower) && tokens[b - 1]!.kind === "word" && !tokens[b - 1]!.cap && !DETERMINERS.has(tokens[b - 1]!.lower) && !MODIFIERS.has(tokens[b - 1]!.lower)
        && !PREPOSITIONS.has(tokens[b - 1]!.lower) && !/^(?:of|and|or|around|along|outside|inside|throughout)$/.test(tokens[b - 1]!.lower)
        && tokens[b + 1]?.kind === "word" && (tokens[b + 1]!.cap || ARTICLES.has(tokens[b + 1]!.lower))) break;
      // "The Harbour Council includes Poe Freight", "Her statement echoes ISW": a lower-case "-s" word between a singular
      // noun and a name is a verb with its object. After an article, an adjective or a one-word capital it is a plural
      // noun before a name in apposition ("the candidates Sanders", "Democratic candidates Hillary Clinton", "Trailing
      // contenders Ted Cruz"), as are words that head phrases themselves ("Russian forces Kherson", "officials").
      if (!t.cap && b > first && isPluralNounForm(t.text) && tokens[b + 1]?.kind === "word" && tokens[b + 1]!.cap
        && !nominal(t) && !isSourceHead(t) && !PEOPLE_NOUNS.has(t.lower) && singularHeadBefore(tokens, b, first)) break;
      // "Fiorina backed Cruz", "Putin led Russia": between two names, an "-ed" word that can modify ("Iran backed
      // militias") is the verb; after a quantifier or opener it still modifies ("Many displaced Ukrainians").
      // ("AOL backed the plan": so it is before a determiner, which no modifier of the name's head precedes.)
      if (!t.cap && b > first && /ed$/.test(t.lower) && tokens[b - 1]!.cap && tokens[b + 1]?.kind === "word" && (tokens[b + 1]!.cap || ARTICLES.has(tokens[b + 1]!.lower))
        && !MODIFIERS.has(tokens[b - 1]!.lower) && !DETERMINERS.has(tokens[b - 1]!.lower) && !LEADING_NOISE.has(tokens[b - 1]!.lower) && !/ing$/.test(tokens[b - 1]!.lower)) break;
      if (CLAUSE_BREAKERS.has(t.lower) && b > first) break;
      // "managing director Ada Roe", "chief operating officer Jo Roe", "the housing minister": an "-ing" word right
      // before a source noun is the first part of a compound title, not a verb (inside the phrase, or opening it
      // before a title and a name).
      if (participleTitle(tokens, b, ceiling) && (b > first || tokens[b + 2]?.cap === true)) { lower++; b++; continue; }
      if (NON_NOMINAL.has(t.lower) && !(t.lower === "and" && b > first && tokens[b + 1] && (tokens[b + 1]!.cap || nominal(tokens[b + 1]!)) && !ARTICLES.has(tokens[b + 1]!.lower))) {
        if (!(b === first && PRONOUN_WORDS.has(t.lower))) break;
      }
      if (PREPOSITIONS.has(t.lower) && t.lower !== "of") {
        // "in Ukraine", "for the Middle East" inside names only when a capitalised word follows
        if (!(tokens[b + 1]?.cap && b > first && tokens[b - 1]!.cap)) break;
      }
      // "Clinton’s right-hand woman rallied", "Japan's central bank said": a possessor's noun follows it.
      if (!t.cap && b > first && POSSESSIVE.test(tokens[b - 1]!.text)) {
        const end = possessedNounEnd(tokens, b, ceiling);
        if (end > b) { b = end; continue; }
      }
      // "the company’s chief executive", "the ad’s narrator": a common noun as the possessor after its article.
      if (!t.cap && b - 1 === first && ARTICLES.has(tokens[first]!.lower) && POSSESSIVE.test(t.text) && tokens[b + 1]?.kind === "word" && !tokens[b + 1]!.cap) { b++; continue; }
      if (!t.cap && !/^\d/.test(t.text)) {
        // A lower-case word stays only as a modifier or source noun, or as a plain noun that ends the phrase.
        const nx = tokens[b + 1];
        // ("Omar al Bashir", "Ludwig van Beethoven"; and a name that opens with its particle: "told al Araby al Jadeed", "de Blasio said".)
        if (NAME_PARTICLES.has(t.lower) && tokens[b + 1]?.cap && (b === first || tokens[b - 1]!.cap)) { b++; continue; }
        // ("a handful of Democrats", "a group of senators": a noun of quantity after its article, then "of" and the noun counted.)
        // (Only before a name, a source noun or a plain plural, which the scan reads on: "a group of high school pupils"
        // is left as it was.)
        const counted = tokens[b + 2];
        if (QUANTITY_NOUNS.has(t.lower) && b - 1 === first && /^(?:a|an|the)$/.test(tokens[first]!.lower) && nx?.lower === "of" && counted?.kind === "word" && (counted.cap || SOURCE_NOUNS.has(counted.lower) || (/^\p{Ll}{3,}s$/u.test(counted.lower) && !/(?:ss|us|is)$/.test(counted.lower)))) { b++; continue; }
        // After a name, a plain lower-case word is a verb ("Dalia Ferrow heads the board").
        // (Not after a known modifier capitalised as the phrase's first word: "Conservative columnist", "Republican politicians".)
        // (Nor after a capitalised number word: "One employee declined", "Two workers said" count people, no name.)
        const adjective = b - 1 === first && MODIFIERS.has(tokens[first]!.lower);
        // Nor after an adjective capitalised only because it opens the sentence ("Nuclear experts say",
        // "Consulting firms argue"; not a name: "Trump shot back"), nor after names that follow an article
        // ("The New York businessman", "the Supreme Court justice"): a plain noun there heads the phrase
        // (whether it stays is decided below).
        const nounAfterName = isCommonNounHead(t) && ((b - 1 === first && sentenceInitial(tokens, first) && ADJECTIVE_SHAPE.test(tokens[first]!.lower)) || (b - 1 > first && ARTICLES.has(tokens[articleBeforeNames(tokens, first, b)]!.lower)));
        if (b > first && !adjective && !nounAfterName && !nominal(t) && tokens[b - 1]!.cap && !CAPITALISED_OPENERS.has(tokens[b - 1]!.lower) && !NUMBER_WORDS.has(tokens[b - 1]!.lower) && !ADJECTIVAL_NAME.test(tokens[b - 1]!.lower) && !SOURCE_NOUNS.has(t.lower) && t.lower !== "of" && t.lower !== "and") break;
        // A plain noun stays when the phrase ends after it, or after one more plain noun ("the harbour master changed").
        const nn = tokens[b + 2];
        // ("Liberal politicians and their allies say": a coordinator after the noun closes its conjunct.)
        // (Only before another noun phrase: "telling stories and criticizing X" coordinates verbs.)
        // ("Consulting firms like Roe Group have", "Steel workers at the plant said": a preposition after a plural noun
        // opens its postmodifier, so the noun ends the phrase proper; a singular word there may be a verb, "Roe spoke at",
        // and "to" an infinitive, "telling reporters to leave".)
        const ends = (u: Token | undefined) => !u || u.kind !== "word" || nominal(u) || endsPhrase(u) || (PREPOSITIONS.has(u.lower) && u.lower !== "to" && !u.cap && /^\p{Ll}{3,}[^su]s$/u.test(t.lower)) || (u.lower === "and" && tokens[b + 2] !== undefined && (ARTICLES.has(tokens[b + 2]!.lower) || tokens[b + 2]!.cap));
        // ("the vice president’s spokeswoman", "the former party chairman’s aide": a lower-case possessor inside the
        // phrase, whose noun follows it, continues the phrase like a plain noun before another.)
        const possessor = (k: number) => { const u = tokens[k]; return u !== undefined && k < ceiling && u.kind === "word" && !u.cap && POSSESSIVE.test(u.text) && isCommonNounHead({ ...u, lower: u.lower.replace(/['’]s$/, "") }) && (possessedNounEnd(tokens, k + 1, ceiling) > k + 1 || (k + 2 === ceiling && tokens[k + 1]!.kind === "word" && !tokens[k + 1]!.cap && (nominal(tokens[k + 1]!) || isCommonNounHead(tokens[k + 1]!)))); };
        if (possessor(b) && b > first) { b++; continue; }
        if (t.lower !== "of" && t.lower !== "and" && !nominal(t) && !(PRONOUN_WORDS.has(t.lower)) && !(isCommonNounHead(t) && (ends(nx) || possessor(b + 1) || (isCommonNounHead(nx!) && !ends(nx) && nn !== undefined && nn.kind === "word" && endsPhrase(nn))))) break;
        lower++;
        // ("Fifty of the nation’s top Republican national security officers signed": at the limit, a plain noun that
        // ends the phrase is its head and stays; cutting before it would leave a modifier as the speaker.)
        if (lower > maxLower) { if (b > first && !t.cap && (isCommonNounHead(t) || isSourceHead(t)) && headEndsAt(tokens, b, ceiling)) b++; break; }
      }
      b++;
      if (PRONOUN_WORDS.has(t.lower) && b - 1 === first && !ARTICLES.has(t.lower)) break; // "he", "them" stand alone; "his supporters" goes on
      continue;
    }
    if (t.text === "(" ) {
      // Only short bracketed tags: "(D-Wis.)", "(IRGC)".
      let k = b + 1;
      while (k < ceiling && tokens[k]!.text !== ")" && k - b < 5 && (tokens[k]!.cap || tokens[k]!.kind === "punct")) k++;
      if (tokens[k]?.text === ")") { b = k + 1; continue; }
      break;
    }
    // ("Wagner Group–affiliated": an en dash glued to a participle, as read right to left in phraseEndingAt.)
    const glued = t.text === "–" && b > first && tokens[b - 1]!.end === t.start && tokens[b + 1]?.start === t.end && /^\p{Ll}{2,}ed$/u.test(tokens[b + 1]!.text);
    if ((t.text === "-" || t.text === "’" || t.text === "'" || glued) && tokens[b + 1]?.kind === "word") { b++; continue; }
    // A short quoted name or label right after the article is part of the phrase: the “Harbor First” document,
    // a “person familiar”.
    if (t.kind === "quote" && t.role === "open" && b === first + 1 && ARTICLES.has(tokens[first]!.lower)) {
      let k = b + 1;
      while (k < ceiling && tokens[k]!.kind === "word" && k - b <= 5) k++;
      if (k > b + 1 && tokens[k]?.kind === "quote" && tokens[k]!.role === "close") { b = k + 1; continue; }
    }
    break;
  }
  while (b > first + 1 && (tokens[b - 1]!.lower === "of" || tokens[b - 1]!.lower === "and" || DETERMINERS.has(tokens[b - 1]!.lower))) b--;
  if (b === first + 1 && tokens[first]!.lower === "her") return { a: first, b }; // "told her"
  if (b === first + 1 && DETERMINERS.has(tokens[first]!.lower) && !QUANTIFIER_SPEAKERS.has(tokens[first]!.lower)) return null;
  return b > first ? { a: first, b } : null;
}

const POSSESSIVE = /\p{L}['’]s$/u;
/** Quantifiers that open a noun phrase with no article before them (numbers excepted: "the top two officials"). */
const OPENING_QUANTIFIERS: ReadonlySet<string> = new Set(["some", "many", "several", "most", "few", "both", "all", "each", "every", "any", "no", "another"]);

/** A noun, name or number that cannot modify a quantifier after it (no determiner, possessor, preposition or adverb). */
function nounBeforeQuantifier(t: Token): boolean {
  if (t.kind !== "word" || DETERMINERS.has(t.lower) || POSSESSIVE.test(t.text) || PREPOSITIONS.has(t.lower)) return false;
  if (/^(?:of|for|and|or|nor|but|almost|about|around|only|just|not|over)$/.test(t.lower) || /ly$/.test(t.lower)) return false;
  return t.cap || /^\d/.test(t.text) || isCommonNounHead(t);
}

/** How far back `pluralPossessor` looks for the opening single mark a closing one would pair with. */
const SINGLE_QUOTE_SPAN = 12;

/**
 * The apostrophe at `k` marks a plural possessive ("the pilots' union", "the residents’ association"): glued to a
 * lower-case common noun in "-s" before it, a space and a word after it. A single mark closes a quotation instead
 * when an opening one (after a space, before a word) stands a few tokens before it in the same sentence
 * ("called it 'a win for the workers' and left"). Reads at most SINGLE_QUOTE_SPAN tokens.
 */
export function pluralPossessor(tokens: Token[], k: number, floor: number): boolean {
  const mark = tokens[k]!, prev = tokens[k - 1], next = tokens[k + 1];
  if ((mark.text !== "'" && mark.text !== "’") || !prev || !next || k - 1 < floor) return false;
  if (prev.end !== mark.start || next.start === mark.end || next.kind !== "word") return false;
  if (prev.cap || !isPluralNounForm(prev.text) || !isCommonNounHead(prev)) return false;
  for (let j = k - 2; j >= floor && k - j <= SINGLE_QUOTE_SPAN; j--) {
    const u = tokens[j]!;
    if (u.sentence !== mark.sentence) break;
    if ((u.text === "'" || u.text === "‘") && tokens[j + 1]!.start === u.end && (j === 0 || tokens[j - 1]!.end < u.start)) return false;
  }
  return true;
}
/** Nouns of quantity or of a gathering that head "a handful of X", "a group of X". */
const QUANTITY_NOUNS = new Set(["handful", "number", "group", "couple", "pair", "trio", "host", "bunch", "slew", "coalition", "delegation", "panel", "team", "crowd", "chorus"]);
/** Determiners after which a past participle can only be an adjective: "an unspecified", "their detained", "four wounded". */
const PARTICIPLE_DETERMINERS: ReadonlySet<string> = new Set([
  "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "some", "many", "several", "two", "three", "four",
  "five", "six", "seven", "eight", "nine", "ten", "other", "another", "multiple", "numerous", "various",
]);

/** Token `k` is a lower-case past participle right after a determiner of PARTICIPLE_DETERMINERS ("an unspecified"). */
function participleAdjective(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  return !!t && k - 1 >= floor && t.kind === "word" && !t.cap && /^\p{Ll}{3,}ed$/u.test(t.lower) && PARTICIPLE_DETERMINERS.has(tokens[k - 1]!.lower);
}

/** A lower-case hyphenated compound word ("open-source", "pro-government", "left-wing"). */
const HYPHENATED = /^\p{Ll}+(?:-\p{Ll}+)+$/u;

/** A hyphenated compound ending in a participle: "conservative-leaning", "state-owned", "well-funded". */
const COMPOUND_ADJECTIVE = /^\p{Ll}+-\p{Ll}+(?:ing|ed)$/u;

/**
 * The index of the word before the run of capitals that ends at `b - 1`, no further left than `first`: the
 * article of "the New York businessman" or of "All of the GOP candidates" (after "of"); `first` when that word is
 * no article. Reads at most six tokens.
 */
function articleBeforeNames(tokens: Token[], first: number, b: number): number {
  let j = b - 1;
  while (j > first && b - j < 6 && tokens[j]!.cap && !ARTICLES.has(tokens[j]!.lower)) j--;
  return j < b - 1 && ARTICLES.has(tokens[j]!.lower) ? j : first;
}

/** Word endings of adjectives and participles ("nuclear", "political", "conservative", "consulting"), rare in names. */
export const ADJECTIVE_SHAPE = /^\p{Ll}{3,}(?:al|ar|ic|ive|ing|ous|ary|ent|ant)$/u;

/**
 * Whether the word before `b` can be a singular subject's head for a verb at `b`: a lower-case common noun that is no
 * adjective, determiner or possessor ("announcement", "statement"), or a capital that continues a name of two or more
 * capitals and is no adjective ("Harbour Council", "Coordination Committee").
 */
function singularHeadBefore(tokens: Token[], b: number, first: number): boolean {
  const prev = tokens[b - 1]!;
  if (prev.kind !== "word" || POSSESSIVE.test(prev.text) || MODIFIERS.has(prev.lower)) return false;
  if (!prev.cap) return isCommonNounHead(prev) && !(ADJECTIVE_SHAPE.test(prev.lower) && !/ment$/.test(prev.lower)) && !/s$/.test(prev.lower);
  const before = tokens[b - 2];
  return b - 1 > first && before !== undefined && before.kind === "word" && before.cap && !ARTICLES.has(before.lower) && !ADJECTIVAL_NAME.test(prev.lower);
}

/** The token opens its sentence (after an opening quotation mark at most), so its capital says nothing of a name. */
function sentenceInitial(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.kind === "quote" && tokens[j]!.role === "open") j--;
  return j < 0 || tokens[j]!.sentence !== tokens[k]!.sentence;
}

/** A source noun among tokens [a, last] (no array copies: this runs inside the phrase scan). */
function hasSourceNoun(tokens: Token[], a: number, last: number): boolean {
  for (let k = a; k <= last; k++) if (SOURCE_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * The end of the noun a possessor owns ("Japan's | central bank | said"):
 * at most four lower-case nouns and modifiers, ending where a verb, a name,
 * a comma or a closing quote follows. Returns `from` when no such end is found
 * ("Roe's comments drew criticism": "drew" is no known verb, so "Roe's" stays alone).
 */
function possessedNounEnd(tokens: Token[], from: number, ceiling: number): number {
  let best = from;
  for (let k = from; k < ceiling && k - from < 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.cap || !(nominal(t) || isCommonNounHead(t) || /^\p{Ll}+-\p{Ll}+$/u.test(t.lower))) break;
    if (CUE_FORMS.has(t.lower) || VERBISH.has(t.lower)) break;
    const nx = tokens[k + 1];
    if (!nx || k + 1 >= ceiling) break;
    if ((nx.kind === "word" && (nx.cap || endsPhrase(nx))) || nx.text === "," || (nx.kind === "quote" && nx.role === "close")) best = k + 1;
  }
  return best;
}

/** A cue's base or -s form that is also a noun ("email", "note", "tweets"): never its past or -ing form. */
function nounCueForm(t: Token): boolean {
  const forms = CUE_FORMS.get(t.lower);
  return !!forms && !t.cap && forms.every((f) => (f.role === "base" || f.role === "s") && !f.particle);
}

/**
 * A lower-case word that can head a subject even though no list names it
 * ("the bank", "the clip"): not a function word, adverb, participle or cue form.
 */
export function isCommonNounHead(t: Token): boolean {
  const w = t.lower;
  if (t.kind !== "word" || w.length < 3 || !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w)) return false;
  if (NON_NOMINAL.has(w) || CLAUSE_BREAKERS.has(w) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || VERBISH.has(w)) return false;
  if ((/(?:ly|ed|ing)$/.test(w) && !LY_NOUNS.has(w)) || CUE_FORMS.has(w)) return false;
  return true;
}

/** Endings of lower-case adjectives of kind or level that stand in a list of modifiers ("regional", "local", "military"). */
const LISTED_ADJECTIVE = /^\p{Ll}{3,}(?:al|ic|ian|ese|ish|ern|ary)$/u;
/** Endings of capitalised adjectives of nationality or region ("Danish", "Norwegian", "Baltic", "Congolese"). */
const LISTED_NATIONALITY = /^\p{Lu}\p{Ll}{2,}(?:ian|ese|ish|ic)$/u;

/**
 * Token `t` is a one-word adjective that can be a member of a comma list of modifiers before one head noun: a
 * nationality or region ("Danish", "Western") or a lower-case adjective of kind ("regional", "local").
 */
function listedModifier(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  if (DEMONYMS.has(t.lower)) return true;
  // (A capitalised member takes a nationality's ending: "Danish", "Norwegian", "Baltic".)
  return t.cap ? LISTED_NATIONALITY.test(t.text) : LISTED_ADJECTIVE.test(t.text);
}

/**
 * "Danish, Swedish, and Norwegian officials", "Danish, regional and harbor officials": a comma list of one-word
 * modifiers coordinated before one head belongs to the phrase; the leftward scan stops at the list's commas. Given the
 * phrase's first token `a` (a listed modifier right before "and"/"or", or right after ", and"), returns the list's
 * first member (or its article), else `a`. Reads at most eight list members.
 */
function modifierListStart(tokens: Token[], a: number, last: number, floor: number): number {
  if (a >= last) return a;
  let k = a;
  const conj = (t: Token | undefined) => !!t && (t.lower === "and" || t.lower === "or");
  // "…, and Norwegian officials": the scan stopped after the conjunction; "…, Swedish and Norwegian officials": it
  // took in the last two members.
  if (conj(tokens[a - 1]) && tokens[a - 2]?.text === "," && a - 3 >= floor && listedModifier(tokens[a - 3])) k = a - 3;
  else if (!(listedModifier(tokens[a]) && conj(tokens[a + 1]) && tokens[a - 1]?.text === ",")) return a;
  // (Every member, the first one after the head's conjunction included, is a listed modifier: "Danish, Swedish, and
  // harbor officials" has "harbor" as a noun modifier after the conjunction, which is fine; the members before it are
  // what this reads.)
  let n = 0;
  while (n < 8 && tokens[k - 1]?.text === "," && k - 2 >= floor && listedModifier(tokens[k - 2])) { k -= 2; n++; }
  // (At least two commas' worth of members: "Osk, and Danish officials" is two phrases.)
  if (n === 0) return a;
  const before = tokens[k - 1];
  if (before && k - 1 >= floor && before.kind === "word" && /^(?:the|a|an)$/.test(before.lower)) return k - 1;
  // (A word that could carry the first member on its left, a name or a noun, makes the list ambiguous: "shelled Osk,
  // Danish and Swedish officials said" keeps the nearer phrase.)
  if (before && k - 1 >= floor && before.kind === "word" && !PREPOSITIONS.has(before.lower) && !LEADING_NOISE.has(before.lower)) return a;
  return k;
}

/**
 * Forward reading of the same list ("according to Danish, regional, and harbor officials"): when token `from` is a
 * listed modifier followed by commas and further listed modifiers up to "and"/"or", returns the index right after the
 * conjunction (where the last member and the head follow), else -1. Reads at most eight members.
 */
export function modifierListAfter(tokens: Token[], from: number, se: number): number {
  let k = from;
  let commas = 0;
  for (let n = 0; n < 8 && k < se && listedModifier(tokens[k]); n++) {
    const t = tokens[k + 1];
    if (!t) return -1;
    if (t.text === ",") {
      commas++;
      const u = tokens[k + 2];
      if (u && (u.lower === "and" || u.lower === "or")) return commas > 0 && k + 3 < se ? k + 3 : -1;
      k += 2;
      continue;
    }
    if (t.lower === "and" || t.lower === "or") return commas > 0 && k + 2 < se ? k + 2 : -1;
    return -1;
  }
  return -1;
}
