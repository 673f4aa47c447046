/**
 * Finding attributions in one paragraph: every reporting cue yields at most
 * one frame (speaker, cue, content, outlet/addressee), read from the cue's
 * surroundings. The frames cover the forms in gold/GUIDELINES.md:
 *
 *   preposed    "X said (that) C" / "X told Reuters C" / "X said: “C”"
 *   postposed   "C, X said." / "“C,” he said." / "“C,” the statement read."
 *   inverted    "“C,” said a commander of Kataib Hezbollah."
 *   participle  "..., adding that C" / "by announcing that C" (speaker of the main clause)
 *   according   "according to X, C" / "C, according to X"
 *   passive     "it was reported that C" (no speaker)
 *   floating    a quotation with no cue of its own, after a claim (same speaker)
 *
 * All work is on token indices of the paragraph; scans are bounded, so a
 * paragraph costs time linear in its tokens.
 */
import type { CueType } from "./claim.js";
import { AS_OBJECT_LEMMAS, CUE_FORMS, PHRASES_BY_FIRST, TRIGGERS, TRIGGER_FILTER, TRIGGER_NOMINAL, TRIGGER_PHRASE, TRIGGER_VERB, type CueForm } from "./lexicon/index.js";
import { DISCLOSURE_PAST, DISCLOSURE_VERBS, EPISTEMIC_OBJECTS, EVENT_INFERENCE_LEMMAS, EVENT_NOUNS, EVENT_NOUN_SUFFIXES, NOT_EVENT_NOUNS, WRITER_PARTICIPLES, EVIDENCE_NOUNS, INFERENCE_LEMMAS, READ_HEADS, SOURCE_PARTICIPLES, NOMINAL_CUES, NON_REPORTING_NEXT, DENY_RECIPIENTS, WITHHELD_NOUNS, VERIFY_VERBS, ISSUING_VERBS, NOUN_FIRST_LEMMAS, NOUN_PRONE_LEMMAS, NOUN_LIKE_FORMS, POLL_MODIFIERS, POLL_NOUNS, POLL_QUANTIFIERS, VIEWPOINT_NOUNS, WEAK_LEMMAS, COPULAR_CUES, HYPOTHETICAL_MODIFIERS, WRITER_RELATIVE_ADVERBS, WRITER_RELATIVE_MODALS, WRITER_RELATIVE_VERBS, RELATING_PARTICIPLES, ECHOED_JUDGEMENT_LEMMAS, EVENT_WRITER_PARTICIPLES, HEDGE_ADVERBS, HEDGE_MODALS, GLOSS_NOUNS, VERIFIED_EVIDENCE_MODIFIERS, MENTAL_STATE_LEMMAS, GUESS_ADVERBS, WRITER_ABSTRACTIONS, VIEWPOINT_LEMMAS, EXPECTATION_PASSIVES, HEARSAY_PASSIVES, WISH_LEMMAS, FINDING_CLAUSE_LEMMAS, MESSAGE_NOUNS, PHYSICAL_SENSE_SUBJECTS, HEARSAY_ADVERBS, RELAYED_NOUNS, CUE_IDIOMS, DEPICTION_HEDGES, ANAPHORIC_DETERMINERS, WRITER_INFERENCE_LEMMAS, VISUAL_EVIDENCE_NOUNS, CLAIM_ADJECTIVES, COLLECTIVE_EVIDENCE_NOUNS, CHARGE_PREPOSITIONS } from "./lexicon/cues.js";
import {
  ING_NOUNS, OPENING_CONNECTIVES, PARTICIPLE_AUXILIARIES, PERCEPTION_LEMMAS, FRONTED_PREPOSITIONS, VERB_PARTICLES, ADJUNCT_HEADS, ADVERB_PREPOSITIONS, CLAUSE_BREAKERS, NON_NOMINAL, COORDINATED_AUX, EDITORIAL_LABELS, CLAUSE_STARTERS, CUE_MODIFIERS, DETERMINERS, MEDIA_WORDS, NEGATORS, PLURAL_MODIFIERS, PREPOSITIONS, PRONOUN_WORDS, SOURCE_NOUNS, SUBORDINATORS, TIME_WORDS, TIME_PHRASE_MODIFIERS, TIME_SUBORDINATORS, SOCIAL_NETWORKS, LONE_ADVERB_CONTENTS, REFLEXIVE_PRONOUNS,
  FINITE_MARKERS, IRREGULAR_PLURALS, SPEECH_VENUES, VENUE_PREPOSITIONS, DAY_WORDS, DATED_NOUNS, DAY_PARTS, SUBJECT_PRONOUNS, DISCOURSE_CONNECTIVES, OBJECT_PRONOUNS, COORDINATORS, AS_NON_PREDICATIVE, LISTENER_NOUNS, PROGRAMME_NOUNS, RELATIONAL_HEADS, NOT_DESCRIPTIONS, PARTICIPLE_ADVERBS, NON_PROPOSITION_OBJECTS,
  HUMAN_HEADS, PEOPLE_NOUNS, PERSON_TITLES, ORGANIZATION_WORDS, GOVERNMENT_WORDS, QUANTIFIER_SPEAKERS, SURVEY_PARTICIPLES, RAISING_BEFORE_TO, OCCASION_PREPOSITIONS, EMPTY_CONTENT_WORDS, TITLE_FUNCTION_WORDS, ASPECTUAL_BEFORE_ING,
  MODALS, LY_NOUNS, PLACE_LIKE_TITLES, FREQUENCY_ADJECTIVES, DATE_NAMES, MOMENT_NOUNS, COLON_IRREGULAR_PASTS, POSSESSIVE_DETERMINERS, SOURCE_POSSESSIVES, AS_NO_COMPLEMENT, isPluralNounForm,
  COPULA_ADVERBS, YEAR, PREVENTING_FORMS, POLL_SHARES, NATIONALITY_ENDING, GAP_VERBS, ARTICLES_FOR_UNSOURCED, NOMINAL_ADJUNCTS, IRREGULAR_PASTS, VERB_OBJECT_OPENERS, LABEL_PRONOUNS, LABEL_DETERMINERS, NOT_LABEL_WORDS, LABEL_ADJECTIVE, LABEL_QUANTITY, COMPLEMENT_BREAKERS,
} from "./lexicon/words.js";
import { COUNTRIES, DIVISION_NOUNS, US_STATES } from "./lexicon/places.js";
import { ADJECTIVE_SHAPE, modifierListAfter, phraseEndingAt, phraseStartingAt, isCommonNounHead, isSourceHead, nominal, participleTitle, pluralPossessor, POSTMODIFIER_HEADS, VERBISH, type Range } from "./phrase.js";
import type { Quote } from "./quotes.js";
import type { Token } from "./tokens.js";

export type Pattern = "preposed" | "postposed" | "inverted" | "participle" | "according" | "passive" | "floating" | "colon" | "nominal";

/** A frame found in a paragraph; token indices are the paragraph's, UTF-16 ranges the file's. */
export interface Frame {
  pattern: Pattern;
  sentence: number;
  /** Token range of the cue words. */
  cue: Range;
  lemma: string;
  cueType: CueType;
  weight: number;
  speaker: Range | null;
  /** For participles and floating quotes: the frame whose speaker this one shares. */
  speakerFrom: Frame | null;
  /** UTF-16 range of the content. */
  content: { start: number; end: number };
  outlet: Range | null;
  addressee: Range | null;
  /** The content is the next paragraph ("He said:" closing its paragraph). */
  awaitsNext: boolean;
  /** For a quotation interrupted by its own frame (“Q1,” he said, “Q2.”): the UTF-16 range of the interruption inside `content`. */
  gap: { start: number; end: number } | null;
  /** Token index where this frame's own material starts when it closes or follows another claim (", adding", ", X said"); content of earlier frames in the sentence ends there. */
  boundary: number;
  /** The writer's own inference ("..., which suggests that C"): it ends earlier contents at its boundary but is no claim. */
  writers: boolean;
}

export interface ParagraphView {
  text: string;
  tokens: Token[];
  quotes: Quote[];
  /** Token range [a, b) of each sentence of the paragraph. */
  sentences: Range[];
  /** UTF-16 range of each sentence. */
  sentenceSpans: { start: number; end: number }[];
}

/** A frame as the matchers build it: the optional fields may be left out. */
type FrameInit = Omit<Frame, "awaitsNext" | "gap" | "writers"> & { awaitsNext?: boolean; gap?: { start: number; end: number } | null; writers?: boolean };

/**
 * Every frame in one object shape: the same keys in the same order, `content`
 * a plain {start, end}. Frames flow through a few hot functions (findFrames,
 * cutContents, extractDocument); each new shape they meet throws their
 * optimised code away, and recompiling them cost more CPU than running them
 * (measured: extractDocument compiled 15 times in one pass over the corpus).
 */
function frame(f: FrameInit): Frame {
  return {
    pattern: f.pattern, sentence: f.sentence, cue: f.cue, lemma: f.lemma, cueType: f.cueType, weight: f.weight,
    speaker: f.speaker, speakerFrom: f.speakerFrom, content: { start: f.content.start, end: f.content.end },
    outlet: f.outlet, addressee: f.addressee, awaitsNext: f.awaitsNext ?? false, gap: f.gap ?? null, boundary: f.boundary,
    writers: f.writers ?? false,
  };
}

/**
 * The cue's subject opens a comparison's second term ("more people are out of work than official statistics show",
 * "sales rose faster than analysts expected"): the verb's object is the gap the comparison leaves, so it reports
 * nothing, and what follows it is no content of its.
 */
function comparedSubject(tokens: Token[], f: Frame): boolean {
  const r = f.speaker;
  if (r === null || r.b > f.cue.a || tokens[r.a - 1]?.lower !== "than") return false;
  // ("More than 4 in 10 said C": "more than" is the subject's quantifier; "than Mr. X - 60 percent of voters said C":
  // the comparison ended at the dash, and the subject after it speaks.)
  if (/^(?:more|less|fewer|rather|other)$/.test(tokens[r.a - 2]?.lower ?? "")) return false;
  for (let k = r.a; k < r.b; k++) if (tokens[k]!.kind === "punct") return false;
  return true;
}

/** Determiners that make the following cue form a noun ("the report", "a claim", "its statement"). */
const NOUN_DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every", "each", "no", "any"]);
/**
 * Verbs that are cues only when their content follows as a clause or quotation, not "respond to X".
 * "maintained that ..." reports a claim, "maintained operational silence" / "maintain access" (kept)
 * does not; "threatened that ..." or "threatened to ..." (its infinitive is let through) does,
 * "threaten the city's supply lines" (endanger) does not.
 */
const NEEDS_CLAUSE = new Set(["respond", "reply", "answer", "comment", "post", "read", "list", "publish", "repeat", "highlight", "mention", "continue", "agree", "rule", "maintain", "threaten"]);

/** Verbs that take an object and a to-infinitive as a directive ("warned X to ..."). */
const DIRECTIVE_CAPABLE = new Set(["warn", "remind", "ask", "advise", "caution", "call", "urge", "encourage"]);

/** Verbs that, with a to-infinitive, report an intention rather than a claim ("vowed to fight"). */
const INTENTION = new Set(["pledge", "promise", "vow", "threaten", "agree", "propose", "demand", "ask", "call", "continue", "recommend", "expect", "hope", "fear", "claim"]);

const MARKERS_OR_END = (t: Token | undefined) => !t || t.kind === "marker" || (t.kind === "punct" && /^[.!?;…]$/.test(t.text));

/**
 * Whether a frame lends its speaker to the participles and quotations around it. Stances ("endorsed X",
 * "vowed to ...") and "as" opinions ("sees X as Y") sit inside other claims and beside them; the quotations
 * after them ("Roe, who backs Trump, asked for anonymity. “…”") and the participles in their sentence take
 * their speaker from the claims and subjects as before, and a quotation holding one still floats. Nor do passives
 * ("“C,” Roe wrote in the email, which was first reported by the AP. “C2”": C2 is still Roe's; "Asked by a reporter
 * whether C, Roe said": the sentence's subject answers): their agent is no subject the next words continue.
 */
export function lendsSpeaker(f: { cueType: CueType; lemma: string; pattern?: Pattern }): boolean {
  // (A noun cue's possessor is no subject of the clause: "walked back his statements that C by stating C2" has the
  // clause's subject state C2.)
  // (Nor a wish: "Roe hopes C. “…”" leaves the quotation to its own tag.)
  return f.cueType !== "stance" && !AS_OBJECT_LEMMAS.has(f.lemma) && f.pattern !== "passive" && f.pattern !== "nominal" && !VIEWPOINT_LEMMAS.has(f.lemma) && !WISH_LEMMAS.has(f.lemma);
}

/** How many frames back `coordinatedSpeaker` looks for the report that holds the last one. */
const COORDINATED_SPEAKER_SPAN = 3;

/**
 * The speaker of a cue coordinated after "and"/"but" with no subject of its own, from the `lenders` before it in its
 * sentence: the last one's, unless that frame is nested in the content of an earlier one whose cue has the same
 * form as this cue ("Roe acknowledged some people believed he was too close, but said C": "said" pairs with
 * "acknowledged", and Roe says C; "X reported that officials are telling Y and believe C": "believe" pairs with
 * "are telling", and the officials believe). Not an "as" comment clause, whose subject is no main clause's ("As
 * ISW reported, Roe stated C and announced D"). Returns null when there is no lender.
 */
function coordinatedSpeaker(tokens: Token[], lenders: Frame[], form: CueForm): Range | null {
  const last = lenders[lenders.length - 1];
  if (!last?.speaker) return null;
  const at = tokens[last.speaker.a]!.start;
  for (let h = lenders.length - 2; h >= 0 && lenders.length - 1 - h <= COORDINATED_SPEAKER_SPAN; h--) {
    const o = lenders[h]!;
    if (!o.speaker || o.sentence !== last.sentence || o.cue.a < 0 || !(o.speaker.a < o.cue.a && o.cue.b <= last.speaker.a)) continue;
    if (!(o.content.start <= at && at < o.content.end)) continue;
    if (SUBORDINATORS.has(tokens[o.speaker.a - 1]?.lower ?? "") || !complementSpan(tokens, o.cue.b, last.speaker.a)) return last.speaker;
    const outer = CUE_FORMS.get(tokens[o.cue.a]!.lower);
    return outer?.some((g) => g.role === form.role) ? o.speaker : last.speaker;
  }
  return last.speaker;
}

/**
 * The tokens from `from` up to `to` (at most COMPLEMENT_SPAN of them) run inside one complement clause: no comma,
 * semicolon or coordinator, which would open a clause of its own ("accused X, but Y denied it and stated C", "claimed
 * C but his lawyer told Z and added D"), and no "how"/"what" that opens an embedded question ("documented how the
 * Kremlin demanded X and declared Y").
 */
function complementSpan(tokens: Token[], from: number, to: number): boolean {
  if (to - from > COMPLEMENT_SPAN) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || /^(?:and|but|or|while|whereas|how|what|why|whether)$/.test(t.lower)) return false;
  }
  return true;
}

/** How far a report's cue may stand from the subject of the clause it holds, for `complementSpan`. */
const COMPLEMENT_SPAN = 40;

/** Two frames' cue words share a form ("announced ... and vowed", "calling ... and threatening"). */
function sameCueForm(tokens: Token[], a: Frame, b: Frame): boolean {
  if (a.cue.a < 0 || b.cue.a < 0) return false;
  const fa = CUE_FORMS.get(tokens[a.cue.a]!.lower), fb = CUE_FORMS.get(tokens[b.cue.a]!.lower);
  return !!fa && !!fb && fa.some((x) => fb.some((y) => x.role === y.role));
}

/** A word that opens a prepositional phrase: PREPOSITIONS, and "of" and "for", which that list leaves out for names ("Bank of X"). */
function isPrepositionWord(t: Token): boolean {
  return t.kind === "word" && (PREPOSITIONS.has(t.lower) || t.lower === "of" || t.lower === "for");
}

/** All frames of a paragraph, in cue order. */
export function findFrames(p: ParagraphView): Frame[] {
  const frames: Frame[] = [];
  for (let s = 0; s < p.sentences.length; s++) {
    const { a: ss, b: se } = p.sentences[s]!;
    const here: Frame[] = [];
    for (let i = ss; i < se; i++) {
      const t = p.tokens[i]!;
      if (t.kind !== "word") continue;
      if (HEARSAY_ADVERBS.has(t.lower)) {
        const f = hearsayFrame(p, s, i, here);
        if (f) here.push(f);
        continue;
      }
      if (t.lower === "of" && i > ss) {
        const n = evidenceBeforeOf(p.tokens, i, ss);
        const f = n >= 0 ? footageOfFrame(p, s, i, here, n) : null;
        if (f) { here.push(f); continue; }
      }
      if (!TRIGGER_FILTER.mayHave(t.lower)) continue;
      const bits = TRIGGERS.get(t.lower);
      if (bits === undefined) continue;
      if (bits & TRIGGER_PHRASE) {
        const f = phraseFrame(p, s, i, here);
        if (f) { here.push(f); i = f.cue.b - 1; continue; }
      }
      if (bits & TRIGGER_NOMINAL) {
        const f = nominalFrame(p, s, i);
        if (f) { here.push(f); i = f.cue.b - 1; continue; }
      }
      const forms = bits & TRIGGER_VERB ? CUE_FORMS.get(t.lower) : undefined;
      if (forms) {
        const f = verbFrame(p, s, i, forms, here);
        if (f && comparedSubject(p.tokens, f)) { i = f.cue.b - 1; continue; }
        if (f) { here.push(f); i = f.cue.b - 1; }
        // (A form that is only the head of a phrase cue, "made" of "made the case", coordinates nothing alone.)
        else if (forms.some((x) => !x.particle || particleLength(p.tokens, i, x.particle) > 0)) {
          const cut = coordinatedCue(p, i, forms, here);
          if (cut) here.push(cut);
        }
      }
    }
    // (A transcript's capitalised label "PENCE:" speaks the whole paragraph even when its first sentence has frames of
    // its own, "PENCE: Well, Clinton apparently thinks ...": those are nested in it and stay; so do those inside a
    // name label's quotation, "Roe: “We found that C.”".)
    const credit = dashFrame(p, s) ?? (here.length === 0 ? speakerLabelFrame(p, s) ?? colonQuoteFrame(p, s) : capitalLabelFrame(p, s) ?? nameLabelFrame(p, s));
    if (credit) here.push(credit);
    // A stance sits inside other contents as often as after them ("said that, in 1972, he supported X", "said
    // groups backing Cruz had spent more", "said she supports A but supports B" keep their whole content); it
    // ends an earlier content only as a new coordinated clause ("..., and the mayor vowed to ...", "...; she backs X")
    // or as a verb phrase in the form of the earlier cue ("announced C and vowed to ...", but not "said the group
    // is neutral and supports both sides").
    // (Before any content is cut at them: "said that Ukrainian forces defending the city are ..." keeps its content.)
    for (let h = here.length - 1; h >= 0; h--) if (physicalSense(p.tokens, here[h]!)) here.splice(h, 1);
    for (let h = 0; h < here.length; h++) if (corroboration(p, here[h]!) || citesSourceOfReport(p, h, here)) here[h]!.writers = true;
    for (let h = 0; h < here.length; h++) {
      const f = here[h]!;
      // (A corroborating participle set off after a clause ends the content before it, as ", indicating" does.)
      if (f.cueType !== "stance" || f.boundary < 0 || (f.writers && f.pattern === "participle")) continue;
      const b = p.tokens[f.boundary]!;
      const conj = /^(?:and|but|then)$/.test(b.lower);
      const clause = b.text === ";" || (conj && p.tokens[f.boundary - 1]?.text === ",");
      const verbPhrase = conj && f.cue.a === f.boundary + 1 && h > 0 && sameCueForm(p.tokens, here[h - 1]!, f);
      if (!clause && !verbPhrase) f.boundary = -1;
    }
    for (const f of here) {
      if (!embeddedParticiple(p.tokens, f)) continue;
      // (", with one milblogger claiming that C": an absolute clause after "with" is the participle's own, as after
      // "with 40 percent saying C"; the earlier content ends before "with".)
      if (p.tokens[f.boundary - 1]!.lower === "with") f.boundary--;
      else f.boundary = -1;
    }
    cutContents(p, here);
    asCommentContents(p, here);
    cutWritersRelative(p, here);
    for (const f of here) if (f.speaker) f.speaker = subjectAfterThat(p.tokens, f.speaker);
    // ("This bill suggests that the Kremlin continues to view X as Y": a stance or belief verb inside the writer's inference is the
    // writer's guess at what its subject thinks, as the inference is.)
    for (const f of here) if ((f.cueType === "stance" || f.cueType === "belief") && f.pattern !== "nominal" && f.pattern !== "according" && here.some((g) => g.writers && g.content.start <= p.tokens[f.cue.a]!.start && p.tokens[f.cue.a]!.start < g.content.end)) f.writers = true;
    // The writer's inferences have cut the contents before them; they report no claim.
    for (const f of here) if (!f.writers) frames.push(f);
  }
  frames.push(...floatingFrames(p, frames));
  // (Only a short content is read as a word: slicing every long content would cost its length per frame.)
  return frames.filter((f) => f.awaitsNext || (f.content.end > f.content.start && !(f.content.end - f.content.start <= 8 && EMPTY_CONTENT_WORDS.has(p.text.slice(f.content.start, f.content.end).toLowerCase()))));
}

/**
 * "The staff stated that Russian troops intend to encircle X, as ISW has previously assessed": the comment clause
 * bears on the proposition of the report before it, not on the fact that the staff stated it; its content is that
 * report's content (cut at the clause's comma by cutContents), the outermost such report whose content runs to the
 * comma, for a judgement (ECHOED_JUDGEMENT_LEMMAS; "as ISW reported" may report the statement itself). "Russian
 * forces took X, as ISW assessed" keeps the whole clause. Looks back over at most a few frames.
 */
function asCommentContents(p: ParagraphView, here: Frame[]): void {
  const tokens = p.tokens;
  for (let h = 1; h < here.length; h++) {
    const a = here[h]!;
    if (a.pattern !== "postposed" || a.boundary < 0 || !a.speaker || tokens[a.speaker.a - 1]?.lower !== "as") continue;
    const comma = tokens[a.boundary]!;
    if (comma.text !== ",") continue;
    let inner: Frame | null = null;
    for (let g = h - 1; g >= 0 && h - g <= 6; g--) {
      const f = here[g]!;
      // ("a measure that milbloggers have criticized, as ISW reported": a gap's frame that took the comment clause
      // itself as its content reports nothing.)
      if (f.content.start >= comma.end && f.content.end <= tokens[a.cue.b - 1]!.end) { f.content = { start: f.content.start, end: f.content.start }; continue; }
      const cueStart = tokens[f.cue.a]!.start;
      if (cueStart < a.content.start) break;
      // (A report of a clause whose content follows its cue and now ends right at the comma: "stated that C, as
      // ...", not "expressed support for X" nor "called for X", whose act the comment clause is about.)
      const tail = f.content.end <= comma.start ? p.text.slice(f.content.end, comma.start) : "x";
      if (f.content.start >= tokens[f.cue.b - 1]!.end && f.content.end > f.content.start && /^[\s\p{P}]*$/u.test(tail) && !f.writers && thatBefore(p, f.content.start)) inner = f;
    }
    if (inner && ECHOED_JUDGEMENT_LEMMAS.has(a.lemma)) a.content = { start: inner.content.start, end: inner.content.end };
  }
}

/**
 * Whether the last dash of a sentence, at `k`, opens the writer's gloss: a note on a word ("—a term used by X for
 * Y") or a relating participle ("—likely referring to D"), which ends any content it falls in.
 */
function dashGloss(tokens: Token[], k: number): boolean {
  const n = tokens[k + 1]!;
  if (/^(?:a|an)$/.test(n.lower) && GLOSS_NOUNS.has(tokens[k + 2]?.lower ?? "")) return true;
  const r = WRITER_RELATIVE_ADVERBS.has(n.lower) || HEDGE_ADVERBS.has(n.lower) ? k + 2 : k + 1;
  return RELATING_PARTICIPLES.has(tokens[r]?.lower ?? "") && (tokens[r]!.lower !== "referring" || tokens[r + 1]?.lower === "to");
}

/**
 * "Iranian media reported that investors are shifting assets, which indicates a widespread belief that C", "...,
 * which may indicate C": a relative clause of inference or hedged speculation that closes an unquoted content is the
 * writer's comment on the report; the content ends before it. (Inside a quotation it is the speaker's words.) So does a
 * relating participle (RELATING_PARTICIPLES: ", contradicting D", ", likely referring to D") and a disclaimer
 * (", but ISW cannot independently verify D").
 */
function cutWritersRelative(p: ParagraphView, here: Frame[]): void {
  if (here.length === 0) return;
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[here[0]!.sentence]!;
  // One pass over the sentence collects the commas that open such a relative (linear); each frame then takes the
  // first one inside its content by binary search.
  const cuts: number[] = [];
  // (A dash with no second dash after it in the sentence opens a gloss that runs to its end.)
  // (Not a hyphen, nor a dash inside parentheses: "(“Okremi pidrozdily” - a term meaning units)" glosses a word in
  // the brackets, and a cut there would leave them open.)
  let lastDash = -1, open = 0;
  for (let k = ss; k < se; k++) {
    const t = tokens[k]!;
    if (t.text === "(") open++;
    else if (t.text === ")") open = Math.max(0, open - 1);
    else if (isDash(t)) lastDash = open === 0 && t.text !== "-" ? k : -1;
  }
  for (let k = ss; k + 2 < se; k++) {
    const t = tokens[k]!;
    if (k === lastDash && t.depth === 0 && dashGloss(tokens, k)) { cuts.push(t.start); continue; }
    if (t.text !== "," || t.depth !== 0) continue;
    // (", but ISW cannot independently verify these claims": the writer's disclaimer, whatever frame's content it closes.)
    if (/^(?:but|though|although)$/.test(tokens[k + 1]!.lower) && verificationDisclaimer(tokens, k + 2, se)) { cuts.push(t.start); continue; }
    // (", which ISW cannot confirm": the same disclaimer as a relative clause on the claim.)
    if (tokens[k + 1]!.lower === "which" && verificationDisclaimer(tokens, k + 2, se)) { cuts.push(t.start); continue; }
    // (", and geolocated footage showed D": the writer's corroboration of the report, whatever frame's content it closes.)
    if (tokens[k + 1]!.lower === "and" && VERIFIED_EVIDENCE_MODIFIERS.has(tokens[k + 2]!.lower) && EVIDENCE_NOUNS.has(tokens[k + 3]?.lower ?? "")) { cuts.push(t.start); continue; }
    // (", contradicting D", ", likely referring to D": a relating participle, after at most one adverb.)
    const r = WRITER_RELATIVE_ADVERBS.has(tokens[k + 1]!.lower) || HEDGE_ADVERBS.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
    if (RELATING_PARTICIPLES.has(tokens[r]!.lower) && (tokens[r]!.lower !== "referring" || tokens[r + 1]?.lower === "to")) {
      // ("unspecified actors, likely referring to partisans, attempted C", "are fortifying the coast, likely referring
      // to X, and are preparing Y": a participle set off by a second comma after which the clause goes on in lower
      // case is parenthetical, and stays.)
      let c = r + 1;
      while (c < se && !(tokens[c]!.text === "," && tokens[c]!.depth === 0)) c++;
      const after = tokens[c + 1];
      if (!(c < se && after?.kind === "word" && !after.cap)) cuts.push(t.start);
      k = c - 1;
      continue;
    }
    if (tokens[k + 1]!.lower !== "which") continue;
    let v = k + 2;
    while (v < se && v - k < 5 && WRITER_RELATIVE_ADVERBS.has(tokens[v]!.lower)) v++;
    const w = tokens[v]?.lower ?? "";
    if (!WRITER_RELATIVE_VERBS.has(w) && !WRITER_RELATIVE_MODALS.has(w)) continue;
    // ("men who were mobilized into the regiment, which may have been in Kherson, have not been heard from": a
    // relative set off inside the subject, after which the clause goes on with its verb, is part of the content.)
    let c = v + 1;
    while (c < se && !(tokens[c]!.text === "," && tokens[c]!.depth === 0)) c++;
    const after = tokens[c + 1];
    if (c < se && after?.kind === "word" && !after.cap && (FINITE_MARKERS.has(after.lower) || VERBISH.has(after.lower))) { k = c - 1; continue; }
    cuts.push(t.start);
    k = c - 1;
  }
  if (cuts.length === 0) return;
  for (const f of here) {
    let lo = 0, hi = cuts.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (cuts[m]! < f.content.start) lo = m + 1; else hi = m; }
    // (Not in the tag that interrupts a quotation: “Q1,” Roe said, referring to X, “Q2.”)
    if (lo < cuts.length && cuts[lo]! > f.content.start && cuts[lo]! < f.content.end && !(f.gap && f.gap.start <= cuts[lo]! && cuts[lo]! < f.gap.end)) f.content = trimContent(p, f.content.start, cuts[lo]!);
  }
}

/**
 * "Anti-regime media, citing informed sources, reported that C", "Citing local outlets, the AP reports that C",
 * "X reported C, citing satellite imagery": a "citing" whose object is only the source (a person, outlet, document
 * or imagery) of the same speaker's report in the sentence names where the report came from; it states no
 * proposition of its own ("McCain blamed Obama, citing low growth" gives a reason and stays a claim). Such a frame
 * still ends the content of a report before it.
 */
function citesSourceOfReport(p: ParagraphView, at: number, here: Frame[]): boolean {
  const f = here[at]!;
  // (Only the participle: a finite "cited Lenin's statement that C" reports what it cites.)
  if (f.lemma !== "cite" || f.cue.a < 0 || p.tokens[f.cue.a]!.lower !== "citing") return false;
  const tokens = p.tokens;
  const se = p.sentences[f.sentence]!.b;
  // The object's head: its last word before a preposition, clause word or punctuation ("six senior officials, including ...").
  let k = f.cue.b;
  while (k < se && k - f.cue.b < 8 && tokens[k]!.kind === "word" && !PREPOSITIONS.has(tokens[k]!.lower) && !/^(?:including|who|which|that|and|or)$/.test(tokens[k]!.lower)) k++;
  if (k === f.cue.b || tokens[k]?.lower === "that") return false;
  const h = tokens[k - 1]!;
  if (!(h.cap || isSourceHead(h) || personHead(h) || EVIDENCE_NOUNS.has(h.lower))) return false;
  const overlaps = (a: Range | null, b: Range | null): boolean => !!a && !!b && a.a < b.b && b.a < a.b;
  // (Only the frames next to it: a report the citing belongs to stands beside it; a bounded look keeps this linear.)
  return here.slice(Math.max(0, at - 2), at + 3).some((g) => g !== f && g.lemma !== "cite" && g.cueType !== "stance" && g.content.end > g.content.start &&
    (f.speakerFrom === g || overlaps(f.speaker, g.speaker) || (!!f.speakerFrom && overlaps(f.speakerFrom.speaker, g.speaker))));
}

/**
 * A speaker phrase that runs over "that" ("a March 9 report that the government", "a video that it", "A
 * milblogger that has criticized the army") holds a clause: the speaker is the subject after a complementizer
 * or object relative "that" when a noun phrase fills the rest ("the government", "it"), and the phrase before a
 * subject relative "that" when a verb follows it ("A milblogger"). Otherwise the phrase is left as it is.
 */
function subjectAfterThat(tokens: Token[], r: Range): Range {
  for (let k = r.b - 2; k > r.a; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.lower !== "that" || t.depth !== tokens[r.a]!.depth) continue;
    const next = tokens[k + 1]!;
    const np = phraseStartingAt(tokens, k + 1, r.b);
    if (np && np.b === r.b && np.a === k + 1) return np;
    if (next.kind === "word" && !next.cap && (finiteVerbAt(tokens, k + 1) || CUE_MODIFIERS.has(next.lower) || /ly$/.test(next.lower))) return { a: r.a, b: k };
    return r;
  }
  return r;
}

/**
 * A content that states nothing: no word at all (")", "]"), a bare link, "That's" (of "That's according to X"), a lone
 * unquoted sentence adverb ("According to MSNBC, basically."), or a short unquoted adjunct left of or
 * after the cue ("Trump said on Twitter.", "Smith said last week.", "Rather, he said, ..."), or a longer phrase of place,
 * time or occasion with no verb in it (occasionPhrase: "Clinton testified before the panel last fall."). Such a frame
 * makes no claim but still lends its speaker to the quotations that follow it (extract.ts).
 */
export function adjunctOnly(text: string, c: { start: number; end: number }): boolean {
  if (occasionPhrase(text, c)) return true;
  if (c.end - c.start > 60) return false;
  const s = text.slice(c.start, c.end);
  // A bare link ("reports http://..."), or the subject of "That's according to X" with nothing after it.
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(s) || /^(?:that|this|it)(?:['’]s|\s+(?:is|was))$/i.test(s)) return true;
  if (!/[\p{L}\p{N}]/u.test(s)) return true;
  if (LONE_ADVERB_CONTENTS.has(s.toLowerCase()) && !/["“”‘’']/.test(text[c.start - 1] ?? "")) return true;
  return frontedAdjunct(text, c);
}

/**
 * A content that is the publication's furniture, not anyone's statement: a transcript's stage direction, all in
 * capitals inside parentheses or brackets ("(CROSSTALK)", "[APPLAUSE]", "(LAUGHTER.)"), or a byline's sign-off
 * ("Follow Jo Roe on Twitter @joroe"), which a transcript quoted paragraph by paragraph hands to its last speaker.
 */
export function boilerplateContent(text: string, c: { start: number; end: number }): boolean {
  if (c.end - c.start > 200) return false;
  const s = text.slice(c.start, c.end).trim();
  if (/^[(\[][^()\[\]]*[)\]]\.?$/.test(s) && /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s)) return true;
  const w = s.match(/@?[\p{L}\p{N}_]+/gu);
  return !!w && w[0] === "Follow" && w.length <= 12 && w.some((x, k) => x.startsWith("@") || (k > 1 && w[k - 1] === "on" && SOCIAL_NETWORKS.has(x.toLowerCase())));
}

/**
 * "Clinton testified before the panel last fall.", "In her New Year speech, Merkel warned": an unquoted content
 * that is one prepositional phrase of place, time or occasion (or a bare "by" agent), with no dash or quotation,
 * no verb and no clause word, is the setting of the speech act, not what was said, however long it is
 * (frontedAdjunct covers the short ones whatever their first word).
 */
function occasionPhrase(text: string, c: { start: number; end: number }): boolean {
  if (c.end - c.start > 100) return false;
  // (Most contents open with no such preposition: one look at the first word before anything is sliced or matched.)
  const first = /^[A-Za-z]+/.exec(text.slice(c.start, Math.min(c.end, c.start + 12)));
  if (!first || !(OCCASION_PREPOSITIONS.has(first[0].toLowerCase()) || first[0].toLowerCase() === "by")) return false;
  const s = text.slice(c.start, c.end);
  if (/["“”:—–()\[\]]|''|--/.test(s) || /["“”']/.test(text[c.start - 1] ?? "")) return false;
  const w = s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu);
  // ("argued in favor of X" names the cue's object; "In fact, ..." is a connective before a clause.)
  if (!w || w.length < 2 || w.length > 16 || w[1] === "favor" || w[1] === "fact") return false;
  // "polls reported by CNN", "a president informed by experience": a bare agent phrase after the cue makes the cue a
  // passive participle and the frame's "speaker" its patient ("by refusing to ..." is a means, left alone).
  if (!OCCASION_PREPOSITIONS.has(w[0]!) && !(w[0] === "by" && !/ing$/.test(w[1]!))) return false;
  // After a comma the phrase goes on only with an appositive (a short name, an article-led noun phrase) or another
  // prepositional phrase ("in Raleigh, North Carolina", "in the Forward, a Jewish newspaper"); anything else opens a
  // clause ("In the end, union voters almost always end up voting ...").
  for (const part of s.split(/[,;]/).slice(1)) {
    // ("reported from Kabul, and Jo Roe and Al Poe from Herat": a dateline's gapped coordination, names and the same
    // kind of phrase with the verb left out, is more of the setting.)
    if (gappedNames(part, w[0]!)) continue;
    const pw = part.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
    if (pw.length > 3 && !/^(?:a|an|the)$/.test(pw[0]!) && !PREPOSITIONS.has(pw[0]!)) return false;
    // An article-led part goes on as a clause when an irregular past follows a noun in it ("After the storm, the
    // company lost money"), not after a determiner or preposition ("in the Forward, the left wing").
    if (pw.some((x, k) => k > 0 && IRREGULAR_PASTS.has(x) && !DETERMINERS.has(pw[k - 1]!) && !PREPOSITIONS.has(pw[k - 1]!))) return false;
  }
  // A subject pronoun that follows no preposition ("in politics it takes time") opens a clause, "written on it" does
  // not; a word in -ed may be the verb of one ("In all, the committee raised $57 million").
  // ("for people in that spot": after a preposition "that" is a determiner.)
  return w.every((x, k) => k === 0 || !(FINITE_MARKERS.has(x) || VERBISH.has(x) || (CLAUSE_WORDS.has(x) && !(x === "that" && PREPOSITIONS.has(w[k - 1]!)))
    || SUBJECT_PRONOUNS.has(x.replace(/['’].*/, "")) && !PREPOSITIONS.has(w[k - 1]!) || /^\p{Ll}{3,}ed$/u.test(x)));
}

/** " and Jo Roe and Al Poe from Herat": "and", capitalised names (joined by "and"), then the preposition `prep` again. */
function gappedNames(part: string, prep: string): boolean {
  const w = part.match(/[\p{L}\p{N}.'’-]+/gu);
  if (!w || w[0] !== "and" || w.length < 4) return false;
  let k = 1;
  while (k < w.length && (/^\p{Lu}/u.test(w[k]!) || (w[k] === "and" && k > 1))) k++;
  return k > 1 && k < w.length && w[k] === prep && /^\p{Lu}/u.test(w[k - 1]!);
}

/** Words that open a clause inside a content; an occasion phrase has none. */
const CLAUSE_WORDS = new Set(["that", "which", "who", "whom", "whether", "if", "because", "than", "not", "how", "why", "what"]);

/** A short unquoted content that opens with a preposition, a time word or a connective ("In an interview", "Rather"). */
function frontedAdjunct(text: string, c: { start: number; end: number }): boolean {
  if (c.end - c.start > 60) return false;
  const w = text.slice(c.start, c.end).match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu);
  if (!w || w.length > 4 || /["“”‘’']/.test(text[c.start - 1] ?? "")) return false;
  const first = w[0]!.toLowerCase();
  if (first === "to") return w.length > 1 && /^\p{Lu}/u.test(w[1]!);
  return ADJUNCT_HEADS.has(first) && !clauseAfterOpener(text.slice(c.start, c.end));
}

/**
 * "Previously, prices rose", "Recently, it had fallen": after the opener's comma a subject and its finite verb (an
 * auxiliary, an irregular past or a word in "-ed" after the subject's first word) make a clause, which the opener
 * only dates; "In an interview, Friday" and "On Monday, in Dover" have none.
 */
function clauseAfterOpener(s: string): boolean {
  const comma = s.lastIndexOf(",");
  if (comma < 0) return false;
  const w = s.slice(comma + 1).toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
  if (w.length < 2 || PREPOSITIONS.has(w[0]!) || ADJUNCT_HEADS.has(w[0]!)) return false;
  return w.some((x, k) => k > 0 && (FINITE_MARKERS.has(x) || IRREGULAR_PASTS.has(x) || /^\p{Ll}{3,}ed$/u.test(x)));
}

/**
 * "X denounced the tests and pledged to ...", "He says he respects her and
 * calls her ...": a cue verb coordinated with the previous frame's cue (same
 * form) that makes no frame of its own still ends that frame's content.
 * Returns a frame with no content (dropped after the cut) or null.
 */
function coordinatedCue(p: ParagraphView, i: number, forms: CueForm[], here: Frame[]): Frame | null {
  const prev = here[here.length - 1];
  if (!prev || !prev.speaker || prev.cue.a < 0) return null;
  // ("said so and put it in writing": a comment-clause cue is no verb of its own outside its clause.)
  if (forms.every((f) => f.verb.commentOnly)) return null;
  // ("say they will stand up for Mexicans and defend ...": a stance verb is no new act of saying.)
  if (forms.every((f) => f.verb.type === "stance")) return null;
  const tokens = p.tokens;
  const and = tokens[i - 1];
  if (!and || !/^(?:and|but)$/.test(and.lower) || i - 1 <= prev.cue.b) return null;
  const prevForms = CUE_FORMS.get(tokens[prev.cue.a]!.lower);
  if (!prevForms || !forms.some((f) => f.role !== "ing" && prevForms.some((g) => g.role === f.role))) return null;
  const at = tokens[i - 2]?.text === "," ? i - 2 : i - 1;
  const start = tokens[at]!.start;
  if (start <= prev.content.start || start >= prev.content.end) return null;
  if (at === i - 1 && sharedAuxiliaryBefore(tokens, at, prev.content.start)) return null;
  // ("said she could hear X and saw Y beaten", "reported that Russian forces attacked X and continued shelling Y": a
  // verb of perception whose cue sense needs an "as" complement ("saw it as"), or a speech verb whose cue sense needs
  // a clause, made no frame here and is in its other sense, seeing or aspect; the verb phrase is the content's. A
  // belief verb keeps its sense with an object, "say X and fear tax rises", "says C and considers him a racist"; so
  // does a speech verb that takes one, "confirmed C and depicted destroyed vehicles".)
  // (Not when an "as" follows further on, past the reach of the verb's own frame: "alleged C and presented old
  // equipment of lower quality as a way to ...".)
  // (Only after a content that is a clause with its own subject: "announced X as the date and continued setting
  // conditions" coordinates the speaker's own verbs.)
  // (So is a wish after a clause content: "suggests the army intends to X and hopes to Y" goes on with that clause's
  // subject as often as with the speaker's.)
  const otherSense = forms.every((f) => PERCEPTION_LEMMAS.has(f.verb.lemma)) ? !asAhead(tokens, i + 1) : forms.every((f) => (f.verb.clauseOnly && f.verb.type === "speech") || WISH_LEMMAS.has(f.verb.lemma));
  if (otherSense && finiteClauseAt(tokens, contentToken(tokens, prev, at), at)) return null;
  // ("concluded that the lack of X and continued losses are complicating ...": an "-ed" word before a bare plural
  // noun modifies it, inside a clause content that has no verb yet; "and called for" is a verb.)
  const next = tokens[i + 1];
  if (!prevForms.some((g) => g.verb.np) && /ed$/.test(tokens[i]!.lower) && next?.kind === "word" && !next.cap && /^\p{Ll}{3,}s$/u.test(next.lower) && !/ss$/.test(next.lower) && isCommonNounHead(next) && !PREPOSITIONS.has(next.lower)) {
    if (!finiteClauseAt(tokens, contentToken(tokens, prev, at), at)) return null;
  }
  return frame({
    pattern: "participle", sentence: prev.sentence, cue: { a: i, b: i + 1 }, lemma: prev.lemma, cueType: prev.cueType, weight: 0,
    speaker: null, speakerFrom: null, content: { start, end: start }, outlet: null, addressee: null, boundary: at,
  });
}

/** The first token of frame `f`'s content, found from its cue up to `to`. */
function contentToken(tokens: Token[], f: Frame, to: number): number {
  let k = f.cue.b;
  while (k < to && tokens[k]!.start < f.content.start) k++;
  return k;
}

/** How far past a coordinated verb `asAhead` looks for the "as" of its complement. */
const AS_COMPLEMENT_SPAN = 30;

/** An "as" within AS_COMPLEMENT_SPAN tokens from `k`, in the same sentence. */
function asAhead(tokens: Token[], k: number): boolean {
  const s = tokens[k]?.sentence;
  for (let j = k; j < tokens.length && j - k < AS_COMPLEMENT_SPAN && tokens[j]!.sentence === s; j++) if (tokens[j]!.lower === "as") return true;
  return false;
}

/**
 * "said that police had set up and maintained checkpoints", "said they had been beaten and threatened": the words
 * before the "and" at `and` are a participle (with its particle) right after a perfect auxiliary ("been" included) and
 * no object, so the verb after the "and" shares that auxiliary (and the object after it) inside the content; it is no
 * second act of the speaker's. Reads at most three tokens back, none before `from` (the content's start).
 */
function sharedAuxiliaryBefore(tokens: Token[], and: number, from: number): boolean {
  const last = tokens[and - 1];
  if (!last || last.kind !== "word" || last.cap) return false;
  if (!(VERB_PARTICLES.has(last.lower) || IRREGULAR_PASTS.has(last.lower) || /^\p{Ll}{3,}(?:ed|en)$/u.test(last.lower))) return false;
  for (let j = and - 2; j >= and - 3 && j >= 0 && tokens[j]!.start >= from; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word" || t.cap || DETERMINERS.has(t.lower) || PRONOUN_WORDS.has(t.lower)) return false;
    if (PARTICIPLE_AUXILIARIES.has(t.lower)) return j < and - 1;
  }
  return false;
}

// ---------------------------------------------------------------------------
// verb cues

/**
 * An active "quoted" (or "quotes", "quoting") a few words left of `as` with a noun phrase between them
 * ("quoted a local official as"), and no sentence break or cue between: the frame of "quote" owns the "as" complement.
 */
function quotedObjectBefore(tokens: Token[], as: number, ss: number): boolean {
  for (let j = as - 2; j >= ss && as - j <= 12; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word") { if (t.text === "," || t.text === "-" || t.text === "'" || t.text === "’") continue; return false; }
    const forms = CUE_FORMS.get(t.lower);
    if (!forms) continue;
    if (!forms.some((f) => f.verb.lemma === "quote" && f.role !== "base")) return false;
    return !/^(?:is|are|was|were|be|been|being)$/.test(tokens[j - 1]?.lower ?? "");
  }
  return false;
}

/** "that" at `k`, or after a short to-phrase naming an addressee ("to 23 group leaders that"). */
function thatClauseAfter(tokens: Token[], k: number, se: number): boolean {
  if (tokens[k]?.lower === "that") return true;
  if (tokens[k]?.lower !== "to") return false;
  for (let j = k + 1; j < se && j - k <= 8; j++) {
    const t = tokens[j]!;
    if (t.lower === "that") return j > k + 1;
    if (t.kind !== "word" || VERBISH.has(t.lower) || (CUE_FORMS.has(t.lower) && !t.cap && j === k + 1)) return false;
  }
  return false;
}

/** How many words of `particle` ("out", "the case") follow token `i`, all of them or 0. */
function particleLength(tokens: Token[], i: number, particle: string): number {
  // (Most particles are one word; this runs for every candidate of a verb with particle forms.)
  if (!particle.includes(" ")) return tokens[i + 1]?.lower === particle ? 1 : 0;
  const words = particle.split(" ");
  for (let k = 0; k < words.length; k++) if (tokens[i + 1 + k]?.lower !== words[k]) return 0;
  return words.length;
}

/**
 * The form a verb cue takes at token `i` and the token after it: the form with a particle when its particle follows
 * ("made the case", "pointed out"), else the plain form; null when the particle form reports nothing here or no
 * plain form exists.
 */
function verbCueForm(tokens: Token[], se: number, i: number, forms: CueForm[]): { form: CueForm; cueEnd: number } | null {
  // ("put it" is both base and past: the past reading is the cue's, as for "read" below.)
  const withParticle = forms.find((f) => f.particle && f.role === "past" && particleLength(tokens, i, f.particle) > 0) ?? forms.find((f) => f.particle && particleLength(tokens, i, f.particle) > 0);
  if (withParticle) {
    const cueEnd = i + 1 + particleLength(tokens, i, withParticle.particle!);
    // A light verb with its noun ("made the case", "makes the point") reports only a that-clause, which may follow a
    // short addressee ("made the case to party leaders that C"): "made the case for reform" or "to grant amnesty" is no claim.
    // (An anticipatory "it" stands for the clause, which may drop its "that": "made it clear he would stay".)
    // ("should make clear how sorry he is": a light verb before a wh-clause reports no proposition.)
    if (withParticle.verb.clauseOnly && /^(?:how|why|whether|what|when|where|who|if)$/.test(tokens[cueEnd]?.lower ?? "")) return null;
    if (withParticle.particle!.includes(" ") && !thatClauseAfter(tokens, cueEnd, se) && !(withParticle.particle!.startsWith("it ") && finiteClauseAt(tokens, cueEnd, se, true))) return null;
    return { form: withParticle, cueEnd };
  }
  // "read" is both base and past: the past reading is the cue's ("the statement read").
  const plain = forms.find((f) => !f.particle && f.role === "past") ?? forms.find((f) => !f.particle);
  if (!plain) return null;
  return { form: plain, cueEnd: i + 1 };
}

/**
 * The cue word at `i` reads as a noun, an adjective or part of a name from the word before it ("the report", "with
 * reports of", "amid reported clashes", "the US State Department"), or as an infinitive of no reporting verb
 * ("declined to say", "Having said that").
 */
function nounUseOfCue(tokens: Token[], ss: number, s: number, i: number, cueEnd: number, form: CueForm): boolean {
  const prev = tokens[i - 1];
  // A cue form used as a noun or adjective: "the report", "its claims", "a warning".
  // (Not after a personal pronoun fused with "has" or "is": "he’s said", "she’s predicting".)
  if (prev && prev.kind === "word" && prev.sentence === s && (NOUN_DETERMINERS.has(prev.lower) || (/['’]s$/.test(prev.lower) && !/^(?:he|she|who)['’]s$/.test(prev.lower)))) return true;
  // "in states that C won", "the secretary of state: X", "with reports of": a bare or "-s" form right after a preposition
  // heads its noun phrase; no verb follows a preposition ("to say" is the infinitive).
  if ((form.role === "s" || form.role === "base") && prev && prev.kind === "word" && prev.sentence === s && prev.lower !== "to" && isPrepositionWord(prev)) return true;
  // ("the death penalty for alleged offences", "amid reported clashes": a past participle between a preposition and a
  // bare noun modifies the noun.)
  if (form.role === "past" && prev && prev.kind === "word" && prev.sentence === s && !/^(?:to|as|than|by)$/.test(prev.lower) && isPrepositionWord(prev)
    && tokens[cueEnd]?.kind === "word" && !tokens[cueEnd]!.cap && isCommonNounHead(tokens[cueEnd]!) && !PREPOSITIONS.has(tokens[cueEnd]!.lower) && !/^(?:by|that|for|of)$/.test(tokens[cueEnd]!.lower)) return true;
  // ("It lays out the daily observed indicators": after a determiner in object position, a frequency adjective and a
  // past participle before a bare noun modify that noun; "the daily" names no newspaper there.)
  if (form.role === "past" && prev && prev.kind === "word" && FREQUENCY_ADJECTIVES.has(prev.lower) && i - 3 >= ss && DETERMINERS.has(tokens[i - 2]!.lower)
    && tokens[i - 3]!.kind === "word" && !tokens[i - 3]!.cap && !COORDINATORS.has(tokens[i - 3]!.lower)
    && tokens[cueEnd]?.kind === "word" && !tokens[cueEnd]!.cap && isCommonNounHead(tokens[cueEnd]!) && !PREPOSITIONS.has(tokens[cueEnd]!.lower) && !/^(?:by|that|for|of)$/.test(tokens[cueEnd]!.lower)) return true;
  // A capitalised cue word inside a sentence is part of a name ("the US State Department", "the United States").
  if (tokens[i]!.cap && i > ss) return true;
  if (prev?.lower === "to" && form.role === "base" && !/^(?:on|went|goes|go)$/.test(tokens[i - 2]?.lower ?? "") && !RAISING_BEFORE_TO.has(tokens[i - 2]?.lower ?? "")) return true; // "declined to say", but "went on to say", "continues to insist"
  if (prev?.lower === "having" || prev?.lower === "needless") return true; // "Having said that,"
  return false;
}

/**
 * Whether the cue word at `i` is part of a fixed phrase that reports nothing (CUE_IDIOMS: "All told,", "time will
 * tell", "You tell me"), the phrase lying inside the sentence [ss, se).
 */
function inCueIdiom(tokens: Token[], ss: number, se: number, i: number): boolean {
  const word = tokens[i]!.lower;
  return CUE_IDIOMS.some((idiom) => idiom.some((w, j) => w === word && idiomAt(tokens, ss, se, i - j, idiom)));
}

/** Whether `idiom`'s words stand in order from token `a` (a final "#": and no word follows them in the sentence). */
function idiomAt(tokens: Token[], ss: number, se: number, a: number, idiom: readonly string[]): boolean {
  if (a < ss) return false;
  for (let m = 0; m < idiom.length; m++) {
    const t = a + m < se ? tokens[a + m] : undefined;
    if (idiom[m] === "#") return !t || t.kind !== "word";
    if (!t || t.kind !== "word" || t.lower !== idiom[m]) return false;
  }
  return true;
}

/**
 * The frame of a passive cue read before the active checks: an expectation ("is expected to pass"), a cue with
 * its "by" agent, one with its "as" complement ("was described as a rout"). Null when such a passive reports
 * nothing, undefined when the cue is none of these.
 */
function passiveCueFrame(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm): Frame | null | undefined {
  const { a: ss } = p.sentences[s]!;
  const tokens = p.tokens;
  const next = tokens[cueEnd];
  // "The House is expected to pass the bill", "Clinton is not expected to attend": an expectation held by people
  // the text does not name, about its subject (a forecast, even negated: "not expected to" is "expected not to").
  // (Before the checks below, which read "expected to" as a wish without a clause.)
  if (form.role === "past" && next?.lower === "to" && EXPECTATION_PASSIVES.has(form.verb.lemma)) {
    let k = i - 1;
    let passive = false;
    // ("would be expected to keep inflation under control", "every force will be expected to comply": after a modal the
    // participle states a requirement or a hypothesis, not what anyone foresees.)
    let modal = false;
    // (Only in the present, a forecast standing when the text was written: "He was expected to visit the site on
    // Sunday", "had been expected to win" narrate a past plan or an expectation that the outcome then answers.)
    let past = false;
    while (k >= ss && i - k <= 4 && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || NEGATORS.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) {
      if (/^(?:is|are|was|were|be|been|being)$/.test(tokens[k]!.lower)) passive = true;
      if (MODALS.has(tokens[k]!.lower)) modal = true;
      if (/^(?:was|were|had)$/.test(tokens[k]!.lower)) past = true;
      k--;
    }
    if (passive && !modal && !past) return expectedFrame(p, s, i, cueEnd, k, form);
  }
  // "The envoy is said to have left Kabul", "Ten people were reported to have died": hearsay from unnamed sources about
  // the subject, read as an expectation is (the subject and the infinitive, the auxiliary and cue their gap); in any
  // tense, not after a modal ("could be said to be" judges, it reports no one's words).
  if (form.role === "past" && next?.lower === "to" && HEARSAY_PASSIVES.has(form.verb.lemma)) {
    let k = i - 1;
    let passive = false;
    let modal = false;
    while (k >= ss && i - k <= 4 && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || NEGATORS.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) {
      if (/^(?:is|are|was|were|be|been|being)$/.test(tokens[k]!.lower)) passive = true;
      if (MODALS.has(tokens[k]!.lower)) modal = true;
      k--;
    }
    if (passive && !modal) return expectedFrame(p, s, i, cueEnd, k, form);
  }
  // "O’Malley’s move was first reported by MSNBC", "Rubio was asked by the moderator whether C": a passive cue
  // with its "by" agent; the agent is the source (the checks below read the cue as active and would stop at "by").
  if (form.role === "past" && next?.lower === "by") {
    const agentive = passiveAgentFrame(p, s, i, cueEnd, form);
    if (agentive !== undefined) return agentive;
  }
  // "The deal has been hailed as a breakthrough", "which was described as a rout": a passive with its "as" complement
  // (the checks below read "as" after the cue as an active verb's gap or preposition).
  if (form.role === "past" && next?.lower === "as" && (form.verb.asObject || form.verb.asLabel)) {
    let k = i - 1;
    let be = false;
    while (k >= ss && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || mannerAdverb(tokens, k, ss))) {
      if (NEGATORS.has(tokens[k]!.lower)) return null;
      if (/^(?:was|were|is|are|be|been|being)$/.test(tokens[k]!.lower)) be = true;
      k--;
    }
    if (be) return /n['’]t$/.test(tokens[k]?.lower ?? "") || k < ss ? null : asPassiveFrame(p, s, i, cueEnd, k, form);
  }
  return undefined;
}

/**
 * The checks that read the cue word as no reporting verb here from the words around it: a verb that needs a clause
 * it lacks, a noun before a verb or an auxiliary ("reports say", "worries have dogged", "the General Staff report
 * asserts"), a noun after a plural modifier. `infinitive` and `tag` are verbFrame's.
 */
function notAReportingVerb(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm, infinitive: boolean, tag: boolean): boolean {
  const { a: ss } = p.sentences[s]!;
  const tokens = p.tokens;
  const prev = tokens[i - 1];
  const next = tokens[cueEnd];
  if (NEEDS_CLAUSE.has(form.verb.lemma) && next && next.kind === "word" && next.lower !== "that" && !infinitive && !tag && !contentFollows(tokens, cueEnd, p.sentences[s]!.b, true) && !(form.verb.lemma === "read" && quotationJustBefore(tokens, i, ss)) && !(quoteBefore(tokens, i - 1) && (form.role === "past" || form.role === "s") && (next.cap || (DETERMINERS.has(next.lower) && !!tokens[cueEnd + 1] && isSourceHead(tokens[cueEnd + 1]!))))) return true;
  if (form.role === "s" && next && next.kind === "word" && CUE_FORMS.get(next.lower)?.some((f) => f.verb.type !== "stance" && !f.verb.commentOnly) && !next.cap) return true; // "reports say": a noun (but "writes back")
  // "The General Staff report asserts that C", "a police report noted that C": a bare form right before a finite
  // reporting verb ("-s" or past, with "that" or a clause after it) is the noun heading that verb's subject; the
  // later verb is the cue and the noun phrase its source. (Two finite verbs cannot follow one subject unjoined.)
  // (Only after a noun or name that modifies it: after a pronoun, coordinator or auxiliary the bare form is a verb
  // and the "-s" word its object, "did he express doubts ...", "and ask questions that ...".)
  const modifierBefore = !!prev && prev.kind === "word" && prev.sentence === s && i - 1 >= ss && !PRONOUN_WORDS.has(prev.lower) && !COORDINATORS.has(prev.lower)
    && !/^(?:to|not|also|will|would|can|could|may|might|must|should|do|does|did|who|which|that)$/.test(prev.lower);
  if (form.role === "base" && modifierBefore && next && next.kind === "word" && !next.cap && CUE_FORMS.get(next.lower)?.some((f) => f.verb.type !== "stance" && (f.role === "s" || (f.role === "past" && f.verb.lemma !== form.verb.lemma)))
    && (tokens[cueEnd + 1]?.lower === "that" || contentFollows(tokens, cueEnd + 1, p.sentences[s]!.b, true))) return true;
  // "Subsequent estimates put ...", "various reports of", "Turkish news reports identify": after a plural modifier the "-s" form is a noun.
  // (Not at the end of an evidence noun's participle phrase: "Footage posted to social media shows C" is the footage's.)
  if (form.role === "s" && prev && prev.kind === "word" && prev.sentence === s && PLURAL_MODIFIERS.has(prev.lower) && (!prev.cap || i - 1 === ss) && !evidenceParticipleBefore(tokens, ss, i - 1)) return true;
  // ("The report documents how C": a "how" clause right after it makes the form a verb as a that-clause does.)
  // ("the MDCOA forecast, but ...", "the Defense Ministry forecast on June 3 that C": a past form spelt like the base
  // form is as noun-prone as it; "which it forecast to be 6%", with the relative pronoun as its object and an
  // infinitive after it, is a verb; "the rate that economists had forecast ahead of the data" has no content.)
  const baseSpelt = form.role === "s" || form.role === "base" || (form.role === "past" && tokens[i]!.lower === form.verb.lemma && !(next?.lower === "to" && labellingGapBefore(tokens, i, ss)));
  if (baseSpelt && NOUN_FIRST_LEMMAS.has(form.verb.lemma) && !clauseRightAfter(tokens, cueEnd, p.sentences[s]!.b) && next?.lower !== "how") return true; // "the states", "her emails"
  if ((form.role === "s" || form.role === "base") && NOUN_PRONE_LEMMAS.has(form.verb.lemma) && prev && prev.sentence === s && i - 1 >= ss && !subjectLikeBefore(prev)) return true; // "a recent call for"
  // "judges are eager", "worries have dogged", "state officials": a noun, not a verb. (After a word that can be
  // its subject or stand between subject and verb, a base form before a plural noun and its finite clause is the
  // verb: "Democrats say officials lied"; a determiner or preposition before it makes it a noun, and without a
  // clause the noun is an object, no content: "FSB officers question residents about ...".)
  // (Only verbs whose object is their content: after "ask", "tell", "question", "describe" the noun is who is asked.)
  const reportsClause = !WEAK_LEMMAS.has(form.verb.lemma) && !form.verb.np && form.verb.object !== "addressee";
  const subjectBefore = !!prev && prev.kind === "word" && prev.sentence === s && i - 1 >= ss && !DETERMINERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && prev.lower !== "of";
  // ("Three-fourths of them tell pollsters they ...": after a verb that takes an addressee the noun is the listener, and
  // a clause after it makes the word a verb. "The cause, say experts, is ...": after a comma inside the sentence a base
  // form before a plural source noun is an inverted tag, not a noun modifier.)
  // (Not inside a relative clause whose subject stands between the pronoun and the verb: "the plan, which
  // Democrats say could cost $1 trillion", "the lease, which he estimates will run": the clause's gap is the
  // subject of the content, so an auxiliary may follow the verb directly.)
  // ("Polls show voters are angry": a verb of finding before a source noun that opens a finite clause is a verb.)
  // ("the women say officers still watch the park": a plural noun after its determiner is the subject, and the
  // base form after it the verb, whatever the source noun after it is followed by.)
  const pluralSubjectBefore = subjectBefore && !prev.cap && (IRREGULAR_PLURALS.has(prev.lower) || isPluralNounForm(prev.lower)) && i - 2 >= ss && DETERMINERS.has(tokens[i - 2]!.lower);
  if ((form.role === "s" || form.role === "base") && next && next.kind === "word" && !next.cap && (/^(?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|should|do|did|does)$/.test(next.lower) || (form.role === "base" && SOURCE_NOUNS.has(next.lower) && !(subjectBefore && reportsClause && (finiteClauseAt(tokens, cueEnd, p.sentences[s]!.b) || pluralSubjectBefore)) && !(subjectBefore && FINDING_CLAUSE_LEMMAS.has(form.verb.lemma) && finiteComplement(tokens, cueEnd, p.sentences[s]!.b)) && !(subjectBefore && form.verb.object === "addressee" && /^(?:that|he|she|they|we|i|you|it)$/.test(tokens[cueEnd + 1]?.lower ?? "")) && !(prev?.text === "," && prev.sentence === s && i - 1 > ss))) && !(next.lower !== "do" && next.lower !== "does" && next.lower !== "did" && relativeSubjectBefore(tokens, i, ss) >= 0)) return true;
  return false;
}

/**
 * The checks that find no proposition in what follows the cue: "known as", "thought of", "easier said than done",
 * "maintained a lead", a commitment without its infinitive, "asked" without a question. `infinitive`, `tag` and
 * `asGap` are verbFrame's.
 */
function reportsNoProposition(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm, infinitive: boolean, tag: boolean, asGap: boolean | undefined): boolean {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const prev = tokens[i - 1];
  const next = tokens[cueEnd];
  // "known as", "thought of", "learned from": no clause follows.
  // ("predicted about one-third of the vote will ...", "estimates about 40 percent ...": "about" before a quantity
  // approximates it; the clause follows.)
  const approximate = next?.lower === "about" && (/^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|half|\p{L}+-(?:third|thirds|quarter|quarters|half|fifth|fifths))$/u.test(tokens[i + 2]?.lower ?? "") || (tokens[i + 2]?.lower === "a" && /^(?:third|quarter|fifth|tenth|dozen)$/.test(tokens[i + 3]?.lower ?? "")));
  if (!asGap && (form.verb.type === "belief" || form.verb.type === "stance" || WEAK_LEMMAS.has(form.verb.lemma)) && next && /^(?:as|of|about|from|with|for|by)$/.test(next.lower) && form.verb.lemma !== "ask" && !approximate && !(tag && next.lower === "with")) return true;
  // "20 states", "two questions", "1995 state income": after a bare number the cue form is a noun.
  // (Forms of "say" and "tell" are verbs there: "43 said the same", "several say they ..."; so is any cue after a
  // year that closes a "from" postmodifier: "a study from 2011 noted"; and after a date, whose number counts no
  // noun: "footage posted on August 18 shows", "a report published on May 3, 2022 claimed".)
  if (prev && prev.sentence === s && !datedAdjunctAt(tokens, i - 1, ss) && (/^\d[\d,.]*$/.test(prev.text) || (/^(?:two|three|four|five|six|seven|eight|nine|ten|dozen|several|both)$/.test(prev.lower) && !floatingQuantifierAt(tokens, i - 1, ss))) && !/^(?:in|of|out)$/.test(tokens[i - 2]?.lower ?? "") && !(YEAR.test(prev.text) && tokens[i - 2]?.lower === "from") && !(form.verb.lemma === "say" || form.verb.lemma === "tell")) return true;
  if (INTENTION.has(form.verb.lemma) && next?.lower === "to" && !infinitive) return true;
  // "see Trump as a threat": an opinion only with its object and "as" complement.
  if (form.verb.asObject && !asGap && !asComplement(tokens, cueEnd, se, form.verb.giving)) return true;
  // "presented himself as a reformer": a pose, no claim (see `noReflexive`).
  if (form.verb.noReflexive && !asGap && REFLEXIVE_PRONOUNS.has(tokens[cueEnd]?.lower ?? "")) return true;
  // A stance verb with neither its infinitive nor the noun phrase it takes.
  if (form.verb.type === "stance" && !infinitive && !form.verb.np) return true;
  if (form.verb.lemma === "add" && next && /^(?:to|up|in|on)$/.test(next.lower)) return true; // "adding to her victories"
  if (next?.lower === "than") return true; // "easier said than done": a comparison, no cue
  // "maintained a lead", "felt betrayed", "knows how to win", "has known him for years": not a reporting sense.
  const otherSense = NON_REPORTING_NEXT.get(form.verb.lemma);
  if (otherSense && next && next.kind === "word" && !next.cap && (otherSense.has(next.lower) || (form.verb.lemma === "feel" && /[^e]ed$/.test(next.lower)))) return true;
  if (form.verb.lemma === "deny" && withheldObject(tokens, cueEnd, p.sentences[s]!.b)) return true;
  if (form.verb.lemma === "continue" && !continuesQuotation(tokens, i, cueEnd, ss, se)) return true;
  if (form.verb.lemma === "deny" && next && !next.cap && DENY_RECIPIENTS.has(next.lower) && tokens[cueEnd + 1]?.kind === "word" && !/^(?:that|and|or|but)$/.test(tokens[cueEnd + 1]!.lower)) return true;
  if (form.verb.lemma === "ask" && !askedQuestion(tokens, cueEnd, p.sentences[s]!.b) && !quotedQuestionBefore(tokens, i, ss)) return true;
  if (form.verb.lemma === "charge" && !tag && !chargeReportsAccusation(tokens, i, cueEnd, ss, se)) return true;
  return false;
}

/**
 * "charge" reports a claim only in its sense of accusing: with a that-clause or a quotation ("critics charged that
 * ..."), or an object and the offence after "with" ("prosecutors charged him with fraud": the accusation that he
 * committed it, which PolNeAR annotates as attribution). Its other senses report nothing: a price ("the firm charges
 * a fee", "charged clients for access"), a battery ("charge our phones"), a movement ("charged to the net"), and the
 * noun ("fraud charges levelled against him").
 */
function chargeReportsAccusation(tokens: Token[], i: number, cueEnd: number, ss: number, se: number): boolean {
  const next = tokens[cueEnd];
  if (!next || next.lower === "that" || next.lower === ":" || next.kind === "quote") return true;
  // A quotation closing shortly before the cue is its content ("“...,” the senator charged in a speech").
  for (let k = i - 1; k >= ss && k >= i - 6; k--) if (tokens[k]!.kind === "quote") return true;
  // The object is a short noun phrase, perhaps with an appositive list of names ("two men, A and B, with ...").
  for (let k = cueEnd + 1; k < se && k <= cueEnd + 12; k++) {
    const t = tokens[k]!;
    if (t.lower === "with") return true;
    if (t.lower === "for" || t.lower === "that" || t.lower === ";" || t.kind === "quote") return false;
  }
  return false;
}

/**
 * The number at `k` is part of a date: a day, a span of days or a year after a month name ("August 18", "August
 * 21-22", "January 2023") or the year of "May 3, 2022".
 */
function dateNumberAt(tokens: Token[], k: number, ss: number): boolean {
  const t = tokens[k];
  if (!t || !/^\d{1,4}$|^\d{1,2}[-–]\d{1,2}$/.test(t.text) || k - 1 < ss) return false;
  if (DATE_NAMES.has(tokens[k - 1]!.lower) && !DAY_WORDS.has(tokens[k - 1]!.lower)) return true;
  // ("from March 4 to 5", "on April 17 and 18": the second day of a span written out closes the date too.)
  if (/^\d{1,2}$/.test(t.text) && /^(?:to|and|through)$/.test(tokens[k - 1]!.lower) && k - 3 >= ss && /^\d{1,2}$/.test(tokens[k - 2]!.text) && DATE_NAMES.has(tokens[k - 3]!.lower) && !DAY_WORDS.has(tokens[k - 3]!.lower)) return true;
  return YEAR.test(t.text) && tokens[k - 1]!.text === "," && k - 3 >= ss && /^\d{1,2}$/.test(tokens[k - 2]!.text) && DATE_NAMES.has(tokens[k - 3]!.lower);
}

/**
 * The number at `k` closes a time adjunct, a date after a preposition ("posted on August 18", "from March 6", "between
 * July 5 and July 9"), not a date that modifies a noun ("a December 8 report", "the ministry's May 3 claim").
 */
function datedAdjunctAt(tokens: Token[], k: number, ss: number): boolean {
  if (!dateNumberAt(tokens, k, ss)) return false;
  // ("on May 3, 2022", "on April 17 and 18": the month stands before the year's comma or the span's first day.)
  const month = tokens[k - 1]!.text === "," || /^(?:to|and|through)$/.test(tokens[k - 1]!.lower) ? k - 3 : k - 1;
  const before = tokens[month - 1];
  // ("based on May 1 reports": "based on" is a preposition of its own, whose object the date modifies.)
  // (Only prepositions that open a time adjunct of a subject or its postmodifier: "Russian sources for the second time
  // since November 7 claimed" has a longer adjunct before the cue.)
  return month - 1 >= ss && !!before && /^(?:on|in|during|from|of|between|and|through|to)$/.test(before.lower) && tokens[month - 2]?.lower !== "based";
}

/**
 * Where the label of a naming cue ends (a token index: "called it “the least bad option”", "labeled Trump unfit",
 * "which critics branded as a sham"), -1 for "call" as "shout" before a quotation, null when the cue names nothing.
 */
function labelEndOf(tokens: Token[], ss: number, se: number, i: number, cueEnd: number, form: CueForm, asGap: boolean | undefined): number | null {
  let labelEnd = labellingEnd(tokens, cueEnd, se);
  if (labelEnd < 0 && labellingGapBefore(tokens, i, ss)) labelEnd = labelAt(tokens, cueEnd, se, false, true);
  // ("branded the plan as reckless": the label as an "as" complement, or after a gap, "which critics branded as a sham".)
  if (labelEnd < 0 && form.verb.asLabel && (asGap || asComplement(tokens, cueEnd, se))) labelEnd = se;
  // ("called over his shoulder, “The vote is rigged.”": "call" as "shout", with a quotation after a comma or colon.)
  let shouted = false;
  for (let k = cueEnd; k < se && k - cueEnd < 10 && !shouted; k++) shouted = tokens[k]!.text === ":" || (tokens[k]!.text === "," && tokens[k + 1]?.kind === "quote" && tokens[k + 1]!.role === "open");
  if (labelEnd < 0 && !(lemmaIsCall(form) && shouted)) return null;
  return labelEnd;
}

/**
 * The auxiliaries and adverbs left of a verb cue: `k` is the token before them (the subject's last, or a comma),
 * `negated` tells a negation among them, `passive` a form of "be" before a past participle, `raised` that the
 * cue is the infinitive of "went on to" or of a raising verb ("continues to insist"), whose subject speaks.
 */
function cueModifiersBefore(tokens: Token[], ss: number, i: number, form: CueForm): { k: number; negated: boolean; passive: boolean; raised: boolean } {
  let k = i - 1;
  let negated = false;
  let passive = false;
  /** The cue is the infinitive of "went on to" or of a raising verb ("went on to say", "continues to insist"): that verb is the finite one. */
  let raised = false;
  // ("Carter however said": a connective between subject and cue is skipped like an adverb.)
  // ("Theresa May said", "George Will wrote": a capitalised modal after a capitalised word ends a name.)
  // ("She has since said", "they have since argued": "since" between a perfect auxiliary and its participle is
  // an adverb of time, not the conjunction or preposition it is elsewhere.)
  const sinceAdverb = (j: number) => tokens[j]!.lower === "since" && form.role === "past" && j - 1 >= ss && /^(?:has|have|had|(?:he|she|it|who|they|we|i|you)['’](?:s|ve|d))$/.test(tokens[j - 1]!.lower);
  // ("would only say that C", "has only said": "only" right after an auxiliary or modal limits the verb; elsewhere,
  // "while only reporting ...", it may limit anything.)
  const onlyAdverb = (j: number) => tokens[j]!.lower === "only" && j - 1 >= ss && /^(?:has|have|had|will|would|could|can|may|might|should|must|did|does|do)$/.test(tokens[j - 1]!.lower);
  // ("The poll has, however, revealed that C": a connective set off by commas after an auxiliary is skipped with them.)
  const commaConnective = (j: number) => tokens[j]!.text === "," && j - 3 >= ss && DISCOURSE_CONNECTIVES.has(tokens[j - 1]!.lower) && tokens[j - 2]!.text === "," && CUE_MODIFIERS.has(tokens[j - 3]!.lower) && !NEGATORS.has(tokens[j - 3]!.lower);
  // ("Reuters and Axios both reported", "the two ministries all said": a floating quantifier after a plural or
  // coordinated subject, a plain word or name that is no determiner; "Both reported" alone is its own subject.)
  const floatingQuantifier = (j: number) => floatingQuantifierAt(tokens, j, ss);
  for (;;) {
    while (k >= ss && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || mannerAdverb(tokens, k, ss) || sinceAdverb(k) || onlyAdverb(k) || floatingQuantifier(k) || (k > ss && DISCOURSE_CONNECTIVES.has(tokens[k]!.lower))) && !(tokens[k]!.cap && k > ss && tokens[k - 1]!.cap && tokens[k - 1]!.kind === "word")) {
      if (NEGATORS.has(tokens[k]!.lower)) negated = true;
      if (/^(?:was|were|is|are|be|been|being)$/.test(tokens[k]!.lower) && form.role === "past") passive = true;
      k--;
    }
    if (k >= ss && commaConnective(k)) { k -= 3; continue; }
    break;
  }
  if (tokens[k]?.lower === "n't" || /n['’]t$/.test(tokens[k]?.lower ?? "")) negated = true;
  // "He went on to say", "The email goes on to say": the subject of "went on" speaks.
  if (form.role === "base" && k === i - 1 && tokens[k]?.lower === "to" && tokens[k - 1]?.lower === "on" && k - 2 >= ss && /^(?:went|goes|go|going|gone)$/.test(tokens[k - 2]!.lower)) {
    k -= 3;
    raised = true;
    while (k >= ss && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || mannerAdverb(tokens, k, ss))) { if (NEGATORS.has(tokens[k]!.lower)) negated = true; k--; }
  } else if (form.role === "ing" && k === i - 1 && k > ss && ASPECTUAL_BEFORE_ING.has(tokens[k]!.lower) && !/^(?:and|or|but|then|to|please)$/.test(tokens[k - 1]!.lower)) {
    // (Not after a conjunction or "to": "please hold a sign and start chanting: “...”" is an imperative with no subject.)
    // "Russian milbloggers began claiming that C", "he kept saying": the subject of the aspectual verb speaks.
    k -= 1;
    raised = true;
    while (k >= ss && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || mannerAdverb(tokens, k, ss))) { if (NEGATORS.has(tokens[k]!.lower)) negated = true; k--; }
  } else if (form.role === "base" && k === i - 1 && tokens[k]?.lower === "to" && k - 1 > ss && RAISING_BEFORE_TO.has(tokens[k - 1]!.lower)) {
    // "Clinton continues to insist", "voters are more likely to say": the subject of the verb before "to" speaks.
    k -= 2;
    raised = true;
    while (k >= ss && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || mannerAdverb(tokens, k, ss) || /^(?:more|less|most|least|as|so)$/.test(tokens[k]!.lower))) { if (NEGATORS.has(tokens[k]!.lower)) negated = true; k--; }
  }
  return { k, negated, passive, raised };
}

/** What verbFrame has settled about a verb cue before it looks for the speaker, for the helpers that build the frame. */
interface VerbCue {
  form: CueForm;
  /** The token after the cue and its particle. */
  cueEnd: number;
  /** The cue takes an infinitive as its content (a stance: "vowed to fight"). */
  infinitive: boolean;
  cueType: CueType;
  weight: number;
  /** Where the content starts: the infinitive's "to", or past an addressee, adjuncts, "that", a colon. */
  startOf: () => ContentStart;
  /** Where a content starting at `from` ends (a text offset). */
  contentEnd: (from: number) => number;
  /** A content end (a text offset) cut at the end of a quoted label. */
  labelCut: (end: number) => number;
  /** The object is a relative pronoun before the subject, the charge follows: "which X blamed for Y" (see chargeGapAt). */
  chargeGap?: boolean;
}

/**
 * "layering sensing, warning, and targeting drones", "for tracking, warning or jamming": the cue form `i` is a member
 * of a comma list of "-ing" words (one before it after a comma at `k`, one after it behind a comma or "and"/"or"), a
 * list of modifiers or of gerunds, no participle clause that reports. Constant work.
 */
function gerundListMember(tokens: Token[], i: number, k: number, cueEnd: number, se: number): boolean {
  const ing = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap && /^\p{Ll}{3,}ing$/u.test(t.text);
  if (tokens[k]?.text !== "," || k - 1 < 0 || !ing(tokens[k - 1]) || !ing(tokens[i]) || cueEnd !== i + 1 || cueEnd + 1 >= se) return false;
  let j = cueEnd;
  if (tokens[j]!.text === ",") j++;
  if (j === cueEnd && !/^(?:and|or)$/.test(tokens[j]!.lower)) return false;
  if (/^(?:and|or)$/.test(tokens[j]?.lower ?? "")) j++;
  return j < se && ing(tokens[j]);
}

/**
 * A participle cue (", adding that C", "by announcing that C", "After saying C, the man ..."), with `k` the token
 * before its modifiers: the frame whose speaker is the subject of the clause or of the frame before it.
 */
function participleFrame(p: ParagraphView, s: number, i: number, k: number, cue: VerbCue, earlier: Frame[]): Frame | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd, infinitive, cueType, weight, startOf, contentEnd, labelCut } = cue;
  const lemma = form.verb.lemma;
  const heard = heardSayingFrame(p, s, i, cueEnd, form);
  if (heard) return heard;
  // ", eventually saying C", "– only saying C": an adverb between the comma and the participle.
  // (", likely suggesting C": a hedge there marks the writer's speculation.)
  const hedged = HEDGE_ADVERBS.has(tokens[k]?.lower ?? "");
  if (k - 1 >= ss && tokens[k]?.kind === "word" && (/^\p{Ll}{3,}ly$/u.test(tokens[k]!.lower) || /^(?:only|also|then|later|again|still)$/.test(tokens[k]!.lower)) && (tokens[k - 1]!.text === "," || isDash(tokens[k - 1]))) k--;
  // ("In addition to stating C, Roe ...": the compound preposition opens the participle's clause as "in" does.)
  // (Only opening the sentence: "..., in addition to supporting units from the corps" is no participle's clause.)
  if (k - 2 === ss && tokens[k]?.lower === "to" && tokens[k - 1]!.lower === "addition" && tokens[k - 2]!.lower === "in") k -= 2;
  const before = tokens[k];
  if (!before || before.sentence !== s || k < ss) return null;
  if (gerundListMember(tokens, i, k, cueEnd, se)) return null;
  // "The Post quoted an aide as saying C": the participle is the "as" complement of an active "quoted", whose frame
  // takes it in its content (a passive "was quoted as saying C" has no such frame: the participle's own stands).
  if (before.lower === "as" && quotedObjectBefore(tokens, k, ss)) return null;
  // A weak cue as a participle only with its clause right after it (", noting that ...", "citing: ...").
  // (", explaining why C", ", noting the plan will fail", ", suggesting he regretted it": these take a wh- or finite clause too.)
  const clauseTaker = /^(?:explain|note|suggest)$/.test(lemma) && cueEnd < se && (/^(?:why|how)$/.test(tokens[cueEnd]!.lower) || finiteClauseAt(tokens, cueEnd, se));
  if (WEAK_LEMMAS.has(lemma) && lemma !== "post" && lemma !== "ask" && !clauseRightAfter(tokens, cueEnd, se) && !clauseTaker && !form.verb.labelling && !(depictedClause(tokens, i, k, cueEnd, se) && !earlier.some((f) => f.content.start <= tokens[i]!.start && tokens[i]!.start < f.content.end))) return null;
  // "Russian forces shelled X, indicating that C", "The staff reported C, indicating that D": a participle of inference
  // set off after a clause draws the writer's conclusion from the event or report, not the subject's claim; it still
  // ends the content before it.
  // (`land,”` sets the participle off too: the comma stands before the closing quotation mark.)
  const setOff = before.text === "," || isDash(before) || (before.kind === "quote" && before.role === "close" && tokens[k - 1]?.text === ",");
  let writers = (WRITER_PARTICIPLES.has(lemma) || (hedged && (INFERENCE_LEMMAS.has(lemma) || EVENT_WRITER_PARTICIPLES.has(lemma)))) && setOff;
  // ("Rubio switched sides – saying he ...": a dash sets the participle off like a comma.)
  // ("criticized for saying that C", "aside from stating that C", "despite admitting that C", "the step of announcing
  // that C": a gerund after a preposition, with its clause, says what the clause's subject said; only a reporting
  // verb with a clause right after it, "capable of supporting units" being no claim.)
  // (Not after a verb of preventing: "barred him from saying that C", "refrained from claiming that C" report no saying.)
  const prevented = before.lower === "from" && [k - 1, k - 2, k - 3].some((q) => q >= ss && PREVENTING_FORMS.has(tokens[q]!.lower));
  // (Only after a verb's "for" or "despite" or "aside from": after a noun the gerund names a possible act, "the
  // embarrassment of admitting that C", "a key reason for answering “yes”", "the way of showing that C".)
  const attached = before.lower === "despite" || (before.lower === "for" && k - 1 >= ss && /^\p{Ll}{3,}ed$/u.test(tokens[k - 1]!.lower))
    || (before.lower === "from" && /^(?:aside|apart)$/.test(tokens[k - 1]?.lower ?? ""));
  const gerund = before.kind === "word" && attached && !prevented && (cueType === "speech" || cueType === "writing") && clauseRightAfter(tokens, cueEnd, se);
  if (before.text === "," || isDash(before) || /^(?:by|while|when|after|before|in|and|as|also|but|upon)$/.test(before.lower) || (before.kind === "quote" && before.role === "close") || gerund) {
    // "After saying he was nervous, the man ...": a participial clause opening the sentence; the main clause's subject speaks and the content ends at the clause's comma.
    // ("One month after announcing C, Roe ...": a measured span before "after" opens the clause too.)
    // ("And in explaining why C, Roe ...", "Now, after arguing that C, his team ...": a leading connective or
    // adverbial before the clause leaves it opening the sentence.)
    // (A verb that reports only with a clause needs one there: "However, when adding the March figures, the record ...".)
    const opening = (k === ss || measuredSpanBefore(tokens, ss, k + 1) === k || (subjectStart(tokens, ss, k) === k && !(form.verb.clauseOnly && !clauseRightAfter(tokens, cueEnd, se)))) && before.kind === "word";
    let comma = -1;
    if (opening) {
      const depth = tokens[cueEnd]?.depth;
      for (let c = cueEnd; c < se && c - cueEnd < 40; c++) if (tokens[c]!.text === "," && tokens[c]!.depth === depth) { comma = c; break; }
      if (comma < 0 || comma + 1 >= se) return null;
    }
    let owner = opening ? null : earlier.filter((f) => (f.speaker || f.speakerFrom) && lendsSpeaker(f)).pop() ?? null;
    // ("Roe added that Russia armed no units, despite claiming that C": a gerund attached inside an earlier frame's
    // content belongs to that content's clause, whose subject claimed it, not to the frame's speaker.)
    const within = gerund && owner ? clauseSubjectWithin(p, owner, k) : null;
    if (within) owner = null;
    const subject = owner ? null : within ?? (opening ? sentenceSubject(p, s, se) : sentenceSubject(p, s, k));
    if (!owner && !subject) return null;
    // "the attacks on the town have dropped off, suggesting that C": an inference from what the subject did is the
    // writer's, unless the subject is a source or evidence ("the poll found X, suggesting C"). ("supporting X" is a stance.)
    if (!owner && INFERENCE_LEMMAS.has(lemma) && lemma !== "support") {
      const h = tokens[headOf(tokens, subject!)]!;
      // (A name anywhere after the first word may be the source the phrase reader ran past: "Prof Roe criticises".)
      let named = false;
      for (let q = subject!.a + 1; q < subject!.b; q++) if (tokens[q]!.cap) named = true;
      if (!(named || h.cap || isSourceHead(h) || EVIDENCE_NOUNS.has(h.lower) || personHead(h) || PRONOUN_WORDS.has(h.lower))) return null;
    }
    // "Russian forces shelled X, suggesting that C": after a clause that reports no claim (no earlier frame) and
    // whose subject is neither a person nor a name (a body or a force acts; only people insinuate), the conclusion
    // is the writer's ("Roe attacked Doe, suggesting C" stays Roe's insinuation).
    // ("This strongly indicates C, supporting D": a participle of inference after the writer's own inference is theirs too.)
    if (owner?.writers && (INFERENCE_LEMMAS.has(lemma) || EVENT_WRITER_PARTICIPLES.has(lemma))) writers = true;
    if (!owner && !opening && setOff && EVENT_WRITER_PARTICIPLES.has(lemma)) {
      const h = tokens[headOf(tokens, subject!)]!;
      // (A person's title anywhere in it keeps the person when the phrase reader ran past the name: "Prof Roe criticises".)
      let person = false;
      for (let q = subject!.a; q < subject!.b; q++) if (personHead(tokens[q]!)) person = true;
      if (!(person || h.cap || EVIDENCE_NOUNS.has(h.lower) || /^(?:he|she|they|we|i|you|who)$/.test(h.lower))) writers = true;
    }
    // Reed said: “I was struck that he was doing smart things, saying the right things.”: a participle inside a
    // quotation that its would-be speaker stands outside of is the quoted speaker's words, no frame of its own.
    const speakerAt = owner ? owner.cue.a : subject!.a;
    if (speakerAt >= 0 && tokens[i]!.depth > tokens[speakerAt]!.depth) return null;
    if (opening && subject!.a <= comma) return null;
    const start = startOf();
    if (start.index >= se || (opening && start.index >= comma)) return null;
    // ("in countering Shahed drones", "continuing its preparations": a verb that reports only with a clause needs
    // one after its participle too, as after its finite form.)
    // (Strictly: a verb or auxiliary the clause cannot lack; "countering Shahed drones" is a noun phrase, not "drones" a verb.)
    if (form.verb.clauseOnly && !infinitive && !start.colon && tokens[start.index - 1]?.lower !== "that" && !finiteClauseAt(tokens, start.index, se, true)) return null;
    if (cueType === "stance" && !infinitive && !stanceContentAt(tokens, start, form, se)) return null;
    const end = opening ? tokens[comma - 1]!.end : labelCut(contentEnd(start.index));
    return frame({
      pattern: "participle", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight: weight * 0.9,
      speaker: subject, speakerFrom: owner, content: spanOf(p, start.index, end),
      outlet: start.outlet, addressee: start.addressee, boundary: before.text === "," ? k : before.kind === "word" ? k : i, writers,
    });
  }
  return nounParticipleFrame(p, s, i, cueEnd, k, form, earlier);
}

/**
 * "Social media users published footage of Russian forces shelling the city": evidence that a subject issues, "of" a
 * gerund clause, shows what the clause says, as "footage showing C" does (depictedClause); the subject of the issuing
 * verb speaks, the evidence noun and "of" are the cue (lemma "show"). Not "footage of a destroyed tank" (a thing shown,
 * no proposition), nor inside another frame's content. The content ends at a comma before a word that is no name
 * ("..., claiming C": the poster's next act). Reads back at most the 4 tokens before the evidence noun.
 */
function footageOfFrame(p: ParagraphView, s: number, i: number, earlier: Frame[], n: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const at = tokens[i]!.start;
  if (earlier.some((f) => f.content.start <= at && at < f.content.end) || !gerundClauseAt(tokens, i + 1, se)) return null;
  let v = n - 1;
  while (v > ss && n - v <= 3 && !ISSUING_VERBS.has(tokens[v]!.lower)) v--;
  if (v <= ss || !ISSUING_VERBS.has(tokens[v]!.lower)) return null;
  let m = v - 1;
  while (m > ss && CUE_MODIFIERS.has(tokens[m]!.lower)) m--;
  const own = phraseEndingAt(tokens, m, ss);
  // ("X claimed C, and local channels posted footage of D": a clause after ", and" has its own subject.)
  const coordinated = !!own && own.a - 2 >= ss && tokens[own.a - 1]!.lower === "and" && tokens[own.a - 2]!.text === ",";
  const subject = coordinated ? own : sentenceSubject(p, s, m + 1);
  if (!subject || !(subject.b === m + 1 || tokens[m]!.text === ",")) return null;
  let stop = se;
  for (let c = i + 1; c < se; c++) if (tokens[c]!.text === "," && tokens[c]!.depth === tokens[i]!.depth && !tokens[c + 1]?.cap) { stop = c; break; }
  return frame({
    pattern: "participle", sentence: s, cue: n === i - 1 ? { a: i - 1, b: i + 1 } : { a: n, b: n + 1 }, lemma: "show", cueType: "evidence", weight: 0.5,
    speaker: subject, speakerFrom: null, content: spanOf(p, i + 1, Math.min(hearsayEnd(p, i + 1, se), tokens[stop - 1]!.end)),
    outlet: null, addressee: null, boundary: v,
  });
}

/**
 * The evidence noun whose "of" stands at `i` ("footage of C"), also across the date of its posting ("posted a video
 * on June 4 of C"): its token index, or -1.
 */
function evidenceBeforeOf(tokens: Token[], i: number, ss: number): number {
  if (EVIDENCE_NOUNS.has(tokens[i - 1]!.lower)) return i - 1;
  if (i - 4 < ss || !datedAdjunctAt(tokens, i - 1, ss) || tokens[i - 1]!.text === ",") return -1;
  const month = tokens[i - 2]!.text === "," ? i - 4 : i - 2;
  const n = month - 2;
  return n >= ss && tokens[month - 1]!.lower === "on" && EVIDENCE_NOUNS.has(tokens[n]!.lower) ? n : -1;
}


/**
 * "Social media sources posted footage showing Russian forces firing incendiary munitions", "released a video on May 3
 * purportedly showing smoke rising from the base": "showing" after an evidence noun that a verb of issuing puts out
 * (past a hedge, or a date with "on") with a gerund clause after it, a subject and its "-ing" verb, which is a
 * proposition as a that-clause is. Not a bare noun phrase ("footage showing a destroyed tank" shows a thing, asserts
 * nothing). Reads at most 12 tokens.
 */
function depictedClause(tokens: Token[], i: number, k: number, cueEnd: number, se: number): boolean {
  if (tokens[i]!.lower !== "showing") return false;
  let j = k;
  if (DEPICTION_HEDGES.has(tokens[j]?.lower ?? "")) j--;
  for (let q = j; q > j - 4 && q > 0; q--) if (tokens[q]!.lower === "on" && isTimeWord(tokens[q + 1]!)) { j = q - 1; break; }
  const noun = tokens[j];
  if (!noun || noun.kind !== "word" || !EVIDENCE_NOUNS.has(noun.lower)) return false;
  // (Only evidence that a subject issues, which speaks for it: "including footage showing C" names no source.)
  let issued = false;
  for (let q = j - 1; q >= 0 && q >= j - 4; q--) if (ISSUING_VERBS.has(tokens[q]!.lower)) issued = true;
  return issued && gerundClauseAt(tokens, cueEnd, se);
}

/**
 * A gerund clause at `at`: a noun phrase of words (a bracket inside it too, no comma, verb or preposition but "of")
 * and then its "-ing" verb, not a noun in "-ing" before "of" ("Russian shelling of the city") or after an inner "of"
 * and a capitalised modifier ("the aftermath of Russian shelling") nor a known noun
 * ("building", "training"): "Russian forces firing at the town", "smoke coming from the base". Reads at most 10 tokens.
 */
function gerundClauseAt(tokens: Token[], at: number, se: number): boolean {
  const first = tokens[at];
  if (!first || first.kind !== "word" || PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower)) return false;
  for (let q = at + 1; q < se && q - at <= 10; q++) {
    const t = tokens[q]!;
    if (t.text === "(" || t.text === ")") continue;
    if (t.kind !== "word" || FINITE_MARKERS.has(t.lower) || (PREPOSITIONS.has(t.lower) && t.lower !== "of")) return false;
    // ("the aftermath of Russian shelling in X": an "-ing" after a name or demonym that an inner "of" governs is a noun.)
    if (/^\p{Ll}{3,}ing$/u.test(t.text) && !ING_NOUNS.has(t.lower)) return tokens[q + 1]?.lower !== "of" && tokens[q - 1]!.lower !== "of" && !(tokens[q - 1]!.cap && q - 2 >= at && tokens[q - 2]!.lower === "of");
  }
  return false;
}


/**
 * An inverted cue: "Said Jo Roe, who grew up next door, “C.”" (the sentence opens with the cue) or "“C,” said X",
 * "C, said X." (the cue right after the content's comma or closing quote, `k` the token before its modifiers).
 * Null when the cue is not inverted.
 */
function invertedFrame(p: ParagraphView, s: number, i: number, k: number, cue: VerbCue): Frame | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd, cueType, weight } = cue;
  const lemma = form.verb.lemma;
  // "Said Jo Roe, who grew up next door, “C.”": a sentence that opens with the cue inverts it; its speaker follows (with
  // an appositive or relative clause up to a comma), then a comma or colon and the quotation that is the content.
  if (i === ss && tokens[i]!.cap && (form.role === "past" || form.role === "s") && cueType !== "stance" && form.verb.object !== "addressee") {
    const np = phraseStartingAt(tokens, cueEnd, se);
    if (np && (tokens[np.a]!.cap || isSourceHead(tokens[np.b - 1]!))) {
      let c = np.b;
      if (tokens[c]?.text === "," && !(tokens[c + 1]?.kind === "quote")) {
        c++;
        while (c < se && c - np.b < 25 && tokens[c]!.kind !== "quote" && !(tokens[c]!.text === "," && tokens[c + 1]?.kind === "quote")) c++;
      }
      const open = tokens[c + 1];
      if (c < se && (tokens[c]!.text === "," || tokens[c]!.text === ":") && open?.kind === "quote" && open.role === "open" && c + 2 < se) {
        return frame({
          pattern: "inverted", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight,
          speaker: np, speakerFrom: null, content: spanOf(p, c + 1, contentEndFrom(p, c + 1, se)), outlet: null, addressee: null, boundary: c,
        });
      }
    }
  }

  // Inverted: "“C,” said X" / "C, said X."
  const afterPunct = tokens[k];
  // (Verbs that need an addressee are never inverted: "“…,” Sarandon, 69, told the newspaper" has an appositive.)
  if (k === i - 1 && afterPunct && form.verb.object !== "addressee" && cueType !== "stance" && (afterPunct.text === "," || (afterPunct.kind === "quote" && afterPunct.role === "close")) && k >= ss) {
    let np = phraseStartingAt(tokens, cueEnd, se);
    // "“C,” Jo Roe, an aide, said of the plan": a topic after the cue is no speaker; the speaker is left of it.
    if (np && /^(?:of|about)$/.test(tokens[np.a]!.lower)) np = null;
    // "“C,” Jo Roe, an aide, said Sunday": a time after the cue is no speaker; the speaker is left of it.
    if (np && isTimeWord(tokens[np.a]!) && (np.b - np.a === 1 || isTimeWord(tokens[np.b - 1]!))) np = null;
    // "said Cruz constituent Dan Golvach": a description before the name; the name names the source.
    // (With no quotation before, where no tail scan reads the whole phrase, up to three words of description:
    // "C, said Kolby vice president Ola Berg", "C, said Velsen finance director Ada Roe".)
    if (np && tokens[np.b - 1]!.cap) {
      const most = quoteBefore(tokens, k) ? 1 : 3;
      let j = np.b;
      while (j < se && j - np.b < most && !tokens[j]!.cap && isCommonNounHead(tokens[j]!) && !isTimeWord(tokens[j]!)) j++;
      const name = j > np.b && j < se && tokens[j]!.cap ? phraseStartingAt(tokens, j, se) : null;
      if (name && isNameRange(tokens, name)) np = name;
    }
    const closesSpeaker = (r: Range) => {
      const t = tokens[r.b];
      return r.b >= se || MARKERS_OR_END(t) || t!.text === "," || (t!.kind === "quote" && t!.role === "close") || /^(?:who|whom)$/.test(t!.lower) || adjunctAfterSpeaker(tokens, r, se);
    };
    // ("C, said Roe and others, C2", "“C,” said Roe and her lawyer.": a coordinated speaker that closes as one; not
    // after a bare form, which is as often a noun ("C, estimates Jo Roe, report author and adviser at X"), nor
    // across "&", which joins the parts of one name ("Standard & Poor's".)
    if (np && form.role !== "base" && tokens[np.b]?.lower === "and" && !closesSpeaker(np) && np.b + 1 < se) {
      const second = phraseStartingAt(tokens, np.b + 1, se);
      if (second && closesSpeaker(second)) np = { a: np.a, b: second.b };
    }
    // "said one Trump confidant.", "said a source familiar with the talks.": the speaker runs on to the end of the clause.
    let tailed = false;
    // (The phrase scan reads no lower-case opener it does not know: "said master of ceremonies Jo Roe", "said undecided voter Jo Roe".)
    const opener = tokens[cueEnd];
    // Only after a quotation: "C, said X" with no quotation is as often an appositive's end ("Jo Roe, an aide, said C").
    const quoted = quoteBefore(tokens, k);
    // ("said a harbour engineer", "said the harbour engineer Jo Roe": an article before such a word too, after a
    // cue that takes no noun-phrase object: "“…,” described the impact as …" has its object there.)
    const unknownHead = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap && (isCommonNounHead(t) || /^\p{Ll}{3,}ed$/u.test(t.lower));
    // ("said 9/11 widow Jo Roe", "said 2020 nominee Jo Roe": a number-like modifier, read as a time above, before
    // such a word opens the speaker too.)
    let numbered = cueEnd;
    while (numbered < se && numbered - cueEnd < 4 && (/^\d/.test(tokens[numbered]!.text) || (numbered > cueEnd && /^[/\-–]$/.test(tokens[numbered]!.text)))) numbered++;
    const numberedHead = numbered > cueEnd && numbered < se && /^\d/.test(tokens[numbered - 1]!.text) && unknownHead(tokens[numbered]);
    if (!np && quoted && opener && cueEnd < se && (unknownHead(opener) || numberedHead || (!form.verb.np && /^(?:a|an|the)$/.test(opener.text) && cueEnd + 1 < se && unknownHead(tokens[cueEnd + 1])))) np = { a: cueEnd, b: cueEnd };
    if (np && quoted && (np.b === np.a || !closesSpeaker(np))) { np = speakerTail(tokens, np, se); tailed = true; }
    else if (np && quoted && /^(?:who|whom|whose)$/.test(tokens[np.b]?.lower ?? "")) np = restrictiveTail(tokens, np, np.b, se) ?? np;
    // ("A White House official, who asked not to be named, said the president ...": with no quotation, a noun
    // phrase and its appositive before the cue are the speaker, not content; the phrase after the cue is content.)
    if (np && quoted) np = nameAfterDescription(tokens, np, se);
    // "“C,” said harbour engineer Mia Lund.": a lower-case description before the name; the name is the speaker.
    if (np && quoted && np.b - np.a > 2 && !tokens[np.a]!.cap) {
      let j = np.b - 1;
      while (j - 1 > np.a && np.b - j < 5 && (tokens[j - 1]!.cap || tokens[j - 1]!.text === ".")) j--;
      const name = { a: j, b: np.b };
      if (isNameRange(tokens, name) && descriptionBefore(tokens, j, np.a, true) === np.a) np = name;
    }
    // "The contrast, said Roe and others, would be clear", "Part of the problem, say experts like Jo Roe, is ...": with
    // no quotation, a tag set off by commas keeps a coordinated or "like" phrase after a name or source noun up to its
    // closing comma ("He sat down, said grace and ate" names no one).
    if (np && !quoted && !closesSpeaker(np) && tokens[k]!.text === "," && (tokens[np.a]!.cap || isSourceHead(tokens[np.b - 1]!)) && /^(?:and|or|like)$/.test(tokens[np.b]?.lower ?? "")) {
      const more = phraseStartingAt(tokens, np.b + 1, se);
      if (more && more.b < se && tokens[more.b]!.text === ",") np = { a: np.a, b: more.b };
    }
    if (np && (tailed || closesSpeaker(np)) && (quoted || !appositiveSubject(tokens, ss, k))) {
      const content = contentBefore(p, s, k);
      if (content) {
        return frame({
          pattern: "inverted", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight,
          speaker: np, speakerFrom: null, content, outlet: null, addressee: null, boundary: content.boundary,
          ...verbAfterInversion(p, s, np.b, content, tokens[k]!),
          // ("Most importantly, say analysts, the talks failed": a verbless opening before an unquoted inverted tag
          // goes on after the tag's comma, as it does before "analysts say".)
          ...((!quoted || embeddedQuoteBefore(p, ss, k)) && lemma !== "call" && tokens[np.b]?.text === "," && !("gap" in verbAfterInversion(p, s, np.b, content, tokens[k]!)) && incompleteBefore(tokens, ss, content) ? parenthetical(p, s, np.b, content, tokens[k]!) : {}),
          ...continued(p, s, np.b, content),
        });
      }
    }
  }
  return null;
}

/** What the scan left of a verb cue found: where the subject ends and what stands between it and the cue. */
interface SubjectScan {
  /** The last token of the subject (or the "and"/"then"/"but" that coordinates the cue). */
  last: number;
  /** An appositive or aside set off between the subject and the cue ("Jo Roe, an aide, said"). */
  appositive: Range | null;
  /** The aside is set off by dashes. */
  dashed: boolean;
  /** The last token of a time adjunct between the subject and the cue ("A poll released Sunday found"), or -1. */
  timeEnd: number;
  /** The place adverb ("here", "there") that postmodifies the subject's noun, or -1. */
  placeAdverb: number;
  /** The comma that closes the subject right before the cue, or -1. */
  cueComma: number;
  /** A chain of appositives the one-comma scan cannot read, read by chainSubject. */
  chain: { speaker: Range; appositive: Range; edge: number } | null;
  /** The subject before a dashed aside whose last word ends a postmodifier ("Insiders in both states — ... — say"). */
  dashSubject: Range | null;
}

/**
 * Scans left from `k` (the token before a verb cue's modifiers) to the end of its subject, skipping an appositive
 * between commas, a dashed or bracketed aside, a time adjunct; null when what stands there can be no subject's end.
 */
function subjectScanBefore(p: ParagraphView, s: number, i: number, k: number): SubjectScan | null {
  const { a: ss } = p.sentences[s]!;
  const tokens = p.tokens;
  let last = k;
  // "Kasich offered the man a job, then says he ...": "then" after a comma (skipped above as a cue modifier)
  // coordinates the cue with the verb phrase before it, like "and then"; the subject of the sentence speaks.
  if (tokens[k]?.text === "," && k > ss && k + 1 < i && tokens[k + 1]!.lower === "then") last = k + 1;
  const timed = beforeTimeAdjunct(tokens, last, ss);
  /** The last token of a time adjunct between the subject and the cue ("A poll released Sunday found"), or -1. */
  let timeEnd = -1;
  if (timed !== last && tokens[timed]?.text === ",") last = timed;
  // ("The ministry on May 3, 2022 claimed": the comma inside a date sets off no appositive.)
  else if (timed !== last && tokens[last - 1]?.text === "," && dateNumberAt(tokens, last, ss)) { timeEnd = last; last = timed; }
  let appositive: Range | null = null;
  let dashed = false;
  /** The place adverb ("here", "there") that postmodifies the subject's noun, or -1. */
  let placeAdverb = -1;
  /** The comma that closes the subject right before the cue, for a chain of appositives the one-comma scan cannot read. */
  const cueComma = tokens[last]?.text === "," ? last : -1;
  let chain: { speaker: Range; appositive: Range; edge: number } | null = null;
  /** The subject before a dashed aside whose last word ends a postmodifier ("Insiders in both states — ... — say"). */
  let dashSubject: Range | null = null;
  // "Humphrey, who calls Trump a “sociopath,” said": the appositive's closing comma stands inside the quotation that ends it.
  // "Proponents of the bill, however, say": a connective set off by commas is no appositive.
  if (tokens[last]?.text === "," && tokens[last - 2]?.text === "," && last - 3 >= ss && DISCOURSE_CONNECTIVES.has(tokens[last - 1]!.lower)) last -= 3;
  const quotedAppositive = tokens[last]?.kind === "quote" && tokens[last]!.role === "close" && tokens[last - 1]?.text === "," && last - 1 > ss;
  if (quotedAppositive) last--;
  if (tokens[last]?.text === "," && last > ss) {
    let c = last - 1;
    let bracket = false;
    while (c > ss && tokens[c]!.text !== "," && last - c < 30) {
      if (tokens[c]!.text === ")") bracket = true;
      if (tokens[c]!.kind === "quote" && !quotedAppositive) {
        // ("Jo Roe, a “senior” aide, said": a quotation wholly inside the appositive is passed over; not inside a
        // bracket, whose comma closes an aside: "The campaign, pushing X (like Jo Roe, who called him “a fraud”), has said".)
        const q = tokens[c]!.role === "close" && !bracket ? quoteClosedAt(p, c) : undefined;
        if (!q || q.open <= ss || last - q.open >= 30) break;
        c = q.open - 1;
        continue;
      }
      c--;
    }
    // (Through a quotation only for a relative clause, a "citing" clause or a description of the name before it: "However
    // laudable the goal, using it ''is wrong,'' said X" is no appositive.)
    if (tokens[c]?.text === "," && c > ss && !(quotedAppositive && !/^(?:who|which|whose|citing|quoting)$/.test(tokens[c + 1]?.lower ?? "") && !titledDescription(tokens, ss, c))) {
      appositive = { a: c + 1, b: last };
      last = c - 1;
      // ("Currently, a project takes months, said Jo Roe": a lone sentence adverb is no subject; the tag is inverted.)
      if (last === ss && sentenceAdverb(tokens[ss]!)) return null;
      // "Jane Roe, 67, a retired nurse from Lakeview, Pa., said": a place's state and an age are
      // further links of the chain; the speaker is the name that opens it.
      if (placeTail(tokens, appositive) && /^(?:from|in|of)$/.test(tokens[last - 1]?.lower ?? "")) {
        let c2 = last - 1;
        while (c2 > ss && tokens[c2]!.text !== "," && last - c2 < 30 && tokens[c2]!.kind !== "quote") c2--;
        if (tokens[c2]?.text === "," && c2 > ss) { appositive = { a: c2 + 1, b: appositive.b }; last = c2 - 1; }
      }
      if (/^\d{1,3}$/.test(tokens[last]!.text) && tokens[last - 1]?.text === "," && last - 2 >= ss && tokens[last - 2]!.cap) last -= 2;
      // "Jo Roe, chief executive of Acme, a software maker, said": more links of the same chain.
      const opener = appositiveChainStart(tokens, last, ss);
      if (opener >= 0) { appositive = { a: opener + 2, b: appositive.b }; last = opener; }
      // "Rubio, whose hometown, Miami, is ..., argues", "Al Poe, the editor of the weekly, The Post, said":
      // commas inside the appositive; the name that opens the clause speaks.
      const name = openingName(tokens, ss, last, appositive.b);
      if (name) { appositive = { a: name.b + 1, b: appositive.b }; last = name.b - 1; }
    }
    else if (!(chain = chainSubject(tokens, ss, cueComma))) {
      // "Sen. Jo Roe (D-Ore.), said that C": a stray comma after a bracketed tag that closes the subject; the
      // subject is the whole phrase from the clause's start to the bracket.
      const np = tokens[last - 1]?.text === ")" ? phraseEndingAt(tokens, last - 1, ss) : null;
      if (!np || np.a !== subjectStart(tokens, ss, last) || !tokens[np.a]!.cap) return null;
      last--;
    }
  } else if (isDash(tokens[last]) && last > ss) {
    dashSubject = null;
    // "Murphy — after a knock-on-wood gesture — told me": a parenthetical between dashes.
    const dash = dashedAside(tokens, last, ss);
    if (!dash) return null;
    // The subject before the aside names a source ("Murphy", "some economists", "the poll"), not any noun of a content.
    // ("Insiders in both states — Iowa and Ohio — say": the word before the aside may end a postmodifier of that subject.)
    const sourceLike = (h: Token) => h.cap || PRONOUN_WORDS.has(h.lower) || isSourceHead(h) || EVIDENCE_NOUNS.has(h.lower);
    // ("The justice — who has been ... — said": a "who" opening the aside tells that the noun before it is a person.)
    const person = tokens[dash.aside.a]!.lower === "who" && tokens[dash.before]!.kind === "word" && isCommonNounHead(tokens[dash.before]!);
    if (!sourceLike(tokens[dash.before]!) && !person) {
      // (The object after the nearest preposition, up to six words back, whatever its head: "the two states".)
      let q = dash.before;
      while (q > ss && dash.before - q < 6 && tokens[q]!.kind === "word" && !isPrepositionWord(tokens[q]!)) q--;
      const prep = q < dash.before && q - 1 >= ss && isPrepositionWord(tokens[q]!);
      let whole = prep ? postmodifiedSubject(tokens, { a: q + 1, b: dash.before + 1 }, ss) : phraseEndingAt(tokens, dash.before, ss);
      // ("If C, insiders in the two states — ... — say": the subject after an opening clause's comma.)
      if (prep && !whole) {
        const np = phraseEndingAt(tokens, q - 1, ss);
        let plain = true;
        for (let k = q + 1; k <= dash.before; k++) if (VERBISH.has(tokens[k]!.lower) || CLAUSE_BREAKERS.has(tokens[k]!.lower) || NON_NOMINAL.has(tokens[k]!.lower)) plain = false;
        if (np && plain && np.a - 1 >= ss && tokens[np.a - 1]!.text === ",") whole = { a: np.a, b: dash.before + 1 };
      }
      // (The head is the noun before the preposition: "A spokesman for the firm".)
      if (!whole || !sourceLike(tokens[prep ? q - 1 : headOf(tokens, whole)]!)) return null;
      if (prep) dashSubject = whole;
    }
    appositive = dash.aside;
    last = dash.before;
    dashed = true;
    // ("Ada Vell, the chief executive of Ora Ferries -- the company that owns the tugs -- told": a comma appositive
    // before the dashed aside describes the name that opens the clause; the name speaks.)
    const name = dashSubject ? null : openingName(tokens, ss, last, dash.before + 1);
    if (name) { appositive = { a: name.b + 1, b: dash.aside.b }; last = name.b - 1; }
  } else {
    // "Sen. Jo Roe (a Democrat so young he has been mistaken for an aide) says": a bracketed aside that the phrase
    // reader does not take into the subject is set off like an appositive; the name before it speaks.
    if (tokens[last]?.text === ")" && last > ss) {
      let o = last - 1;
      while (o > ss && tokens[o]!.text !== "(" && tokens[o]!.text !== ")" && last - o < 40) o--;
      const np = tokens[o]?.text === "(" ? phraseEndingAt(tokens, last, ss) : null;
      const h = tokens[o - 1];
      // (Not when the phrase before the bracket is cut from a longer one: "the appointment of X to overall theater
      // command of Russian forces (and ...) suggests": a lower-case noun before it belongs to the same phrase.)
      const named = tokens[o]?.text === "(" && o - 1 >= ss ? phraseEndingAt(tokens, o - 1, ss) : null;
      const cut = !!named && named.a > ss && tokens[named.a - 1]!.kind === "word" && !tokens[named.a - 1]!.cap && isCommonNounHead(tokens[named.a - 1]!) && !PREPOSITIONS.has(tokens[named.a - 1]!.lower) && !/^(?:of|and|but|or|that|who|which|to|for|with|from|by|in|on|at|about|against|among)$/.test(tokens[named.a - 1]!.lower);
      if (tokens[o]?.text === "(" && o - 1 >= ss && (!np || np.a > o) && !cut && h?.kind === "word" && (h.cap || isSourceHead(h))) {
        appositive = { a: o + 1, b: last };
        last = o - 1;
      }
    }
    const untimed = last;
    last = beforeTimeAdjunct(tokens, last, ss);
    if (last !== untimed) timeEnd = untimed;
    last = beforeParticipleAdverb(tokens, last, ss);
    // "Proponents of the bill here say", "officials there said": a place adverb after the subject is not its head.
    const placed = tokens[last - 1];
    if (last - 1 >= ss && /^(?:here|there)$/.test(tokens[last]?.lower ?? "") && placed?.kind === "word" && !DETERMINERS.has(placed.lower) && !PREPOSITIONS.has(placed.lower) && !NON_NOMINAL.has(placed.lower) && !VERBISH.has(placed.lower) && !CLAUSE_BREAKERS.has(placed.lower)) { placeAdverb = last; last--; }
  }
  return { last, appositive, dashed, timeEnd, placeAdverb, cueComma, chain, dashSubject };
}

/**
 * "Jo Roe, host of the “Morning Show,” said", "Jo Roe, the author of “Fox Tales,” said": an appositive (from the
 * comma `c`) that describes the name opening the clause and ends with a quoted title, its closing comma inside the
 * quotation. A description opens with an article or a noun before "of"; the name fills the clause up to the comma.
 */
function titledDescription(tokens: Token[], ss: number, c: number): boolean {
  const first = tokens[c + 1];
  if (!first || first.kind !== "word" || first.cap) return false;
  if (!/^(?:the|a|an)$/.test(first.lower) && !(tokens[c + 2]?.lower === "of" && isCommonNounHead(first))) return false;
  const name = c - 1 >= ss ? phraseEndingAt(tokens, c - 1, ss) : null;
  return !!name && tokens[c - 1]!.cap && tokens[name.a]!.cap && c - name.a <= 6 && name.a === subjectStart(tokens, ss, c);
}

/**
 * A verb cue's inference is the writer's, not a source's claim: drawn from an event, from the clause before a
 * "which", by a demonstrative, an abstraction or a hedged "it", or hedged from a thing. `head` is the head of
 * `speaker`; `evidence` tells that an evidence noun heads it.
 */
function writersInference(tokens: Token[], ss: number, i: number, lemma: string, speaker: Range, head: Token, evidence: boolean): boolean {
  // "His detention suggests that C", "The increase in staff indicates that C": an event or a change infers nothing
  // on its own; the conclusion drawn from it is the writer's ("the report indicates that C" keeps its source).
  // (The frame still ends the content of a claim before it in the sentence.)
  let writers = EVENT_INFERENCE_LEMMAS.has(lemma) && isEventNoun(head) && !head.cap && !evidence && !isSourceHead(head) && !personHead(head) && !READ_HEADS.has(head.lower);
  // "X stayed constant, which suggests that C": a "which" after a comma that follows no source or evidence noun
  // stands for the whole clause before it, and the inference is the writer's, not a source's claim ("the
  // report, which indicates that C" keeps its source).
  if (INFERENCE_LEMMAS.has(lemma) && speaker.b - speaker.a === 1 && tokens[speaker.a]!.lower === "which" && tokens[speaker.a - 1]?.text === ",") {
    const before = tokens[speaker.a - 2];
    if (!before || before.kind !== "word" || !(isSourceHead(before) || EVIDENCE_NOUNS.has(before.lower) || READ_HEADS.has(before.lower))) writers = true;
  }
  // "This suggests that C", "All observed indicators suggest C", "it likely indicates C": a demonstrative for the
  // clause before, a summary of observations, or a hedged "it" is the writer reasoning, not a source.
  if (INFERENCE_LEMMAS.has(lemma) || EVENT_WRITER_PARTICIPLES.has(lemma)) {
    let hedge = false;
    // (Only in the adverbs and modals right before the cue: "the announcement, which was likely made in May,
    // indicates C" hedges the relative clause, not the inference.)
    for (let q = i - 1; q >= speaker.b && tokens[q]!.kind === "word" && !tokens[q]!.cap; q--) {
      const w = tokens[q]!.lower;
      if (HEDGE_ADVERBS.has(w) || HEDGE_MODALS.has(w)) hedge = true;
      else if (!/^(?:also|equally|instead|more|further|additionally|thus|therefore|then|still)$/.test(w)) break;
    }
    if ((WRITER_ABSTRACTIONS.has(head.lower) && !head.cap) || (hedge && /^(?:it|this|that|these)$/.test(head.lower))) writers = true;
    // "Continued shelling may indicate C", "Geolocated footage likely indicates C": a hedged inference from a thing
    // (not a person or a name: "Roe may suggest C" is still Roe's) is the writer's weighing of the evidence.
    const name = head.cap && headOf(tokens, speaker) > ss;
    if (hedge && !name && !personHead(head) && !/^(?:he|she|they|we|i|you|who)$/.test(head.lower)) writers = true;
  }
  if (WRITER_INFERENCE_LEMMAS.has(lemma)) writers ||= anaphoricInference(tokens, ss, i, speaker, head);
  return writers;
}

/**
 * "These reports indicate that C", "Such offensive actions suggest C": a subject opened by a determiner that points
 * back at the writer's own description, and "If true, they may indicate C", "it would suggest C": a pronoun whose
 * inference hangs on a condition or a hedge. Both are the writer weighing what was reported, not a source's claim
 * (a source's statement is not conditional on its own truth). Footage keeps its frame ("This footage shows C"), as
 * do people ("he would suggest C").
 */
function anaphoricInference(tokens: Token[], ss: number, i: number, speaker: Range, head: Token): boolean {
  const first = tokens[speaker.a]!;
  // (Reports, statements and claims so pointed back at were given before: the inference from them is new and the
  // writer's. Visual evidence keeps its frame, as does a person.)
  // (Not a time adjunct the subject phrase ran into: "Earlier this month figures showed C".)
  if (speaker.b - speaker.a >= 2 && ANAPHORIC_DETERMINERS.has(first.lower) && !TIME_WORDS.has(tokens[speaker.a + 1]!.lower) && !VISUAL_EVIDENCE_NOUNS.has(head.lower) && !personHead(head) && !head.cap) return true;
  if (speaker.b - speaker.a !== 1 || !/^(?:it|they|this|these)$/.test(head.lower)) return false;
  // (A condition anywhere before the cue, "If true, they ...", "they, if true, would ...", or a modal of the
  // conditional or a hedge right before it: "they could also indicate C".)
  for (let q = i - 1; q >= ss && i - q < 40; q--) if (tokens[q]!.lower === "if") return true;
  for (let q = i - 1; q >= speaker.b && tokens[q]!.kind === "word" && !tokens[q]!.cap; q--) {
    const w = tokens[q]!.lower;
    if (w === "would" || HEDGE_MODALS.has(w)) return true;
    if (!/^(?:also|simply|then|still|only)$/.test(w)) break;
  }
  return false;
}

/**
 * Where the content of a preposed verb cue that starts at `start` ends (a token index), and the venue named after
 * it ("told CNN on Sunday"), read from the object or clause after the cue; null when a stance cue reports no
 * position there. `cueType` is verbFrame's current one (evidence for a cue whose subject is evidence).
 */
function preposedContentStop(p: ParagraphView, s: number, i: number, k: number, start: ContentStart, cue: VerbCue, cueType: CueType, speaker: Range, head: Token, bare: boolean, labelEnd: number): { stop: number; venue: { at: number; outlet: Range | null } | null } | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd, infinitive } = cue;
  const lemma = form.verb.lemma;
  let stop = start.object ? Math.min(clauseEnd(p, s, start.index, i), objectEnd(tokens, start.index, se, tokens[cueEnd - 1]!)) : clauseEnd(p, s, start.index, i);
  // "criticized Singer and challenged him to a debate": a name as the object (a clause subject is read
  // as one when capitalised), then the subject's next verb right after it; the content is the name.
  // A capitalised noun phrase that a preposition or "as" follows is the object too ("praised Obama's
  // presidency in an interview", "condemned North Korea's launch as Pyongyang fired ..."): a clause's subject
  // would be followed by its verb.
  let nameObject = false;
  if (!start.object && form.verb.np && tokens[start.index]!.cap) {
    const np = phraseStartingAt(tokens, start.index, se);
    if (np && np.b < stop && /^(?:and|but)$/.test(tokens[np.b]!.lower) && objectEnd(tokens, np.b - 1, np.b + 2, tokens[cueEnd - 1]!) === np.b) stop = np.b;
    // "criticized Jones during a rally", "praised Jones after the meeting": an adjunct of the act right after the
    // name (a clause's subject would be followed by its verb).
    else if (np && np.b < stop && np.b > start.index && OBJECT_TAIL_STOPS.has(tokens[np.b]!.lower)) stop = np.b;
    else nameObject = nameObjectAt(tokens, start.index, stop);
  }
  const object = start.object === true || nameObject;
  const venue = start.colon || cueType !== "speech" && cueType !== "writing" ? null : trailingVenue(tokens, start.index, stop, object);
  if (venue) stop = venue.at;
  // "announced his support on Thursday night", "claimed the nomination Tuesday": after a noun-phrase
  // content a closing time phrase dates the act of saying (after a clause it may be the clause's own).
  // (Not after "claimed": "claimed two attacks on Tuesday" may date the attacks, which are what is claimed.)
  if (object && lemma !== "claim") {
    const at = timeBefore(tokens, start.index, Math.min(stop, se));
    if (at < stop) stop = at;
  }
  if (cueType === "stance") {
    // A commitment or a position is a source's ("Clinton", "she", "the council", "who"): "the ruling threatens to ..."
    // is a likelihood, "these strikes support the effort" a purpose.
    if (!isAgent(head)) return null;
    // "I want you to know", "we hope": a speaker's own wishes inside a speech, rarely annotated (precision 0.15 on PolNeAR train).
    if (speaker.b - speaker.a === 1 && /^(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?$/.test(head.lower)) return null;
    // "would support", "does he endorse", "will back": a hypothetical or a question, no position held.
    for (let q = k + 1; q < i; q++) if (/^(?:will|would|could|can|may|might|should|must|do|does|did|to)$/.test(tokens[q]!.lower)) return null;
    if (speaker.a > ss && /^(?:will|would|could|can|may|might|should|must|do|does|did)$/.test(tokens[speaker.a - 1]!.lower)) return null;
    // "came back", "his back": forms of these lemmas that are mostly nouns or adverbs.
    if (STANCE_VERB_ONLY.has(lemma) && (form.role === "base" || form.role === "s")) return null;
    if (!infinitive) {
      if (!stanceContentAt(tokens, start, form, se)) return null;
      // ("opposes tinkering with the system": a gerund's object is a verb phrase, which runs to the clause's end.)
      if (form.verb.np && !/^\p{Ll}{2,}ing$/u.test(tokens[start.index]!.lower)) stop = stanceObjectEnd(tokens, start.index, stop);
    }
  }
  // "Those who say the economy matters most were divided": a restrictive relative clause inside a subject; the
  // subject's own verb follows the content.
  if (!start.colon && speaker.b - speaker.a === 1 && /^(?:who|that)$/.test(tokens[speaker.a]!.lower) && speaker.a - 1 >= ss && (tokens[speaker.a - 1]!.kind === "word" || tokens[speaker.a - 1]!.text === "%")) {
    // ("Senators who endorsed him say C": a noun-phrase object has no verb of its own; the first finite verb is
    // the subject's.)
    // (Not a clause: "who claimed they ...", "who questioned why ...".)
    const clause = SUBJECT_PRONOUNS.has(tokens[start.index]!.lower) || /^(?:why|how|what|whether|if|where|when|who|that)$/.test(tokens[start.index]!.lower);
    const np = !clause && (object || (cueType === "stance" && form.verb.np === true && !infinitive));
    stop = np && subjectRelative(tokens, ss, speaker.a) ? objectMatrixVerb(tokens, start.index, stop) : matrixVerbAfter(tokens, start.index, stop);
  }
  // (Not after "claimed": "claimed two attacks after the visit" may date the attacks, which are what is claimed.)
  if (object && lemma !== "claim") stop = objectTailEnd(tokens, start.index, stop);
  // "The plan, which he said could cost $1 trillion, is stalled": a non-restrictive relative clause with a gap.
  // (The pronoun right before the subject, "which some argued was ...", or a few words before the cue, "which port officials say".)
  // (Or the pronoun is the subject itself: "The report, which says C, came out on Monday".)
  const pronoun = (speaker.b - speaker.a === 1 && /^(?:which|who)$/.test(tokens[speaker.a]!.lower)) || quantifiedRelative(tokens, speaker) ? speaker.a
    : speaker.a - 1 > ss && /^(?:which|who|whom)$/.test(tokens[speaker.a - 1]!.lower) ? speaker.a - 1 : bare ? relativeSubjectBefore(tokens, i, ss) : -1;
  if (pronoun > ss && tokens[pronoun - 1]!.text === ",") stop = relativeClauseEnd(tokens, start.index, stop);
  // ("an alliance that the Kremlin claims is about security, but uses to ...", "in ways that the agency judges could
  // undermine safety, restricted ...": a restrictive "that" clause inside a larger one ends at its first comma before a
  // verb or a coordinator.)
  else if (pronoun > ss && tokens[pronoun]!.lower === "that") stop = relativeClauseEnd(tokens, start.index, stop, true);
  // ("Roe—who had praised the operator—voted no", "Duke (who endorses the plan) spoke": the closing dash or bracket ends the relative.)
  if (pronoun > ss && (isDash(tokens[pronoun - 1]) || tokens[pronoun - 1]!.text === "(")) stop = asideClose(tokens, start.index, stop, tokens[pronoun - 1]!.text === "(");
  stop = closingAppositive(tokens, start.index, stop, se);
  stop = coordinatedClauseEnd(tokens, start.index, stop);
  stop = disclosureTailEnd(tokens, start.index, stop);
  stop = writerAsideEnd(tokens, start.index, stop);
  if (!start.object) stop = coordinatedPredicateEnd(tokens, start.index, stop, i, form);
  if (labelEnd >= 0 && labelEnd < se) stop = Math.min(stop, labelEnd);
  return { stop, venue };
}

/**
 * The subject of a verb cue around the phrase found before it (`speaker`), where that phrase is only the object of
 * a preposition ("Proponents of the new bill say", "A study by law professor Jo Roe found") or follows an opening
 * subordinator or adjunct ("After the debate Clinton said"); null when it is a prepositional object that opens no
 * subject ("with the support of Arab states said"). `appositive`, `leftEdge` and `antecedent` are verbFrame's.
 */
function subjectAroundPreposition(p: ParagraphView, s: number, i: number, k: number, cue: VerbCue, speaker: Range, appositive: Range | null, leftEdge: number, antecedent: boolean, bare: boolean, passive: boolean, earlier: Frame[]): Range | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd } = cue;
  const lemma = form.verb.lemma;
  // A phrase after a preposition is its object, not a subject ("with the support of Arab states"),
  // unless a participle before it postmodifies the subject ("Democrats trying to win the Senate say").
  const beforeSpeaker = tokens[speaker.a - 1];
  // ("after 55 percent said so", "since officials say": these prepositions also open a clause, whose subject speaks;
  // so they do with an adverb or auxiliary before an active cue: "after Jo Roe falsely claimed C", "since they have argued C";
  // a perfect or modal auxiliary only before a clause: "after the senator had said that C", not "since most have proposed
  // tax cuts"; not with a relative's antecedent, "a readout after the backlash that once again reiterated C".)
  const subordinate = beforeSpeaker !== undefined && /^(?:after|before|since|until)$/.test(beforeSpeaker.lower) && form.role !== "base" && form.role !== "ing"
    && (bare || (!passive && !antecedent && (!/^(?:had|has|have|would|could|might)$/.test(tokens[k + 1]?.lower ?? "") || finiteClauseAt(tokens, cueEnd, se))));
  const isPrep = (t: Token | undefined) => !!t && t.kind === "word" && (PREPOSITIONS.has(t.lower) || t.lower === "of");
  // ("Observers in Dover and around the state say": an adverb-preposition before a determiner, coordinated with a
  // postmodifier before it, opens such a phrase too; elsewhere it may be an adverbial: "has throughout his term argued".)
  const prepositionBefore = !!beforeSpeaker && (isPrepositionWord(beforeSpeaker) || (speaker.a - 2 > ss && ADVERB_PREPOSITIONS.has(beforeSpeaker.lower) && DETERMINERS.has(tokens[speaker.a]!.lower) && /^(?:and|or)$/.test(tokens[speaker.a - 2]!.lower)));
  if (beforeSpeaker && speaker.a - 1 >= ss && prepositionBefore && !appositive && !subordinate && !(antecedent && /^(?:say|read|write)$/.test(lemma) && (lemma !== "read" || READ_HEADS.has(tokens[headOf(tokens, speaker)]!.lower)))) {
    // ("empty promises by Sanders": a noun-like cue form is no verb here.)
    const whole = NOUN_LIKE_FORMS.has(tokens[i]!.lower) ? null : postmodifiedSubject(tokens, speaker, ss);
    // ("Jo Roe, spokeswoman for the committee said", "a reporter writing for the agency stated": where the whole
    // subject cannot be read, the body after "for" a source noun or a participle still names whom the words come
    // from; after other words "for" opens an adjunct: "for decades some critics predicted", "for the time being".)
    const forBody = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap && (isSourceHead(t) || /\p{Ll}(?:ing|ed)$/u.test(t.lower));
    // ("C, attorneys for the family said.", "“C,” aides to the governor said": a tag after the content's comma or closing
    // quote, closing the sentence; its subject starts after that comma, and a source before the preposition heads it.)
    const tagHead = whole ? null : speaker.a - 2 >= ss ? phraseEndingAt(tokens, speaker.a - 2, ss) : null;
    const tagOpen = tagHead ? tokens[tagHead.a - 1] : undefined;
    const tag = !!tagHead && tagHead.b === speaker.a - 1 && tagHead.a - 1 > ss && !!tagOpen && (tagOpen.text === "," || (tagOpen.kind === "quote" && tagOpen.role === "close"))
      && (isSourceHead(tokens[tagHead.b - 1]!) || personHead(tokens[tagHead.b - 1]!)) && afterCue(p, s, cueEnd, form).closes
      // (Not after a bare noun phrase that opens the sentence: "Jo Roe, the spokeswoman for the board said." has an appositive.)
      && phraseEndingAt(tokens, tagHead.a - 2, ss)?.a !== subjectStart(tokens, ss, tagHead.a - 1)
      // (Nor after the speaker of an earlier tag: in "“C,” said Jo Roe, a spokesman for the board quoted in the Post." the
      // phrase describes that speaker.)
      && !earlier.some((f) => f.sentence === s && f.speaker !== null && f.speaker.b === tagHead.a - 1);
    if (whole) speaker = whole;
    else if (tag) speaker = { a: tagHead!.a, b: speaker.b };
    // (After an adverb-preposition the phrase found stands when no whole subject can be read.)
    else if (isPrepositionWord(beforeSpeaker) && !(beforeSpeaker.lower === "for" && speaker.a - 2 >= ss && forBody(tokens[speaker.a - 2]))) {
      // ("In an interview with the Washington Post Trump said C": the phrase runs from the opening adjunct into the subject.)
      const named = adjunctSubject(tokens, speaker, ss);
      if (!named) return null;
      speaker = named;
    }
  } else if (beforeSpeaker && speaker.a - 2 >= ss && beforeSpeaker.kind === "word" && !beforeSpeaker.cap && /^\p{Ll}{3,}ed$/u.test(beforeSpeaker.lower) && (isPrep(tokens[speaker.a - 2]) || (speaker.a - 3 >= ss && /^\p{Ll}{2,}ly$/u.test(tokens[speaker.a - 2]!.lower) && isPrep(tokens[speaker.a - 3]) && !tokens[speaker.a]!.cap)) && !appositive && !subordinate && !NOUN_LIKE_FORMS.has(tokens[i]!.lower)) {
    // ("Relatives of mobilized men suggest", "An analysis of newly filed reports shows": a participle adjective the
    // phrase scan left out, after a preposition (and an adverb that modifies it, before a common noun only: "in newly
    // liberated Dover" is a place adjunct as often); the
    // whole subject speaks when it can be read, else the phrase stands as found: "a series of observed indicators that".)
    speaker = postmodifiedSubject(tokens, speaker, ss) ?? speaker;
  } else if (appositive && beforeSpeaker && speaker.a - 1 >= ss && beforeSpeaker.kind === "word" && (PREPOSITIONS.has(beforeSpeaker.lower) || beforeSpeaker.lower === "of") && !subordinate && leftEdge < 0) {
    // "The clerk of nearly four years, a registered voter, said", "A nurse in Dover, a mother of two, said": the
    // phrase before the appositive's comma is the object of a postmodifier; the subject it modifies speaks.
    // (Not an opening participle clause: "Adopting the advice of a panel, the board ...".)
    const whole = postmodifiedSubject(tokens, speaker, ss);
    if (whole && !/ing$/.test(tokens[whole.a]!.lower)) speaker = whole;
  }
  // ("Until December Microsoft said C", "After the debate Clinton said C": a subordinator that opens the sentence is read as
  // opening the cue's clause; where the phrase after it runs from an adjunct into a name, the name is the subject.)
  if (subordinate && speaker.a - 1 === ss) speaker = adjunctSubject(tokens, speaker, ss) ?? speaker;
  // ("A study by law professor Jo Roe found C", "An analysis of super PACs shows C", "The average of polls taken over the
  // past two weeks shows C": the phrase found may be only the object inside a postmodifier after a modifier word; a weak
  // cue of finding or inference, which needs a source, takes the whole subject when an evidence noun heads it. Not a
  // relative pronoun, which stands for the noun before it, nor other weak cues: "the tariffs the firms charge".)
  if ((lemma === "find" || INFERENCE_LEMMAS.has(lemma) || lemma === "reveal") && !appositive && !subordinate && !/^(?:which|that|who)$/.test(tokens[speaker.a]!.lower) && !EVIDENCE_NOUNS.has(tokens[headOf(tokens, speaker)]!.lower) && !evidenceSubject(tokens, speaker)) {
    const whole = postmodifiedSubject(tokens, speaker, ss);
    if (whole && whole.a < speaker.a && evidenceSubject(tokens, whole)) speaker = whole;
  }
  return speaker;
}

/**
 * A postposed verb cue, its speaker after the content's comma or closing quote ("“C,” Roe said", "C, officials
 * said."), or an "as" clause ("as Roe said"): `frame` is its frame, null when the cue is not postposed; `frontedEnd`
 * the comma (or closing quote) that ends a fronted adjunct before the speaker, whose frames' contents end there, or
 * -1. `cueType`, `weight`, `leftEdge`, `described` and `after` (afterCue's reading) are verbFrame's.
 */
function postposedFrame(p: ParagraphView, s: number, i: number, cue: VerbCue, cueType: CueType, weight: number, speaker: Range, leftEdge: number, described: boolean, after: ReturnType<typeof afterCue>): { frame: Frame | null; frontedEnd: number } {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd } = cue;
  const lemma = form.verb.lemma;
  // Postposed: the speaker phrase follows a comma or a closing quote, and nothing that can be content follows the cue.
  const edge = leftEdge >= 0 ? leftEdge : speaker.a;
  const leftOfSpeaker = tokens[edge - 1];
  const asFrame = asClauseFrame(p, s, speaker, after);
  /** The comma (or closing quote) that ends a fronted adjunct before the speaker, whose frames' contents end there. */
  let frontedEnd = -1;
  if (asFrame) return { frame: frame({ pattern: "postposed", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight, speaker, speakerFrom: null, content: { start: asFrame.start, end: asFrame.end }, outlet: after.outlet, addressee: after.addressee, boundary: asFrame.boundary }), frontedEnd };
  // ("Sunday on CNN’s “State of the Union,” Roe said Democrats ...": a quoted title inside an opening adverbial,
  // then a clause after the cue; that clause is the content, not the title.)
  const nextWord = tokens[after.end];
  const titleBefore = tokens[ss]!.kind !== "quote" && after.end === cueEnd && nextWord !== undefined && after.end < se && nextWord.kind === "word" && (nextWord.cap || (PRONOUN_WORDS.has(nextWord.lower) && !DETERMINERS.has(nextWord.lower)));
  // "“C1,” Roe said, “C2.”": a quotation on both sides of the tag is one passage that the tag interrupts.
  const interrupts = quoteBefore(tokens, edge - 1) && tokens[after.end]?.text === "," && tokens[after.end + 1]?.kind === "quote" && tokens[after.end + 1]!.role === "open";
  // ("Then there was Jo Roe, who lamented in an interview, “C”", "... involve the attorney general, who told Congress:
  // “C”": a relative pronoun's clause never reports the clause before it, which holds its antecedent; its content follows.)
  const relativeSpeaker = (speaker.b - speaker.a === 1 && /^(?:who|whom|which|that)$/.test(tokens[speaker.a]!.lower)) || quantifiedRelative(tokens, speaker);
  // "“C,” Merkel told reporters after the meeting that was held on a boat", "“C,” she said at a news conference
  // announcing that ...", "“C,” Texas delegate Jo Roe, wearing a hat, said matter-of-factly as ...": a tag whose
  // quotation opens the sentence and closes with a comma right before the subject (or a description before it)
  // reports that quotation; what follows the cue are adjuncts of the tag (time, manner, "as"/"when" clauses,
  // "of"-phrases, participles, relative clauses), never a second content of the same cue, unless punctuation
  // marks one (a colon, a quotation resumed, ", that C"). A new claim after it keeps its own cue (", adding that C").
  const describedEdge = leftOfSpeaker?.kind === "word" && edge - 1 >= ss ? descriptionBefore(tokens, edge, ss) : -1;
  const tagEdge = describedEdge >= 0 ? describedEdge : edge;
  const openingTag = !described && !relativeSpeaker && tagEdge - 1 > ss && openingQuotationBefore(p, s, tagEdge - 1) && !markedContentAfter(tokens, cueEnd, se);
  // (Not a cue that never closes a quotation: "“C,” the union called for." has lost its object.)
  if (cueType !== "stance" && form.verb.postposed !== false && (openingTag || (!described && !relativeSpeaker && leftOfSpeaker && edge - 1 >= ss && (leftOfSpeaker.text === "," || (leftOfSpeaker.kind === "quote" && leftOfSpeaker.role === "close")) && (after.closes || interrupts || (quoteBefore(tokens, edge - 1) && !contentFollows(tokens, cueEnd, se) && !titleBefore && !wovenQuoteBefore(p, s, edge - 1)))))) {
    const content = contentBefore(p, s, openingTag ? tagEdge - 1 : edge - 1);
    // "In an interview, Durbin said on Thursday he ...", "In the spring after the vote, Roe declared at a rally, “C”": before
    // the speaker stands only an adjunct, of any length; "Dashing into the hall, Roe called over her shoulder, “C”": or an
    // unquoted stretch with no clause of its own, before a cue that an adjunct closes. The content follows the cue.
    // ("Despite the polls, Roe said if elected she would ...", "Soon after the vote, Roe wrote to her followers, “C”", "Even as
    // Poe claimed that “C1,” Roe said C2": before the speaker stands one subordinate clause or prepositional phrase, with
    // no comma of its own, and a clause or quotation follows the cue: that is the content.)
    // (Not a parenthetical tag, "If C1, the campaign said, C2", nor a quotation it interrupts, "“If C1,” he said, “C2”".)
    const fronted = tokens[after.end]?.text !== "," && !interrupts && frontedSubordinate(tokens, ss, content) && (contentFollows(tokens, after.end, se) || (tokens[after.end]?.kind === "word" && finiteClauseAt(tokens, after.end, se)));
    if (fronted) frontedEnd = edge - 1;
    if (content && !fronted && !((adjunctOnly(p.text, content) || (tokens[after.end]?.kind === "word" && !quoteBefore(tokens, edge - 1) && incompleteBefore(tokens, ss, content))) && contentFollows(tokens, after.end, se))) {
      // ("“C,” the world 200m record holder told the BBC": a description the phrase scan left out before a speaker
      // that is no name belongs to its noun phrase; a name stays the shortest form that names the source.)
      const tagSpeaker = openingTag && describedEdge >= 0 && !isNameRange(tokens, speaker) ? { a: describedEdge, b: speaker.b } : speaker;
      const tagFrame = frame({
        pattern: "postposed", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight,
        speaker: tagSpeaker, speakerFrom: null, content, outlet: after.outlet, addressee: after.addressee, boundary: content.boundary,
        ...continued(p, s, after.end, content),
        ...parenthetical(p, s, after.end, content, tokens[(openingTag ? tagEdge : edge) - 1]!),
      });
      return { frame: tagFrame, frontedEnd };
    }
  }
  return { frame: null, frontedEnd };
}

/**
 * What the subject `speaker` (headed by `head`) makes of the verb cue at token `i`: the cue's type, "evidence" when
 * evidence shows, finds, indicates or suggests, and whether the inference is the writer's (see writersInference);
 * null when the subject reports no proposition with this cue (a negated or disagreeing subject, a noun phrase, a
 * conversational hedge, a weak cue without a source). `cueType`, `appositive`, `dashed` and `bare` are verbFrame's.
 */
function subjectReading(p: ParagraphView, s: number, i: number, cue: VerbCue, cueType: CueType, speaker: Range, head: Token, appositive: Range | null, dashed: boolean, bare: boolean): { cueType: CueType; writers: boolean } | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd } = cue;
  const lemma = form.verb.lemma;
  // "No group claimed responsibility", "Nobody said": a negated claim reports no proposition.
  if (/^(?:no|none|nobody|neither)$/.test(tokens[speaker.a]!.lower)) return null;
  // Present tense agrees with its subject: "officials say", "it says"; "Iraqi state TV" is no cue.
  // ("Just over a quarter, 26 percent, say": an appositive noun phrase restates the subject and agrees with the verb as it does.)
  const pluralAppositive = !!appositive && !dashed && phraseEndingAt(tokens, appositive.b - 1, appositive.a)?.a === appositive.a && isPluralSubject(tokens[headOf(tokens, appositive)]!);
  // ("Imagery released by X confirm C": a mass noun of visual evidence takes a plural verb as "data" does.)
  if (form.role === "base" && bare && !isPluralSubject(head) && !COLLECTIVE_EVIDENCE_NOUNS.has(head.lower) && !pluralBeforePostmodifier(tokens, speaker) && !coordinated(tokens, speaker) && tokens[speaker.a]!.lower !== "those" && !pluralAppositive) return null;
  // "racist remarks", "minority reports", "a large pledged delegate lead": a noun-like cue form right after
  // a modifier that names no source (an adjective or attributive noun) is part of a noun phrase.
  // (A written text is a source: "the lawsuit claims that C", "the letter states that C".)
  if (bare && NOUN_LIKE_FORMS.has(tokens[i]!.lower) && headOf(tokens, speaker) === i - 1 && !head.cap && !PRONOUN_WORDS.has(head.lower) && !isSourceHead(head) && !EVIDENCE_NOUNS.has(head.lower) && !(READ_HEADS.has(head.lower) && tokens[cueEnd]?.lower === "that" && cueEnd + 1 < se && subjectOpener(tokens[cueEnd + 1]!))) return null;
  // "I think", "you know": conversational hedges, not claims anybody could check.
  if (cueType === "belief" && speaker.b - speaker.a === 1 && /^(?:i|we|you)(?:['’](?:ve|d|ll|m|re))?$/.test(head.lower)) return null;
  // "Putin likely believes that C", "the units probably know that C": the writer's hedge on a state of mind is the
  // writer's guess at what the subject has in mind; the subject said nothing.
  if (MENTAL_STATE_LEMMAS.has(lemma) && i - 1 >= speaker.b && GUESS_ADVERBS.has(tokens[i - 1]!.lower)) return null;
  // "He might hope that C", "Europeans must hope that C": a wish under a modal is the writer's conjecture or advice.
  if (WISH_LEMMAS.has(lemma) && i - 1 >= speaker.b && MODALS.has(tokens[i - 1]!.lower === "also" && i - 2 >= speaker.b ? tokens[i - 2]!.lower : tokens[i - 1]!.lower)) return null;
  // ("boosting their Oscars hopes this month", "will lead British hopes at the awards": the noun, when a preposition or a
  // time phrase follows it where the verb's clause would start.)
  if (WISH_LEMMAS.has(lemma) && (PREPOSITIONS.has(tokens[cueEnd]?.lower ?? "") || (/^(?:this|next|last)$/.test(tokens[cueEnd]?.lower ?? "") && (TIME_WORDS.has(tokens[cueEnd + 1]?.lower ?? "") || TIME_UNITS.has((tokens[cueEnd + 1]?.lower ?? "") + "s"))))) return null;
  // "and I quote, “…”": the writer's formula hands the words to the one quoted; "I" is not their source.
  if (lemma === "quote" && speaker.b - speaker.a === 1 && /^(?:i|we)$/.test(head.lower)) return null;
  // Weak cues need a source-like subject, or a that-clause right after them ("the couple worried that ...",
  // "Autor and his colleagues found that ..."); events "show" nothing ("the attack showed that ...").
  // ("Early results of an entrance poll of voters show", "a Marist poll for NBC News released last week showed": the
  // evidence noun heads the subject's first noun phrase, before its postmodifiers.)
  const evidence = EVIDENCE_NOUNS.has(head.lower) || evidenceSubject(tokens, speaker);
  // "the sign read", "the email read", and "it read" or "read one" next to the quotation it reads.
  const readsText = lemma === "read" && (READ_HEADS.has(head.lower) || (/^(?:it|one)$/.test(head.lower) && speaker.b - speaker.a === 1 && (quotationJustBefore(tokens, i, ss) || namingQuote(tokens, tokens[cueEnd]?.text === "," ? cueEnd + 1 : cueEnd))));
  // ("The star noted Latinos have a harder time", "The actress explained why ...", "predicted in March that C": these
  // verbs of saying take a wh- or finite clause, or "that" after an adjunct, as they do as participles.)
  // (Not "suggest", "indicate", "reveal": with a subject that is no source they infer, "the phrase suggests C"; nor after a
  // relative "that", "content that indicates service ...".)
  const clauseTaker = /^(?:explain|note|predict|forecast|estimate)$/.test(lemma) && tokens[speaker.a]!.lower !== "that" && cueEnd < se && (/^(?:why|how)$/.test(tokens[cueEnd]!.lower) || (subjectOpener(tokens[cueEnd]!) && finiteClauseAt(tokens, cueEnd, se)) || thatAfterAdjunct(p, s, cueEnd, form));
  // ("Obama, who called the nominee “unfit”", "the senator, who has criticized the deal": a relative "who" is as much a
  // source as the noun it stands for, the word before it; "which" stands for things as often as for sources.)
  // "The panel found the treaty was breached", "the remarks suggest Roe is worried": a finite clause without "that"
  // after a verb of finding, as with it. (Not when an "-s" form disagrees with a plural head: "motivating voters in
  // Florida shows C" has a subject further left than the phrase found.)
  // ("Russian airstrikes suggest C" without "that" is the writer's inference from an event: only a message or an
  // account as subject speaks; see MESSAGE_NOUNS.)
  const source = head.lower === "who" && speaker.b - speaker.a === 1 ? relativeAntecedentHead(tokens, speaker.a, ss) ?? head : head;
  const inferred = (lemma === "suggest" || lemma === "indicate") && !evidence && !head.cap && !isSourceHead(source) && !personHead(head) && !READ_HEADS.has(head.lower) && !MESSAGE_NOUNS.has(head.lower);
  const findingClause = FINDING_CLAUSE_LEMMAS.has(lemma) && !inferred && finiteComplement(tokens, cueEnd, se) && !(form.role === "s" && isPluralSubject(head));
  // (A head that names people is a source too, for any weak cue but "show" and "find": "a woman asked", "rival
  // candidates criticized", "those who fear C"; see personHead.)
  // ("the policy, which rich nations blamed for the slump": blaming somebody for something is a charge whoever makes it.)
  if (WEAK_LEMMAS.has(lemma) && !readsText && !clauseTaker && !cue.chargeGap && !(evidence || (source.cap && lemma !== "show" && lemma !== "find") || (lemma !== "show" && lemma !== "find" && (personHead(head) || personHead(source))) || isSourceHead(source)) && !(lemma !== "show" && ((tokens[cueEnd]?.lower === "that" && clauseRightAfter(tokens, cueEnd, se)) || findingClause))) return null;
  const writers = writersInference(tokens, ss, i, lemma, speaker, head, evidence);
  // "He shows no respect": people do not "show" or "find" propositions; evidence does (and "it"/"this" standing for it).
  // (A finite clause without "that" counts as one with it: "the panel found the treaty was breached".)
  if ((lemma === "show" || lemma === "find") && !evidence && !/^(?:it|this|that|these|they)$/.test(head.lower) && tokens[cueEnd]?.lower !== "that" && !findingClause) return null;
  if ((lemma === "show" || lemma === "find" || lemma === "indicate" || lemma === "suggest") && evidence) { cueType = "evidence"; }
  if (lemma === "read" && !readsText) return null;
  return { cueType, writers };
}

/**
 * The subject of the verb cue at token `i`, found left of it from `scan`'s reading, or null when there is none:
 * `speaker` is what speaks, `appositive` the appositive set off beside it (a chain's own when the subject was read
 * as a chain), `leftEdge` where the subject starts when a description before the speaker belongs to it (else -1),
 * `described` that this description opens the sentence. `progressive`, `bare` and `passive` are verbFrame's.
 */
function subjectBeforeCue(p: ParagraphView, s: number, i: number, k: number, cue: VerbCue, scan: SubjectScan, progressive: boolean, bare: boolean, passive: boolean, earlier: Frame[]): { speaker: Range; appositive: Range | null; leftEdge: number; described: boolean } | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const { form, cueEnd } = cue;
  const { last, dashed, cueComma, dashSubject } = scan;
  let { appositive, chain } = scan;
  let speaker = dashSubject ?? (chain ? null : relativeSubject(tokens, last, ss) ?? phraseEndingAt(tokens, last, ss));
  // "While she’s said C", "and they’ve argued C": a pronoun fused with its auxiliary is the subject (extract.ts
  // trims the auxiliary), lower-case as well as at the sentence's start.
  // ("And he’s predicting that C": so is a pronoun fused with the "is" of a progressive, with a clause right after
  // the cue; "she’s still saying it" reports no proposition.)
  if (!speaker && !chain && last >= ss && last < i && /^(?:i|we|you|they|he|she|who)['’](?:ve|d|s)$/.test(tokens[last]!.lower) && (form.role === "past" || (progressive && /['’]s$/.test(tokens[last]!.lower) && clauseRightAfter(tokens, cueEnd, se)))) speaker = { a: last, b: last + 1 };
  // (So is a party tag found as the subject: "Sen. Jo Roe, R-Fla., a critic of the plan, said".)
  if ((!speaker || (speaker.b - speaker.a === 1 && /^[rdi]-\p{L}/u.test(tokens[speaker.a]!.lower))) && appositive && !dashed && cueComma >= 0) {
    chain = chainSubject(tokens, ss, cueComma);
  }
  // The speaker is the name after a description that opens the sentence ("One hopeful, Jo Roe, says"): what precedes it is that description, not content.
  let described = false;
  // Where the subject starts: the description's start when the speaker is the name after it ("“C,” the chief engineer, Jo Roe, said").
  let leftEdge = -1;
  // "..., who said C": the relative pronoun is the speaker; it resolves to the phrase before its comma.
  // ("Graham—who had endorsed X", "Duke (who endorses X)": a dash or an opening bracket sets the relative off as a comma does.)
  // ("including 18% who say C": a share's sign ends the antecedent as a word does.)
  // ("Relatives of the crew, many of whom say C", "the donors, some of which argue C": a quantifier and "of" before the
  // relative pronoun after a comma make a relative subject too; the whole phrase speaks, a part of the antecedent.)
  if (!speaker && last - 3 >= ss && /^(?:whom|which)$/.test(tokens[last]!.lower) && tokens[last - 1]!.lower === "of" && tokens[last - 3]!.text === ","
    && /^(?:many|some|most|all|several|few|both|half|each|none|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(tokens[last - 2]!.lower)) speaker = { a: last - 2, b: last + 1 };
  if (!speaker && last > ss && /^(?:who|which)$/.test(tokens[last]!.lower) && (tokens[last - 1]!.text === "," || tokens[last - 1]!.kind === "word" || isDash(tokens[last - 1]) || tokens[last - 1]!.text === "(" || tokens[last - 1]!.text === "%")) speaker = { a: last, b: last + 1 };
  // "a new poll that shows C", "T-shirts that said C": the noun before a relative "that" speaks.
  /** The speaker is the antecedent of a relative "that" ("replaced by a message that said C"): with "say", "read" or
   * "write" it may be any object; with others a prepositional object rarely reports ("with a group that pledged
   * loyalty", "from the industries that oppose the rule", "a college that promised an education"). */
  let antecedent = false;
  if (!speaker && last - 1 > ss && tokens[last]!.lower === "that" && tokens[last - 1]!.kind === "word" && !tokens[last - 1]!.cap) {
    // ("a letter from his doctor Friday afternoon that says C": a time adjunct after the antecedent is not part of it.)
    let e = last - 1;
    while (e > ss && last - 1 - e < 3 && isTimeWord(tokens[e]!)) e--;
    const timed = e < last - 1 && tokens[e]!.kind === "word" && (isCommonNounHead(tokens[e]!) || (tokens[e]!.cap && !isTimeWord(tokens[e]!)));
    const ante = phraseEndingAt(tokens, timed ? e : last - 1, ss);
    // ("activity in the past 24 hours that indicates C": a span of time heads no antecedent that reports; the relative
    // belongs to a noun before the time adjunct.)
    const span = !timed && TIME_UNITS.has(tokens[last - 1]!.lower);
    if (ante && !span && !(PRONOUN_WORDS.has(tokens[ante.a]!.lower) && ante.b - ante.a === 1)) { speaker = ante; antecedent = true; }
  }
  if (!speaker) speaker = objectBeforeCue(tokens, last, ss);
  if (!speaker && !chain) return null;
  // "Proponents of the new bill say", "People with direct knowledge of the talks said": the phrase
  // after a preposition is a postmodifier of the subject, which starts further left.
  // "Sailors from Skagen, Jutland Oblast, claimed", "Farmers from Ames, Iowa, said": a region between commas after a
  // place is no appositive of the subject; it locates the place, and the subject runs through it.
  if (!chain && speaker && appositive && !dashed && speaker.b === appositive.a - 1) {
    const located = regionOfPlace(tokens, appositive, ss);
    if (located !== appositive) { speaker = located; appositive = null; }
  }
  if (chain) { speaker = chain.speaker; appositive = chain.appositive; if (chain.edge < speaker.a) { leftEdge = chain.edge; described = chain.edge <= ss; } }
  else if (!speaker) return null;
  else if (!appositive || dashed) speaker = openingCoordination(tokens, withPostmodifiers(tokens, regionOfPlace(tokens, speaker, ss), ss), ss);
  // "A top strategist, John Weaver, said": a description followed by the name; the name is the shortest form that names the source.
  // ("An independent analytical organization, the Center for Defense Strategies, noted": so is an institution's name
  // with its article after a lower-case description.)
  // ("The Mayor of Skagen, Jutland Province, Jo Roe, said": the phrase before the name is a region locating the
  // description's place; the name is the speaker, the description through the region its left edge.)
  else if (isNameRange(tokens, appositive) && placeDescriptionBefore(tokens, speaker, ss) >= 0) { leftEdge = placeDescriptionBefore(tokens, speaker, ss); described = leftEdge <= ss; speaker = appositive; }
  else if (!(PRONOUN_WORDS.has(tokens[speaker.b - 1]!.lower)) && !tokens[speaker.b - 1]!.cap && institutionName(tokens, appositive)) { leftEdge = speaker.a; described = speaker.a <= ss; speaker = appositive; }
  else if (!(PRONOUN_WORDS.has(tokens[speaker.b - 1]!.lower)) && isNameRange(tokens, appositive) && (!tokens[speaker.b - 1]!.cap || describedBody(tokens, speaker, ss) || (titledBody(tokens, speaker, ss) && !DIVISION_NOUNS.has(tokens[appositive.b - 1]!.lower) && !COUNTRIES.has(tokens[appositive.b - 1]!.lower) && !stateName(tokens, appositive)))) { leftEdge = speaker.a; described = speaker.a <= ss; speaker = appositive; }
  if (!chain && !appositive) speaker = coordinatedTag(p, s, speaker, cueEnd, form);
  let subject = subjectAroundPreposition(p, s, i, k, cue, speaker, appositive, leftEdge, antecedent, bare, passive, earlier);
  if (!subject) return null;
  subject = afterOccasionHead(tokens, subject);
  return { speaker: subject, appositive, leftEdge, described };
}

/** Words that single out an occasion before "time" ("the first time", "the only time"). */
const OCCASION_ORDINALS: ReadonlySet<string> = new Set(["first", "second", "third", "last", "only", "next", "latest"]);

/**
 * "This is the first time ISW has observed C": an ordinal occasion ("the first time", "the last day") followed by
 * a contact relative clause; the clause's subject after the occasion noun is the speaker, not the whole phrase.
 * Constant work: the first three tokens of the phrase.
 */
function afterOccasionHead(tokens: Token[], speaker: Range): Range {
  for (let t = speaker.a; t < speaker.b - 1 && t - speaker.a < 3; t++) {
    if (!MOMENT_NOUNS.has(tokens[t]!.lower) || t === speaker.a || !OCCASION_ORDINALS.has(tokens[t - 1]!.lower)) continue;
    const next = tokens[t + 1]!;
    if (next.kind !== "word" || PREPOSITIONS.has(next.lower) || next.lower === "of") return speaker;
    return { a: t + 1, b: speaker.b };
  }
  return speaker;
}

/**
 * The frame of the verb cue at token `i` (whose word has the forms `forms`), or null when it reports no claim there.
 * (Its readings are split into the helpers above, each one concept, for speed: V8 optimises a function only after a
 * number of calls and loop ticks that grows with its bytecode size, and recompiles all of it after a deoptimisation,
 * so this function as one 46 KB piece ran interpreted over most of a 2 MB input and took seconds of compile time on
 * larger ones. It must stay under the 8000 bytes of bytecode that parallel runs let V8 optimise, src/gc.ts.)
 */
function verbFrame(p: ParagraphView, s: number, i: number, forms: CueForm[], earlier: Frame[]): Frame | null {
  const { a: ss, b: se } = p.sentences[s]!;
  const tokens = p.tokens;
  const cueForm = verbCueForm(tokens, se, i, forms);
  if (!cueForm) return null;
  const { form, cueEnd } = cueForm;
  // ("put it on the table": a comment-clause cue needs its "as" before the subject, checked in full by asClauseFrame.)
  // (Before a colon the sentence is the colon frame's: "As Roe put it: “C”".)
  if (form.verb.commentOnly && (!asBeforeSubject(tokens, ss, i) || tokens[cueEnd]?.text === ":")) return null;
  const prev = tokens[i - 1];
  // "As reported by X, C" / "C, as noted by X": the by-phrase names the source.
  if (form.role === "past" && prev?.lower === "as" && i - 1 >= ss && tokens[cueEnd]?.lower === "by") {
    return asReportedFrame(p, s, i, cueEnd, form);
  }
  if (nounUseOfCue(tokens, ss, s, i, cueEnd, form) || inCueIdiom(tokens, ss, se, i)) return null;
  const next = tokens[cueEnd];
  // "amplified footage of the strike", "amplified this claim", "the claim was amplified by X": a relaying verb passes
  // material on; it reports a proposition only with a that-clause ("amplified reports that C").
  if (form.verb.reportObjectOnly && !reportObjectAt(tokens, cueEnd)) return null;
  const passiveFrameFound = passiveCueFrame(p, s, i, cueEnd, form);
  if (passiveFrameFound !== undefined) return passiveFrameFound;
  // "pledged to ban ...", "vowed to fight": a commitment to act, not a proposition; a stance for the
  // verbs whose lexicon entry takes the infinitive as content, nothing for the others ("asked to leave").
  // ("claimed to have destroyed three tanks": a proposition, see `CueVerb.infinitive`.)
  const infinitive = next?.lower === "to" && form.verb.infinitive !== undefined && tokens[cueEnd + 1]?.kind === "word" && !tokens[cueEnd + 1]!.cap && cueEnd + 1 < se
    && !(form.verb.infinitive === "proposition" && !claimedInfinitive(tokens, ss, se, i, cueEnd, form));
  // ("“C,” read one.", "“C,” the statement read in part.": a quotation just before "read" and its subject is what it reads.)
  // ("“C,” replied Jo Roe.", "“C,” responded the mayor.": right after a quotation, before a name or a source, the verb is
  // inverted; the quotation is its content. Not "“...,” posted the clip": an object follows.)
  // "“C,” he explained with a smile.", "“C,” Rubio responded before adding ...": a tag after the quotation it reports;
  // what follows the verb is an adjunct, not a missing object or clause.
  const tag = (form.role === "past" || form.role === "s") && tagAfterQuotation(tokens, i, ss);
  if (notAReportingVerb(p, s, i, cueEnd, form, infinitive, tag)) return null;
  // "the withdrawal, which they described as a betrayal", "what he sees as a threat": the relative pronoun before the
  // subject stands for the object, and the content is the "as" complement alone.
  // ("which he described as “a big step”": the complement may be a quotation.)
  const asGap = (form.verb.asObject || form.verb.asLabel) && next?.lower === "as" && cueEnd + 1 < se && (tokens[cueEnd + 1]!.kind === "word" || (tokens[cueEnd + 1]!.kind === "quote" && tokens[cueEnd + 1]!.role === "open")) && !asClauseAt(tokens, cueEnd, se) && !nameOnlyAt(tokens, cueEnd + 1, se) && labellingGapBefore(tokens, i, ss);
  // "the policy, which rich nations have blamed for the slump", "whom hardliners accused of treason": the relative
  // pronoun before the subject is the object, and the "for"/"of" phrase carries the charge.
  const chargeGap = !asGap && chargeGapAt(tokens, ss, i, cueEnd, form);
  if (reportsNoProposition(p, s, i, cueEnd, form, infinitive, tag, asGap || chargeGap)) return null;
  // "called on", "called him back", "called the police", "a website called X": no naming; "called it “the least bad
  // option”", "called him a liar", "labeled Trump unfit": a naming, whose content is the object and its label (or the
  // label alone after a relative gap: "what he calls “real solutions”").
  let labelEnd = -1;
  if (form.verb.labelling) {
    const label = labelEndOf(tokens, ss, se, i, cueEnd, form, asGap);
    if (label === null) return null;
    labelEnd = label;
  }
  /** A content end (a text offset) cut at the end of a quoted label. */
  const labelCut = (end: number): number => labelEnd >= 0 && labelEnd < se ? Math.min(end, tokens[labelEnd - 1]!.end) : end;
  // "told her to leave", "warned officials to boost security": a directive, not a claim.
  if (next && next.kind === "word" && (form.verb.object === "addressee" || DIRECTIVE_CAPABLE.has(form.verb.lemma))) {
    const obj = phraseStartingAt(tokens, cueEnd, p.sentences[s]!.b, { maxLower: 4 });
    if (obj && tokens[obj.b]?.lower === "to" && tokens[obj.b + 1]?.kind === "word" && !tokens[obj.b + 1]!.cap) return null;
    // "called Alicia Machado on Friday": a telephone call, not a naming.
    if (form.verb.lemma === "call" && obj && (obj.b >= p.sentences[s]!.b || PREPOSITIONS.has(tokens[obj.b]?.lower ?? "") || MARKERS_OR_END(tokens[obj.b]))) return null;
  }
  // "claimed responsibility for" is a phrase cue; "report" followed by "of"/"on" is a noun.
  if (form.role === "base" && next && (next.lower === "of" || next.lower === "on") && form.verb.np) return null;

  // "Asked whether he would run, the governor said ...": the question, put by somebody the text does not name.
  if (form.verb.lemma === "ask" && form.role === "past" && (i === ss || (i === ss + 1 && /^(?:when|after|once|if)$/.test(tokens[ss]!.lower)))) return askedFrame(p, s, i, cueEnd, form, false);
  // "“C,” Christie said when asked whether he would ...": the same unnamed question, closing the tag.
  if (form.verb.lemma === "ask" && form.role === "past" && i - 1 > ss && tokens[i - 1]!.lower === "when") return askedFrame(p, s, i, cueEnd, form, true);

  // Skip auxiliaries and adverbs left of the cue; note negation and passive.
  const { k, negated, passive, raised } = cueModifiersBefore(tokens, ss, i, form);
  if (negated) return null;
  /** No auxiliary or adverb between the subject and the cue (the cue's own form must agree with the subject). */
  const bare = k === i - 1;
  const lemma = form.verb.lemma;
  let cueType: CueType = infinitive && form.verb.infinitive !== "proposition" ? "stance" : form.verb.type;
  let weight = infinitive ? Math.min(form.verb.weight ?? 0.8, STANCE_INFINITIVE_WEIGHT) : form.verb.weight ?? 0.8;
  /** Where the content starts: the infinitive's "to", or past an addressee, adjuncts, "that", a colon. */
  const startOf = (): ContentStart => asGap ? { index: cueEnd + 1, outlet: null, addressee: null, colon: false } : infinitive || form.verb.asObject ? { index: cueEnd, outlet: null, addressee: null, colon: false } : contentStart(p, s, cueEnd, form);
  /** Where a content starting at `from` ends: a stance's noun-phrase object at its own edge, anything else at its clause end. */
  const contentEnd = (from: number): number => objectContentEnd(p, from, se, cueType === "stance" && form.verb.np === true && !infinitive);

  if (passive) return passiveFrame(p, s, i, cueEnd, k, form);

  // "is noting", "was claiming": a progressive is a finite verb like any other.
  const progressive = (form.role === "ing" && raised) || form.role === "ing" && k < i - 1 && /^(?:is|are|was|were|am|be|been)$/.test(tokens[i - 1]!.lower) || (form.role === "ing" && /^(?:is|are|was|were)$/.test(tokens[k + 1]?.lower ?? "") && k + 1 < i) || (form.role === "ing" && k >= ss && /^(?:he|she|who)['’]s$/.test(tokens[k]!.lower));
  // ("began writing the script", "will continue reporting observed indicators": after an aspectual verb the "-ing"
  // form names an ongoing activity unless a clause or an infinitive follows it, "began claiming that C".)
  // (Not a bare clause either: "kept reporting observed indicators we are using", "began saying the Lord's Prayer to
  // herself, just as I had" scan as clauses.)
  if (form.role === "ing" && raised && !infinitive && !clauseRightAfter(tokens, cueEnd, se)) return null;
  // Participles: ", adding that ...", "by announcing that ...", "while stressing ...".
  const cue: VerbCue = { form, cueEnd, infinitive, cueType, weight, startOf, contentEnd, labelCut, chargeGap };
  if (form.role === "ing" && !progressive) return participleFrame(p, s, i, k, cue, earlier);

  const inverted = invertedFrame(p, s, i, k, cue);
  if (inverted) return inverted;

  // Speaker to the left (skipping an appositive between commas).
  const scan = subjectScanBefore(p, s, i, k);
  if (!scan) return null;
  const { last, dashed, timeEnd, placeAdverb } = scan;
  if (last < ss) return null;
  // "X survived ... and says C", "X caucused ... then says C": the subject of the sentence speaks.
  // (A base form only with its clause right after it, "... and argue that C", not "to stop and think".)
  // ("..., but went on to say C": after "went on to" the base form is no bare verb of its own, so it needs no clause right after it.)
  // ("... and say they are no longer ...": or a clause that opens with its subject pronoun and a finite verb.)
  // (Not inside a quotation, after an auxiliary, or after an infinitive or modal in the first conjunct: "I'm not going to
  // sit here and say we have ...", "could see him and would say he was ...".)
  const pronounClause = bare && tokens[i]!.depth === 0 && /^(?:he|she|they|we|i)(?:['’](?:s|re|ll|d|ve|m))?$/.test(tokens[cueEnd]?.lower ?? "") && cueEnd < se && finiteClauseAt(tokens, cueEnd, se) && !infinitiveBefore(tokens, last, ss);
  if (/^(?:and|then|but)$/.test(tokens[last]!.lower) && last > ss && (form.role !== "base" || raised || ((clauseRightAfter(tokens, cueEnd, se) || pronounClause) && tokens[last - 1]?.lower !== "to" && !/^(?:to|will|would|can|could|should|must|may|might)$/.test(tokens[last - 2]?.lower ?? "")))) {
    // ("said companies are looking to X and are hoping C": a wish with no subject of its own may be the inner clause's
    // subject's as well as the speaker's; no guess is made.)
    if (WISH_LEMMAS.has(form.verb.lemma)) return null;
    const subject = coordinatedSpeaker(tokens, earlier.filter((f) => f.speaker && lendsSpeaker(f)), form) ?? sentenceSubject(p, s, last);
    const start = startOf();
    if (subject && start.index < se && !MARKERS_OR_END(tokens[start.index]) && !(cueType === "stance" && !infinitive && !stanceContentAt(tokens, start, form, se))) {
      return frame({
        pattern: "participle", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight: weight * 0.85,
        speaker: subject, speakerFrom: null, content: spanOf(p, start.index, labelCut(contentEnd(start.index))),
        outlet: start.outlet, addressee: start.addressee, boundary: last,
      });
    }
    return null;
  }
  const subject = subjectBeforeCue(p, s, i, k, cue, scan, progressive, bare, passive, earlier);
  if (!subject) return null;
  let { speaker, leftEdge } = subject;
  const { appositive, described } = subject;
  const head = tokens[headOf(tokens, speaker)]!;
  const reading = subjectReading(p, s, i, cue, cueType, speaker, head, appositive, dashed, bare);
  if (!reading) return null;
  cueType = reading.cueType;
  const { writers } = reading;
  if (weight < 0.6 && !isSourceHead(head) && !head.cap) weight *= 0.8;
  const unclaused = speaker;
  speaker = withRelativeClause(tokens, speaker, last);
  // ("The groups who wrote to her on Thursday say": a time adjunct after a relative clause dates the clause's verb.)
  if (speaker !== unclaused && timeEnd > last && speaker.b === last + 1) speaker = { a: speaker.a, b: timeEnd + 1 };
  // "A poll released Sunday found", "The report published Tuesday says", "A CNN poll in January showed": the time
  // adjunct after a document or poll tells which one it is (a reduced relative clause of the noun phrase), so it
  // belongs to the source, as it does after a written text ("The order issued Friday says"); a person's "Roe on
  // Monday said" keeps the name alone.
  if (timeEnd > last && speaker.b === last + 1 && (EVIDENCE_NOUNS.has(head.lower) || READ_HEADS.has(head.lower))) speaker = { a: speaker.a, b: timeEnd + 1 };
  // ("Activists here say": the adverb stays in the speaker, as a postmodifier that places the group: "the activists here".)
  if (placeAdverb >= 0 && speaker.b === placeAdverb && !PRONOUN_WORDS.has(tokens[placeAdverb - 1]!.lower)) speaker = { a: speaker.a, b: placeAdverb + 1 };
  // "“C,” harbour engineer Mia Lund said": a lower-case description right before the name belongs to the
  // subject (the name is the shortest form that names the source); the subject starts at the description.
  // Only when the cue closes the clause ("said.", "said on Monday.", "said, “C2”"): with more after the cue
  // ("…, actress Jo Roe wrote a blog", "Despite his “…,” lawyer Jo Roe wrote, Lazar is …") the content is there.
  // "the new phase of the offensive announced by Lavrov on April 19", "the timetable reported by two papers": a
  // participle with its "by" agent is passive, the noun phrase before it what was announced, not who announced it
  // ("said by phone", "told by email": a medium, not an agent).
  if (form.role === "past" && tokens[cueEnd]?.lower === "by" && tokens[cueEnd + 1]?.kind === "word" && !BY_MEDIUM.has(tokens[cueEnd + 1]!.lower) && !/ing$/.test(tokens[cueEnd + 1]!.lower)) return null;
  // "the one million seafarers estimated to be at sea", "a man believed to have fled": a passive participle of a verb
  // of judging with its "to be"/"to have" complement says what someone unnamed holds of the noun before it; no source.
  // (After a common noun or a comma: "Roe said to be honest, ..." has its subject and an aside.)
  const beforeCue = tokens[i - 1];
  if (form.role === "past" && RAISING_PASSIVES.has(lemma) && tokens[cueEnd]?.lower === "to" && /^(?:be|have)$/.test(tokens[cueEnd + 1]?.lower ?? "")
    && beforeCue !== undefined && (beforeCue.text === "," || (beforeCue.kind === "word" && !beforeCue.cap && !PRONOUN_WORDS.has(beforeCue.lower)))) return null;
  const after = afterCue(p, s, cueEnd, form);
  // (So does a topic after the cue: "“C,” councilmember Ada Voss said of the plan.")
  const topicAfter = after.end < se && /^(?:of|about)$/.test(tokens[after.end]!.lower);
  if (leftEdge < 0 && !appositive && isNameRange(tokens, speaker) && (tokens[after.end]?.text === "," ? tokens[after.end + 1]?.kind === "quote" && tokens[after.end + 1]!.role === "open" : after.closes || topicAfter)) leftEdge = descriptionBefore(tokens, speaker.a, ss);

  // (A comment-clause cue reports the clause around it, or a quotation right after it and its adjuncts: "As Roe put it
  // in a memo, “C”".)
  if (form.verb.commentOnly && !asClauseFrame(p, s, speaker, after) && !(tokens[after.end]?.text === "," && tokens[after.end + 1]?.kind === "quote" && tokens[after.end + 1]!.role === "open")) return null;
  const postposed = postposedFrame(p, s, i, cue, cueType, weight, speaker, leftEdge, described, after);
  if (postposed.frame) return postposed.frame;
  const frontedEnd = postposed.frontedEnd;
  // Postposed after a whole sentence-initial clause without comma is rare; a cue that closes its sentence with nothing before is not a claim.
  const start = startOf();
  if (start.index >= se || MARKERS_OR_END(tokens[start.index])) {
    // "He said:" closing the paragraph: the content is the next paragraph (a block quotation).
    // ("We had added a new section on X:" before a heading: after a verb that needs a clause, a colon that follows its
    // object introduces the thing added, no report.)
    if (start.colon && s === p.sentences.length - 1 && start.index >= se && !(form.verb.clauseOnly && DETERMINERS.has(tokens[cueEnd]?.lower ?? ""))) {
      const end = tokens[se - 1]!.end;
      return frame({
        pattern: "colon", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight: weight * 0.9,
        speaker, speakerFrom: null, content: { start: end, end }, outlet: start.outlet, addressee: start.addressee,
        boundary: -1, awaitsNext: true,
      });
    }
    return null;
  }
  // "said nothing", "said little": no proposition is reported.
  // ("said little, then left": a comma after it closes the same empty object.)
  if (!start.colon && /^(?:nothing|little|anything)$/.test(tokens[start.index]!.lower) && (MARKERS_OR_END(tokens[start.index + 1]) || tokens[start.index + 1]?.text === ",")) return null;
  // "said a word to the crew", "said a prayer", "said goodbye": an utterance named, no proposition ("said a lot of … are" is one).
  if (!start.colon && lemma === "say" && utteranceObject(tokens, start.index, se)) return null;
  // "find themselves in the thick of war zones", "found herself in charge": a reflexive object puts the subject in a
  // state or place; nothing is found out.
  if (!start.colon && lemma === "find" && REFLEXIVE_PRONOUNS.has(tokens[start.index]!.lower) && tokens[start.index + 1]?.lower !== "that") return null;
  // "knows the consequences", "expect a certain level of service", "expects her to win", "added 146,000 jobs":
  // these verbs report a proposition only with a clause after them ("knows voters are angry", "believe that ...").
  if (form.verb.clauseOnly && !infinitive && !start.colon && tokens[start.index - 1]?.lower !== "that" && !finiteClauseAt(tokens, start.index, se)
    && !(speakingSubject(tokens, headOf(tokens, speaker), ss) && finiteComplement(tokens, start.index, se))) return null;

  // Preposed with the speaker following a clause break inside a quote or after "that": nested claims keep their own speaker.
  const boundaryTok = tokens[speaker.a - 1];
  let boundary = boundaryTok && speaker.a - 1 >= ss && (boundaryTok.text === ";" || boundaryTok.text === ":" || boundaryTok.text === "," || /^(?:while|whereas|but|and)$/.test(boundaryTok.lower)) ? speaker.a - 1 : -1;
  // "O'Donnell, who said in an interview that C1, recalled that C2": a frame inside the appositive ends its content at the appositive's close.
  if (boundary < 0 && appositive && earlier.some((f) => f.cue.a >= appositive!.a && f.cue.a < appositive!.b)) boundary = appositive.b;
  if (boundary < 0 && frontedEnd >= 0) boundary = frontedEnd;
  const contentStop = preposedContentStop(p, s, i, k, start, cue, cueType, speaker, head, bare, labelEnd);
  if (!contentStop) return null;
  const { stop, venue } = contentStop;
  // (After "that" the clause is the content's own: "noted that when the campaign began Clinton led".)
  if (!start.colon && tokens[start.index - 1]?.lower !== "that" && subordinateAdjunctOnly(tokens, start.index, stop)) return null;
  const end = stop < se ? tokens[stop - 1]!.end : contentEndFrom(p, start.index, se);
  return frame({
    pattern: start.colon ? "colon" : "preposed", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType, weight,
    speaker, speakerFrom: null, content: spanOf(p, start.index, end),
    outlet: start.outlet ?? venue?.outlet ?? leadingOutlet(tokens, ss, speaker.a), addressee: start.addressee, boundary, writers,
  });
}

/**
 * A participle right after a noun phrase: "issued a statement saying C"
 * (the subject of the sentence speaks through its statement), "the survey
 * finding that C" (the evidence speaks), "Ryan saying C", "the share of
 * voters saying C" (the phrase itself speaks).
 */
function nounParticipleFrame(p: ParagraphView, s: number, i: number, cueEnd: number, k: number, form: CueForm, earlier: Frame[]): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const lemma = form.verb.lemma;
  // "sent an email Wednesday saying", "issued a statement on Friday saying": the noun is left of the time.
  let j = k;
  while (j > ss && k - j < 3 && tokens[j]!.kind === "word" && isTimeWord(tokens[j]!)) j--;
  if (j < k && tokens[j]?.lower === "on") j--;
  if (j < k && j >= ss && tokens[j]!.kind === "word" && !isTimeWord(tokens[j]!) && !PREPOSITIONS.has(tokens[j]!.lower)) k = j;
  // ("posted footage purportedly showing C": a hedge on the participle stands between the evidence and it.)
  if (k > ss && DEPICTION_HEDGES.has(tokens[k]?.lower ?? "")) k--;
  const t = tokens[k];
  if (!t || k < ss || t.kind !== "word" || t.sentence !== s) return null;
  // "sent an email saying": a carrier that is also a cue form ("email", "tweet") heads no phrase of its own; it stands alone.
  let np = phraseEndingAt(tokens, k, ss) ?? (CARRIER_NOUNS.has(t.lower) && k > ss ? { a: k, b: k + 1 } : null);
  if (!np) return null;
  // "sent a text message to supporters saying C", "an editor's note on the story saying C": a carrier's own
  // prepositional phrase stands between it and the participle; the carrier is still what says C. (Only "saying",
  // and only a carrier that is an object, not inside an adverbial: "in response to banks denying C". After "from"
  // or "by" the phrase names the carrier's sender, who speaks: "a statement from the council saying C".)
  let sender: Range | null = null;
  if (lemma === "say" && !CARRIER_NOUNS.has(tokens[headOf(tokens, np)]!.lower) && np.a - 2 > ss && tokens[np.a - 1]!.kind === "word" && PREPOSITIONS.has(tokens[np.a - 1]!.lower)) {
    const c = tokens[np.a - 2]!;
    const carrier = c.kind === "word" && c.sentence === s && CARRIER_NOUNS.has(c.lower) ? (phraseEndingAt(tokens, np.a - 2, ss) ?? { a: np.a - 2, b: np.a - 1 }) : null;
    const opener = carrier ? tokens[carrier.a - 1] : undefined;
    if (carrier && CARRIER_NOUNS.has(tokens[headOf(tokens, carrier)]!.lower) && !(opener && opener.kind === "word" && carrier.a - 1 >= ss && (PREPOSITIONS.has(opener.lower) || opener.lower === "of"))) {
      if (/^(?:from|by)$/.test(tokens[np.a - 1]!.lower)) sender = np;
      np = carrier;
    }
  }
  const head = tokens[headOf(tokens, np)]!;
  const evidence = EVIDENCE_NOUNS.has(head.lower);
  // ("with Gov. Jo Roe calling the plan a fraud": a source naming something, as "calling" does after a comma.)
  const labelEnd = form.verb.labelling ? labellingEnd(tokens, cueEnd, se) : -1;
  const naming = labelEnd >= 0 && (head.cap || isSourceHead(head));
  if (WEAK_LEMMAS.has(lemma) && !naming && !(evidence && /^(?:show|find|suggest|indicate|note|reveal|estimate|predict|forecast)$/.test(lemma))) return null;
  const start = contentStart(p, s, cueEnd, form);
  if (start.index >= se || MARKERS_OR_END(tokens[start.index])) return null;
  // Only with content right after the cue: a that-clause, a colon, a quotation or a clause
  // ("saying she is", "claiming his father"), not a noun ("warning signs", "affirming language").
  // ("with Jo Roe telling reporters on Monday that C": after the addressee a verb of telling reports its clause; the
  // test below reads the content's first word, not the listener's.)
  const firstAt = form.verb.object === "addressee" && (start.addressee || start.outlet) ? start.index : cueEnd;
  const first = tokens[firstAt];
  if (!first || first.sentence !== s) return null;
  // (After "saying", whose object is always what is said, a bare noun opens the clause when a finite verb follows: "a
  // statement saying shots had been fired"; "saying, “C”" quotes after its comma as a finite "said, “C”" does. Other
  // participles may head a noun compound: "admitting privileges", "warning signs".)
  const speechClause = lemma === "say";
  if (first.kind === "word" && !(first.lower === "that" || first.cap || PRONOUN_WORDS.has(first.lower) || first.lower === "you" || DETERMINERS.has(first.lower) || (evidence && gerundClauseAt(tokens, firstAt, se)))
    && !((speechClause || firstAt > cueEnd) && !PREPOSITIONS.has(first.lower) && !SUBORDINATORS.has(first.lower) && finiteClauseAt(tokens, firstAt, se))) return null;
  if (first.kind === "punct" && first.text !== ":" && !(speechClause && first.text === "," && tokens[firstAt + 1]?.kind === "quote" && tokens[firstAt + 1]!.role === "open")) return null;
  // "I'm telling you", "We're adding": a progressive, not a participle; "Anyone claiming ... is": a subject's modifier.
  // ("with three in 10 saying C", "with 40 percent saying C": after "with" a share is the subject of an absolute
  // clause, which speaks.)
  const withShare = tokens[np.a - 1]?.lower === "with" && np.a - 1 >= ss && (/^(?:percent|majority|share|most|some|one|two|three|four|five|six|seven|eight|nine)$/.test(head.lower) || /^\d/.test(head.text));
  if (/['’](?:m|re|s|ve)$/.test(t.lower) || (!withShare && (/^(?:anyone|anybody|someone|somebody|everyone|everybody|nobody|those|most|some|percent|majority|share)$/.test(head.lower) || /^\d/.test(head.text)))) return null;
  if (np.b - np.a === 1 && np.a === ss && !(PRONOUN_WORDS.has(head.lower))) return null;
  let speaker: Range | null = null;
  let speakerFrom: Frame | null = null;
  // ("Levada posted survey results showing C", "The ministry released footage on May 3 confirming C": evidence that a
  // subject issues speaks for it, as a carrier does.)
  let issuer = np.a - 1;
  if (issuer > ss && DETERMINERS.has(tokens[issuer]!.lower)) issuer--;
  // ("posted geolocated footage showing C": a participle before the evidence noun is its modifier.)
  if (issuer > ss && evidence && /^\p{Ll}{3,}ed$/u.test(tokens[issuer]!.lower) && !ISSUING_VERBS.has(tokens[issuer]!.lower)) issuer--;
  const issued = evidence && issuer > ss && ISSUING_VERBS.has(tokens[issuer]!.lower);
  if (sender) speaker = sender;
  else if (CARRIER_NOUNS.has(head.lower) || issued) {
    // The carrier is an object ("issued a statement saying"): its sender is the sentence's subject.
    const before = tokens[np.a - 1];
    // ("X claimed C, and social media sources posted footage showing D": a clause coordinated after "and" has its own subject.)
    const own = issued ? phraseEndingAt(tokens, issuer - 1, ss) : null;
    if (own && own.a - 1 > ss && tokens[own.a - 1]!.lower === "and" && tokens[own.a - 2]!.text === ",") speaker = own;
    else if (np.a > ss && before && before.kind === "word" && !PREPOSITIONS.has(before.lower)) {
      speakerFrom = earlier.filter((f) => (f.speaker || f.speakerFrom) && lendsSpeaker(f)).pop() ?? null;
      // The verb before the object's determiner ends the subject ("The campaign sent | a fundraising email").
      let object = np.a;
      for (let q = np.a - 1; q > ss && np.a - q <= 3 && tokens[q]!.kind === "word" && !tokens[q]!.cap; q--) if (DETERMINERS.has(tokens[q]!.lower)) { object = q; break; }
      if (!DETERMINERS.has(tokens[object]!.lower)) object = np.a;
      if (!speakerFrom) speaker = sentenceSubject(p, s, DETERMINERS.has(tokens[object]!.lower) && object - 1 > ss ? object - 1 : np.a);
      if (speaker && speaker.b > np.a) speaker = null;
    }
    if (!speaker && !speakerFrom) speaker = np;
  } else if (evidence || head.cap || PRONOUN_WORDS.has(head.lower) || isSourceHead(head) || withShare) {
    const before = tokens[np.a - 1];
    // (Nor a stance after "of": "the infeasibility of the Kremlin supporting X" names an act, not a position taken.)
    if (before && np.a - 1 >= ss && before.kind === "word" && (PREPOSITIONS.has(before.lower) || (before.lower === "of" && form.verb.type === "stance")) && !/^(?:with)$/.test(before.lower)) return null;
    speaker = np;
  } else return null;
  return frame({
    pattern: "participle", sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType: evidence && form.verb.type !== "speech" ? "evidence" : form.verb.type,
    weight: (form.verb.weight ?? 0.8) * 0.8, speaker, speakerFrom,
    content: spanOf(p, start.index, labelEnd >= 0 && labelEnd < se ? Math.min(tokens[labelEnd - 1]!.end, objectContentEnd(p, start.index, se, false)) : objectContentEnd(p, start.index, se, form.verb.type === "stance" && form.verb.np === true)),
    outlet: start.outlet, addressee: start.addressee, boundary: withShare ? np.a - 1 : np.a,
  });
}

/** "As reported by X, C" (content after the source's comma) or "C, as reported by X" (content before). */
function asReportedFrame(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const np = phraseStartingAt(tokens, cueEnd + 1, se);
  if (!np || !isSourcePhrase(tokens, np)) return null;
  const as = i - 1;
  const lemma = form.verb.lemma;
  const weight = (form.verb.weight ?? 0.8) * 0.9;
  const base = { sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType: form.verb.type, weight, speakerFrom: null, outlet: null, addressee: null };
  if (subjectStart(tokens, ss, as) === as || as === ss) {
    if (tokens[np.b]?.text !== "," || np.b + 1 >= se) return null;
    return frame({ ...base, pattern: "according", speaker: np, content: spanOf(p, np.b + 1, contentEndFrom(p, np.b + 1, se)), boundary: -1 });
  }
  if (tokens[as - 1]?.text !== "," || !(np.b >= se || MARKERS_OR_END(tokens[np.b]))) return null;
  const content = contentBefore(p, s, as - 1);
  if (!content) return null;
  return frame({ ...base, pattern: "according", speaker: np, content, boundary: as - 1 });
}

/** Nouns that carry a message of their sender: "issued a statement saying ...". */
const CARRIER_NOUNS = new Set([
  "statement", "statements", "response", "message", "messages", "letter", "letters", "tweet", "tweets", "post", "posts",
  "note", "email", "emails", "release", "memo", "video", "ad", "ads", "sign", "signs", "banner", "reply", "editorial",
  "op-ed", "column", "comment", "comments", "remarks", "speech", "interview", "text", "headline", "caption", "petition",
]);

/**
 * Lemmas whose passive with a "by" agent is mostly in another sense: "maintained by the company" (kept), "continued by
 * the foundation", "explained by the rules" (a cause), "added by the bill" (counted), "known by its acronym", "backed by
 * the military", "backed by research" (funded, supported in fact), "defended by troops", "the show was written by
 * Roe" (authorship, no proposition), "we are threatened by the flood" (a danger). ("Seen by millions", watched: an
 * opinion only with its "as" complement, checked below.)
 */
const PASSIVE_OTHER_SENSE = new Set(["maintain", "continue", "explain", "add", "know", "read", "list", "post", "publish", "rule", "show", "find", "learn", "feel", "charge", "project", "repeat", "answer", "respond", "reply", "back", "defend", "write", "threaten", "document"]);
/** Verbs whose passive subject is the addressee ("was told by X that C", "was asked by X whether C"): the content is the clause after the agent. */
const ADDRESSEE_PASSIVES = new Set(["tell", "ask", "warn", "inform", "assure", "remind", "caution"]);

/**
 * A passive cue with its "by" agent after an auxiliary: the agent is the source. The content is the clause after
 * the agent for verbs whose subject is the addressee ("He was warned by the embassy that C", "Roe was asked by a
 * caller whether C") and for "it" ("it was reported by the paper that C"); for the others it is the subject, the
 * thing reported or judged ("The meeting was first reported by the Post", "The plan was criticized by economists",
 * "a deal that was rejected by voters": the relative pronoun, as the gold annotates it). Returns undefined when no
 * auxiliary makes the participle passive (the caller's checks go on), null when the passive is no claim
 * ("was not opposed by", "was told by his doctor to rest", "is explained by the rules").
 */
function passiveAgentFrame(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm): Frame | null | undefined {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  let k = i - 1;
  let be = false;
  let negated = false;
  while (k >= ss && tokens[k]!.kind === "word" && (CUE_MODIFIERS.has(tokens[k]!.lower) || mannerAdverb(tokens, k, ss))) {
    if (NEGATORS.has(tokens[k]!.lower)) negated = true;
    if (/^(?:was|were|is|are|be|been|being)$/.test(tokens[k]!.lower)) be = true;
    k--;
  }
  if (!be) return undefined;
  if (negated || /n['’]t$/.test(tokens[k]?.lower ?? "")) return null;
  const lemma = form.verb.lemma;
  if (PASSIVE_OTHER_SENSE.has(lemma)) return null;
  const first = tokens[cueEnd + 1];
  // ("said by phone", "by refusing to answer": a medium or a means; "confirmed by now", "by 2030": a time.)
  // ("by overwhelming majorities", "by left-leaning economists": an "-ing" adjective before its plain noun is no means.)
  const second = tokens[cueEnd + 2];
  const gerund = /ing$/.test(first?.lower ?? "") && !(second?.kind === "word" && !second.cap && isCommonNounHead(second) && !DETERMINERS.has(second.lower) && !PREPOSITIONS.has(second.lower) && !PRONOUN_WORDS.has(second.lower));
  if (!first || first.kind !== "word" || BY_MEDIUM.has(first.lower) || gerund || isTimeWord(first) || /^\d/.test(first.text) && !/^(?:of|percent|%)$/.test(tokens[cueEnd + 2]?.lower ?? "")) return null;
  let agent = agentPhrase(tokens, cueEnd + 1, se);
  if (!agent) return null;
  // "by Fox Business moderator Gerard Baker whether C": a name after its description runs on to the clause.
  for (let j = agent.b; j < se && j - agent.b < 6 && tokens[j]!.kind === "word" && (tokens[j]!.cap || isCommonNounHead(tokens[j]!)); j++) {
    if (/^(?:that|whether)$/.test(tokens[j + 1]?.lower ?? "")) { agent = { a: agent.a, b: j + 1 }; break; }
  }
  const weight = (form.verb.weight ?? 0.8) * 0.8;
  const base = { pattern: "passive" as const, sentence: s, cue: { a: i, b: cueEnd }, lemma, cueType: form.verb.type, weight, speaker: agent, speakerFrom: null, outlet: null, addressee: null, boundary: -1 };
  const after = tokens[agent.b];
  // ("Roe, the former governor, had been rejected by": the appositive's closing comma ends the subject.)
  const appositive = k - 1 > ss && tokens[k]!.text === "," && tokens[k - 1]!.kind === "word";
  if (appositive) k--;
  const subject = k >= ss ? tokens[k]! : null;
  // The clause after the agent: "that C" (an addressee's or "it"'s passive), a question (of "ask").
  if (ADDRESSEE_PASSIVES.has(lemma) || subject?.lower === "it") {
    const at = after?.lower === "that" ? agent.b + 1 : lemma === "ask" && after && /^(?:whether|if|why|how|what|when|where|who)$/.test(after.lower) ? agent.b : -1;
    if (at < 0 || at >= se) return null;
    return frame({ ...base, content: spanOf(p, at, contentEndFrom(p, at, se)) });
  }
  if (!subject || subject.kind !== "word") return null;
  // "seen by some as a demotion": an opinion with its "as" complement; "seen by millions" is watching.
  if (form.verb.asObject && after?.lower !== "as") return null;
  // "a deal that was rejected by voters", ", which were claimed by the group": the relative pronoun stands for the subject.
  if (/^(?:which|who|that)$/.test(subject.lower)) return k > ss ? frame({ ...base, content: spanOf(p, k, subject.end) }) : null;
  // The subject from the clause's start up to the auxiliary ("Mr. Roe, the former governor, had been rejected by");
  // a subordinate clause or a verb inside it means the subject starts later: the noun phrase before the auxiliary.
  let a = subjectStart(tokens, ss, k + 1);
  // (At most 24 tokens are read, so that a long sentence with many passives stays linear.)
  let clean = a <= k && k - a <= 24;
  for (let j = a; clean && j <= k; j++) {
    const t = tokens[j]!;
    if (t.kind === "quote") clean = false;
    else if (t.kind === "word" && !t.cap && (SUBORDINATORS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || FINITE_MARKERS.has(t.lower) || VERBISH.has(t.lower) || CUE_FORMS.has(t.lower) || (/^\p{Ll}{3,}ed$/u.test(t.lower) && j > a && (tokens[j - 1]!.text === "," || (tokens[j - 1]!.kind === "word" && isCommonNounHead(tokens[j - 1]!)))))) clean = false;
  }
  if (!clean) {
    // (Before a comma the phrase closes an aside, not the subject: "calls to X, where Y is battling insurgents, were".)
    if (appositive) return null;
    const np = phraseEndingAt(tokens, k, ss);
    // ("plans to spend $1 billion by 2030 were welcomed": a preposition's object is no subject.)
    if (!np || PREPOSITIONS.has(tokens[np.a - 1]?.lower ?? "")) return null;
    a = np.a;
  }
  return frame({ ...base, content: spanOf(p, a, subject.end) });
}

/** Words that end a "by" agent written with plain nouns ("by a caller whether", "by the embassy that", "by voters in 2009"). */
const AGENT_STOPS = new Set(["that", "whether", "if", "why", "how", "what", "when", "where", "who", "whom", "which", "as", "for", "on", "in", "at", "during", "after", "before", "to", "with", "over", "because", "but", "while", "since", "until", "amid", "despite", "about", "than"]);

/**
 * The "by" agent of a passive starting at `from`: the phrase reader's noun phrase, or, where it reads none (a plain
 * noun before a clause: "by a caller whether", "by the embassy that"), the plain words up to a stop word.
 */
function agentPhrase(tokens: Token[], from: number, se: number): Range | null {
  const one = (at: number) => phraseStartingAt(tokens, at, se) ?? plainNounPhrase(tokens, at, se);
  let np = one(from);
  if (!np) return null;
  // "by some of his rivals", "by 64 percent of the electorate": a part and its whole.
  if (tokens[np.b]?.lower === "of") {
    const whole = one(np.b + 1);
    if (whole) np = { a: np.a, b: whole.b };
  }
  // "by her campaign and Democrats", "by the union or its lawyers": coordinated agents are one source.
  if (/^(?:and|or)$/.test(tokens[np.b]?.lower ?? "")) {
    const second = one(np.b + 1);
    if (second) np = { a: np.a, b: second.b };
  }
  // (Not an appositive after a comma: "by the Eagle Forum, the group she founded": the shortest form names the source.)
  return np;
}

/** Lower-case words from `from` up to a stop word or punctuation, at most eight, ending in a noun ("a caller", "his rivals"). */
function plainNounPhrase(tokens: Token[], from: number, se: number): Range | null {
  let b = from;
  // (A verb, an adverb or a subject pronoun opens a clause: "by an electorate | he no longer recognized".)
  // (A participle or adverb after a noun opens a modifier: "by a delegate | supporting Clinton", "by the group | founded in".)
  const stop = (t: Token) => AGENT_STOPS.has(t.lower) || (b > from && !t.cap && (VERBISH.has(t.lower) || FINITE_MARKERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)
    || (/^\p{Ll}{3,}(?:ed|ly|ing)$/u.test(t.lower) && (tokens[b - 1]!.cap || isCommonNounHead(tokens[b - 1]!)) && !DETERMINERS.has(tokens[b - 1]!.lower))));
  while (b < se && b - from < 8 && tokens[b]!.kind === "word" && !stop(tokens[b]!)) b++;
  while (b > from && (DETERMINERS.has(tokens[b - 1]!.lower) || /^(?:of|and|or)$/.test(tokens[b - 1]!.lower))) b--;
  if (b === from || !isCommonNounHead(tokens[b - 1]!) && !tokens[b - 1]!.cap) return null;
  return { a: from, b };
}

/** "it was reported that C": a claim with no named source. Other passives report no proposition of a source. */
function passiveFrame(p: ParagraphView, s: number, i: number, cueEnd: number, k: number, form: CueForm): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const subj = tokens[k];
  if (!subj || k < ss) return null;
  if (form.verb.lemma === "ask" && subj.lower !== "it") return askedPassiveFrame(p, s, i, cueEnd, k, form);
  if ((form.verb.asObject || form.verb.asLabel) && subj.lower !== "it") return asPassiveFrame(p, s, i, cueEnd, k, form);
  if (subj.lower !== "it") return null;
  if (tokens[cueEnd]?.lower !== "that") return null;
  const start = cueEnd + 1;
  if (start >= se) return null;
  return frame({
    pattern: "passive", sentence: s, cue: { a: i, b: cueEnd }, lemma: form.verb.lemma, cueType: form.verb.type,
    weight: (form.verb.weight ?? 0.8) * 0.8, speaker: null, speakerFrom: null,
    content: spanOf(p, start, contentEndFrom(p, start, se)), outlet: null, addressee: null, boundary: -1,
  });
}

/**
 * "The deal has been hailed as a breakthrough", "the retreat, which was described as a betrayal by milbloggers": a
 * passive of a verb that takes an object and its "as" complement. The content is the subject and the complement (the
 * complement alone after a relative pronoun); the speaker is a "by" agent closing the sentence, else nobody named.
 * Not "as" opening a clause of time ("was seen as polls closed"). Reads the subject phrase and the complement once.
 */
function asPassiveFrame(p: ParagraphView, s: number, i: number, cueEnd: number, k: number, form: CueForm): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  if (tokens[cueEnd]?.lower !== "as" || cueEnd + 1 >= se || tokens[cueEnd + 1]!.kind !== "word") return null;
  if ((AS_NO_COMPLEMENT.has(tokens[cueEnd + 1]!.lower) || tokens[cueEnd + 1]!.lower === "such") || asClauseAt(tokens, cueEnd, se) || bareSubjectClauseAt(tokens, cueEnd + 1, se) || nameOnlyAt(tokens, cueEnd + 1, se)) return null;
  const subj = tokens[k]!;
  if (subj.kind !== "word" || /^(?:as|than|what)$/.test(subj.lower)) return null;
  const relative = /^(?:which|who|that)$/.test(subj.lower);
  let start = cueEnd + 1;
  if (!relative) {
    const phrase = /^(?:he|she|it|they|we|i|you|this|these|those)$/.test(subj.lower) ? { a: k, b: k + 1 } : phraseEndingAt(tokens, k, ss);
    if (!phrase) return null;
    start = (postmodifiedSubject(tokens, phrase, ss) ?? phrase).a;
    // ("The government hopes the change will be seen as": a present in -s before a determiner is the verb of a clause
    // around the subject, which starts at the determiner.)
    for (let j = k - 1; j > start; j--) if (!tokens[j]!.cap && /\p{Ll}{2,}s$/u.test(tokens[j]!.lower) && DETERMINERS.has(tokens[j + 1]!.lower)) { start = j + 1; break; }
    if (start - 1 >= ss && /^(?:if|whether)$/.test(tokens[start - 1]!.lower)) return null;
  }
  let end = contentEndFrom(p, cueEnd + 1, se);
  // (", which was portrayed as a victory, collapsed": a relative clause set off by a comma ends at its own comma.)
  if (relative && tokens[k - 1]?.text === ",") {
    for (let j = cueEnd + 1; j < se && j - cueEnd <= 40; j++) if (tokens[j]!.text === "," && tokens[j]!.depth === tokens[cueEnd]!.depth) { end = Math.min(end, tokens[j - 1]!.end); break; }
  }
  // ("was described as a disaster by the senator": a "by" agent after the complement is the speaker.)
  let speaker: Range | null = null;
  for (let j = cueEnd + 2; j < se && j - cueEnd <= 30 && tokens[j]!.start < end; j++) {
    // (Only in the complement's own phrase: not past a comma, "as a force, although X was praised by Y".)
    if (tokens[j]!.text === "," || tokens[j]!.text === ";") break;
    if (tokens[j]!.lower !== "by" || tokens[j]!.depth !== tokens[cueEnd]!.depth) continue;
    const agent = agentPhrase(tokens, j + 1, se);
    const after = agent ? tokens[agent.b] : undefined;
    if (agent && (agent.b >= se || after?.text === "," || after?.text === "." || after?.kind !== "word") && (tokens[agent.b - 1]!.cap || isSourceHead(tokens[agent.b - 1]!) || personHead(tokens[agent.b - 1]!) || isAgent(tokens[agent.b - 1]!))) {
      speaker = agent;
      end = Math.min(end, tokens[j - 1]!.end);
    }
    break;
  }
  const weight = (form.verb.weight ?? 0.8) * 0.8;
  return frame({
    pattern: "passive", sentence: s, cue: { a: i, b: cueEnd }, lemma: form.verb.lemma, cueType: form.verb.type,
    weight, speaker, speakerFrom: null, content: spanOf(p, start, end), outlet: null, addressee: null, boundary: -1,
    // (The auxiliaries and the cue between the subject and "as" are no part of what is said: "The pier" … "as a hazard".)
    gap: relative ? null : { start: tokens[k + 1]!.start, end: tokens[cueEnd - 1]!.end },
  });
}

/** How far past "expected to" the comma closing a relative clause is looked for (constant work per frame). */
const RELATIVE_EXPECTATION_SPAN = 40;

/**
 * "The House is expected to pass the bill this week": a claim with no named source whose content is the subject and
 * its infinitive, the auxiliary and the cue between them a gap ("The House" … "to pass the bill this week"). Only
 * with a verb after "to" ("is expected to Iowa" is no forecast) and a subject that is a noun phrase or a pronoun
 * right before the auxiliary ("as expected" and "than expected" have none; "it is expected that C" is passiveFrame's).
 * Reads back at most the 16 tokens of the subject phrase, and forward at most RELATIVE_EXPECTATION_SPAN tokens for the
 * comma that closes a relative clause.
 */
function expectedFrame(p: ParagraphView, s: number, i: number, cueEnd: number, k: number, form: CueForm): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  if (tokens[cueEnd]?.lower !== "to" || cueEnd + 1 >= se) return null;
  const verb = tokens[cueEnd + 1]!;
  if (verb.kind !== "word" || verb.cap || DETERMINERS.has(verb.lower)) return null;
  const subj = tokens[k];
  if (!subj || k < ss || subj.kind !== "word" || /^(?:as|than|what)$/.test(subj.lower)) return null;
  // ("who is expected to win", "which is expected to come on Dec. 16", "It is expected to rise": a pronoun subject.)
  const phrase = /^(?:he|she|it|they|we|i|you|who|which|that|this|these|those)$/.test(subj.lower) ? { a: k, b: k + 1 } : phraseEndingAt(tokens, k, ss);
  if (!phrase) return null;
  const subject = postmodifiedSubject(tokens, phrase, ss) ?? phrase;
  const start = subject.a;
  // ("ISW cannot verify if these children are expected to return": an embedded question asserts no expectation.)
  if (start - 1 >= ss && /^(?:if|whether)$/.test(tokens[start - 1]!.lower)) return null;
  let end = contentEndFrom(p, cueEnd, se);
  // ("Romney, who is expected to speak on Thursday, arrived": a relative clause set off by commas ends at its own comma.)
  if (/^(?:who|which)$/.test(subj.lower) && tokens[k - 1]?.text === ",") {
    for (let c = cueEnd + 1; c < se && c - cueEnd <= RELATIVE_EXPECTATION_SPAN && tokens[c]!.end <= end; c++) if (tokens[c]!.text === "," && tokens[c]!.depth === subj.depth) { end = tokens[c - 1]!.end; break; }
  }
  const content = spanOf(p, start, end);
  if (content.end <= tokens[cueEnd]!.start) return null;
  return frame({
    pattern: "passive", sentence: s, cue: { a: i, b: cueEnd }, lemma: form.verb.lemma, cueType: form.verb.type,
    weight: (form.verb.weight ?? 0.8) * 0.8, speaker: null, speakerFrom: null,
    content, outlet: null, addressee: null, boundary: -1, gap: { start: tokens[k + 1]!.start, end: tokens[cueEnd - 1]!.end },
  });
}

/**
 * "Russian forces reportedly captured the town on May 3", "the unit was reportedly the last to deploy": a clause that a
 * hearsay adverb attributes to a source it does not name. The content is the clause from its subject to its end, the
 * adverb its gap. The subject is the noun phrase before the adverb and its auxiliaries, opening the sentence or its
 * clause after a comma or a conjunction (clauseHearsay); a relative pronoun ("strikes, which reportedly killed 12
 * people": relativeHearsay); or, in a verb phrase coordinated after "and" or "but", the sentence's subject
 * ("Russian forces captured X and reportedly advanced toward Y": coordinatedHearsay). Not before a cue ("reportedly
 * said", "reportedly expected": the verb's frame), nor inside another frame's content.
 */
function hearsayFrame(p: ParagraphView, s: number, i: number, earlier: Frame[]): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const at = tokens[i]!.start;
  if (earlier.some((f) => f.content.start <= at && at < f.content.end)) return null;
  const v = hearsayVerb(tokens, i, se);
  if (v < 0) return null;
  let k = i - 1;
  while (k >= ss && tokens[k]!.kind === "word" && CUE_MODIFIERS.has(tokens[k]!.lower) && !/^(?:who|which|that)$/.test(tokens[k]!.lower)) k--;
  const lead = tokens[k];
  if (!lead || k < ss || lead.kind !== "word") return null;
  const span = /^(?:who|which|that)$/.test(lead.lower) ? relativeHearsay(p, s, i, k, v)
    : /^(?:and|but)$/.test(lead.lower) ? coordinatedHearsay(p, s, i, k, v)
    : clauseHearsay(p, s, i, k);
  if (!span || span.content.end <= tokens[i]!.end) return null;
  return frame({
    pattern: "passive", sentence: s, cue: { a: i, b: i + 1 }, lemma: tokens[i]!.lower, cueType: "speech",
    weight: 0.6, speaker: null, speakerFrom: null, content: span.content, outlet: null, addressee: null, boundary: -1,
    gap: span.gap,
  });
}

/**
 * The verb a hearsay adverb at `i` modifies, past "be", "been", "have" and other auxiliaries ("reportedly has been
 * damaged"), or -1 when a cue stands there, which has its own frame. A phrasal cue counts only with its particle
 * ("reportedly shot down a drone" is no "shoot back"), a verb that reports only with an "as" complement only with one
 * ("reportedly presented banners to the unit" reports nothing), and one that reports only a clause only with a clause
 * ("Ukrainian forces reportedly continued counteroffensive operations" is hearsay about the fighting, not a report;
 * a belief verb keeps its own frames, "is reportedly expected to deploy").
 */
function hearsayVerb(tokens: Token[], i: number, se: number): number {
  let v = i + 1;
  while (v < se && v - i <= 3 && tokens[v]!.kind === "word" && (CUE_MODIFIERS.has(tokens[v]!.lower) || /^(?:be|been|being)$/.test(tokens[v]!.lower))) v++;
  const verb = tokens[v];
  if (!verb || v >= se || verb.kind !== "word" || EXPECTATION_PASSIVES.has(verb.lower)) return -1;
  const cue = CUE_FORMS.get(verb.lower)?.some((f) => (!f.particle || particleLength(tokens, v, f.particle) > 0)
    && !(f.verb.asObject && !asComplement(tokens, v + 1, se, f.verb.giving))
    && !(f.verb.clauseOnly && f.verb.type === "speech" && !clauseRightAfter(tokens, v + 1, se) && tokens[v + 1]?.lower !== "that" && !finiteClauseAt(tokens, v + 1, se, true)));
  return cue ? -1 : v;
}

/**
 * Where the clause a hearsay adverb hedges ends (a character offset), from the token after the adverb: the content's
 * end, or before a semicolon or a new clause coordinated after a comma ("Ukrainian forces reportedly advanced near
 * Svatove, and Russian forces counterattacked": the second clause is the writer's own).
 */
function hearsayEnd(p: ParagraphView, from: number, se: number): number {
  const tokens = p.tokens;
  let stop = coordinatedClauseEnd(tokens, from, se, true);
  for (let k = from; k < stop; k++) if (tokens[k]!.text === ";" && tokens[k]!.depth === tokens[from]!.depth) { stop = k; break; }
  return Math.min(contentEndFrom(p, from, se), tokens[stop - 1]!.end);
}

/** A hearsay content and the words inside it that are not part of it (the adverb, a skipped verb phrase). */
interface HearsaySpan { content: { start: number; end: number }; gap: { start: number; end: number } }

/**
 * "Russian forces reportedly captured the town", "..., and these elements reportedly took casualties": the hearsay
 * clause from its subject, the phrase that ends at `k` (before the adverb and its auxiliaries), to the sentence's end.
 * Null when that phrase opens no clause: after a demonstrative determiner ("This reportedly planned offensive"), inside
 * a noun phrase ("children and adults reportedly killed"), or in an embedded question ("ISW cannot verify if ...").
 * Reads back at most the 16 tokens of the subject phrase.
 */
function clauseHearsay(p: ParagraphView, s: number, i: number, k: number): HearsaySpan | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const subj = tokens[k]!;
  // (Nor a demonstrative, a determiner as often: "This reportedly planned offensive would ..."; nor an article, after
  // which the adverb hedges an adjective inside a noun phrase: "a video of a reportedly exchanged prisoner".)
  if (/^(?:whom|or|then|this|these|those|a|an|the)$/.test(subj.lower)) return null;
  const phrase = PRONOUN_WORDS.has(subj.lower) ? { a: k, b: k + 1 } : phraseEndingAt(tokens, k, ss);
  if (!phrase) return null;
  let start = (postmodifiedSubject(tokens, phrase, ss) ?? phrase).a;
  // ("Ukrainian counterattacks since March 29 have reportedly pushed": a date after "since" or "until" is the object of
  // a preposition inside the subject, whose own phrase stands before it.)
  if (/^(?:since|until)$/.test(tokens[start - 1]?.lower ?? "") && start - 2 >= ss && (TIME_WORDS.has(tokens[start]!.lower) || /^\d/.test(tokens[start]!.text))) {
    const head = phraseEndingAt(tokens, start - 2, ss);
    if (!head) return null;
    start = (postmodifiedSubject(tokens, head, ss) ?? head).a;
  }
  // The subject opens its clause: the sentence (past an opening adverbial), or after a comma, a conjunction or a
  // subordinator ("..., and these elements reportedly took casualties", "..., since the unit reportedly ..."); not
  // "that" or "as", which open relative and comparative clauses with a gap as often ("the date that Putin had
  // reportedly set").
  const before = tokens[start - 1];
  // (After a bare "and" only a subject with a determiner or a name: "children and adults reportedly killed in the
  // attack" is one noun phrase with a participle.)
  const conj = !!before && /^(?:and|but)$/.test(before.lower) && tokens[start - 2]?.text !== ",";
  const opens = start === subjectStart(tokens, ss, start) || (!!before && start - 1 >= ss && (before.text === "," || before.text === ";" || /^(?:and|but|while|since|because|after|although|though|when|whereas)$/.test(before.lower)) && !(conj && !DETERMINERS.has(tokens[start]!.lower) && !tokens[start]!.cap));
  if (!opens || start >= se) return null;
  // ("ISW cannot verify if these units reportedly ...": an embedded question asserts nothing.)
  if (before && start - 1 >= ss && /^(?:if|whether)$/.test(before.lower)) return null;
  return { content: spanOf(p, start, hearsayEnd(p, i + 1, se)), gap: { start: tokens[i]!.start, end: tokens[i]!.end } };
}

/**
 * "strikes on the bridge, which reportedly killed 12 people", "a unit that had reportedly recruited locals": the
 * relative clause (pronoun `k` at its head) that the adverb hedges, from the pronoun, its subject, to the clause's end:
 * the comma that closes a non-restrictive clause before the main clause's verb, the head's own verb after a
 * restrictive one, a closing dash or bracket. The antecedent is left to the sentence: which phrase a "which" takes up
 * ("Makiivka, Donetsk Oblast, which ...") is no safe guess. Not a "that" after a verb ("noted that reportedly ..."),
 * nor a pronoun before a noun phrase, which is no relative's verb.
 */
function relativeHearsay(p: ParagraphView, s: number, i: number, k: number, v: number): HearsaySpan | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const prev = tokens[k - 1];
  if (!prev || k - 1 < ss) return null;
  const verb = tokens[v]!;
  if (verb.cap || DETERMINERS.has(verb.lower) || PREPOSITIONS.has(verb.lower)) return null;
  if (tokens[k]!.lower === "that" && (prev.kind !== "word" || FINITE_MARKERS.has(prev.lower) || CUE_FORMS.has(prev.lower) || VERBISH.has(prev.lower) || SUBORDINATORS.has(prev.lower) || /^(?:so|such|now|given)$/.test(prev.lower))) return null;
  let stop = se;
  // (A comma and a conjunction or a past verb close a non-restrictive clause too: "which reportedly killed 12
  // people, and shelled the depot" hedges only the killing.)
  if (prev.text === ",") stop = relativeClauseEnd(tokens, v, clauseAfterComma(tokens, v, stop), true);
  else if (isDash(prev) || prev.text === "(") stop = asideClose(tokens, v, stop, prev.text === "(");
  else stop = relativeClauseEnd(tokens, v, matrixVerbAfter(tokens, v, stop), true);
  if (stop <= v) return null;
  const end = Math.min(hearsayEnd(p, i + 1, se), tokens[stop - 1]!.end);
  // (The pronoun stays, "that" too, which trimming reads as a complementizer: it is the clause's subject.)
  const content = spanOf(p, k, end);
  return { content: { start: tokens[k]!.start, end: content.end }, gap: { start: tokens[i]!.start, end: tokens[i]!.end } };
}

/**
 * "For the mayor, who reportedly wants to run, the key question is ...": the first comma after `from` (at its depth)
 * that a subject and its finite verb follow, the main clause after a non-restrictive relative; `to` when none does
 * ("which reportedly hit Kherson, Crimea, and the Urals" lists on). Reads at most RELATIVE_CONTENT_SPAN tokens.
 */
function clauseAfterComma(tokens: Token[], from: number, to: number): number {
  const depth = tokens[from]?.depth;
  let listEnd = false;
  for (let k = from + 1; k < to && k - from < RELATIVE_CONTENT_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth) continue;
    if (t.text !== ",") { if (/^(?:and|or)$/.test(t.lower)) listEnd = true; continue; }
    const first = tokens[k + 1];
    if (!first || first.kind !== "word") continue;
    // ("which reportedly hit Kherson, Crimea, and the Urals, arrived on Monday": the head's own verb after a list that
    // closed with its conjunction, or an auxiliary: "..., is".)
    if (!first.cap && (FINITE_MARKERS.has(first.lower) || (listEnd && /^\p{Ll}{3,}ed$/u.test(first.lower)))) return k;
    listEnd = false;
    if (!(first.cap || DETERMINERS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower))) continue;
    // (A verb within a few words of the subject's first word, no comma or preposition between: "the key question is".)
    for (let q = k + 2; q < to && q - k <= 6 && tokens[q]!.kind === "word" && !PREPOSITIONS.has(tokens[q]!.lower); q++) if (finiteVerbAt(tokens, q)) return k;
  }
  return to;
}

/**
 * "Russian forces captured X and reportedly advanced toward Y", "The unit fought near Bakhmut and was reportedly sent
 * back": a verb phrase coordinated after the conjunction `k` that the adverb hedges. Its subject is the sentence's, so
 * the content runs from that subject to the sentence's end with the first verb phrase, which the adverb does not
 * hedge, and the conjunction (and the adverb right after it) as the gap: its parts read "Russian forces" and "advanced
 * toward Y". Only a verb after the adverb: a past form or an auxiliary's participle ("and reportedly thermobaric
 * weapons", "and reportedly a battalion" coordinate noun phrases).
 */
function coordinatedHearsay(p: ParagraphView, s: number, i: number, k: number, v: number): HearsaySpan | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  if (k <= ss) return null;
  const verb = tokens[v]!;
  if (verb.cap || DETERMINERS.has(verb.lower) || PREPOSITIONS.has(verb.lower)) return null;
  let aux = false;
  for (let q = k + 1; q < v; q++) if (FINITE_MARKERS.has(tokens[q]!.lower)) aux = true;
  if (!aux && !(FINITE_MARKERS.has(verb.lower) || IRREGULAR_PASTS.has(verb.lower) || /^\p{Ll}{3,}ed$/u.test(verb.lower))) return null;
  const subject = sentenceSubject(p, s, k);
  if (!subject || subject.b >= k) return null;
  const gapEnd = i === k + 1 ? tokens[i]!.end : tokens[k]!.end;
  return { content: spanOf(p, subject.a, hearsayEnd(p, i + 1, se)), gap: { start: tokens[subject.b]!.start, end: gapEnd } };
}

/** Subordinators that open an adverbial clause holding the passive ("when voters were asked who C, X led"); not "as", which is as often "such as". */
const ADVERBIAL_OPENERS = new Set(["when", "after", "before", "once", "while", "because", "since", "until"]);

/**
 * "She was asked whether she would run", "he was asked what happened", "Roe was asked, “Will you run?”": the
 * subject is the one asked, not the speaker; the question is the content and whoever put it is not named (a
 * "by" agent is read by passiveAgentFrame). Only a question counts: "was asked to resign" is a request, and
 * "was asked about the strike" names a topic, not a proposition. Inside an adverbial clause ("when voters were
 * asked who C, Trump led") the question ends at the comma that closes the clause.
 */
function askedPassiveFrame(p: ParagraphView, s: number, i: number, cueEnd: number, k: number, form: CueForm): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const start = contentStart(p, s, cueEnd, form);
  const at = start.index;
  const first = tokens[at];
  if (!first || at >= se) return null;
  const question = first.kind === "word" && /^(?:whether|if|why|how|what|when|where|who|which)$/.test(first.lower) && at > cueEnd - 1 && tokens[at - 1]?.lower !== "about";
  // ("was asked, “Will you run?”": a quotation ending in a question mark is the question itself.)
  const opening = first.kind === "quote" && first.role === "open" ? quoteOpenedAt(p, at) : undefined;
  const quoted = !!opening && /\?\s*$/.test(p.text.slice(opening.start, opening.end));
  if (!question && !quoted) return null;
  let end = contentEndFrom(p, at, se);
  // (The adverbial clause "when X was asked who C," closes at its comma; the main clause after it is no part of the question.)
  let opener = false;
  for (let j = k; j >= ss && k - j < 12; j--) if (tokens[j]!.kind === "word" && ADVERBIAL_OPENERS.has(tokens[j]!.lower)) { opener = true; break; }
  if (question && opener) {
    const depth = first.depth;
    let comma = at + 1;
    while (comma < se && comma - at <= 40 && !(tokens[comma]!.text === "," && tokens[comma]!.depth === depth)) comma++;
    // (With no comma the clause's end cannot be told from the main clause's start: "When asked whether C he replied".)
    if (comma >= se || comma - at > 40) return null;
    end = tokens[comma - 1]!.end;
  }
  return frame({
    pattern: "passive", sentence: s, cue: { a: i, b: cueEnd }, lemma: "ask", cueType: form.verb.type,
    weight: (form.verb.weight ?? 0.8) * 0.8, speaker: null, speakerFrom: null,
    content: spanOf(p, at, end), outlet: start.outlet, addressee: null, boundary: -1,
  });
}

// ---------------------------------------------------------------------------
// phrase cues: "according to X", "claimed responsibility for", "citing X"

function phraseFrame(p: ParagraphView, s: number, i: number, earlier: Frame[]): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const cands = PHRASES_BY_FIRST.get(tokens[i]!.lower)!;
  const phrase = cands.find((c) => c.words.every((w, j) => tokens[i + j]?.lower === w));
  if (!phrase) return null;
  const cueEnd = i + phrase.words.length;
  if (phrase.lemma === "cite") return citingFrame(p, s, i, cueEnd, earlier, phrase.weight);
  if (phrase.lemma === "to") return perspectiveFrame(p, s, i, phrase.weight);
  if (phrase.lemma === "in") return pollFrame(p, s, i, phrase.weight) ?? viewpointFrame(p, s, i, phrase.weight, earlier);
  if (phrase.source === "subject") {
    // "X claimed responsibility for C": cue text without the trailing "for".
    const cueWords = phrase.words[phrase.words.length - 1] === "for" ? { a: i, b: cueEnd - 1 } : { a: i, b: cueEnd };
    let k = i - 1;
    while (k >= ss && CUE_MODIFIERS.has(tokens[k]!.lower)) { if (NEGATORS.has(tokens[k]!.lower)) return null; k--; }
    let speaker = k >= ss ? phraseEndingAt(tokens, k, ss) : null;
    if (speaker && /^(?:no|none|nobody|neither)$/.test(tokens[speaker.a]!.lower)) return null;
    let speakerFrom: Frame | null = null;
    if (!speaker || tokens[k]?.text === ",") {
      speakerFrom = earlier.filter((f) => f.speaker && lendsSpeaker(f)).pop() ?? null;
      if (!speakerFrom) speaker = sentenceSubject(p, s, k);
      if (!speaker && !speakerFrom) return null;
    }
    if (cueEnd >= se) return null;
    return frame({
      pattern: "preposed", sentence: s, cue: cueWords, lemma: phrase.lemma, cueType: phrase.type, weight: phrase.weight,
      speaker, speakerFrom, content: spanOf(p, cueEnd, contentEndFrom(p, cueEnd, se)), outlet: null, addressee: null, boundary: -1,
    });
  }
  // "according to X": the source follows the phrase.
  const np = sourceAfter(tokens, cueEnd, se);
  if (!np) return null;
  // "according to plan", "according to the law": a rule or schedule, not a source.
  if (!isSourcePhrase(tokens, np)) return null;
  // "according to an official speaking to Reuters": the medium spoken to is the outlet.
  const heard = /^(?:speaking|talking)$/.test(tokens[np.b]?.lower ?? "") && tokens[np.b + 1]?.lower === "to" ? phraseStartingAt(tokens, np.b + 2, se, { maxLower: 3 }) : null;
  const outlet = heard && isMedia(tokens, heard) ? heard : null;
  const cue = { a: i, b: cueEnd };
  // Sentence-initial (or clause-initial) form: "According to X, C."
  const before = tokens[i - 1];
  // Initial ("According to X, C") unless a comma or a word precedes it ("C, according to X").
  // The source phrase may run long ("early results of exit polls conducted by Edison Research for ..."): up to the comma.
  let comma = np.b;
  while (comma < se && tokens[comma]!.text !== "," && comma - np.b < 30 && tokens[comma]!.kind !== "quote") comma++;
  const initial = i === ss || (before !== undefined && before.text !== "," && (before.kind !== "word" || /^(?:and|but|so|yet)$/.test(before.lower)) && tokens[comma]?.text === ",");
  if (initial) {
    let c = comma;
    if (tokens[c]?.text !== ",") c = np.b - 1;
    const startTok = c + 1;
    if (startTok >= se) return null;
    return frame({
      pattern: "according", sentence: s, cue, lemma: phrase.lemma, cueType: phrase.type, weight: phrase.weight,
      speaker: np, speakerFrom: null, content: spanOf(p, startTok, contentEndFrom(p, startTok, se)), outlet, addressee: null, boundary: -1,
    });
  }
  // Postposed: "C, according to X." The content is what precedes the comma.
  const cut = before?.text === "," ? i - 1 : i;
  const content = contentBefore(p, s, cut);
  if (!content) return null;
  // "In addition, according to the department, C": what precedes is a fronted adjunct; the content follows the comma.
  // (So is a lone connective: "But, according to the poll, C". A fronted subordinate clause is not: PolNeAR dev
  // keeps "While C1, according to X, C2" whole as often as not.)
  const lead = tokens[p.sentences[s]!.a]!;
  const fronted = frontedAdjunct(p.text, content) || (lead.kind === "word" && (DISCOURSE_CONNECTIVES.has(lead.lower) || /^(?:but|and|so|yet)$/.test(lead.lower)) && lead.end >= content.end - 1);
  if (fronted && tokens[comma]?.text === "," && comma + 1 < se) {
    return frame({
      pattern: "according", sentence: s, cue, lemma: phrase.lemma, cueType: phrase.type, weight: phrase.weight,
      speaker: np, speakerFrom: null, content: spanOf(p, comma + 1, contentEndFrom(p, comma + 1, se)), outlet, addressee: null, boundary: -1,
    });
  }
  // "His criticism, according to an interview, was the president's choice": the phrase sits between the
  // subject and its finite verb; the content is the whole clause with the phrase as its gap.
  const verb = tokens[comma + 1];
  if (before?.text === "," && tokens[comma]?.text === "," && comma + 2 < se && verb?.kind === "word" && (FINITE_MARKERS.has(verb.lower) || /^includ(?:e|es|ed)$/.test(verb.lower))) {
    const tail = trimContent(p, verb.start, p.tokens[se - 1]!.end);
    if (tail.end > tail.start) {
      return frame({
        pattern: "according", sentence: s, cue, lemma: phrase.lemma, cueType: phrase.type, weight: phrase.weight,
        speaker: np, speakerFrom: null, content: { start: content.start, end: tail.end }, gap: { start: content.end, end: tail.start }, outlet, addressee: null, boundary: cut,
      });
    }
  }
  return frame({
    pattern: "according", sentence: s, cue, lemma: phrase.lemma, cueType: phrase.type, weight: phrase.weight,
    speaker: np, speakerFrom: null, content, outlet, addressee: null, boundary: cut,
  });
}

/**
 * A sentence-initial "Asked whether/if/why ... ," (or "When asked ..."):
 * the question up to the comma that closes the participial clause, with no
 * speaker (the asker is not named; the answer is the main clause's own frame).
 */
function askedFrame(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm, trailing: boolean): Frame | null {
  const tokens = p.tokens;
  const { b: se } = p.sentences[s]!;
  const start = contentStart(p, s, cueEnd, form);
  // "Asked about the strike, ...": a topic, not a question that states anything.
  if (start.index >= se || !/^(?:whether|if|why|how|what|when|where|who|whom|which)$/.test(tokens[start.index]!.lower)) return null;
  const depth = tokens[start.index]!.depth;
  let comma = start.index + 1;
  // (A comma inside a closing quotation mark is the sentence's, not the quotation's: "Asked why C on “Face the
  // Nation,” Roe said ...", American style; the question ends before it.)
  while (comma < se && !(tokens[comma]!.text === "," && (tokens[comma]!.depth === depth || (tokens[comma]!.depth === depth + 1 && tokens[comma + 1]?.kind === "quote" && tokens[comma + 1]!.role === "close" && tokens[comma + 1]!.depth === depth)))) comma++;
  // (Opening the sentence the question ends at the comma before the main clause; closing a tag it may run to the end.)
  if ((trailing ? comma > se : comma >= se - 1) || comma - start.index > 40) return null;
  // "Asked by a reporter whether ...": the by-phrase names who put the question.
  const agent = tokens[cueEnd]?.lower === "by" ? phraseStartingAt(tokens, cueEnd + 1, start.index) : null;
  return frame({
    pattern: "passive", sentence: s, cue: { a: i, b: cueEnd }, lemma: "ask", cueType: form.verb.type,
    weight: (form.verb.weight ?? 0.8) * 0.8, speaker: agent && agent.b === start.index ? agent : null, speakerFrom: null,
    content: spanOf(p, start.index, tokens[comma - 1]!.end), outlet: start.outlet, addressee: start.addressee, boundary: trailing ? i - 1 : comma,
  });
}

/**
 * "In a CNN poll released Monday, Clinton led by 24 points" and "Clinton led
 * by 24 points in the latest Gallup survey": the poll is the source of what
 * the rest of the sentence reports. The phrase after "in" must be a
 * determiner, at most six words and a poll noun, then (up to a comma or the
 * sentence's end) only its own modifiers; "in the polls" alone is generic
 * ("slid in the polls") and no source.
 */
function pollFrame(p: ParagraphView, s: number, i: number, weight: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const det = tokens[i + 1];
  const initial = i === ss || (i === ss + 1 && /^(?:and|but)$/.test(tokens[ss]!.lower));
  if (!det) return null;
  // ("in May's Washington Post-ABC News poll", "in Monday's poll": a capitalised possessive stands for the determiner.)
  const determined = /^(?:a|an|the|this|that|its|their|his|her)$/.test(det.lower) || (det.cap && POSSESSIVE_WORD.test(det.text));
  // Opening the sentence, before its comma, a quantifier or no determiner at all still names the polls the clause
  // draws on ("In most surveys, C", "In exit polls, C"); inside a clause such bare polls are mostly a standing
  // ("slid in national polls"), no source.
  const bare = !determined && initial && det.kind === "word";
  if (!determined && !bare) return null;
  // Between the determiner and the poll noun: names and poll modifiers only ("the latest NBC News/Marist
  // poll"), never a verb or a preposition ("the District of Columbia head to the polls"). A slash joins the
  // names of joint pollsters ("a CNN/ORC poll", "a New York Times/CBS News survey").
  let n = bare && !POLL_QUANTIFIERS.has(det.lower) ? i + 1 : i + 2;
  const joint = (j: number) => tokens[j]!.text === "/" && tokens[j - 1]!.cap && !!tokens[j + 1]?.cap && tokens[j + 1]!.kind === "word";
  // (Joint pollsters' names run long: "an NBC News/Wall Street Journal/Marist South Carolina poll".)
  while (n < se && n - i <= 14 && (tokens[n]!.kind === "word" || joint(n)) && !POLL_NOUNS.has(tokens[n]!.lower) && (tokens[n]!.cap || joint(n) || POLL_MODIFIERS.has(tokens[n]!.lower) || /^[\d-]|-/.test(tokens[n]!.lower))) n++;
  // "in the polls" is generic; "In the poll, C" opening a sentence is the poll the text has named.
  if (n >= se || !POLL_NOUNS.has(tokens[n]!.lower) || n === i + 2 && det.lower === "the" && !(initial && /^(?:poll|survey)$/.test(tokens[n]!.lower) && tokens[n + 1]?.text === ",")) return null;
  // The source phrase runs on over its modifiers ("released Monday", "of New Hampshire polls") up to a comma or the end.
  let b = n + 1;
  if (b < se && tokens[b]!.kind === "word" && !/^(?:released|conducted|published|taken|of|by|from|last|this|in|on|for|among|with)$/.test(tokens[b]!.lower)) return null;
  // ("conducted by the New York Times and ABC News": "by" and the pollster's name, with or without "the".)
  const byName = (j: number) => !!tokens[j + 1]?.cap || (tokens[j + 1]?.lower === "the" && !!tokens[j + 2]?.cap);
  while (b < se && b - n < 14 && (tokens[b]!.kind === "word" || joint(b)) && !(tokens[b]!.lower === "by" && !byName(b))) b++;
  const np = { a: i + 1, b };
  if (initial) {
    // "In the latest poll, conducted in May, C": a participle set off by commas still describes the poll; the clause
    // opens after its closing comma (at most eight words on).
    if (tokens[b]?.text === "," && b + 1 < se && /^\p{Ll}{2,}ed$/u.test(tokens[b + 1]!.text)) {
      let c = b + 2;
      while (c < se && c - b <= 8 && tokens[c]!.text !== "," && tokens[c]!.kind !== "quote") c++;
      if (tokens[c]?.text === "," && c - b <= 8) { b = c; np.b = c; }
    }
    // Otherwise the comma must open the clause itself (a participle after it with no closing comma is no clause).
    if (tokens[b]?.text !== "," || b + 1 >= se || /ed$/.test(tokens[b + 1]!.text)) return null;
    return frame({
      pattern: "according", sentence: s, cue: { a: i, b: i + 1 }, lemma: "in", cueType: "evidence", weight,
      speaker: np, speakerFrom: null, content: spanOf(p, b + 1, contentEndFrom(p, b + 1, se)), outlet: null, addressee: null, boundary: -1,
    });
  }
  // ("C in the latest Fox poll, up eight points from March": a comma may close the poll phrase too; what follows it
  // comments on C.)
  if (!(b >= se || MARKERS_OR_END(tokens[b]) || (tokens[b]!.text === "," && b + 1 < se)) || tokens[i - 1]?.kind !== "word") return null;
  const content = contentBefore(p, s, i);
  if (!content) return null;
  return frame({
    pattern: "according", sentence: s, cue: { a: i, b: i + 1 }, lemma: "in", cueType: "evidence", weight: weight * 0.9,
    speaker: np, speakerFrom: null, content, outlet: null, addressee: null, boundary: i,
  });
}

/**
 * "In Ash's view, C", "But in their eyes, C", "because, in Forbes' words, C": a possessor and a noun of
 * viewpoint (VIEWPOINT_NOUNS) set off by a comma before a clause give the possessor as the speaker of that
 * clause. The phrase must open the sentence (after "and"/"but" at most) or follow a conjunction and a comma,
 * so that "the change in his views, ..." stays a noun phrase.
 */
function viewpointFrame(p: ParagraphView, s: number, i: number, weight: number, earlier: Frame[]): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  // Inside a quotation the phrase is the quoted speaker's own hedge ("“..., in my view, ...,” he said").
  if (tokens[i]!.depth > 0) return null;
  const prev = tokens[i - 1], prev2 = tokens[i - 2];
  // (A colon before it opens a clause too: "the president often says: In his view, C".)
  const opens = i === ss || (i === ss + 1 && /^(?:and|but|yet|so)$/.test(prev!.lower)) || prev?.text === ":"
    || (prev?.text === "," && i - 2 >= ss && /^(?:and|but|because|that|while|since|so|yet|although|though)$/.test(prev2!.lower));
  // "The only remedy, in Ash's view, would be C": between the subject and its finite verb the phrase leaves the
  // whole clause to the possessor, with the phrase as its gap.
  // (Not after another cue in the sentence: "X said the audience, in our mind, is ready" is X's claim.)
  const inserted = !opens && prev?.text === "," && i - 1 > ss && !earlier.some((f) => f.sentence === s);
  if (!opens && !inserted) return null;
  // The possessor: a possessive pronoun, or up to four capitalised words whose last carries the possessive
  // ("Mr. Trump's", "Forbes’ words": a bare apostrophe after a final s).
  let k = i + 1;
  let speaker: Range | null = null;
  if (POSSESSIVE_DETERMINERS.has(tokens[k]?.lower ?? "")) { speaker = { a: k, b: k + 1 }; k++; }
  else {
    while (k < se && k - i <= 4 && tokens[k]!.kind === "word" && tokens[k]!.cap && !POSSESSIVE_WORD.test(tokens[k]!.text) && !/^['’]$/.test(tokens[k + 1]?.text ?? "")) k++;
    const t = tokens[k];
    if (!t || t.kind !== "word" || !t.cap) return null;
    if (POSSESSIVE_WORD.test(t.text)) { speaker = { a: i + 1, b: k + 1 }; k++; }
    else if (/s$/.test(t.text) && /^['’]$/.test(tokens[k + 1]?.text ?? "")) { speaker = { a: i + 1, b: k + 2 }; k += 2; }
    else return null;
  }
  if (tokens[k]?.lower === "own") k++;
  const type = VIEWPOINT_NOUNS.get(tokens[k]?.lower ?? "");
  if (!type || tokens[k + 1]?.text !== "," || k + 2 >= se) return null;
  if (inserted) {
    const verb = tokens[k + 2]!;
    const content = contentBefore(p, s, i - 1);
    if (!content || verb.kind !== "word" || !FINITE_MARKERS.has(verb.lower)) return null;
    const tail = trimContent(p, verb.start, tokens[se - 1]!.end);
    if (tail.end <= tail.start) return null;
    return frame({
      pattern: "according", sentence: s, cue: { a: k, b: k + 1 }, lemma: "in view", cueType: type, weight,
      speaker, speakerFrom: null, content: { start: content.start, end: tail.end }, gap: { start: content.end, end: tail.start }, outlet: null, addressee: null, boundary: i - 1,
    });
  }
  return frame({
    pattern: "according", sentence: s, cue: { a: k, b: k + 1 }, lemma: "in view", cueType: type, weight,
    speaker, speakerFrom: null, content: spanOf(p, k + 2, contentEndFrom(p, k + 2, se)), outlet: null, addressee: null, boundary: -1,
  });
}

/**
 * "To Ms. Roe, the vote marked a turning point", "To them, it signals C": a sentence-initial "To" and a person
 * (a name, a pronoun, or a phrase headed by a noun of people) before a comma give that person's perspective on
 * the clause after it. An infinitive ("To win, X must ..."), "To be sure", "To date", "To that end" and a
 * possessive ("To Roe's credit", "To no one's surprise") are not a person. A relative clause set off by commas
 * after a name belongs to the speaker ("To Roe, who has studied X, C"). A reply's address ("To Ann, of Leeds: ...")
 * is no perspective.
 */
function perspectiveFrame(p: ParagraphView, s: number, i: number, weight: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  if (!(i === ss || (i === ss + 1 && /^(?:and|but|yet)$/.test(tokens[ss]!.lower)))) return null;
  let comma = i + 1;
  while (comma < se && comma - i <= 10 && tokens[comma]!.kind === "word") comma++;
  if (tokens[comma]?.text !== "," || comma === i + 1) return null;
  const first = tokens[i + 1]!, last = tokens[comma - 1]!;
  if (tokens[i]!.depth > 0 || tokens[comma + 1]?.lower === "of") return null;
  for (let j = i + 1; j < comma; j++) if (POSSESSIVE_WORD.test(tokens[j]!.text) || /^(?:of|for|to|in|on|at)$/.test(tokens[j]!.lower) && !last.cap && !isSourceHead(tokens[j - 1]!)) return null;
  // A name (its last word capitalised), a pronoun of persons, or a noun of people as the head.
  const person = (last.cap && first.cap) || /^(?:them|him|her|us|me|many|some|others|most)$/.test(last.lower) && comma === i + 2
    || (!first.cap && isSourceHead(last) && !/^(?:it|this|that|these|those)$/.test(last.lower));
  if (!person) return null;
  let end = comma;
  // ("To Roe, her aides and those in attendance, C": a list of persons runs on to the comma after its "and".)
  let c = comma + 1, and = false;
  while (c < se && c - comma <= 10 && tokens[c]!.kind === "word") { if (/^(?:and|or)$/.test(tokens[c]!.lower)) and = true; c++; }
  if (and && tokens[c]?.text === "," && c - comma > 2) end = c;
  // ("To Roe, who has made a study of it, C": the relative clause up to its own comma.)
  else if (tokens[comma + 1]?.lower === "who") {
    c = comma + 2;
    while (c < se && c - comma <= 20 && tokens[c]!.text !== ",") c++;
    if (tokens[c]?.text !== ",") return null;
    end = c;
  }
  // The clause: a few words at least, not opening with another adverbial comma.
  if (se - end < 4) return null;
  return frame({
    pattern: "according", sentence: s, cue: { a: i, b: i + 1 }, lemma: "to", cueType: "belief", weight,
    speaker: { a: i + 1, b: end === comma ? comma : end }, speakerFrom: null, content: spanOf(p, end + 1, contentEndFrom(p, end + 1, se)), outlet: null, addressee: null, boundary: -1,
  });
}

/**
 * "citing X": the subject of the clause cites X. "The Journal, citing internal
 * documents, reported ..." and "McCain blamed Obama, citing low growth" give
 * the subject (or the speaker of the sentence's earlier frame) as speaker and
 * X as content; "Citing X, Trump accused ..." takes the subject after the
 * participial clause. The content ends where the clause it interrupts goes on:
 * at a comma before "that" or a cue verb ("..., citing a source, that ..."),
 * or, for the sentence-initial form, at its first comma.
 */
function citingFrame(p: ParagraphView, s: number, i: number, cueEnd: number, earlier: Frame[], weight: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  if (cueEnd >= se || tokens[cueEnd]!.kind === "marker") return null;
  const initial = i === ss || (i === ss + 1 && tokens[ss]!.kind === "quote");
  const depth = tokens[cueEnd]!.depth;
  let end = se;
  for (let k = cueEnd + 1; k < se; k++) {
    const t = tokens[k]!;
    if (t.text !== ",") continue;
    // (“citing “the magic of Trump,” said C”: the comma may stand inside the closing quotation mark; the clause goes on after the mark.)
    const inside = t.depth !== depth && tokens[k + 1]?.kind === "quote" && tokens[k + 1]!.role === "close" && tokens[k + 1]!.depth === depth;
    if (t.depth !== depth && !inside) continue;
    const next = tokens[inside ? k + 2 : k + 1];
    if (initial || (next && next.kind === "word" && (next.lower === "that" || (CUE_FORMS.has(next.lower) && !next.cap)))) { end = inside ? k + 1 : k; break; }
  }
  if (end === cueEnd) return null;
  let speaker: Range | null = null;
  let speakerFrom: Frame | null = null;
  if (initial) {
    if (end >= se - 1) return null;
    speaker = phraseStartingAt(tokens, end + 1, se, { maxLower: 4 });
  } else {
    let k = i - 1;
    // "..., often citing C", "the report also cites C": an adverb before the cue is no speaker.
    while (k > ss && tokens[k]!.kind === "word" && CUE_MODIFIERS.has(tokens[k]!.lower) && !NEGATORS.has(tokens[k]!.lower)) k--;
    if (tokens[k]!.kind === "word") speaker = phraseEndingAt(tokens, k, ss);
    else if (tokens[k]!.text === ",") {
      speakerFrom = earlier.filter((f) => f.speaker && lendsSpeaker(f)).pop() ?? null;
      if (!speakerFrom) speaker = sentenceSubject(p, s, k);
    }
  }
  if (!speaker && !speakerFrom) return null;
  if (speaker && /^(?:no|none|nobody|neither)$/.test(tokens[speaker.a]!.lower)) return null;
  const last = tokens[end - 1]!;
  return frame({
    pattern: "preposed", sentence: s, cue: { a: i, b: cueEnd }, lemma: "cite", cueType: "speech", weight,
    speaker, speakerFrom, content: spanOf(p, cueEnd, end >= se ? contentEndFrom(p, cueEnd, se) : last.end), outlet: null, addressee: null,
    boundary: tokens[i - 1]?.text === "," ? i - 1 : i,
  });
}

// ---------------------------------------------------------------------------
// content

interface ContentStart {
  index: number;
  outlet: Range | null;
  addressee: Range | null;
  colon: boolean;
  /** The content is the cue's noun phrase object ("blamed Bush for ..."). */
  object?: boolean;
}

/**
 * How many tokens of adjuncts may stand between a cue and its "that" ("said Thursday during a taping of a
 * town hall meeting in Buffalo, New York, that ..."): the scan stops earlier at any clause word.
 */
const ADJUNCT_SPAN = 32;

/**
 * "told “Fox and Friends”", "told “Meet the Press” on Sunday": a short quotation of capitalised words right
 * after a cue that takes an addressee names the programme or paper spoken to; it is the outlet, not the content.
 * Returns the title's words (without marks or final punctuation), or null; the marks close at `range.b` or `range.b + 1`.
 */
function quotedTitleAt(p: ParagraphView, i: number, se: number): Range | null {
  const tokens = p.tokens;
  const t = tokens[i];
  if (!t || i >= se || t.kind !== "quote" || t.role !== "open" || !tokens[i + 1]?.cap) return null;
  const q = quoteOpenedAt(p, i);
  if (!q || q.close <= i + 1 || q.close >= se || q.close - i > 8) return null;
  for (let k = i + 1; k < q.close; k++) {
    const u = tokens[k]!;
    if (u.kind === "word") { if (!u.cap && !TITLE_FUNCTION_WORDS.has(u.lower)) return null; }
    // (A title's own final period or comma may stand inside the marks: told “Fox and Friends.”)
    else if (!(k === q.close - 1 && (u.text === "." || u.text === ",")) && !/^[’'&-]$/.test(u.text)) return null;
  }
  const inner = tokens[q.close - 1]!.kind === "word" ? q.close : q.close - 1;
  return inner > i + 1 ? { a: i + 1, b: inner } : null;
}

/** Where the content starts after a cue: past an addressee/outlet, adjuncts up to "that", a colon or an opening quote. */
function contentStart(p: ParagraphView, s: number, cueEnd: number, form: CueForm): ContentStart {
  const tokens = p.tokens;
  const { b: se } = p.sentences[s]!;
  let i = cueEnd;
  let outlet: Range | null = null;
  let addressee: Range | null = null;
  if (form.verb.object === "addressee" && i < se && tokens[i]!.kind === "word" && tokens[i]!.lower !== "that") {
    const { np, listeners } = addresseePhrase(tokens, i, se);
    if (np) {
      if (isMedia(tokens, np) && !listeners) outlet = np; else addressee = np;
      i = np.b;
    }
  }
  const title = form.verb.object === "addressee" ? quotedTitleAt(p, i, se) : null;
  if (title) { outlet = title; i = title.b + (tokens[title.b]!.kind === "quote" ? 1 : 2); }
  // "told delegates that ...", "assured Velsen farmers that ...": a listener the phrase reader does not know is
  // still the addressee when a few nominal words and "that" follow the cue (not "told the story that was ...").
  if (form.verb.object === "addressee" && !outlet && i < se && tokens[i]!.lower !== "that") {
    const a = cueEnd;
    let j = a;
    while (j < se && j - a < 5 && tokens[j]!.kind === "word" && tokens[j]!.lower !== "that" && !CLAUSE_STARTERS.has(tokens[j]!.lower) && !CLAUSE_BREAKERS.has(tokens[j]!.lower) && !PREPOSITIONS.has(tokens[j]!.lower) && !VERBISH.has(tokens[j]!.lower) && !CUE_FORMS.has(tokens[j]!.lower) && !/^\p{Ll}+(?:ed|ly)$/u.test(tokens[j]!.lower)) j++;
    const after = tokens[j + 1];
    if (j > a && j + 1 < se && tokens[j]!.lower === "that" && after && after.kind === "word" && (!CLAUSE_STARTERS.has(after.lower) || SUBJECT_PRONOUNS.has(after.lower))) {
      return { index: j + 1, outlet, addressee: { a, b: j }, colon: false };
    }
  }
  // "warned them that C", "cautioned him that C": an object pronoun right before "that" is a listener even after a
  // cue that does not usually take one (no content opens "them that ...").
  if (!addressee && !outlet && i + 2 < se && /^(?:him|her|them|us|me)$/.test(tokens[i]!.lower) && tokens[i + 1]!.lower === "that" && tokens[i + 2]!.kind === "word") {
    addressee = { a: i, b: i + 1 };
    i++;
  }
  if (form.verb.lemma === "ask") {
    for (let q = i; q < se && q - i < 8; q++) {
      // "asked, “What now?”": a quotation is the question itself.
      if (tokens[q]!.kind === "quote") {
        // "asked her, “...”": the person asked stands before the comma.
        if (q > i && tokens[q]!.role === "open" && tokens[q - 1]!.text === ",") return { index: q, outlet, addressee: addressee ?? phraseStartingAt(tokens, i, q - 1, { maxLower: 3 }), colon: false };
        break;
      }
      // The question keeps its "whether"/"if": without it "asked whether the talks would resume"
      // would read as the assertion that they would.
      if (tokens[q]!.lower === "about") return { index: q + 1, outlet, addressee, colon: false };
      if (/^(?:whether|if|why|how|what|when|where|who|whom|which)$/.test(tokens[q]!.lower)) return { index: q, outlet, addressee, colon: false };
    }
    // "asked the former minister during a televised forum whether C": past a long addressee and its adjuncts.
    const far = farQuestionWord(tokens, i, se);
    if (far >= 0) return { index: far, outlet, addressee, colon: false };
  }
  // Time adverbs right after the cue are not content: "adding later, ...", "said Friday that ...".
  let t0 = i;
  while (t0 < se && isTimeWord(tokens[t0]!) && !groupedNumberAt(tokens, t0)) t0++; // (not "5" of "claimed 5,000 troops ...")
  if (t0 > i && (tokens[t0]?.text === "," || tokens[t0]?.lower === "that" || tokens[t0]?.kind === "quote" || tokens[t0]?.text === ":")) i = tokens[t0]!.text === "," ? t0 + 1 : t0;
  // "said Tuesday his actions ...", "announced on Sunday she will ...", "told X last week she would ...":
  // a dated time phrase before a clause (no "that") is the cue's adjunct, not the proposition's start.
  else i = pastTimePhrase(tokens, i, se);
  // "blamed Bush for the crisis that occurred ...": after a verb that takes a noun phrase, a "that" after
  // its object opens a relative clause; the content is the object and what follows it.
  const obj = tokens[i];
  if (form.verb.np && form.verb.object !== "addressee" && obj && i < se && obj.kind === "word" && obj.lower !== "that" && !PREPOSITIONS.has(obj.lower) && !isTimeWord(obj) && !CUE_MODIFIERS.has(obj.lower) && !/ly$/.test(obj.lower) && !obj.cap) {
    return { index: i, outlet, addressee, colon: false, object: true };
  }
  // Adjuncts before "that": "told Reuters in response to queries about disarmament talks that".
  // (An adjunct opens with a preposition, a time, an adverb or a quoted title; "said the mayor proposed a plan that
  // would ..." opens with the content's subject, and its "that" is a relative pronoun inside it.)
  const opener = tokens[i];
  let adjunctOpens = !!opener && (PREPOSITIONS.has(opener.lower) || opener.lower === "of" || isTimeWord(opener) || /ly$/.test(opener.lower) || opener.text === "," || (opener.kind === "quote" && opener.role === "open"));
  let j = i;
  while (j < se && j - i < ADJUNCT_SPAN) {
    const t = tokens[j]!;
    // "said on Tuesday as he arrived in Paris that the deal was dead", "said when asked by reporters that C": a
    // subordinate clause of time is an adjunct of the cue when a "that" and a finite clause follow it (no comma
    // between); "as he entered the building that houses the talks" has a relative "that", no clause, and stays.
    if (t.kind === "word" && (j === i || adjunctOpens) && (TIME_SUBORDINATORS.has(t.lower) || (t.lower === "as" && SUBJECT_PRONOUNS.has(tokens[j + 1]?.lower ?? "")))) {
      let q = j + 1;
      while (q < se && q - i < ADJUNCT_SPAN && tokens[q]!.kind === "word" && tokens[q]!.lower !== "that") q++;
      if (q < se && tokens[q]!.lower === "that" && finiteClauseAt(tokens, q + 1, se, true)) { adjunctOpens = true; j = q; continue; }
    }
    // ("wrote in 2014 for people in that spot": after a preposition "that" is a determiner, no complementizer.)
    if (t.lower === "that" && t.kind === "word" && j > i && PREPOSITIONS.has(tokens[j - 1]!.lower)) { j++; continue; }
    if (t.lower === "that" && t.kind === "word" && (j === i || adjunctOpens)) {
      // "we know that, and ...": a demonstrative, not a complementizer.
      const after = tokens[j + 1];
      const afterComma = after?.text === "," ? tokens[j + 2] : undefined;
      if (!after || j + 1 >= se || after.kind === "marker" || /^[.;!?]$/.test(after.text) || (after.text === "," && (!afterComma || /^(?:and|but|so|or|too)$/.test(afterComma.lower) || MARKERS_OR_END(afterComma)))) return { index: se, outlet, addressee, colon: false };
      if (!outlet) outlet = outletInAdjunct(tokens, i, j);
      // "say that is the future": a demonstrative subject, part of the content.
      if (after.kind === "word" && /^(?:is|was|has|had|would|will|could|can|may|might|should|must|does|did|seems|means)$/.test(after.lower)) return { index: j, outlet, addressee, colon: false };
      return { index: j + 1, outlet, addressee, colon: false };
    }
    if (t.text === ":" && j > i) {
      if (!outlet) outlet = outletInAdjunct(tokens, i, j);
      return { index: j + 1, outlet, addressee, colon: true };
    }
    // "said during the interview “...”", "said last week in Tel Aviv, “...”": an adjunct, then the quotation.
    if (t.kind === "quote" && t.role === "open" && j > i && (PREPOSITIONS.has(tokens[i]!.lower) || tokens[i]!.lower === "of" || isTimeWord(tokens[i]!)) && (tokens[j - 1]!.kind === "word" || tokens[j - 1]!.text === ",")) {
      if (!outlet) outlet = outletInAdjunct(tokens, i, j);
      return { index: j, outlet, addressee, colon: false };
    }
    // "told ABC's “Good Morning America” that": a quoted title (capitalised, a few words) before "that".
    if (t.kind === "quote" && t.role === "open" && tokens[j + 1]?.cap) {
      const q = quoteOpenedAt(p, j);
      if (q && q.close > j && q.close - j <= 8 && q.close + 1 < se && tokens[q.close + 1]!.lower === "that") { j = q.close + 1; continue; }
    }
    if (t.kind !== "word" && t.text !== "," && t.text !== "-" && t.text !== "’") break;
    // ("admitted before a court that ...", "said after the vote that ...": a preposition that may also open a clause
    // opens the adjunct when a determiner, a time or a gerund follows it; "tweeted after Roe argued that ..." is a clause.)
    const nx = tokens[j + 1];
    const prepositionalOpener = j === i && PREPOSITIONS.has(t.lower) && !!nx && nx.kind === "word" && (DETERMINERS.has(nx.lower) || isTimeWord(nx) || /^\p{Ll}{3,}ing$/u.test(nx.lower));
    // (Capitalised after the cue, "May" is the month of a date, "said on May 3 that", not the modal.)
    const monthName = t.cap && isTimeWord(t);
    // ("added, though, that C": set off by commas, "though" is a connective adverb, not the conjunction.)
    const setOffThough = t.lower === "though" && tokens[j - 1]?.text === "," && tokens[j + 1]?.text === ",";
    if (t.kind === "word" && !monthName && !setOffThough && (CLAUSE_STARTERS.has(t.lower) || (CLAUSE_BREAKERS.has(t.lower) && t.lower !== "that" && !prepositionalOpener))) break;
    j++;
  }
  if (tokens[i]?.text === ":") i++;
  if (tokens[i]?.text === ",") i++;
  return { index: i, outlet, addressee, colon: tokens[i - 1]?.text === ":" };
}

/**
 * Where a time phrase that closes tokens [from, to) starts ("on Friday", "Tuesday night", "last week"),
 * or `to` when none does or it would leave nothing. Looks at the last four tokens only.
 */
function timeBefore(tokens: Token[], from: number, to: number): number {
  // (The sentence's stop or a comma may close the range.)
  let k = to;
  if (k - 1 > from && tokens[k - 1]!.kind === "punct" && /^[.!?,;]$/.test(tokens[k - 1]!.text)) k--;
  if (k - 1 > from && DAY_PARTS.has(tokens[k - 1]!.lower) && DAY_WORDS.has(tokens[k - 2]?.lower ?? "")) k--;
  // ("Are You Lonesome Tonight": a capitalised "Tonight" or "Today" is a title's word.)
  if (k - 1 > from && DAY_WORDS.has(tokens[k - 1]!.lower) && !(tokens[k - 1]!.cap && /^(?:today|tonight|yesterday)$/.test(tokens[k - 1]!.lower))) k--;
  else if (k - 2 > from && DATED_NOUNS.has(tokens[k - 1]!.lower) && /^(?:last|this|next)$/.test(tokens[k - 2]!.lower)) k -= 2;
  else return to;
  if (k - 1 > from && /^(?:later|earlier)$/.test(tokens[k - 1]!.lower)) k--;
  if (k - 1 > from && tokens[k - 1]!.lower === "on") k--;
  // "gains by this year", "results for the same period last year": the time belongs to the object.
  if (k - 1 > from && (PREPOSITIONS.has(tokens[k - 1]!.lower) || /^(?:period|quarter|season|time)$/.test(tokens[k - 1]!.lower))) return to;
  // Only a plain noun phrase: in "the plan, which was published last week" the time is the clause's.
  // (Bounded: a longer object is left alone.)
  if (k - from > 16) return to;
  for (let j = from; j < k; j++) {
    const t = tokens[j]!;
    if (t.kind === "word" && (CLAUSE_BREAKERS.has(t.lower) || /^(?:which|who|whom|whose|that|where|when)$/.test(t.lower) || (!t.cap && /[^e]ed$/.test(t.lower)))) return to;
  }
  return k;
}

/**
 * The phrase after a cue that takes an addressee ("told reporters", "told a Senate panel"); `listeners`
 * when it ends in a noun for an audience ("told a news conference": not the medium "a news").
 */
function addresseePhrase(tokens: Token[], i: number, se: number): { np: Range | null; listeners: boolean } {
  // "told us Smith would ...": an object pronoun stands alone.
  if (OBJECT_PRONOUNS.has(tokens[i]!.lower) && i + 1 < se) return { np: { a: i, b: i + 1 }, listeners: false };
  let np = phraseStartingAt(tokens, i, se, { maxLower: 3 }) ?? listenerBeforeClause(tokens, i, se);
  // "told the delegates at MacWorld that C", "told counterparts at the Roe Bank": a preposition and a name after a
  // plain noun postmodify the listener (not a time, "told CNN on Sunday", nor a venue after a name or an audience,
  // "told Roe in Dover", "told reporters in Dover").
  if (np && np.b + 1 < se && /^(?:at|from|in|of|with)$/.test(tokens[np.b]!.lower) && /^\p{Ll}{3,}$/u.test(tokens[np.b - 1]!.text) && !LISTENER_NOUNS.has(tokens[np.b - 1]!.lower)) {
    const obj = phraseStartingAt(tokens, np.b + 1, se, { maxLower: 3 });
    if (obj && tokens[headOf(tokens, obj)]!.cap && !isTimeWord(tokens[obj.b - 1]!)) np = { a: np.a, b: obj.b };
  }
  const listeners = !!np && np.b < se && LISTENER_NOUNS.has(tokens[np.b]!.lower) && !tokens[np.b]!.cap;
  // "told BBC Radio 4's Today programme he ...", "told GMTV's Sunday programme.": a lower-case noun for a
  // programme or publication after a name ends the name of the medium spoken to (the phrase reader stops at it).
  const programme = !!np && !listeners && np.b < se && PROGRAMME_NOUNS.has(tokens[np.b]!.lower) && !tokens[np.b]!.cap && tokens[np.b - 1]!.cap;
  return { np: np && (listeners || programme) ? { a: np.a, b: np.b + 1 } : np, listeners };
}

/**
 * "told me we ...", "tells the crowd he ...", "told a packed crowd they ...": the listener after a
 * cue that takes an addressee, when a clause's subject pronoun follows it (the phrase reader does
 * not know every plain noun). An object pronoun, or a determiner and at most four lower-case words
 * ending in a noun for listeners.
 */
function listenerBeforeClause(tokens: Token[], i: number, se: number): Range | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  let b = i + 1;
  if (!OBJECT_PRONOUNS.has(t.lower)) {
    if (!NOUN_DETERMINERS.has(t.lower) || t.lower === "no" || t.lower === "any") return null;
    // The head must name listeners: "told the story he had told" is an object and a relative clause.
    while (b < se && b - i <= 4 && tokens[b]!.kind === "word" && !tokens[b]!.cap && !LISTENER_NOUNS.has(tokens[b - 1]!.lower) && !PROGRAMME_NOUNS.has(tokens[b - 1]!.lower) && /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(tokens[b]!.lower)) b++;
    // ("told the paper he ...": a programme or publication is spoken to as an audience is.)
    if (!LISTENER_NOUNS.has(tokens[b - 1]!.lower) && !PROGRAMME_NOUNS.has(tokens[b - 1]!.lower)) return null;
  }
  const n = tokens[b];
  if (!n || b >= se || n.kind !== "word") return null;
  // After an object pronoun any subject may follow ("told me the cranes ..."); after a noun only a
  // pronoun does ("told the crowd the plan" could be one phrase).
  const subject = SUBJECT_PRONOUNS.has(n.lower) || (b === i + 1 && (NOUN_DETERMINERS.has(n.lower) || (n.cap && !CUE_FORMS.has(n.lower))));
  return subject ? { a: i, b } : null;
}

/**
 * The token after a time phrase at `i` ("Tuesday", "on Friday", "last week", "earlier this month",
 * "Sunday night") when a clause follows it (a pronoun, a determiner, a name or a number);
 * otherwise `i`. Bounded: a phrase is at most five tokens.
 */
function pastTimePhrase(tokens: Token[], i: number, se: number): number {
  let k = i;
  if (tokens[k]?.lower === "on" && DAY_WORDS.has(tokens[k + 1]?.lower ?? "")) k++;
  if (/^(?:earlier|later)$/.test(tokens[k]?.lower ?? "") && /^(?:this|today)$/.test(tokens[k + 1]?.lower ?? "")) k++;
  if (DAY_WORDS.has(tokens[k]?.lower ?? "")) k++;
  else if (/^(?:last|this|next|earlier)$/.test(tokens[k]?.lower ?? "") && DATED_NOUNS.has(tokens[k + 1]?.lower ?? "")) k += 2;
  else return i;
  if (DAY_PARTS.has(tokens[k]?.lower ?? "")) k++;
  const n = tokens[k];
  if (!n || k >= se || n.kind !== "word" || n.lower === "that") return i;
  // "said Tuesday was the deadline": a verb after the time word makes the time the subject. ("vowed
  // Tuesday to ..." stays: an intention, which the frame reader judges with the time word in place.)
  const clause = SUBJECT_PRONOUNS.has(n.lower) || NOUN_DETERMINERS.has(n.lower) || /^\d/.test(n.text) || (n.cap && !CUE_FORMS.has(n.lower));
  return clause ? k : i;
}

/** How many tokens a trailing venue adjunct may span ("during a long pre-budget speech to the Commons on Thursday morning"). */
const VENUE_SPAN = 24;

/**
 * "said the port would reopen in an interview with Ynet on Sunday", "stressed those worries at a
 * forum", "said ... on Twitter": a venue adjunct that closes the content (outside quotations)
 * belongs to the cue. Returns the token where the content ends and the venue's outlet, if any.
 * The adjunct is a preposition, at most four modifier words and a venue noun (or a medium after
 * "on"); nothing but more adjuncts may follow it up to `to`.
 */
function trailingVenue(tokens: Token[], from: number, to: number, object: boolean): { at: number; outlet: Range | null } | null {
  const depth = tokens[from]?.depth;
  // The adjunct closes the content, so only its last tokens are looked at: constant work per frame
  // (a sentence with many cues must not cost its length once per cue).
  for (let k = Math.max(from + 2, to - VENUE_SPAN); k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.depth !== depth || !VENUE_PREPOSITIONS.has(t.lower)) continue;
    if (tokens[k - 1]!.kind === "quote") continue;
    let v = k + 1;
    let outlet: Range | null = null;
    if (t.lower === "on") {
      const np = phraseStartingAt(tokens, v, to, { maxLower: 2 });
      // "said ... on Twitter", "on CNN": a one-word medium that closes the content ("censor broadcasts on US TV" is a topic).
      if (np && np.b === np.a + 1 && tokens[np.a]!.cap && isMedia(tokens, np) && closesContent(tokens, np.b, to)) return { at: k, outlet: np };
    }
    while (v < to && v - k <= 5 && tokens[v]!.kind === "word" && !SPEECH_VENUES.has(tokens[v]!.lower) && !VENUE_PREPOSITIONS.has(tokens[v]!.lower) && !CLAUSE_BREAKERS.has(tokens[v]!.lower)) v++;
    const noun = tokens[v];
    if (!noun || v >= to || !SPEECH_VENUES.has(noun.lower) || v === k + 1) continue;
    // A determiner opens the adjunct ("in an interview", "during his speech"); "in media interviews" is a topic.
    if (!/^(?:a|an|the|his|her|their|its|our|my|your)$/.test(tokens[k + 1]!.lower)) continue;
    // "a call" needs a modifier that makes it a venue ("a phone call", "a conference call").
    if (noun.lower === "call" && v - k < 3) continue;
    // "at the MacWorld conference" is an event; "a news conference" is a venue of speaking.
    if (noun.lower === "conference" && !/^(?:news|press)$/.test(tokens[v - 1]!.lower)) continue;
    // What follows must be more adjuncts ("with Ynet", "on Sunday", "in Beijing"), not more of the clause.
    let e = v + 1;
    while (e < to && tokens[e]!.kind === "word" && (VENUE_PREPOSITIONS.has(tokens[e]!.lower) || /^(?:with|to|by|of|for|the|a|an|last|this|next)$/.test(tokens[e]!.lower) || tokens[e]!.cap || isTimeWord(tokens[e]!))) e++;
    // (After a noun-phrase content the venue ends it whatever follows: "praised the plan in an interview published
    // Saturday, adding ...", "cited the figure at a forum viewed by millions"; what follows describes the venue or
    // the act. After a clause the venue must close the content, which may go on past it.)
    if (!object && !closesContent(tokens, e, to)) continue;
    for (let w = v + 1; w < e && !outlet; w++) {
      if (tokens[w]!.lower === "with" || tokens[w]!.lower === "on" || tokens[w]!.lower === "to") {
        const np = phraseStartingAt(tokens, w + 1, e, { maxLower: 2 });
        if (np && isMedia(tokens, np)) outlet = np;
      }
    }
    // "in a CNN interview": a named medium before the venue noun.
    if (!outlet && v > k + 1) {
      const mod = { a: k + 1, b: v };
      if (tokens[mod.a]!.lower === "a" || tokens[mod.a]!.lower === "an" || tokens[mod.a]!.lower === "the") mod.a++;
      if (mod.b > mod.a && tokens[mod.a]!.cap && isMedia(tokens, mod)) outlet = mod;
    }
    // "stressed those worries on Sunday at a forum": after a noun-phrase content a time adjunct right
    // before the venue goes with it (after a clause it may be the clause's own: "would reopen in May").
    let at = k;
    while (object && at - 2 >= from + 1 && isTimeWord(tokens[at - 1]!) && /^(?:on|in|at|last|this)$/.test(tokens[at - 2]!.lower)) at -= 2;
    return { at, outlet };
  }
  return null;
}

/** Nothing of the clause follows token `e`: the content's end, a sentence stop or a marker, or a comma before an adjunct or a participle. */
function closesContent(tokens: Token[], e: number, to: number): boolean {
  if (e >= to) return true;
  const t = tokens[e]!;
  if (t.kind === "marker" || (t.kind === "punct" && /^[.;!?]$/.test(t.text))) return true;
  const n = tokens[e + 1];
  return t.text === "," && !!n && n.kind === "word" && (ADJUNCT_OPENERS.has(n.lower) || /[^aeiou]ing$/.test(n.lower));
}

/** "in an interview with Ynet", "on X", "to Russian media" between a cue and "that". */
function outletInAdjunct(tokens: Token[], from: number, to: number): Range | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.lower === "with" || t.lower === "on" || t.lower === "to") {
      const np = phraseStartingAt(tokens, k + 1, to, { maxLower: 2 });
      if (np && isMedia(tokens, np)) return np;
    }
  }
  return null;
}

/** A phrase names a medium: "Reuters", "Russian media", "Iraqi state TV". */
export function isMedia(tokens: Token[], r: Range): boolean {
  for (let k = r.a; k < r.b; k++) if (MEDIA_WORDS.has(tokens[k]!.lower)) return true;
  // ("the paper", "GMTV's Sunday programme": a programme or publication head names a medium.)
  if (r.b > r.a && PROGRAMME_NOUNS.has(tokens[r.b - 1]!.lower)) return true;
  return false;
}

/** What follows a cue: does it close the sentence (postposed), and is there an outlet? */
function afterCue(p: ParagraphView, s: number, cueEnd: number, form: CueForm): { closes: boolean; outlet: Range | null; addressee: Range | null; end: number } {
  const tokens = p.tokens;
  const { b: se } = p.sentences[s]!;
  let i = cueEnd;
  let outlet: Range | null = null;
  let addressee: Range | null = null;
  if (form.verb.object === "addressee" && i < se && tokens[i]!.kind === "word") {
    const { np, listeners } = addresseePhrase(tokens, i, se);
    if (np) { if (isMedia(tokens, np) && !listeners) outlet = np; else addressee = np; i = np.b; }
  }
  const title = form.verb.object === "addressee" ? quotedTitleAt(p, i, se) : null;
  if (title) {
    outlet = title;
    i = title.b + 1;
    // told “Fox and Friends,” reminding ...: a comma inside the closing mark ends the cue's phrase as one after it would.
    if (tokens[title.b]!.text === ",") {
      i++;
      const nx = tokens[i];
      return { closes: !(nx && i < se && ((nx.kind === "quote" && nx.role === "open") || nx.lower === "that")), outlet, addressee, end: i };
    }
  }
  while (i < se && isTimeWord(tokens[i]!)) i++;
  // ("reported a few days later, C", "reported just today, C": a longer time phrase closes the cue as a day word does.)
  const timeEnd = timePhraseEnd(tokens, i, se);
  if (timeEnd > i && (MARKERS_OR_END(tokens[timeEnd]) || timeEnd >= se || tokens[timeEnd]!.text === ",")) i = timeEnd;
  const t = tokens[i];
  if (MARKERS_OR_END(t) || i >= se) return { closes: true, outlet, addressee, end: i };
  if (t!.text === ",") {
    // ", “..." or ", that": the content follows the comma.
    const nx = tokens[i + 1];
    if (nx && i + 1 < se && ((nx.kind === "quote" && nx.role === "open") || nx.lower === "that")) return { closes: false, outlet, addressee, end: i };
    return { closes: true, outlet, addressee, end: i };
  }
  if (t!.text === ":") return { closes: false, outlet, addressee, end: i };
  if (t!.kind === "quote" && t!.role === "close") return { closes: true, outlet, addressee, end: i };
  // "said when asked about ...", "told MSNBC while campaigning ...": a subordinate adjunct with a participle closes the frame.
  // (So does one with its own pronoun subject: "told “Fox and Friends” after he was asked about the attack that ...";
  // its "that" is the adjunct's, not the cue's.)
  if (t!.kind === "word" && /^(?:when|while|after|before|as|if|upon)$/.test(t!.lower) && i + 1 < se && (/^\p{Ll}+(?:ed|ing)$|^(?:asked|pressed|told|shown)$/u.test(tokens[i + 1]!.text) || (/^(?:when|while|after|before|as)$/.test(t!.lower) && /^(?:he|she|they|we|i)$/.test(tokens[i + 1]!.lower)))) {
    return { closes: true, outlet, addressee, end: i };
  }
  if (t!.kind === "word" && (PREPOSITIONS.has(t!.lower) || /^(?:before|after|while|as|when|in|on|at|during|last|this|on|yesterday|today)$/.test(t!.lower)) && !(t!.lower === "at" && /^(?:least|most)$/.test(tokens[i + 1]?.lower ?? ""))) {
    // "said on Sunday.", "said in a statement.", "said before heading to Israel where..."
    let j = i;
    // ("said in a statement, adding that ...": the comma before a participle closes the adjunct; the "that" is the participle's.)
    const clauseAfterComma = (c: number) => tokens[c]!.text === "," && tokens[c + 1]?.kind === "word" && /^\p{Ll}{3,}ing$/u.test(tokens[c + 1]!.text);
    // ("said in his speech that night.": "that" before a closing time noun is a demonstrative, no complementizer.)
    const thatTime = (c: number) => tokens[c]!.lower === "that" && /^(?:day|night|morning|afternoon|evening|week|weekend|month|year|time)$/.test(tokens[c + 1]?.lower ?? "") && (c + 2 >= se || tokens[c + 2]!.kind !== "word");
    while (j < se && (tokens[j]!.lower !== "that" || thatTime(j)) && tokens[j]!.kind !== "quote" && tokens[j]!.text !== ":" && !clauseAfterComma(j)) j++;
    // "said in a statement: C": a colon right after a prepositional adjunct opens the content
    // (not "said as the heckler yelled: ...", "says to X, who responds: ...").
    const colon = tokens[j]?.text === ":" && j + 1 < se && PREPOSITIONS.has(t!.lower) && j - i <= 6 && !tokens.slice(i, j).some((u) => u.text === "," || /^(?:who|which|as|when|while)$/.test(u.lower));
    if (j >= se || (tokens[j]!.lower !== "that" && !colon)) {
      if (!outlet) outlet = outletInAdjunct(tokens, i, j);
      return { closes: true, outlet, addressee, end: i };
    }
  }
  return { closes: false, outlet, addressee, end: i };
}

/**
 * Content before a frame that closes it: the quotation that ends at `k`
 * (a comma inside or after a closing quote), or the sentence up to `k`.
 */
function contentBefore(p: ParagraphView, s: number, k: number): { start: number; end: number; boundary: number } | null {
  const tokens = p.tokens;
  const { a: ss } = p.sentences[s]!;
  // Find a closing quote at k or just before it (“...,” / "...",).
  let q = -1;
  for (let j = k; j >= Math.max(ss, k - 2); j--) {
    const t = tokens[j]!;
    if (t.kind === "quote" && t.role === "close") { q = j; break; }
    if (t.text !== "," && !(t.kind === "quote")) break;
  }
  if (q >= 0) {
    const quote = quoteClosedAt(p, q);
    // "Nabisco issued a notice and “that group is now leaving,” said X": a quotation woven into the
    // sentence (a word of the same sentence right before it) is part of the content, which starts with the sentence.
    const woven = quote && quote.open > ss && tokens[quote.open - 1]!.kind === "word" && tokens[quote.open - 1]!.sentence === s && tokens[quote.open]!.sentence === s && !CUE_FORMS.has(tokens[quote.open - 1]!.lower);
    if (quote && woven) return { ...trimContent(p, tokens[ss]!.start, tokens[k - 1]!.end), boundary: k };
    if (quote) {
      const openTok = tokens[quote.open]!;
      // The quotation must start at a sentence start or follow a colon / the previous sentence.
      return { ...trimContent(p, quote.start, quote.end), boundary: k, ...(openTok ? {} : {}) };
    }
  }
  if (k <= ss) return null;
  let start = tokens[ss]!.start;
  // "However, prices rose, he said": the writer's connective that links the sentence to the one
  // before is not part of what the source said (unless it is all there is before the frame).
  const c = pastConnective(tokens, ss, k);
  if (c < k - 1) start = tokens[c]!.start;
  // A colon or dash before the content within the sentence: "... the broader point the strike was meant to make: “They enjoy no immunity,” the government said."
  const end = tokens[k - 1]!.end;
  if (start >= end) return null;
  return { ...trimContent(p, start, end), boundary: k };
}


/**
 * The first token after a sentence-opening discourse connective and its comma ("However,", "In fact,",
 * "Even so,") within tokens [ss, k); `ss` when there is none. Bounded by the connectives' length.
 */
function pastConnective(tokens: Token[], ss: number, k: number): number {
  for (let n = 1; n <= 2 && ss + n < k; n++) {
    if (tokens[ss + n]!.text !== ",") continue;
    let words = "";
    for (let j = ss; j < ss + n; j++) { if (tokens[j]!.kind !== "word") return ss; words += (j > ss ? " " : "") + tokens[j]!.lower; }
    // "However, that news ...": a "that" after the connective would then read as a complementizer.
    return DISCOURSE_CONNECTIVES.has(words) && tokens[ss + n + 1]?.lower !== "that" ? ss + n + 1 : ss;
  }
  return ss;
}

/** The UTF-16 span of tokens [a, ...) up to `end`, trimmed. */
function spanOf(p: ParagraphView, a: number, end: number): { start: number; end: number } {
  const tokens = p.tokens;
  let i = a;
  // A leading opening quote encloses the content: drop it.
  return trimContent(p, tokens[i]!.start, end);
}

const TRIM_END = /[\s.,;:"“”'’»«\-—–]+$|(?:\s*\[\d{1,5}(?:[ \t]*[-–,][ \t]*\d{1,5}){0,20}\])+$/;
/** The characters a match of TRIM_END can end with: its first alternative's class, and "]". */
const TRIM_END_LAST = /[\s.,;:"“”'’»«\-—–\]]/;
const TRIM_START = /^[\s"“”'‘«»:,\-—–]+/;
const THAT_COMPLEMENTIZER = /^that\s+(?!(?:is|was|are|were|has|had|have|would|will|could|can|may|might|should|must|does|did|seems|means|makes)\b)/i;

/** Trims quotation marks, markers, a leading "that", the final full stop and white space off a content range. */
export function trimContent(p: ParagraphView, start: number, end: number): { start: number; end: number } {
  const text = p.text;
  for (let guard = 0; guard < 8; guard++) {
    // Both alternatives of TRIM_END end with a character of TRIM_END_LAST: test that one character first.
    if (end <= start || !TRIM_END_LAST.test(text[end - 1]!)) break;
    const m = TRIM_END.exec(text.slice(Math.max(start, end - 200), end));
    if (!m || m[0].length === 0) break;
    end -= m[0].length;
  }
  let quoted = false;
  for (let guard = 0; guard < 4; guard++) {
    const head = text.slice(start, Math.min(end, start + 40));
    const m = TRIM_START.exec(head);
    // A complementizer "that", not the demonstrative subject of the content ("“That is false,” he said", "say that is the future").
    const that = quoted ? null : THAT_COMPLEMENTIZER.exec(head);
    if (m && m[0].length) { start += m[0].length; if (/["“”'‘«»]/.test(m[0])) quoted = true; }
    else if (that) start += that[0].length;
    else break;
  }
  // Keep a closing "?" or "!" that belongs to the content; drop only what TRIM_END took.
  return { start, end: Math.max(start, end) };
}

/**
 * Whether `f` is a participle after a noun that stands inside a clause ("said the charity provided a statement
 * affirming C", "says Roe's tweets accusing X of Y are lies"): nothing sets the noun off from the words before it
 * (no punctuation, no coordinator), so the participle and its noun are part of an earlier content, not a new
 * clause that ends it. (", adding C", "; a statement saying C", "and a statement saying C" still end it.)
 */
function embeddedParticiple(tokens: Token[], f: Frame): boolean {
  if (f.pattern !== "participle" || f.boundary <= 0 || f.boundary >= f.cue.a) return false;
  const b = tokens[f.boundary]!;
  const prev = tokens[f.boundary - 1]!;
  if (b.kind !== "word" || prev.kind !== "word" || prev.sentence !== b.sentence) return false;
  return !PREPOSITIONS.has(b.lower) && !SUBORDINATORS.has(b.lower) && !/^(?:and|but|or|with|then)$/.test(b.lower) && !/^(?:and|but|or|then)$/.test(prev.lower);
}

/** Cuts each frame's content where a later frame of the same sentence begins (", adding", ", X said", "; Y said"). */
function cutContents(p: ParagraphView, frames: Frame[]): void {
  // Frames come in cue order; the cut for a frame is the nearest boundary of a later one.
  // One pass from the right keeps the smallest boundary seen so far: linear in frames.
  let nearest = Infinity;
  let quoted = false;
  // (Whether the frame that set `nearest` has its content after its cue: a report, not a closing tag ", he said.")
  let forward = false;
  for (let k = frames.length - 1; k >= 0; k--) {
    const f = frames[k]!;
    // (A frame inside the quotation that resumes after a gap is nested in it: “C1,” X said, “but I said C2.”)
    const nested = f.gap !== null && nearest >= f.gap.end && quoted;
    if (nearest > f.content.start && nearest < f.content.end && !nested) {
      const cut = trimContent(p, f.content.start, nearest);
      // "said that after the storm, the governor announced C": after "that" the comma closes the clause's fronted
      // adjunct, and the report behind it is nested in the content; a cut there would leave only the adjunct.
      if (!(forward && thatBefore(p, f.content.start) && adjunctOnly(p.text, cut))) f.content = cut;
    }
    if (f.boundary >= 0 && p.tokens[f.boundary]!.start < nearest) {
      nearest = p.tokens[f.boundary]!.start; quoted = p.tokens[f.boundary]!.depth > 0;
      forward = f.content.start > p.tokens[f.cue.b - 1]!.start && f.content.end > f.content.start;
    }
  }
}

/** Whether the complementizer "that" stands right before the content starting at UTF-16 offset `start` (one token back). */
function thatBefore(p: ParagraphView, start: number): boolean {
  const m = /(?:^|\s)that,?\s+$/i.exec(p.text.slice(Math.max(0, start - 6), start));
  return m !== null;
}

/**
 * The subject of the clause that opens frame `owner`'s content, when that content holds token `k` (and starts in
 * the same sentence, before `k`): "Russia" in "Roe added that Russia armed no units, despite claiming C".
 */
function clauseSubjectWithin(p: ParagraphView, owner: Frame, k: number): Range | null {
  const tokens = p.tokens;
  const at = tokens[k]!;
  if (owner.sentence !== at.sentence || !(owner.content.start <= at.start && at.start < owner.content.end)) return null;
  let q = k;
  while (q - 1 >= 0 && tokens[q - 1]!.sentence === at.sentence && tokens[q - 1]!.start >= owner.content.start) q--;
  const np = q < k ? phraseStartingAt(tokens, q, k, { maxLower: 4 }) : null;
  return np ? withPrepositionalTail(tokens, np, k) : null;
}

/** The subject noun phrase of sentence `s` (its first phrase), for participles with no earlier frame. */
function sentenceSubject(p: ParagraphView, s: number, before: number): Range | null {
  const tokens = p.tokens;
  const { a: ss } = p.sentences[s]!;
  let i = ss;
  i = subjectStart(tokens, ss, before);
  // "“C,” Roe sings to the crowd before asking them, “D”": a quotation that opens the sentence is no subject;
  // the tag's clause after it opens with the subject.
  const q = tokens[ss]?.kind === "quote" && tokens[ss]!.role === "open" ? quoteOpenedAt(p, ss) : undefined;
  if (q && q.close > i && q.close + 1 < before && /^[,?!]$/.test(tokens[q.close - 1]!.text)) {
    i = q.close + 1;
    while (i < before && tokens[i]!.kind !== "word") i++;
    i = subjectStart(tokens, i, before);
  }
  // "When Roe answered ... by asserting C" (no comma closes the clause): the subordinate clause's own subject
  // speaks; "while most rivals called for X, Roe hewed ..., noting C": a comma closes it, the main clause follows.
  if (i + 1 < before && SUBORDINATORS.has(tokens[i]!.lower) && tokens[i + 1]!.kind === "word") {
    let c = i + 1;
    while (c < before && c - i < 40 && tokens[c]!.text !== ",") c++;
    i = c < before && tokens[c]!.text === "," ? c + 1 : i + 1;
    while (i < before && tokens[i]!.kind !== "word") i++;
  }
  const np = phraseStartingAt(tokens, i, before, { maxLower: 4 });
  if (!np) return null;
  // "Dover officials and their allies in the union speak ..., arguing C", "She and her aides have vowed ..., while
  // acknowledging C": a coordinated subject, when a verb follows the second conjunct, speaks as a whole.
  if (/^(?:and|&)$/.test(tokens[np.b]?.lower ?? "") && np.b + 1 < before) {
    const second = phraseStartingAt(tokens, np.b + 1, before, { maxLower: 4 });
    if (second) {
      const both = withPrepositionalTail(tokens, { a: np.a, b: second.b }, before);
      if (both.b < before && (verbAfterSubject(tokens, both.b) || finiteVerbAt(tokens, both.b))) return both;
    }
  }
  const tailed = withPrepositionalTail(tokens, np, before);
  return tailed === np ? postmodifiedBeforeVerb(tokens, np, ss, before) ?? np : tailed;
}

/** How far past a subject's first phrase `postmodifiedBeforeVerb` looks for the clause's verb. */
const SUBJECT_VERB_SPAN = 14;

/**
 * "One engineer at a chip maker declined to comment, saying C", "Relatives of those hurt in the fire gathered
 * outside, saying C": the phrase scan stops inside a subject ("One", "Relatives") whose noun or postmodifier runs
 * on to the clause's finite verb. When no verb follows `np`, the first finite verb after it (not a participle
 * after a determiner, "those hurt") whose subject, read back from it, is one noun phrase from `np`'s start
 * gives that whole subject. Returns it, or null. Reads at most SUBJECT_VERB_SPAN tokens.
 */
function postmodifiedBeforeVerb(tokens: Token[], np: Range, ss: number, before: number): Range | null {
  if (np.b >= before || verbAfterSubject(tokens, np.b) || finiteVerbAt(tokens, np.b) || tokens[np.b]!.kind !== "word") return null;
  // (Before a coordinated verb, only a subject the phrase reader reads whole back from the verb ("Wagner Group
  // financier Yevgeny Prigozhin posted X and claimed C"): in "Russian operations on the axis consist of a main
  // effort aimed at X and supporting Y" the verb found, "aimed", postmodifies an object.)
  const coordinated = /^(?:and|or|but|nor)$/.test(tokens[before]?.lower ?? "");
  // Only a postmodifier ("at a chip maker", "of those hurt") or the noun after a capitalised word or an adjective
  // ("One engineer", "Harbour pilots", "the wealthiest conservative donors"): not the object of a verb the phrase
  // reader did not know ("The president left no doubt").
  const next = tokens[np.b]!, end = tokens[np.b - 1]!;
  if (!(PREPOSITIONS.has(next.lower) || next.lower === "of" || ((end.cap || ADJECTIVE_SHAPE.test(end.lower)) && !next.cap && isCommonNounHead(next)))) return null;
  for (let v = np.b; v < before && v - np.b <= SUBJECT_VERB_SPAN; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word" || t.depth !== tokens[np.a]!.depth) return null;
    // ("The council on Friday pledged": a time is an adjunct before the verb, no postmodifier; "Some of those who
    // have been banned": a relative clause's verb is not the clause's.)
    if (DATE_NAMES.has(t.lower) || TIME_WORDS.has(t.lower) || MOMENT_NOUNS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower)) return null;
    if (!(finiteVerbAt(tokens, v) || (IRREGULAR_PASTS.has(t.lower) && !DETERMINERS.has(tokens[v - 1]!.lower)))) continue;
    // ("Harbour pilots went on strike": the phrase read back from the verb is the whole subject already.)
    // (The phrase reader may find none before a verb ("the fire gathered"): a noun there, or any word after a
    // determiner, ends the postmodifier's phrase.)
    const prev = tokens[v - 1]!;
    const noun = prev.kind === "word" && (prev.cap || isCommonNounHead(prev) || (DETERMINERS.has(tokens[v - 2]?.lower ?? "") && !PREPOSITIONS.has(prev.lower) && !VERBISH.has(prev.lower)));
    const last = phraseEndingAt(tokens, v - 1, ss) ?? (noun ? { a: v - 1, b: v } : null);
    if (!last || last.a < np.a) return null;
    if (last.a === np.a) return last;
    if (coordinated) return null;
    const whole = postmodifiedSubject(tokens, last, ss);
    return whole && whole.a === np.a ? whole : null;
  }
  return null;
}

/** A verb (or one adverb and a verb) at `k`: an auxiliary, a cue form or a lower-case "-ed" past ("have vowed", "also said"). */
function verbAfterSubject(tokens: Token[], k: number): boolean {
  const verb = (t: Token | undefined) => t !== undefined && t.kind === "word" && !t.cap && (VERBISH.has(t.lower) || CUE_FORMS.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.lower));
  return verb(tokens[k]) || (CUE_MODIFIERS.has(tokens[k]?.lower ?? "") && verb(tokens[k + 1]));
}

/**
 * "Attorneys for Clinton appeared ...", "The attorney general of the state of New York is ...": a subject
 * read left to right stops at a preposition; its object belongs to the subject when a verb (an auxiliary,
 * a cue form or an "-ed" past) follows it. Returns the widened phrase, or `np` unchanged. At most two links.
 */
function withPrepositionalTail(tokens: Token[], np: Range, before: number): Range {
  let r = np;
  for (let hop = 0; hop < 2; hop++) {
    const prep = tokens[r.b];
    if (!prep || r.b + 1 >= before || !/^(?:of|for|to|at|with|from|in|on)$/.test(prep.lower)) break;
    const obj = phraseStartingAt(tokens, r.b + 1, before, { maxLower: 4 });
    if (!obj) break;
    // ("The pilots on Monday went further": "on" before a date or time is an adjunct, no postmodifier.)
    if (prep.lower === "on" && [...Array(obj.b - obj.a).keys()].some((j) => { const w = tokens[obj.a + j]!; return DATE_NAMES.has(w.lower) || TIME_WORDS.has(w.lower) || MOMENT_NOUNS.has(w.lower) || /^\d/.test(w.text); })) break;
    r = { a: r.a, b: obj.b };
  }
  if (r === np) return np;
  // ("The board's adviser on the project went further": an irregular past is a verb as an "-ed" past is.)
  const verb = (t: Token | undefined) => t !== undefined && t.kind === "word" && !t.cap && (VERBISH.has(t.lower) || CUE_FORMS.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.lower) || IRREGULAR_PASTS.has(t.lower));
  // ("Lawyers for Roe also said": one adverb may stand before the verb.)
  return r.b < before && (verb(tokens[r.b]) || (CUE_MODIFIERS.has(tokens[r.b]!.lower) && verb(tokens[r.b + 1]))) ? r : np;
}

// ---------------------------------------------------------------------------
// floating quotations

/**
 * Quotations that no frame covers and that make up whole sentences take the
 * speaker and cue of the closest earlier frame in the paragraph or the one
 * passed in by the caller (see `extract`), e.g. a quoted paragraph after
 * "X told state TV that ...".
 */
function floatingFrames(p: ParagraphView, frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  // Only quotations float: a paragraph without any (most of them) skips the sorted views below, which read
  // nothing but `frames` and the tokens.
  if (p.quotes.length === 0) return out;
  // Sorted views of the frames, so that each quotation is checked in O(log n).
  // (A stance or an "as" opinion inside a quotation is not the quotation's own cue: “... they reject X,” continues the speaker.)
  const withCue = frames.filter((f) => f.cue.a >= 0 && lendsSpeaker(f));
  const cueStarts = withCue.map((f) => p.tokens[f.cue.a]!.start).sort((a, b) => a - b);
  const contents = withCue.map((f) => f.content).filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const c of contents) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -1, c.end));
  const bySpeakerCue = withCue.filter((f) => f.speaker || f.speakerFrom).sort((a, b) => p.tokens[a.cue.a]!.start - p.tokens[b.cue.a]!.start);
  const speakerCueStarts = bySpeakerCue.map((f) => p.tokens[f.cue.a]!.start);
  for (const q of p.quotes) {
    if (q.end - q.start < 12) continue;
    const openTok = p.tokens[q.open]!;
    if (openTok.depth > 0) continue;
    const s = openTok.sentence;
    const startsSentence = p.sentences[s]!.a === q.open;
    if (!startsSentence) continue;
    const closeSentence = q.close < 0 ? p.sentences.length - 1 : p.tokens[q.close]!.sentence;
    const closeEnd = p.sentences[closeSentence]!.b;
    if (q.close >= 0 && !MARKERS_OR_END(p.tokens[q.close + 1]) && q.close + 1 < closeEnd) continue;
    const lastBefore = countBelow(null, q.end, contents) - 1;
    const overlapsContent = lastBefore >= 0 && maxEnd[lastBefore]! > q.start;
    const cueInside = countBelow(null, q.end, cueStarts) > countBelow(null, q.start, cueStarts);
    const k = countBelow(null, q.start, speakerCueStarts) - 1;
    let owner = k >= 0 ? bySpeakerCue[k]! : null;
    // “Q1,” Roe said, adding that C. “Q2”: the participle adds a claim to the act of saying; the quotation after it
    // goes on with that act, the frame the participle took its speaker from.
    if (owner && owner.pattern === "participle" && owner.speakerFrom && owner.speakerFrom.sentence === owner.sentence && owner.speakerFrom.cue.a >= 0) owner = owner.speakerFrom;
    const content = trimContent(p, q.start, q.end);
    // A closed quotation may hold claims of its own (“... I said it would fail.”); they stay nested in the resumed passage.
    const beforeQuote = countBelow(null, q.start, contents) - 1;
    const nestedOnly = q.close >= 0 && (beforeQuote < 0 || maxEnd[beforeQuote]! <= q.start);
    if ((overlapsContent || cueInside) && !nestedOnly) continue;
    if (owner && resumesQuotation(p, owner, s)) {
      // One passage interrupted by its speaker tag: the tag's sentence lies inside the content as its gap.
      owner.gap = { start: owner.content.end, end: content.start };
      owner.content = { start: owner.content.start, end: content.end };
      continue;
    }
    if (overlapsContent || cueInside) continue;
    if (!owner) {
      out.push(frame({
        pattern: "floating", sentence: s, cue: { a: -1, b: -1 }, lemma: "", cueType: "speech", weight: 0.6,
        speaker: null, speakerFrom: null, content, outlet: null, addressee: null, boundary: -1,
      }));
      continue;
    }
    out.push(frame({
      pattern: "floating", sentence: s, cue: owner.cue, lemma: owner.lemma, cueType: owner.cueType, weight: owner.weight * 0.75,
      speaker: null, speakerFrom: owner, content, outlet: owner.outlet, addressee: null, boundary: -1,
    }));
  }
  return out;
}

/**
 * “Q1,” Roe said. “Q2 …”: a quotation opening the sentence right after a
 * speaker tag that closed a quotation of its own continues that quotation;
 * PolNeAR annotates the two parts as one claim. Only the first such
 * quotation, only after a tag that quoted a sentence-opening quotation.
 */
function resumesQuotation(p: ParagraphView, owner: Frame, s: number): boolean {
  return owner.sentence === s - 1 && quotedBeforeTag(p, owner);
}

/**
 * The frame is a speaker tag after its quotation (“C,” Roe said / “C,” said Roe; with `mixed`, also X is “C,”
 * Roe said), with nothing quoted after the tag yet: a quotation opening the next sentence or paragraph may go
 * on with it.
 */
export function quotedBeforeTag(p: ParagraphView, owner: Frame, mixed = true): boolean {
  if (owner.gap || owner.cue.a < 0 || (owner.pattern !== "inverted" && owner.pattern !== "postposed")) return false;
  // The owner's content is a quotation that opens a sentence (its own, or an earlier one when the quotation
  // holds several sentences: “C1? C2,” Roe said.) and closes before its cue.
  const cueStart = p.tokens[owner.cue.a]!.start;
  if (owner.content.end > cueStart) return false;
  const q = p.quotes.find((x) => x.close >= 0 && x.start <= owner.content.start && owner.content.start <= x.start + 1 && x.end <= cueStart);
  if (!q) return mixed && mixedBeforeTag(p, owner, cueStart);
  const opener = p.tokens[q.open]!;
  return opener.depth === 0 && p.sentences[opener.sentence]!.a === q.open;
}

/**
 * Yet the plan is “a gamble,” Roe said. “Q2 …”: the tag's content is the whole sentence before it and ends
 * with a quotation that closes right before the tag (a partial quote); the quotation that opens the next
 * sentence goes on with the same passage as after a wholly quoted sentence.
 */
function mixedBeforeTag(p: ParagraphView, owner: Frame, cueStart: number): boolean {
  const ss = p.sentences[owner.sentence]!.a;
  if (p.tokens[ss]!.start !== owner.content.start) return false;
  const q = p.quotes.find((x) => x.close >= 0 && x.start > owner.content.start && x.end <= cueStart && owner.content.end >= x.end - 1 && owner.content.end <= x.end + 1);
  return !!q && p.tokens[q.open]!.depth === 0;
}

/**
 * An adverb of manner between a subject and its cue ("Trump jokingly said"):
 * a lower-case -ly word right after a word that is no determiner or
 * possessive, so that "the family said" keeps its noun.
 */
function mannerAdverb(tokens: Token[], k: number, ss: number): boolean {
  const t = tokens[k]!;
  // (Not a noun in "-ly": "the organizer of a pro-Trump rally said".)
  if (t.cap || t.lower.length < 5 || !t.lower.endsWith("ly") || k - 1 < ss || LY_NOUNS.has(t.lower)) return false;
  const before = tokens[k - 1]!;
  return before.kind === "word" && !DETERMINERS.has(before.lower) && !/['’]s?$/.test(before.text) && !PREPOSITIONS.has(before.lower);
}

/** Two to five capitalised words (name particles allowed inside): a person's or body's name. */
function isNameRange(tokens: Token[], r: Range): boolean {
  const n = r.b - r.a;
  if (n < 2 || n > 5 || !tokens[r.a]!.cap || !tokens[r.b - 1]!.cap) return false;
  for (let k = r.a; k < r.b; k++) {
    const t = tokens[k]!;
    if (!(t.kind === "word" && (t.cap || /^(?:al|el|de|da|di|van|von|der|bin|la|le)$/.test(t.lower))) && !(t.text === "." || t.text === "-" || t.text === "’" || t.text === "'")) return false;
  }
  return true;
}

/**
 * "the Center for Defense Strategies", "the Razumkov Centre": "the" and a capitalised name of up to seven words, with
 * lower-case linking words inside it ("of", "for", "and", "on") but capitalised first and last words.
 */
function institutionName(tokens: Token[], r: Range): boolean {
  const n = r.b - r.a;
  if (n < 3 || n > 8 || tokens[r.a]!.lower !== "the" || !tokens[r.a + 1]!.cap || !tokens[r.b - 1]!.cap) return false;
  for (let k = r.a + 1; k < r.b; k++) {
    const t = tokens[k]!;
    if (!(t.kind === "word" && (t.cap || /^(?:of|for|and|on)$/.test(t.lower))) && t.text !== "-") return false;
  }
  return true;
}

/**
 * A subject phrase preceded by a preposition is the object of a
 * postmodifier ("Proponents of | the new bill", "People with direct
 * knowledge of | the talks"): widen it over at most three such links to the
 * phrase that opens the clause. Unchanged when no clause-opening phrase is found.
 */
function withPostmodifiers(tokens: Token[], speaker: Range, ss: number): Range {
  let a = speaker.a;
  let source = -1;
  for (let hop = 0; hop < 3; hop++) {
    const prep = tokens[a - 1];
    if (!prep || a - 1 <= ss || prep.kind !== "word" || !(PREPOSITIONS.has(prep.lower) || prep.lower === "of")) break;
    // ("Years after Roe claimed C", "Days before Roe said C": "after"/"before" with a finite cue open a clause whose
    // subject speaks; the span before them is a time adverbial, no head the speaker postmodifies.)
    if (measuredSpanBefore(tokens, ss, a) === a - 1) break;
    const left = phraseEndingAt(tokens, a - 2, ss);
    if (!left) break;
    a = left.a;
    const opener = tokens[a - 1];
    if (a <= ss || !opener || opener.kind !== "word" || /^(?:and|but|while|whereas|as|because|although|though|since|if)$/.test(opener.lower)) return { a, b: speaker.b };
    // "A U.S. law enforcement official familiar with the investigation": the phrase scan stops inside a
    // chain of noun modifiers, but a source adjective before the preposition marks the subject's postmodifier.
    if (/^(?:familiar|close|closest|knowledgeable|briefed|involved)$/.test(tokens[left.b - 1]!.lower)) source = a;
  }
  return source >= 0 ? { a: source, b: speaker.b } : speaker;
}


/**
 * "The farmers and the workers said C", "A lawyer and a journalist interviewed by the group said C", "Relatives of
 * detainees and lawyers interviewed said C", "Officials and state-affiliated media said C": the speaker phrase read
 * back from the cue stops at "and" (before an article, a possessive, a plain noun or a hyphenated adjective), but when
 * the phrase before "and" (with its "of"/prepositional postmodifiers) opens the sentence, nothing else stands between
 * the sentence's start and the cue: the whole coordination is the subject and speaks as one. Further into the
 * sentence "X and the Y said" more often joins two clauses ("shelled the town and the governor said"), so the first
 * conjunct must open the sentence (after at most one connective). Constant work: two phrase reads.
 */
function openingCoordination(tokens: Token[], speaker: Range, ss: number): Range {
  let k = speaker.a - 1;
  // ("and state-affiliated media": one hyphenated lower-case adjective the phrase scan stopped at opens the conjunct.)
  const mod = tokens[k];
  if (mod && k > ss && mod.kind === "word" && !mod.cap && mod.lower.includes("-") && tokens[k - 1]!.lower === "and") k--;
  if (k - 1 < ss || tokens[k]!.lower !== "and") return speaker;
  const first = phraseEndingAt(tokens, k - 1, ss);
  if (!first || first.b !== k) return speaker;
  // (A conjunct that names a source: a name, a pronoun, a source noun or a plural noun; "Prices rose and the minister
  // said" has a verb there, read as a noun.)
  const head = tokens[k - 1]!;
  if (!(head.cap || PRONOUN_WORDS.has(head.lower) || isSourceHead(head) || (isPluralNounForm(head.lower) && !VERBISH.has(head.lower)))) return speaker;
  const whole = withPostmodifiers(tokens, first, ss);
  const opens = whole.a === ss || (whole.a === ss + 1 && OPENING_CONNECTIVES.has(tokens[ss]!.lower));
  return opens ? { a: whole.a, b: speaker.b } : speaker;
}

/** How many capitalised words a subject found after an opening adjunct may hold ("Gov. Jo Ann Roe"). */
const ADJUNCT_NAME_SPAN = 4;
/** How far into the sentence an opening adjunct run into its subject is looked for. */
const OPENING_ADJUNCT_SPAN = 30;

/**
 * "In a March 2016 meeting with the editorial board of the Washington Post Trump said C", "On Monday Roe said C", "In
 * a radio interview Roe said C", "After the debate Roe said C": a prepositional adjunct that opens the sentence with
 * no comma runs into the subject, and the phrase read before the cue spans both. The subject is the run of capitalised
 * words at the phrase's end after a word that cannot modify a name: a date or a number, the last word of an
 * institution's name ("Post", "Ministry", "Party") inside a longer run of capitals, or a plain common noun that names
 * no person ("interview", "debate"; not "candidate Roe", "businessman Roe"). Returns that name, or null (also when the
 * sentence opens with no preposition or subordinator, or a comma or quotation stands before the phrase). Reads at most
 * OPENING_ADJUNCT_SPAN tokens.
 */
function adjunctSubject(tokens: Token[], speaker: Range, ss: number): Range | null {
  const opener = tokens[ss]!;
  if (opener.kind !== "word" || !(PREPOSITIONS.has(opener.lower) || OCCASION_PREPOSITIONS.has(opener.lower) || SUBORDINATORS.has(opener.lower)) || opener.lower === "as" || speaker.b - ss > OPENING_ADJUNCT_SPAN) return null;
  for (let q = ss + 1; q < speaker.a; q++) if (tokens[q]!.kind !== "word") return null;
  // The longest run of capitals that ends the phrase.
  let r = speaker.b;
  while (r - 1 > Math.max(speaker.a - 1, ss) && tokens[r - 1]!.kind === "word" && tokens[r - 1]!.cap) r--;
  for (let k = Math.max(r - 1, ss + 1); k < speaker.b - 1; k++) {
    if (speaker.b - (k + 1) > ADJUNCT_NAME_SPAN) continue;
    const t = tokens[k]!, name = tokens[k + 1]!;
    if (DATE_NAMES.has(name.lower) || /^(?:the|a|an)$/.test(name.lower) || /^\d/.test(name.text)) continue;
    const dated = /^\d/.test(t.text) || (t.cap && DATE_NAMES.has(t.lower));
    const institution = t.cap && k > r - 1 && k > speaker.a && (MEDIA_WORDS.has(t.lower) || GOVERNMENT_WORDS.has(t.lower) || ORGANIZATION_WORDS.has(t.lower));
    // (A noun of time heads a relative clause as often: "At the moment Roe announced his run, ..."; a modifier such as
    // "former" belongs to the name.)
    const noun = !t.cap && k > speaker.a && isCommonNounHead(t) && !nominal(t) && !TIME_WORDS.has(t.lower) && !MOMENT_NOUNS.has(t.lower) && !isSourceHead(t) && !PEOPLE_NOUNS.has(t.lower) && !PERSON_TITLES.has(t.lower) && !HUMAN_HEADS.has(t.lower) && !ORGANIZATION_WORDS.has(t.lower) && !MEDIA_WORDS.has(t.lower) && !GOVERNMENT_WORDS.has(t.lower);
    // ("In a statement Google said", "In its statement Valve also said": a noun of a text or message is no title of the
    // name after it, though such nouns head sources elsewhere ("the statement said"); the adjunct ends with it.)
    const text = !t.cap && k > speaker.a && (READ_HEADS.has(t.lower) || MESSAGE_NOUNS.has(t.lower) || EVIDENCE_NOUNS.has(t.lower));
    if (dated || institution || noun || text) return { a: k + 1, b: speaker.b };
  }
  return null;
}

/** "many of whom", "some of which": a relative subject made of a quantifier, "of" and the relative pronoun. */
function quantifiedRelative(tokens: Token[], r: Range): boolean {
  return r.b - r.a === 3 && tokens[r.a + 1]!.lower === "of" && /^(?:whom|which)$/.test(tokens[r.b - 1]!.lower);
}

/**
 * "Another intelligence source speaking to Fox News said", "A redacted copy of the memo seen by Reuters said",
 * "Majorities of Democrats in five states going to the polls Tuesday say": the phrase before the cue is the
 * object inside a postmodifier of the subject (a participle's or a preposition's). When every word from the
 * clause's start to that phrase can belong to one noun phrase (no finite verb, pronoun, comma or clause
 * word), the whole stretch is the subject. Returns it or null; at most 16 tokens are read.
 */
function postmodifiedSubject(tokens: Token[], speaker: Range, ss: number): Range | null {
  let start = subjectStart(tokens, ss, speaker.a);
  // ("..., when a member of the family suggested C", "after a gaffe by Rep. Jo Roe suggested C": a subordinating
  // conjunction opens a clause of its own, whose subject starts right after it, not at the sentence's start.)
  for (let q = speaker.a - 1; q > start && speaker.a - q <= 16; q--) {
    const t = tokens[q - 1]!;
    // (Not "as", a comparison as often; nor "since", "until" before a point in time, "the output since the start of
    // the war", where they are prepositions.)
    const pointInTime = /^(?:since|until)$/.test(t.lower) && (/^(?:the|a|an|its|their|his|her)$/.test(tokens[q]!.lower) && /^(?:start|beginning|outbreak|onset|end|launch|fall|time|days|period)$/.test(tokens[q + 1]?.lower ?? "") || TIME_WORDS.has(tokens[q]!.lower) || /^\d/.test(tokens[q]!.text));
    // ("While the major candidates for president embraced C": capitalised as the clause's first word, it opens it all the same.)
    if (t.kind === "word" && (!t.cap || q - 1 === start) && SUBORDINATORS.has(t.lower) && t.lower !== "as" && !pointInTime && tokens[q]!.kind === "word") { start = q; break; }
  }
  if (start >= speaker.a || speaker.a - start > 16) return null;
  const first = tokens[start]!;
  // ("At least half of voters in each state say": "at least"/"at most" bound a quantity, no preposition's phrase.)
  const bound = first.lower === "at" && /^(?:least|most)$/.test(tokens[start + 1]?.text ?? "");
  if (first.kind !== "word" || PREPOSITIONS.has(first.lower) && !/^(?:about|around|over|nearly)$/.test(first.lower) && !bound) return null;
  for (let q = start; q < speaker.a; q++) {
    const t = tokens[q]!;
    if (t.kind !== "word") {
      if (t.text === "-" || t.text === "’" || t.text === "'") continue;
      // ("a gaffe by Rep. Jo Roe (R-Calif.) suggested": a short bracketed tag after a name.)
      if (t.text === "(" && q > start && tokens[q - 1]!.cap) {
        let c = q + 1;
        while (c < speaker.a && c - q < 6 && tokens[c]!.text !== ")" && (tokens[c]!.cap || tokens[c]!.kind === "punct")) c++;
        if (tokens[c]?.text === ")" && c < speaker.a) { q = c; continue; }
      }
      return null;
    }
    if (PRONOUN_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) return null;
    if (t.cap || /^\d/.test(t.text)) continue;
    // "More than half of respondents in the poll said": a comparative quantifier opens the phrase.
    if (t.lower === "than" && q === start + 1 && /^(?:more|less|fewer)$/.test(tokens[start]!.lower)) continue;
    // "current and former officials in the FBI and at the Justice Department": "and" between two parts of the phrase.
    // ("Roe and his rivals for the nomination": after a name, a possessive determiner opens a second noun phrase, not a
    // clause; not after a common noun, "As our manifesto and our programme for the decade make clear", where the
    // phrase may belong to an adverbial clause.)
    if (t.lower === "and" && q > start && tokens[q - 1]!.kind === "word" && !/ed$/.test(tokens[q - 1]!.lower) && tokens[q + 1]?.kind === "word" && q + 1 < speaker.a && (!PRONOUN_WORDS.has(tokens[q + 1]!.lower) || (POSSESSIVE_DETERMINERS.has(tokens[q + 1]!.lower) && tokens[q - 1]!.cap)) && !VERBISH.has(tokens[q + 1]!.lower) && !CUE_FORMS.has(tokens[q + 1]!.lower)) continue;
    if (VERBISH.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || NON_NOMINAL.has(t.lower) || /^(?:cannot|not)$|n['’]t$/.test(t.lower)) return null;
    // "primarily relies": an adverb belongs to a verb ("the rally" is a noun after its article).
    // ("An analysis of newly filed reports shows": after a preposition, an adverb before an "-ed" word modifies
    // that participle adjective inside the object.)
    const adjectival = /^\p{Ll}{3,}ed$/u.test(tokens[q + 1]?.lower ?? "") && (PREPOSITIONS.has(tokens[q - 1]?.lower ?? "") || tokens[q - 1]?.lower === "of");
    if (/ly$/.test(t.lower) && !DETERMINERS.has(tokens[q - 1]?.lower ?? "") && !adjectival) return null;
    const next = tokens[q + 1];
    // "six states", "news reports": a cue's -s form after a modifier is a noun; other cue forms are verbs.
    const forms = CUE_FORMS.get(t.lower);
    // ("A statement posted on the website said": a cue's participle before a preposition postmodifies the subject.)
    // ("A journalist reporting from Beirut said": so does an "-ing" participle right after a noun.)
    const participle = q > start && (/^\p{Ll}{3,}ed$/u.test(t.lower) || (/^\p{Ll}{3,}ing$/u.test(t.lower) && tokens[q - 1]!.kind === "word" && !tokens[q - 1]!.cap && (isCommonNounHead(tokens[q - 1]!) || isSourceHead(tokens[q - 1]!)))) && next !== undefined && PREPOSITIONS.has(next.lower);
    if (forms && !participle && !(q > start && forms.every((f) => f.role === "s" || f.role === "base"))) return null;
    // "-ed" words: participles before a preposition ("seen by", "based in") or adjectives before a noun ("redacted copy").
    if (/ed$/.test(t.lower) && !(next && next.kind === "word" && !DETERMINERS.has(next.lower) && (PREPOSITIONS.has(next.lower) || next.cap || nominal(next) || isCommonNounHead(next)))) return null;
  }
  const whole = { a: start, b: speaker.b };
  const h = tokens[headOf(tokens, whole)]!;
  if (!(h.cap || isSourceHead(h) || EVIDENCE_NOUNS.has(h.lower) || isPluralSubject(h) || isCommonNounHead(h))) return null;
  return whole;
}

/**
 * "Sen. Jo Roe, R-Fla., a long-shot candidate, said", "Jo Roe, a Dover, Del., nurse helping the campaign,
 * said", "On Monday, however, the director of the agency, Jo Roe, said": a subject with appositives that the
 * one-comma scan cannot take apart (a comma inside an appositive, an adverbial and a connective before the
 * subject). From the clause's start to the comma before the cue (`comma`): comma segments, the first a noun
 * phrase that opens the clause and fills its segment, the others descriptions of it: no finite verb, cue
 * or coordination outside a relative clause ("who went on to ..."), no quotation. The speaker is the first
 * segment, or the name in the second after a description ("the director of the agency, Jo Roe"; `edge` is
 * then where the description starts). At most 40 tokens are read.
 */
function chainSubject(tokens: Token[], ss: number, comma: number): { speaker: Range; appositive: Range; edge: number } | null {
  if (comma < 0) return null;
  let st = subjectStart(tokens, ss, comma);
  // ("On Monday, however, ...": a connective set off by commas after the adverbial.)
  while (st + 1 < comma && DISCOURSE_CONNECTIVES.has(tokens[st]!.lower) && tokens[st + 1]!.text === ",") st += 2;
  if (st >= comma || comma - st > 40) return null;
  const cuts: number[] = [];
  let relative = false;
  for (let q = st; q < comma; q++) {
    const t = tokens[q]!;
    if (t.text === ",") { cuts.push(q); relative = false; continue; }
    if (t.kind === "quote" || t.text === ";" || t.text === ":" || isDash(t)) return null;
    if (t.kind !== "word") continue;
    // ("Sen. Jo Roe, R-Fla., appearing on TV after the speech, said": a participle's clause, set off like a relative, may hold a clause word.)
    if (q > st && tokens[q - 1]!.text === "," && (/^(?:who|whom|whose|which)$/.test(t.lower) || (/^\p{Ll}{3,}ing$/u.test(t.text)))) { relative = true; continue; }
    if (relative || t.cap) continue;
    if (VERBISH.has(t.lower) || NON_NOMINAL.has(t.lower) || CLAUSE_BREAKERS.has(t.lower)) return null;
    if (CUE_FORMS.get(t.lower)?.some((f) => f.role === "past" || f.role === "s")) return null;
  }
  if (cuts.length === 0 || cuts.length > 4) return null;
  const first = phraseStartingAt(tokens, st, cuts[0]!);
  if (!first || first.b !== cuts[0]) return null;
  const h = tokens[headOf(tokens, first)]!;
  if (!(h.cap || isSourceHead(h))) return null;
  const second = { a: cuts[0]! + 1, b: cuts[1] ?? comma };
  if (!tokens[first.a]!.cap || tokens[first.a]!.lower === "the") {
    // ("The Mayor of Skagen, Jutland Province, Jo Roe, said": a region after the description's place locates the place;
    // the name after it is the speaker.)
    if (cuts.length >= 2 && tokens[cuts[0]! - 1]!.cap && regionName(tokens, second)) {
      const third = { a: cuts[1]! + 1, b: cuts[2] ?? comma };
      if (isNameRange(tokens, third)) return { speaker: third, appositive: { a: third.b + 1, b: comma }, edge: st };
    }
    if (isNameRange(tokens, second)) return { speaker: second, appositive: { a: second.b + 1, b: comma }, edge: st };
    if (!isNameRange(tokens, first)) return null;
  }
  return { speaker: first, appositive: { a: first.b + 1, b: comma }, edge: st };
}

/**
 * The end of a subject whose last word the phrase scan does not take for a noun: a noun after its
 * determiner or possessor that also reads as a verb or participle ("A person familiar with the plans
 * says", "A source familiar with Cruz’s thinking said"), or a poll's participle after its noun
 * ("Some 56 percent of Cuban-Americans polled said"). The noun case only as the object of a
 * postmodifier's preposition, whose subject the caller then finds left of it (postmodifiedSubject);
 * constant work.
 */
function objectBeforeCue(tokens: Token[], last: number, ss: number): Range | null {
  const t = tokens[last];
  if (!t || t.kind !== "word" || t.cap || last - 1 <= ss) return null;
  if (SURVEY_PARTICIPLES.has(t.lower)) {
    const np = phraseEndingAt(tokens, last - 1, ss);
    return np ? { a: np.a, b: last + 1 } : null;
  }
  if (!/^\p{Ll}{3,}$/u.test(t.lower) || CUE_FORMS.get(t.lower)?.some((f) => f.role !== "ing") || /(?:ly|ed)$/.test(t.lower) || NON_NOMINAL.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || PREPOSITIONS.has(t.lower)) return null;
  // ("the harbour plans": up to two plain nouns modify it.)
  let m = last - 1;
  while (m > ss && last - m <= 2 && isCommonNounHead(tokens[m]!)) m--;
  const d = tokens[m]!;
  let a = -1;
  if (d.kind === "word" && ARTICLE_BEFORE.has(d.lower)) a = m;
  else if (d.kind === "word" && POSSESSIVE_WORD.test(d.text)) a = phraseEndingAt(tokens, m, ss)?.a ?? (d.cap ? m : -1);
  if (a < ss) return null;
  // (The possessor's phrase may already take in the postmodifier: "source familiar with Cruz’s".)
  for (let k = a - 1; k < last - 1; k++) {
    const w = tokens[k];
    if (k > ss && w && isPrepositionWord(w)) return { a, b: last + 1 };
  }
  return null;
}

/**
 * The verb agrees with the noun a postmodifier hangs on: "Supporters of the
 * plan say" (the phrase's last word, "plan", is singular).
 */
function pluralBeforePostmodifier(tokens: Token[], r: Range): boolean {
  for (let k = r.a + 1; k < r.b; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && (t.lower === "of" || t.lower === "for" || PREPOSITIONS.has(t.lower))) {
      // ("Sources privy to the talks say": the noun before an adjectival postmodifier's head agrees.)
      const n = k - 2 >= r.a && POSTMODIFIER_HEADS.has(tokens[k - 1]!.lower) ? k - 2 : k - 1;
      return tokens[n]!.kind === "word" && isPluralSubject(tokens[n]!);
    }
  }
  return false;
}

/** "Carson and Huckabee": a coordination of phrases is plural, whatever its last word. */
function coordinated(tokens: Token[], r: Range): boolean {
  for (let k = r.a + 1; k < r.b - 1; k++) if (tokens[k]!.lower === "and" || tokens[k]!.text === "&") return true;
  return false;
}

/** A subject that takes a plural (base-form) verb: a plural noun, "I/we/you/they", a quantifier or a share ("six in 10", "a majority", "47 percent"); "media", "data" ("data show C"). */
function isPluralSubject(t: Token): boolean {
  if (/^(?:i|we|you|they|who|those|some|many|others|most|few|several|both|all|people|media|data|police|staff|critics|analysts|\d+|%|percent|per|cent|majority|minority|plurality|half|third|quarter|fifth|share|number|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(t.lower)) return true;
  // Irregular plurals: "the women say", "congressmen argue", "their children say".
  if (!t.cap && IRREGULAR_PLURALS.has(t.lower)) return true;
  if (t.cap && /s$/.test(t.text) && !/(?:ss|us|is)$/.test(t.lower)) return true;
  return !t.cap && /s$/.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower);
}

/**
 * Where the subject of a sentence starts: past connectives and a leading
 * adverbial or prepositional phrase closed by a comma ("On X, Prime
 * Minister Netanyahu ...", "According to him, ...", "Earlier, ...").
 */
export function subjectStart(tokens: Token[], ss: number, before: number): number {
  let i = datelineEnd(tokens, ss, before);
  // ("And then Roe went on the attack, saying C": "then" opening a clause is an adverb before its subject, not "then-governor".)
  while (i < before && (tokens[i]!.kind !== "word" || /^(?:but|and|so|yet|still)$/.test(tokens[i]!.lower) || (tokens[i]!.lower === "then" && tokens[i + 1]?.kind === "word" && tokens[i + 1]!.start > tokens[i]!.end))) i++;
  // "Eight years ago, he ...", "A few days later, Roe ...", "There, the chairman ...": a time or place adverb closed by a comma.
  for (let c = i; c < before && c - i < 5; c++) {
    const t = tokens[c]!;
    if (t.kind !== "word") break;
    if (/^(?:ago|later|earlier|there|here)$/.test(t.lower) && tokens[c + 1]?.text === "," && c + 2 < before) {
      i = c + 2;
      while (i < before && tokens[i]!.kind !== "word") i++;
      return i;
    }
    // ("A few minutes later they ...": with no comma, a subject pronoun right after the measured time opens the clause.)
    if (/^(?:ago|later|earlier)$/.test(t.lower) && c > i && /^(?:he|she|they|we|i)$/.test(tokens[c + 1]?.lower ?? "") && c + 1 < before) {
      i = c + 1;
      while (i < before && tokens[i]!.kind !== "word") i++;
      return i;
    }
  }
  const first = tokens[i];
  // ("Chastened by the polls, Roe ...": a past participle and its lower-case phrase open a participial clause.)
  const participle = first?.cap === true && /^\p{L}{3,}ed$/u.test(first.text) && tokens[i + 1]?.kind === "word" && !tokens[i + 1]!.cap;
  // A capital "-ing"/"-ly" word opens an adverbial ("Speaking in Dover,", "Recently,"), but before another capital
  // or a possessive it is a name ("Carly Fiorina threw her support ...", "Kelly Ayotte", "Beijing’s envoy").
  const named = tokens[i + 1]?.kind === "word" && (tokens[i + 1]!.cap || /^['’]s$/.test(tokens[i + 1]!.text)) || /['’]s$/.test(first?.text ?? "");
  // ("This year, he ...", "That week, Roe ...": a demonstrative before a time unit is a time adverbial, not the subject.)
  const deictic = !!first && /^(?:this|that|next)$/.test(first.lower) && TIME_UNITS.has((tokens[i + 1]?.lower ?? "") + "s") && tokens[i + 2]?.text === ",";
  // ("Just last week, Roe ...", "Only yesterday, ...": a focusing adverb before an adverbial opener.)
  const focused = !!first && /^(?:just|only|even)$/.test(first.lower) && LEADING_ADVERBIAL.has(tokens[i + 1]?.lower ?? "");
  if (first && (deictic || focused || PREPOSITIONS.has(first.lower) || LEADING_ADVERBIAL.has(first.lower) || measuredSpanBefore(tokens, i, before) >= 0 || (first.cap && !named && /^\p{L}{3,}(?:ing|ly)$/u.test(first.text) && !CUE_FORMS.has(first.lower)) || (participle && !CUE_FORMS.has(first.lower)))) {
    let c = i;
    while (c < before && tokens[c]!.text !== "," && c - i < 15) c++;
    if (tokens[c]?.text === ",") {
      i = c + 1;
      // "Speaking in Dover, which votes next week, Roe said": the relative clause belongs to the adverbial.
      if (/^(?:which|where|who)$/.test(tokens[i]?.lower ?? "")) {
        let c2 = i;
        while (c2 < before && tokens[c2]!.text !== "," && c2 - i < 15) c2++;
        if (tokens[c2]?.text === ",") i = c2 + 1;
      }
      // "At an event in Dover, Del., on Sunday, Roe said": a place's state and a time continue the adverbial.
      for (let hop = 0; hop < 3; hop++) {
        let c2 = i;
        while (c2 < before && tokens[c2]!.text !== "," && c2 - i < 6) c2++;
        if (tokens[c2]?.text !== "," || c2 === i) break;
        const seg = { a: i, b: c2 };
        if (!(placeTail(tokens, seg) || stateName(tokens, seg) || (/^(?:on|in|at|during|last|this)$/.test(tokens[i]!.lower) && isTimeWord(tokens[c2 - 1]!)))) break;
        i = c2 + 1;
      }
      while (i < before && tokens[i]!.kind !== "word") i++;
    }
  }
  return i;
}

/**
 * Sentence openers that are adverbials, not subjects, when a comma closes
 * them within the sentence ("Hours later, ...", "Once in office, ...",
 * "Here in Dover, ..."); prepositions, capitalised "-ing" participles
 * ("Speaking to reporters, ...") and "-ly" adverbs ("Shortly after X, ...") count too.
 */
const LEADING_ADVERBIAL = new Set([
  "according", "earlier", "later", "meanwhile", "however", "separately", "moreover", "instead", "also", "then", "now",
  "still", "yesterday", "today", "last", "on", "in", "at", "after", "before", "when", "while", "as", "if", "although",
  "though", "because", "once", "where", "whereas", "here", "outside", "inside", "for", "hours", "minutes", "days",
  "weeks", "months", "years", "moments", "shortly", "soon", "afterward", "afterwards", "asked", "unlike", "given",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "recently", "previously",
]);

/**
 * "WASHINGTON —", "PARIS, Aug 31 (Reuters) -", "Dover (AFP) –": a dateline
 * before the sentence proper. Returns the first token after its dash, or
 * `ss` when the sentence has none (an all-capitals first word or a
 * bracketed agency before a dash within its first 12 tokens).
 */
function datelineEnd(tokens: Token[], ss: number, before: number): number {
  const first = tokens[ss];
  // "(Reuters) - President Obama said": an agency's tag left alone when the dateline's place ended the
  // previous sentence ("ORLANDO, Fla. | (Reuters) -").
  if (first?.text === "(" && tokens[ss + 1]?.cap && tokens[ss + 2]?.text === ")" && isDash(tokens[ss + 3]) && ss + 4 < before) return ss + 4;
  if (!first || first.kind !== "word") return ss;
  const upper = (t: Token) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}{2}/u.test(t.text);
  let agency = false;
  let bracket = false;
  for (let c = ss + 1; c < before && c - ss < 12; c++) {
    const t = tokens[c]!;
    if (isDash(t)) return agency || upper(first) ? c + 1 : ss;
    if (t.text === "(") { bracket = true; continue; }
    if (t.text === ")") { agency = bracket; bracket = false; continue; }
    if (bracket || t.text === "," || t.text === ".") continue;
    // Only a place in capitals, a date and an agency stand before a dateline's dash.
    if (!(t.kind === "word" && (upper(t) || /^\d{1,4}$/.test(t.text) || (t.cap && MONTH_PREFIX.test(t.lower)) || (t.cap && !upper(first))))) return ss;
  }
  return ss;
}

/** "Dec", "Aug.", "Sept", "March": month names and their abbreviations in datelines. */
const MONTH_PREFIX = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/**
 * "Fishermen in Skagen, Jutland Province told": the phrase read back from the cue is a region's name (a US state or a
 * capitalised name closed by a division noun) after a comma and a place's name; the region locates the place, and the
 * place is the object of a postmodifier of the real subject. Returns the subject through the place ("Fishermen in
 * Skagen, Jutland Province") when a preposition stands before the place and the phrase before it opens the clause
 * (see withPostmodifiers); else the range unchanged. Constant work: a few phrase reads.
 */
function regionOfPlace(tokens: Token[], r: Range, ss: number): Range {
  if (!regionName(tokens, r) || tokens[r.a - 1]?.text !== "," || r.a - 2 <= ss) return r;
  const place = tokens[r.a - 2]!;
  if (place.kind !== "word" || !place.cap) return r;
  // The place's name: up to four capitalised words after a preposition.
  let k = r.a - 2;
  while (k - 1 > ss && r.a - 2 - k < 3 && tokens[k - 1]!.kind === "word" && tokens[k - 1]!.cap && !PREPOSITIONS.has(tokens[k - 1]!.lower)) k--;
  const prep = tokens[k - 1];
  if (!prep || k - 1 <= ss || prep.kind !== "word" || !PREPOSITIONS.has(prep.lower)) return r;
  // (The phrase scan may already take in the postmodifier, "Farmers from Ames"; else it is widened as for any subject.)
  const near = phraseEndingAt(tokens, r.a - 2, ss);
  const whole = near && near.a < k ? near : withPostmodifiers(tokens, { a: k, b: r.a - 1 }, ss);
  return whole.a < k ? { a: whole.a, b: r.b } : r;
}

/**
 * Where the description starts whose place the region `r` locates ("The Mayor of Skagen" before ", Jutland
 * Province"): `r` is a region's name after a comma and a capitalised place that ends a longer noun phrase; -1 if not.
 * Constant work: one phrase read.
 */
function placeDescriptionBefore(tokens: Token[], r: Range, ss: number): number {
  if (!regionName(tokens, r) || tokens[r.a - 1]?.text !== "," || r.a - 2 <= ss || tokens[r.a - 2]!.kind !== "word" || !tokens[r.a - 2]!.cap) return -1;
  const near = phraseEndingAt(tokens, r.a - 2, ss);
  return near && near.a < r.a - 2 && !isNameRange(tokens, near) ? near.a : -1;
}

/** "Iowa", "Jutland Province": a region's name (a US state, or a capitalised name closed by a division noun) spans the range. */
function regionName(tokens: Token[], r: Range): boolean {
  const n = r.b - r.a;
  return stateName(tokens, r) || (n >= 2 && n <= 4 && DIVISION_NOUNS.has(tokens[r.b - 1]!.lower) && isNameRange(tokens, r));
}

/** "Iowa", "New York": a US state's name spans the range. */
function stateName(tokens: Token[], r: Range): boolean {
  if (r.b - r.a > 2 || !tokens[r.a]?.cap) return false;
  return US_STATES.has(r.b - r.a === 1 ? tokens[r.a]!.lower : `${tokens[r.a]!.lower} ${tokens[r.a + 1]!.lower}`);
}

/** "Pa.", "Calif.", "N.H.": one or two capitalised tokens, with a full stop, closing a place name. */
function placeTail(tokens: Token[], r: Range): boolean {
  const n = r.b - r.a;
  if (n < 1 || n > 3 || !tokens[r.a]!.cap) return false;
  // ("Gen. Ann Roe", "Dr. Jo Poe": a person's title abbreviation before a name opens the person's name, no place's.)
  const first = tokens[r.a]!.lower.replace(/\.$/, "");
  if (n > 1 && PERSON_TITLES.has(first) && !PLACE_LIKE_TITLES.has(first) && tokens[r.a + (tokens[r.a + 1]?.text === "." ? 2 : 1)]?.cap) return false;
  let dot = false;
  for (let k = r.a; k < r.b; k++) {
    const t = tokens[k]!;
    if (t.text === ".") { dot = true; continue; }
    if (t.kind !== "word" || !t.cap || t.text.length > 5) return false;
    if (t.text.endsWith(".")) dot = true;
  }
  return dot;
}

/**
 * "Jo Roe, chief executive of Acme, a software maker, said", "Al Poe, an
 * official at the Harbour Authority in Arizona, which has a backlog, said",
 * "Di Hay, 30, of Dover, Del., who was polled, said": when the phrase left
 * of an appositive is itself a link of a comma chain (a description opening
 * in lower case, an age, a place after a preposition) and names a body or a
 * place, the speaker is the name that opens the chain. Returns that name's
 * last token, or -1 unless the name opens its clause (so "In Dover, the
 * mayor, a Democrat, said" keeps "the mayor"). At most three links of 30
 * tokens each.
 */
function appositiveChainStart(tokens: Token[], last: number, ss: number): number {
  let cur = last;
  for (let hop = 0; hop < 3; hop++) {
    let c = cur;
    while (c > ss && tokens[c]!.text !== "," && cur - c < 30 && tokens[c]!.kind !== "quote") c--;
    if (tokens[c]?.text !== "," || c - 1 < ss) break;
    const first = tokens[c + 1]!;
    const segment = { a: c + 1, b: cur + 1 };
    const description = first.kind === "word" && !first.cap && !/^(?:and|or|but|nor)$/.test(first.lower) && !PRONOUN_WORDS.has(first.lower);
    const age = /^\d{1,3}$/.test(first.text) && cur === c + 1;
    const place = (placeTail(tokens, segment) || (cur - c <= 3 && isNameRange(tokens, segment)) || (cur === c + 1 && tokens[cur]!.cap)) && (PREPOSITIONS.has(tokens[c - 2]?.lower ?? "") || tokens[c - 2]?.lower === "of");
    if (!description && !age && !place) break;
    // A place is a link only after a description that names it ("a nurse from Dover, Del."), not after an adverbial ("Speaking in Dover, Roe").
    if (!description && !age && !(afterDescription(tokens, c - 1, ss))) break;
    const prev = tokens[c - 1]!;
    if (prev.kind !== "word" || !(prev.cap || /^\d{1,3}$/.test(prev.text) || prev.text === ".")) break;
    cur = c - 1;
  }
  if (cur === last || !tokens[cur]!.cap) return -1;
  // Only when the phrase before the appositive names another entity (a body or a place: "Acme", "Dover",
  // "the Acme Centre"); a description of the person ("the chief engineer of Acme") names the same source.
  const picked = phraseEndingAt(tokens, last, ss);
  if (picked) {
    let head = picked.b - 1;
    for (let q = picked.a + 1; q < picked.b; q++) if (tokens[q]!.lower === "of" || PREPOSITIONS.has(tokens[q]!.lower)) { head = q - 1; break; }
    if (!tokens[head]!.cap) return -1;
  }
  const r = phraseEndingAt(tokens, cur, ss);
  if (!r || tokens[r.a]!.kind !== "word" || !tokens[r.a]!.cap) return -1;
  const before = tokens[r.a - 1];
  const opensClause = r.a <= ss || subjectStart(tokens, ss, r.a) === r.a || (before?.kind === "quote" && before.role === "close") || (before?.text === "," && tokens[r.a - 2]?.kind === "quote");
  return opensClause ? cur : -1;
}

/**
 * "Rubio, whose hometown, Miami, is projected to flood, argues", "Vi Roe, the editor of the city's paper,
 * The Post, said": the clause opens with a name and a comma, and everything from there to the comma
 * before the cue (`comma`) is one appositive with commas of its own: a relative clause ("who", "whose")
 * or a description opening in lower case after a name of two or more words. Returns the opening name,
 * or null when the phrase ending at `last` is that name already, or when the stretch holds a quotation,
 * a colon, a semicolon or ", and" (a second source: "Vi Roe, an aide, and Al Poe said"). Reads at most 45 tokens.
 */
function openingName(tokens: Token[], ss: number, last: number, comma: number): Range | null {
  let start = subjectStart(tokens, ss, last);
  // ("“C,” Jo Roe, director for housing, transport, and energy, said": after a quotation and its comma, the tag's
  // clause opens with the name.)
  for (let q = last - 1; q > start && last - q < 45; q--) {
    const t = tokens[q]!;
    if (t.kind === "quote" && t.role === "close" && (tokens[q - 1]?.text === "," || tokens[q + 1]?.text === ",")) {
      start = tokens[q + 1]!.text === "," ? q + 2 : q + 1;
      break;
    }
  }
  // ("76-year-old Otto Brand, founder of X, guild member and council member, endorsed": an age before the name.)
  if (/^\d{1,3}-year-old$/.test(tokens[start]?.lower ?? "") && tokens[start + 1]?.cap) start++;
  if (start >= last || comma - start > 45) return null;
  const name = phraseStartingAt(tokens, start, last);
  if (!name || name.b >= last || tokens[name.b]!.text !== "," || !tokens[name.a]!.cap || PRONOUN_WORDS.has(tokens[name.a]!.lower)) return null;
  const first = tokens[name.b + 1]!;
  const relative = /^(?:who|whose)$/.test(first.lower);
  if (!(relative || (isNameRange(tokens, name) && first.kind === "word" && !first.cap))) return null;
  for (let q = name.b + 1; q < comma; q++) {
    const t = tokens[q]!;
    if (t.kind === "quote" || t.text === ";" || t.text === ":" || (t.lower === "and" && tokens[q - 1]!.text === "," && !listTail(tokens, q + 1, comma) && !(relative && finiteVerbAt(tokens, q + 1)) && !lastDescription(tokens, q + 1, comma))) return null;
  }
  return name;
}

/**
 * ("Jo Roe, director of the office for housing, transport, and energy, said": the ", and" closes a list of common
 * nouns inside the appositive, not a second source.) True when the words from `a` to the next comma (or `end`) are
 * all lower case and the first is no determiner, pronoun or quantifier ("and her husband", "and the mayor" add one).
 */
function listTail(tokens: Token[], a: number, end: number): boolean {
  const first = tokens[a];
  if (!first || first.kind !== "word" || first.cap || DETERMINERS.has(first.lower) || PRONOUN_WORDS.has(first.lower) || /^(?:many|some|most|all|several|few|both|each|other|others|one|two|three)$/.test(first.lower)) return false;
  for (let q = a; q < end && tokens[q]!.text !== ","; q++) if (tokens[q]!.kind !== "word" || tokens[q]!.cap) return false;
  return true;
}

/**
 * ("Jo Roe, the daughter of Al Poe, and the plan’s author, said": a lower-case description after ", and" that runs
 * to the comma before the cue is one more appositive of the name; a second source has no comma before its verb,
 * "Jo Roe, an aide, and the mayor said".) True when the words from `a` to `comma` hold no other comma and open with
 * a lower-case word that is no pronoun ("his", a determiner, may open it).
 */
function lastDescription(tokens: Token[], a: number, comma: number): boolean {
  const first = tokens[a];
  if (!first || first.kind !== "word" || first.cap || (PRONOUN_WORDS.has(first.lower) && !DETERMINERS.has(first.lower)) || tokens[comma]?.text !== ",") return false;
  for (let q = a; q < comma; q++) if (tokens[q]!.text === "," || tokens[q]!.kind === "quote") return false;
  return true;
}

/** The comma segment that ends at `last` opens in lower case ("a nurse from Dover", "of Dover"). */
function afterDescription(tokens: Token[], last: number, ss: number): boolean {
  let c = last;
  while (c > ss && tokens[c]!.text !== "," && last - c < 30 && tokens[c]!.kind !== "quote") c--;
  const first = tokens[c + 1];
  return tokens[c]?.text === "," && first !== undefined && first.kind === "word" && !first.cap;
}

/**
 * "The director of the Acme Centre, Ina Roe, said": the phrase before the
 * appositive name is a description whose head ("director") sits before a
 * postmodifier naming a body; the name is the speaker, not the body.
 */
function describedBody(tokens: Token[], speaker: Range, ss: number): boolean {
  const whole = withPostmodifiers(tokens, speaker, ss);
  if (whole.a >= speaker.a) return false;
  const h = tokens[speaker.a - 2];
  return h !== undefined && h.kind === "word" && !h.cap && !PRONOUN_WORDS.has(h.lower);
}

/**
 * "The Mayor of Springfield, Dana Reyes, said", "Spokesperson for the Western Group of Forces, Ivan Petrenko,
 * denied": a title postmodified by "of"/"for" in (or just before) the phrase before an appositive name describes the
 * person that the name names, however many capitalised words the organisation after it has; the name is the shortest
 * form. (Without a title the capitalised phrase may itself be a name: "Boeing, Jo Roe, and ..." is a list.)
 */
function titledBody(tokens: Token[], speaker: Range, ss: number): boolean {
  // ("Ukrainian Luhansk Oblast Head, Serhiy Haidai,": a capitalised title closing the phrase is its head; only for
  // a subject that opens the sentence or a postposed tag: after a verb, "told the Lord Chancellor, Lord Falconer, was insisting", the
  // phrase may be an object whose appositive opens a clause of its own.)
  const last = tokens[speaker.b - 1]!;
  const opens = speaker.a - ss <= 1 || tokens[speaker.a - 1]!.text === "," || tokens[speaker.a - 1]!.kind === "quote";
  if (opens && last.cap && personHead(last) && !last.lower.endsWith("s")) return true;
  // (The reader may have cut the phrase at an "of": "Head of the Press Center of | the Northern Forces"; so look
  // left through capitalised words, articles and "of"/"for"/"to"/"in" up to the sentence or a punctuation mark; a
  // lowercase modifier right after one of these stays inside the object: "governor of occupied Crimea".)
  for (let k = speaker.b - 2; k >= ss && speaker.b - k < 16; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (/^(?:of|for|to)$/.test(tokens[k + 1]!.lower) && personHead(t) && !t.lower.endsWith("s")) return true;
    if (!t.cap && !/^(?:of|for|to|in|the|a|an|and)$/.test(t.lower) && !/^(?:of|for|to|in)$/.test(tokens[k - 1]?.lower ?? "")) return false;
  }
  return false;
}

/**
 * "Reuters and Axios both reported", "the ministries all said": "both", "all" or "each" at `j` floats after a
 * plural or coordinated subject (a name or a plural noun right before it, not a determiner or preposition), so it is
 * an adverb of the verb after it, not the subject ("Both reported" alone) or a determiner ("both reported attacks").
 */
function floatingQuantifierAt(tokens: Token[], j: number, ss: number): boolean {
  const t = tokens[j];
  const l = tokens[j - 1];
  if (!t || !l || j - 1 < ss || t.cap || !/^(?:both|all|each)$/.test(t.lower)) return false;
  return l.kind === "word" && !DETERMINERS.has(l.lower) && !PREPOSITIONS.has(l.lower) && !CUE_MODIFIERS.has(l.lower) && (l.cap || /\p{Ll}s$/u.test(l.text));
}

/** A dash standing alone ("—", "–", "-" of "--"). */
function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && (t.text === "—" || t.text === "–" || t.text === "-" || t.text === "―");
}

/**
 * "X — a teacher from Mount Pleasant — says": the aside between two dashes
 * that ends at `last` (the closing dash), and the last token before the
 * opening dash. At most 40 tokens back, within the sentence.
 */
function dashedAside(tokens: Token[], last: number, ss: number): { aside: Range; before: number } | null {
  let close = last;
  if (isDash(tokens[close - 1])) close--;
  for (let c = close - 1; c > ss && last - c < 40; c--) {
    const t = tokens[c]!;
    // ("X - a shop billed as “the best in town” - says", "X - who once called it a “disaster” - said": a short
    // quotation wholly inside the aside is passed over.)
    if (t.kind === "quote" && t.role === "close") {
      let o = c - 1;
      while (o > ss && c - o <= 12 && tokens[o]!.kind !== "quote" && tokens[o]!.kind !== "marker" && !isDash(tokens[o])) o--;
      if (tokens[o]?.kind === "quote" && tokens[o]!.role === "open" && c - o <= 12) { c = o; continue; }
      return null;
    }
    if (t.kind === "quote" || t.kind === "marker" || t.text === ";" || t.text === ":") return null;
    if (!isDash(t)) continue;
    let open = c;
    if (isDash(tokens[open - 1])) open--;
    if (open - 1 < ss || tokens[open - 1]!.kind !== "word" || close - c < 2) return null;
    return { aside: { a: c + 1, b: close }, before: open - 1 };
  }
  return null;
}

/**
 * "A poll last month showed", "Spicer on Thursday evening said", "A poll
 * released Wednesday found": a time adjunct between a subject and its cue.
 * Returns the last token of the subject before it, or `last` when none.
 */
function beforeTimeAdjunct(tokens: Token[], last: number, ss: number): number {
  if (last <= ss) return last;
  let j = last;
  // ("this past week": "past" only inside such a phrase.)
  // ("Roe two weeks ago said": "ago" closes such a phrase; "Roe a month later announced": the caller has
  // already skipped "later" as a cue modifier, so the measured span ends at `last`.)
  const measured = /^(?:later|earlier|ago)$/.test(tokens[last]?.lower ?? "") || /^(?:later|earlier)$/.test(tokens[last + 1]?.lower ?? "");
  // ("The ministry on May 3, 2022 claimed": the year and its comma belong to the date.)
  // ("Imagery from March 4 to 5 shows": so do the link and the second day of a span.)
  const top = dateNumberAt(tokens, last, ss) && (tokens[last - 1]!.text === "," || /^(?:to|and|through)$/.test(tokens[last - 1]!.lower)) ? last - 2 : last;
  // (A number is a time word only inside a date, "Roe on May 3 said", or as a year after "in", "Roe in 2010 said"; "20 states" counts.)
  const yearIn = YEAR.test(tokens[last]!.text) && last - 1 > ss && tokens[last - 1]!.lower === "in";
  while (j > ss && top - j < 4 && (j > top || isTimeWord(tokens[j]!) || dateNumberAt(tokens, j, ss) || (yearIn && j === last) || (tokens[j]!.lower === "ago" && j === last) || (tokens[j]!.lower === "past" && j < last) || (TIME_UNITS.has(tokens[j]!.lower) && (j < last || measured))) && (!/^\d/.test(tokens[j]!.text) || j > top || dateNumberAt(tokens, j, ss) || (yearIn && j === last)) && (!CUE_MODIFIERS.has(tokens[j]!.lower) || (j < top && dateNumberAt(tokens, j + 1, ss)))) j--;
  // ("Roe earlier this week said", "a report issued earlier this year found": "earlier"/"later" before a
  // deictic time phrase belongs to it.)
  if (j > ss && j < last && /^(?:earlier|later)$/.test(tokens[j]!.lower) && /^(?:this|last|that)$/.test(tokens[j + 1]!.lower)) j--;
  // ("Spicer last week said": a one-word subject may open the sentence.)
  if (j === last || j < ss || (j === ss && isTimeWord(tokens[ss]!))) return last;
  const first = tokens[j + 1]!.lower;
  const lead = tokens[j]!.lower;
  // "A document filed Thursday says", "delegates selected Sunday": any participle before the time.
  const prepositional = /^(?:on|in|during)$/.test(lead);
  if (prepositional || lead === "out" || (/^\p{Ll}{3,}ed$/u.test(lead) && !tokens[j]!.cap)) {
    j--;
    // ("A report released on Tuesday found", "footage posted on May 3 shows": the participle before a prepositional
    // time phrase too.)
    // (Only after a common noun it postmodifies: "the decree Putin signed on May 3" is a relative clause, and "based
    // on" a preposition.)
    if (prepositional && j - 1 >= ss && /^\p{Ll}{3,}ed$/u.test(tokens[j]!.text) && tokens[j]!.lower !== "based" && tokens[j - 1]!.kind === "word" && !(tokens[j - 1]!.cap && j - 2 >= ss && tokens[j - 2]!.kind === "word" && !tokens[j - 2]!.cap && !PREPOSITIONS.has(tokens[j - 2]!.lower) && tokens[j - 2]!.lower !== "of")) j--;
  }
  // "When Roe a month later announced", "Roe two days ago said": a measured span before "later"/"ago".
  else if (/^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)$/.test(lead) && measured) {
    j--;
    // "Roe less than two weeks ago said", "Roe about a year ago said": a bound on the span.
    if (j - 1 > ss && tokens[j]!.lower === "than" && /^(?:less|more|fewer)$/.test(tokens[j - 1]!.lower)) j -= 2;
    else if (j > ss && /^(?:about|nearly|almost|just|only|barely|some)$/.test(tokens[j]!.lower)) j--;
  }
  else if (!/^(?:last|this|next|early|late|earlier)$/.test(first)) return last;
  const t = tokens[j];
  // "Jo Roe, the chairman, last week said", "Jo Roe, who chairs the board, on Tuesday said": the comma closes an
  // appositive; the caller skips it.
  if (t && j >= ss && t.text === "," && (prepositional || /^(?:last|this|next|early|late|earlier)$/.test(first))) return j;
  // ("Rep. Jo Roe (D-Calif.) last week said": a bracketed tag closes the subject.)
  if (t && j >= ss && t.text === ")") return j;
  // ("Roe, who on Monday said": the relative pronoun is the subject before the time. Not "which": "Disney - which in
  // 2004 reported revenues of $30bn -" reports figures, and a quotation after it would take the company as speaker.)
  if (t && j > ss && t.lower === "who") return j;
  if (!t || j < ss || t.kind !== "word" || PREPOSITIONS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower)) return last;
  return j;
}

/**
 * "A statement posted online said", "Workers employed abroad say": a participle and an adverb of place
 * or manner postmodify the noun before them, which heads the subject. Returns the index of that noun,
 * or `last` unchanged. Reads three tokens.
 */
function beforeParticipleAdverb(tokens: Token[], last: number, ss: number): number {
  if (last - 2 < ss || !PARTICIPLE_ADVERBS.has(tokens[last]!.lower)) return last;
  const participle = tokens[last - 1]!;
  const noun = tokens[last - 2]!;
  if (participle.cap || !/^\p{Ll}{3,}ed$/u.test(participle.lower)) return last;
  if (noun.kind !== "word" || PRONOUN_WORDS.has(noun.lower) || !(noun.cap || isSourceHead(noun) || EVIDENCE_NOUNS.has(noun.lower) || isCommonNounHead(noun))) return last;
  return last - 2;
}

/** "a word", "a prayer", "goodbye" at `at`, closed by the sentence's end, a comma or a preposition other than "of". */
function utteranceObject(tokens: Token[], at: number, se: number): boolean {
  for (const words of NON_PROPOSITION_OBJECTS) {
    if (at + words.length > se || !words.every((w, n) => tokens[at + n]!.lower === w)) continue;
    const next = tokens[at + words.length];
    if (MARKERS_OR_END(next) || next!.text === "," || /^(?:to|for|about|at|in|on|with|before|after|during|over|from)$/.test(next!.lower)) return true;
  }
  return false;
}

/** Plural units of a measured time span ("two days later", "hours ago"). */
const TIME_UNITS = new Set(["minutes", "hours", "days", "weeks", "months", "years", "decades"]);

/**
 * "One month after ...", "Two days before ...", "Years after ...", "A few weeks after ...": a measured time span
 * opening a clause at `i` before "after"/"before", an adverbial and no subject. Returns the index of that
 * "after"/"before", or -1. Reads at most four tokens.
 */
function measuredSpanBefore(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 3 && /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)$/.test(tokens[j]!.lower)) j++;
  const unit = tokens[j];
  if (!unit || j >= end || !(TIME_UNITS.has(unit.lower) || TIME_UNITS.has(unit.lower + "s"))) return -1;
  return /^(?:after|before)$/.test(tokens[j + 1]?.lower ?? "") && j + 1 < end ? j + 1 : -1;
}

/**
 * "denied detainees access to lawyers", "deny the rights to free expression", "denied a lawyer, appointed by his
 * family, access to the file": a withheld thing (WITHHELD_NOUNS) heads the object, or the second object, of "deny"
 * starting at `from`; a withholding, not a denial of a proposition. The scan stops at a preposition, "that" or other
 * punctuation (not "denied allegations of rights abuses"), steps over one comma-delimited aside, and reads at most
 * twelve tokens.
 */
function withheldObject(tokens: Token[], from: number, se: number): boolean {
  let aside = false;
  for (let j = from; j < se && j - from < 12; j++) {
    const t = tokens[j]!;
    if (t.text === ",") {
      if (aside || j === from) return false;
      aside = true;
      let c = j + 1;
      while (c < se && c - j < 8 && tokens[c]!.text !== ",") c++;
      if (tokens[c]?.text !== ",") return false;
      j = c;
      continue;
    }
    if (t.kind !== "word" || t.lower === "that" || PREPOSITIONS.has(t.lower) || t.lower === "of" || CLAUSE_BREAKERS.has(t.lower)) return false;
    // ("He denied the request was made": a finite verb after the noun makes it the subject of the denied clause; and
    // the noun must end its phrase, "deny care sums were wrong" has "sums" as head.)
    if (!t.cap && WITHHELD_NOUNS.has(t.lower)) {
      const n = tokens[j + 1];
      return !(n?.kind === "word" && j + 1 < se && (FINITE_MARKERS.has(n.lower) || (!PREPOSITIONS.has(n.lower) && !/^(?:and|or|for|to)$/.test(n.lower))));
    }
  }
  return false;
}

/**
 * Whether "continue" at tokens[i, cueEnd) goes on with a quotation ("He continued: “C”", "she continued, “C”",
 * "“C1,” he continued.") rather than with an action or a state ("Russian forces continued ground assaults",
 * "continued “covert preparations” to resume ...", "The battle continues, and ...", "continuing “active combat
 * operations” and ..."): in the preposed order it reports only a quotation that opens right after it (or after a comma
 * or colon) and that is more than a quoted phrase of a few words with the sentence going on after it.
 */
function continuesQuotation(tokens: Token[], i: number, cueEnd: number, ss: number, se: number): boolean {
  let j = cueEnd;
  if (j >= se || tokens[j]!.kind === "marker" || /^[.!?)]$/.test(tokens[j]!.text)) return true; // "“C,” he continued."
  // "The pilot continued that C" and the inverted "Continued Ivo Lind: “C”" go on with what was said.
  if (tokens[j]!.lower === "that" || (i === ss && tokens[j]!.cap)) return true;
  // "Mandic continued in the Sydney Morning Herald: “C”": a short adjunct, then a colon before the quotation (or
  // before the paragraph's end, "Caddell continued:" with the quotation below).
  for (let k = j; k < se && k - j < 10 && tokens[k]!.kind !== "quote"; k++) if (tokens[k]!.text === ":") return k + 1 >= se || (tokens[k + 1]!.kind === "quote" && tokens[k + 1]!.role === "open");
  if (tokens[j]!.text === "," || tokens[j]!.text === ":" || tokens[j]!.text === "—") {
    // "“C1,” he continued, “C2”" or "“C1,” he continued, adding ...": after a quotation the verb tags it.
    if (tokens[j + 1]?.kind === "quote") j++;
    else return tokens.slice(ss, i).some((t) => t.kind === "quote" && t.role === "close");
  }
  const open = tokens[j]!;
  if (open.kind !== "quote" || open.role !== "open") return false;
  let words = 0;
  let k = j + 1;
  while (k < se && !(tokens[k]!.kind === "quote" && tokens[k]!.role === "close")) { if (tokens[k]!.kind === "word") words++; k++; }
  // A quoted phrase of a few words that the unquoted sentence goes on from is the object of an action.
  return !(words < 4 && k + 1 < se && tokens[k + 1]!.kind === "word");
}

/**
 * Whether tokens[i] is the first group of a number written with thousands separators ("5" in "5,000"), which the
 * tokenizer splits at the comma: not a day number.
 */
function groupedNumberAt(tokens: Token[], i: number): boolean {
  const t = tokens[i], comma = tokens[i + 1], rest = tokens[i + 2];
  return !!t && /^\d{1,3}$/.test(t.text) && comma?.text === "," && comma.start === t.end && !!rest && rest.start === comma.end && /^\d{3}(?!\d)/.test(rest.text);
}

/**
 * Whether a stance frame's subject makes its verb a physical act, not a view (PHYSICAL_SENSE_SUBJECTS: "Ukrainian
 * forces defended the city", "Russian forces supporting operations to encircle X").
 */
function physicalSense(tokens: Token[], f: Frame): boolean {
  const heads = PHYSICAL_SENSE_SUBJECTS.get(f.lemma);
  if (!heads || !f.speaker || f.speaker.b <= f.speaker.a) return false;
  return heads.has(tokens[headOf(tokens, f.speaker)]!.lower);
}

/** A day, month or time adverb ("Friday", "later", "last week") or a day number after a month. */
function isTimeWord(t: Token): boolean {
  return t.kind === "word" && (TIME_WORDS.has(t.lower) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.lower));
}

/**
 * Where a time phrase that starts at token `i` ends: "Friday", "just today", "a few days later", "two weeks ago",
 * "on Tuesday", "in 1998" (a year). It ends on a time word, a time unit or "ago"; `i` when none starts there.
 */
function timePhraseEnd(tokens: Token[], i: number, se: number): number {
  let j = i, end = i;
  // ("on Tuesday", "in 1998", "in March": a preposition only before a day, a month or a year.)
  if (/^(?:on|in)$/.test(tokens[j]?.lower ?? "") && j + 1 < se && (DATE_NAMES.has(tokens[j + 1]!.lower) || YEAR.test(tokens[j + 1]!.text))) { j += 2; end = j; }
  for (; j < se && j - i < 6; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    const core = isTimeWord(t) || TIME_UNITS.has(t.lower) || TIME_UNITS.has(t.lower + "s") || t.lower === "ago";
    if (core) { end = j + 1; continue; }
    if (!TIME_PHRASE_MODIFIERS.has(t.lower) && !/^\d+$/.test(t.text)) break;
  }
  return end;
}

/**
 * "said when she resigned", "said Friday as he entered the talks", "conceded when polls closed": a content that is
 * only a subordinate clause of time (after a time phrase at most), with no comma, colon, quotation or "that" up to
 * `stop`, dates the act of saying and reports nothing.
 */
function subordinateAdjunctOnly(tokens: Token[], from: number, stop: number): boolean {
  const k = timePhraseEnd(tokens, from, stop);
  const t = tokens[k];
  if (!t || k >= stop || t.kind !== "word") return false;
  // ("as" only before a subject pronoun: "said as much", "said as president he would ..." open no such clause.)
  if (!(TIME_SUBORDINATORS.has(t.lower) || (t.lower === "as" && SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? "")))) return false;
  for (let j = k + 1; j < stop; j++) {
    const u = tokens[j]!;
    // ("said while everyone had the right to be secure they also had ...": a second subject pronoun, not the
    // subordinate clause's own, opens the main clause, which is the content.)
    if (j > k + 1 && u.kind === "word" && SUBJECT_PRONOUNS.has(u.lower) && u.lower !== "it" && !PREPOSITIONS.has(tokens[j - 1]!.lower)) return false;
    // (A "that" before a clause may still open the content; "the building that houses the talks" is relative.)
    if (u.kind === "quote" || u.text === "," || u.text === ":" || u.text === ";" || (u.lower === "that" && finiteClauseAt(tokens, j + 1, stop, true))) return false;
  }
  return true;
}

/** “...” ― Pamela Padilla: a quotation credited by a dash and a name that close the sentence. */
function dashFrame(p: ParagraphView, s: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  // (The dash may open a sentence of its own: a full stop inside the quotation ends the sentence before it, “… shame.” ― Jo Roe.)
  for (let i = Math.max(ss, 1); i < se - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct" || !/^[―—–]$/.test(t.text)) continue;
    const q = tokens[i - 1]!;
    if (q.kind !== "quote" || q.role !== "close") continue;
    const quote = quoteClosedAt(p, i - 1);
    if (!quote) continue;
    const np = phraseStartingAt(tokens, i + 1, se);
    if (!np || !tokens[np.a]!.cap || (np.b < se && !MARKERS_OR_END(tokens[np.b]) && tokens[np.b]!.text !== ",")) continue;
    return frame({
      pattern: "postposed", sentence: s, cue: { a: i, b: i + 1 }, lemma: "dash", cueType: "speech", weight: 0.85,
      speaker: np, speakerFrom: null, content: trimContent(p, quote.start, quote.end), outlet: null, addressee: null, boundary: -1,
    });
  }
  return null;
}

/** "PENCE: Gennifer Flowers will not ...": a transcript's speaker label (capitals) opening a paragraph, or a name label. */
function speakerLabelFrame(p: ParagraphView, s: number): Frame | null {
  // (A name label may open any sentence: "Roe: “C.” Poe: “D.”" quotes two speakers in one paragraph.)
  if (s !== 0) return nameLabelFrame(p, s);
  return capitalLabelFrame(p, s) ?? nameLabelFrame(p, s);
}

/**
 * "PENCE: Gennifer Flowers will not ...": a transcript's speaker label in capitals opening a paragraph, after an
 * opening quotation mark at most ("\"WALLACE: Let’s start ...": transcripts quoted paragraph by paragraph open
 * each paragraph with a mark and close only the last).
 */
function capitalLabelFrame(p: ParagraphView, s: number): Frame | null {
  if (s !== 0) return null;
  const tokens = p.tokens;
  let { a: ss } = p.sentences[s]!;
  if (tokens[ss]?.kind === "quote" && tokens[ss]!.role === "open") ss++;
  let i = ss;
  while (i < ss + 3 && tokens[i]?.kind === "word" && /^[\p{Lu}][\p{Lu}.'’\-]+$/u.test(tokens[i]!.text)) i++;
  if (i === ss || tokens[i]?.text !== ":" ) return null;
  // "CORRECTION: ...", "EDITOR'S NOTE: ...": the publication's own note, not a speaker's line.
  if (EDITORIAL_LABELS.has(tokens[ss]!.lower) || EDITORIAL_LABELS.has(tokens[i - 1]!.lower)) return null;
  const last = p.sentences[p.sentences.length - 1]!;
  if (last.b - i < 5) return null;
  return frame({
    pattern: "colon", sentence: s, cue: { a: i, b: i + 1 }, lemma: ":", cueType: "speech", weight: 0.7,
    speaker: { a: ss, b: i }, speakerFrom: null, content: trimContent(p, tokens[i + 1]!.start, tokens[last.b - 1]!.end),
    outlet: null, addressee: null, boundary: -1,
  });
}

/**
 * A sentence that opens with a name, a colon and a quotation
 * ("Republican pollster Jane Roe: “Turnout decides it.”"), also after a
 * run-in heading and a dash or after "More from": the name is the
 * speaker label of the quotation. The label is at most five words, starts
 * and ends with a capitalised word and holds no verb-like lower-case word
 * beyond titles and descriptions; the content is the quotation.
 */
function nameLabelFrame(p: ParagraphView, s: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss0, b: se } = p.sentences[s]!;
  let ss = ss0;
  // Where the label starts: the sentence start, past a run-in heading closed by a dash ("Turnout rises - Jane Roe:
  // “C”", a poll digest's format) or past "From" / "More from" ("More from Roe: “C”", "From the report: “C”").
  let found = false;
  for (let d = ss0 + 1; d < se && d - ss0 < 30; d++) {
    const t = tokens[d]!;
    if (t.text === ":") { found = true; break; }
    if (d - ss0 >= 2 && isDash(t) && tokens[d - 1]!.end < t.start && tokens[d + 1]) { ss = d + 1; found = true; break; }
  }
  // (Neither a colon nor a heading's dash in the first 30 tokens: no label, which ends at a colon within eight words
  // of the sentence's start. Every sentence of every paragraph comes here, so this is the common way out.)
  if (!found) return null;
  if (tokens[ss]?.lower === "more" && tokens[ss + 1]?.lower === "from") ss += 2;
  else if (tokens[ss]?.lower === "from") ss++;
  const from = ss > ss0 && tokens[ss - 1]!.lower === "from";
  // ("From the report:": a determiner opens a source noun's label after "from".)
  const det = from && tokens[ss]?.lower === "the" && tokens[ss + 1]?.kind === "word" ? 1 : 0;
  let i = ss + det;
  while (i < se && i - ss < 8 && tokens[i]!.kind === "word") i++;
  const colon = tokens[i];
  if (i === ss + det || colon?.text !== ":") return null;
  const open = tokens[i + 1];
  if (!open || open.kind !== "quote" || open.role !== "open") return null;
  if (det) {
    if (i !== ss + 2 || !SOURCE_NOUNS.has(tokens[ss + 1]!.lower)) return null;
  } else {
    if (i - ss > 5 || !tokens[ss]!.cap || !tokens[i - 1]!.cap) return null;
    // ("Jane Roe and Al Poe: “C”": two names label one quotation.)
    for (let k = ss; k < i; k++) if (!tokens[k]!.cap && !isCommonNounHead(tokens[k]!) && !(tokens[k]!.lower === "and" && k > ss && tokens[k - 1]!.cap && tokens[k + 1]!.cap)) return null;
  }
  const pair = tokens.slice(ss, i).some((t) => t.lower === "and");
  // ("Added Roe: “C”", "Continued Stone:": an inverted cue before the name has its own frame.)
  if (CUE_FORMS.has(tokens[ss]!.lower)) return null;
  // (A quotation left open runs to the paragraph's end: a long excerpt whose closing mark is missing.)
  const quote = quoteOpenedAt(p, i + 1);
  if (!quote) return null;
  // The quotation is the whole statement ("Note: “this” is a word" quotes a word); a bracketed source may follow it
  // ("“C.” [Gallup]").
  if (quote.close >= 0) for (let k = quote.close + 1; k < tokens.length && tokens[k]!.sentence === tokens[quote.close]!.sentence; k++) {
    if (tokens[k]!.text === "[") while (k + 1 < tokens.length && tokens[k]!.text !== "]") k++;
    else if (tokens[k]!.kind === "word") return null;
  }
  const content = trimContent(p, quote.start, quote.end);
  if (content.end <= content.start) return null;
  // "Transport analyst Mia Lund": the name after the description is the shortest form that names the source.
  let a = i - 1;
  while (a > ss && tokens[a - 1]!.cap) a--;
  const speaker = !pair && a > ss && !tokens[a - 1]!.cap && isNameRange(tokens, { a, b: i }) ? { a, b: i } : { a: ss, b: i };
  return frame({
    pattern: "colon", sentence: s, cue: { a: i, b: i + 1 }, lemma: ":", cueType: "speech", weight: 0.7,
    speaker, speakerFrom: null, content, outlet: null, addressee: null, boundary: -1,
  });
}

/** Capitalised sentence openers that name no speaker before a colon: question words, expletives, demonstratives. */
const NO_SPEAKER_WORDS = new Set(["why", "what", "how", "when", "where", "who", "which", "it", "there", "this", "that", "these", "those", "here", "so", "now", "then", "yes", "no"]);


/** Words after a subject that open no predicate: the colon's clause is then no "X did: “C”" ("Jones and Roe:", "Roe on taxes:"). */
const NOT_PREDICATE_OPENERS = new Set(["and", "or", "but", "of", "on", "to", "in", "at", "for", "from", "with", "about", "vs", "versus", "v", "than"]);

/**
 * "Jones went even further: “C.”", "As Roe put it: “C.”", "She leaned in and boomed: “C.”": a clause whose subject
 * is a name or a personal pronoun and whose predicate (the cue, with the colon) holds no cue word, then a colon and a quotation that closes
 * the sentence. The guidelines count a direct quotation tied to a speaker in the same sentence; the colon ties it
 * to the clause's subject. Read only where the sentence has no frame of its own; a paragraph's first sentence may
 * be a label ("Roe on taxes: “C”", speakerLabelFrame) and a headline gives no claims downstream.
 */
function colonQuoteFrame(p: ParagraphView, s: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  let c = ss;
  while (c < se && c - ss < 24 && !(tokens[c]!.text === ":" && tokens[c]!.depth === 0)) {
    if (tokens[c]!.kind === "quote") return null;
    c++;
  }
  if (c >= se || tokens[c]!.text !== ":") return null;
  if (c + 1 >= se) return issuedBlockFrame(p, s, c);
  const open = tokens[c + 1];
  if (!open || open.kind !== "quote" || open.role !== "open") return null;
  const quote = quoteOpenedAt(p, c + 1);
  if (!quote) return null;
  // The quotation closes the sentence: nothing but punctuation and markers after it ("said: “this” is a word" quotes a word).
  if (quote.close >= 0) for (let k = quote.close + 1; k < tokens.length && tokens[k]!.sentence === tokens[quote.close]!.sentence; k++) if (tokens[k]!.kind === "word") return null;
  // ("As Roe put it:", "Or, as Roe, a former minister, put it:": the comparative "as" opens the clause before its
  // subject; the comma after the name then closes an appositive, not a leading adverbial.)
  let a = ss;
  if (/^(?:or|and|but)$/.test(tokens[a]?.lower ?? "")) a += tokens[a + 1]?.text === "," ? 2 : 1;
  if (tokens[a]?.lower === "as") a++;
  else a = subjectStart(tokens, ss, c);
  const first = tokens[a];
  if (!first || first.kind !== "word" || a >= c) return null;
  const pronoun = /^(?:he|she|they|we|i)$/.test(first.lower);
  const np = pronoun ? { a, b: a + 1 } : phraseStartingAt(tokens, a, c);
  // ("Why not just say: “C”", "It seems unfair to tell them: “C”": a question word or an expletive subject names nobody.)
  // (A common noun subject speaks when its head is a source or person noun: "The mayor went further:", not "The bill did:".)
  const head = np ? tokens[np.b - 1]! : null;
  const source = !!head && !head.cap && (SOURCE_NOUNS.has(head.lower) || PEOPLE_NOUNS.has(head.lower));
  if (!np || !(pronoun || source || (tokens[np.a]!.cap && tokens[np.b - 1]!.cap)) || (np.b - np.a === 1 && NO_SPEAKER_WORDS.has(first.lower))) return null;
  let v = np.b;
  // ("Tom Roe, a former minister, put it:": an appositive between commas.)
  if (tokens[v]?.text === ",") {
    let e = v + 1;
    while (e < c && e - v < 10 && tokens[e]!.text !== ",") e++;
    if (e >= c || tokens[e]!.text !== ",") return null;
    v = e + 1;
  }
  while (v < c && tokens[v]!.kind === "word" && (CUE_MODIFIERS.has(tokens[v]!.lower) || /^\p{Ll}+ly$/u.test(tokens[v]!.lower) || tokens[v]!.lower === "then")) v++;
  const verb = tokens[v];
  if (!verb || v >= c || verb.kind !== "word" || verb.cap || NOT_PREDICATE_OPENERS.has(verb.lower) || PREPOSITIONS.has(verb.lower) || DETERMINERS.has(verb.lower) || SUBJECT_PRONOUNS.has(verb.lower)) return null;
  // The predicate opens with a finite verb ("went", "boomed", "offers", "put it"): "Manchester United coach Jo Roe:" is
  // a label whose words are nouns, and "Roe, confident:" has no verb to speak with.
  if (!(finiteVerbAt(tokens, v) || /^\p{Ll}{2,}(?:ed|[^s]s)$/u.test(verb.lower) || COLON_IRREGULAR_PASTS.has(verb.lower))) return null;
  // A cue word in the predicate ("said:", "adding in a letter:", "quoted as saying:", "Asked if C, she confesses:")
  // has a frame of its own, or none for a reason; the colon does not read it again.
  // (Not a comment-clause cue, whose colon is left to this frame: "As Roe put it: “C”".)
  for (let j = ss; j < c; j++) if (tokens[j]!.kind === "word" && CUE_FORMS.get(tokens[j]!.lower)?.some((f) => !f.verb.commentOnly)) return null;
  const content = trimContent(p, quote.start, quote.end);
  if (content.end <= content.start) return null;
  return frame({
    pattern: "colon", sentence: s, cue: { a: v, b: c + 1 }, lemma: ":", cueType: "speech", weight: 0.6,
    speaker: np, speakerFrom: null, content, outlet: null, addressee: null, boundary: -1,
  });
}


/**
 * "The campaign issued the following statement:", "Roe posted a message on Facebook:" closing its paragraph: the
 * sender, a verb of issuing and a text noun (statement, letter, message ...) as its object, then a colon that
 * ends the paragraph; the next paragraph is the text issued, its content (the "X said:" block of verbFrame).
 * The object must be a text noun: "released the following figures:" introduces data, no one's words.
 */
function issuedBlockFrame(p: ParagraphView, s: number, c: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss } = p.sentences[s]!;
  if (s !== p.sentences.length - 1) return null;
  let v = ss;
  while (v < c && !(tokens[v]!.kind === "word" && ISSUING_VERBS.has(tokens[v]!.lower))) v++;
  if (v >= c || v === ss) return null;
  let o = v + 1;
  if (tokens[o]?.lower === "out") o++;
  else if (/^puts?$/.test(tokens[v]!.lower)) return null;
  // The object: a determiner, at most three modifiers ("the following brief statement"), a text noun, then at most one
  // short prepositional phrase ("on Facebook", "to supporters") before the colon.
  if (!DETERMINERS.has(tokens[o]?.lower ?? "")) return null;
  let h = o + 1;
  while (h < c && h - o <= 4 && !CARRIER_NOUNS.has(tokens[h]!.lower)) {
    if (tokens[h]!.kind !== "word" || tokens[h]!.cap) return null;
    h++;
  }
  if (h >= c || !CARRIER_NOUNS.has(tokens[h]!.lower)) return null;
  if (h + 1 < c) {
    if (!PREPOSITIONS.has(tokens[h + 1]!.lower) || c - (h + 2) > 4) return null;
    for (let k = h + 2; k < c; k++) if (tokens[k]!.kind !== "word") return null;
  }
  const np = phraseEndingAt(tokens, v - 1, ss);
  if (!np) return null;
  const head = tokens[headOf(tokens, np)]!;
  const pronoun = np.b - np.a === 1 && /^(?:he|she|they|we|i)$/.test(head.lower);
  if (!(pronoun || head.cap || SOURCE_NOUNS.has(head.lower) || PEOPLE_NOUNS.has(head.lower) || personHead(head))) return null;
  const end = tokens[c]!.end;
  return frame({
    pattern: "colon", sentence: s, cue: { a: v, b: c + 1 }, lemma: ":", cueType: "writing", weight: 0.6,
    speaker: np, speakerFrom: null, content: { start: end, end }, outlet: null, addressee: null, boundary: -1, awaitsNext: true,
  });
}

/**
 * "“We will win,” a reporter can be heard saying.", "“Is it over?” one woman could be heard asking.": a quotation, then
 * its speaker, a "be heard" (or "be seen") passive of perception, optionally after a modal, and the participle of
 * the cue. The participle is the speaker's own report; the quotation right before the speaker is its content.
 */
function heardSayingFrame(p: ParagraphView, s: number, i: number, cueEnd: number, form: CueForm): Frame | null {
  const tokens = p.tokens;
  const { a: ss } = p.sentences[s]!;
  if (!/^(?:heard|seen)$/.test(tokens[i - 1]?.lower ?? "") || i - 2 <= ss) return null;
  let j = i - 2;
  if (!/^(?:be|is|are|was|were|been)$/.test(tokens[j]!.lower)) return null;
  if (tokens[j]!.lower === "been" && /^(?:has|have|had)$/.test(tokens[j - 1]?.lower ?? "")) j--;
  if (/^(?:can|could|may|might|will|would|should|must)$/.test(tokens[j - 1]?.lower ?? "")) j--;
  const speaker = j - 1 > ss ? phraseEndingAt(tokens, j - 1, ss) : null;
  if (!speaker || speaker.a - 1 <= ss || !quoteBefore(tokens, speaker.a - 1)) return null;
  // (Any noun phrase: whoever is heard saying the quotation is its speaker, "one fisherman", "the radio".)
  if (tokens[headOf(tokens, speaker)]!.kind !== "word") return null;
  const content = contentBefore(p, s, speaker.a - 1);
  if (!content) return null;
  return frame({
    pattern: "postposed", sentence: s, cue: { a: i, b: cueEnd }, lemma: form.verb.lemma, cueType: form.verb.type, weight: form.verb.weight ?? 0.8,
    speaker, speakerFrom: null, content, outlet: null, addressee: null, boundary: content.boundary,
  });
}

/**
 * “Q1,” he said, “Q2.”: a quotation the frame interrupts inside one
 * sentence is one claim. Returns the content widened to Q2's end and the
 * interruption as a gap, or nothing when no quotation continues.
 */
function continued(p: ParagraphView, s: number, from: number, content: { start: number; end: number }): { content?: { start: number; end: number }; gap?: { start: number; end: number } } {
  const tokens = p.tokens;
  const { b: se } = p.sentences[s]!;
  let i = from;
  while (i < se && tokens[i]!.kind === "word" && isTimeWord(tokens[i]!)) i++;
  // “Q1,” Roe said last month on Twitter, “Q2.” / “Q1,” said Roe, an economist at the bank, “Q2.”: after a
  // quotation that opens the sentence, an adjunct or an appositive may follow the tag; the next comma before an
  // opening quotation mark, with no quotation or sentence stop between, resumes the passage. (Bounded: a tag is
  // short. Not after a conjunction, which opens a clause of its own: “Q1,” she said, but despite it, “Q2,” said Roe.)
  const first = tokens[p.sentences[s]!.a]!;
  const opensSentence = first.kind === "quote" && first.role === "open" && content.start - first.end <= 1;
  for (let j = i; opensSentence && j < se && j - from <= 24; j++) {
    const t = tokens[j]!;
    // (An "and" between two names joins them, no clauses: "“Q1,” he said of Roe and Poe, “Q2.”")
    const names = t.lower === "and" && !!tokens[j - 1]?.cap && !!tokens[j + 1]?.cap && j > i;
    if (t.kind === "quote" || t.kind === "marker" || (t.kind === "punct" && /^[.;:!?]$/.test(t.text)) || (COORDINATORS.has(t.lower) && !names)) break;
    if (t.text === "," && tokens[j + 1]?.kind === "quote" && tokens[j + 1]!.role === "open") { i = j; break; }
  }
  if (tokens[i]?.text !== "," ) return {};
  const open = tokens[i + 1];
  if (!open || open.kind !== "quote" || open.role !== "open") return {};
  const quote = quoteOpenedAt(p, i + 1);
  if (!quote) return {};
  const closeSentence = quote.close >= 0 ? tokens[quote.close]!.sentence : tokens[tokens.length - 1]!.sentence;
  // (A quotation left open may be a stray mark: only a short stretch is read as Q2. One that closes inside the
  // paragraph is Q2 however many sentences it holds: “Q1,” Roe said, “S1. S2. S3. S4.”)
  if (quote.close < 0 && closeSentence > s + 2) return {};
  const tail = trimContent(p, quote.start, quote.end);
  if (tail.end <= tail.start) return {};
  return { content: { start: content.start, end: tail.end }, gap: { start: content.end, end: tail.start } };
}

/**
 * “C,” said Smith in a statement / on Monday / when asked about it: an
 * inverted speaker (a name, pronoun or source noun) followed by an adjunct
 * rather than by more of the clause.
 */
function adjunctAfterSpeaker(tokens: Token[], np: Range, se: number): boolean {
  const t = tokens[np.b];
  if (!t || np.b >= se || t.kind !== "word" || t.cap) return false;
  // ("said Rep. Jo Roe (D-Va.) at the time": the name before a bracketed tag heads the phrase.)
  let h = np.b - 1;
  if (tokens[h]!.text === ")") { while (h > np.a && tokens[h]!.text !== "(" && np.b - h < 8) h--; h--; }
  if (h < np.a) return false;
  const head = tokens[h]!;
  if (!(head.cap || isSourceHead(head))) return false;
  if (isTimeWord(t)) return true;
  // ("said a longtime adviser to Trump": "to" after a role named by its relation is part of the speaker.)
  if (t.lower === "to" && !head.cap && RELATIONAL_HEADS.has(head.lower)) return false;
  if (/^(?:in|on|at|during|after|before|while|when|as|to|from|via|through|referring|adding|speaking|citing|noting|according)$/.test(t.lower)) return true;
  return false;
}

/** Words that may end a speaker after an inverted cue and open an adjunct ("said a source close to him on Monday"). */
const TAIL_ADJUNCTS = new Set(["on", "at", "during", "after", "before", "while", "when", "as", "via", "through", "last", "this", "earlier", "later"]);

/**
 * After an inverted cue the phrase scan may stop inside the speaker: at a noun after a name ("said one Trump
 * confidant"), at a postmodifier ("said one Democrat familiar with the discussion", "said a source involved in
 * the creation", "said Phil Musser of digital consulting firm IMGE"). When every word up to the clause's end
 * (a comma, a closing quote, the sentence's end, a relative pronoun, an adjunct opener) can belong to a noun
 * phrase, the speaker runs on to there. Returns the widened range or null; reads at most 16 tokens.
 */
function speakerTail(tokens: Token[], np: Range, se: number): Range | null {
  let b = np.b;
  for (; b < se && b - np.a < 16; b++) {
    const t = tokens[b]!;
    if (t.kind === "marker" || t.text === "," || (t.kind === "quote" && t.role === "close") || (t.kind === "punct" && /^[.;!?]$/.test(t.text) && !(t.text === "." && tokens[b - 1]!.cap && b + 1 < se && tokens[b + 1]!.kind === "word"))) break;
    if (t.kind === "punct") {
      if (/^[()\-’'/&.]$/.test(t.text)) continue;
      return null;
    }
    if (t.kind !== "word") return null;
    if (t.cap || /^\d/.test(t.text)) continue;
    if (/^(?:who|whom|whose)$/.test(t.lower)) return restrictiveTail(tokens, np, b, se) ?? (b > np.b ? speakerEnd(tokens, np, b) : null);
    // ("said the owner of a shop that sells shoes.": a relative "that" right after a plain noun narrows it as "who" does.)
    if (t.lower === "that" && tokens[b - 1]!.kind === "word" && !tokens[b - 1]!.cap && (isCommonNounHead(tokens[b - 1]!) || isSourceHead(tokens[b - 1]!))) return restrictiveTail(tokens, np, b, se);
    if (TAIL_ADJUNCTS.has(t.lower) || isTimeWord(t)) break;
    // A participle with its object opens an adjunct ("said Roe speaking to reporters"); before a noun it is a modifier ("consulting firm").
    const nx = tokens[b + 1];
    if (/^\p{Ll}{3,}ing$/u.test(t.lower) && !ARTICLE_BEFORE.has(tokens[b - 1]!.lower) && (!nx || nx.kind !== "word" || PREPOSITIONS.has(nx.lower) || DETERMINERS.has(nx.lower) || nx.lower === "that")) break;
    if (t.lower === "of" || t.lower === "and" || t.lower === "for" || t.lower === "with" || t.lower === "in" || t.lower === "to" || t.lower === "from") continue;
    if (VERBISH.has(t.lower) || NON_NOMINAL.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || /ly$/.test(t.lower)) return null;
    if (CUE_FORMS.has(t.lower) && !/^\p{Ll}{3,}ing$/u.test(t.lower)) return null;
    // "involved in", "based in": a participle that takes a preposition postmodifies the noun before it;
    // before a noun it is an adjective ("undecided Republican voter").
    if (/ed$/.test(t.lower) && !(nx && nx.kind === "word" && (PREPOSITIONS.has(nx.lower) || nx.cap || nominal(nx) || isCommonNounHead(nx)))) return null;
    if (!(nominal(t) || isCommonNounHead(t) || /ed$/.test(t.lower) || /^\p{Ll}{3,}ing$/u.test(t.lower) || POSSESSIVE_WORD.test(t.text))) return null;
  }
  if (b < se && b - np.a >= 16) return null;
  return speakerEnd(tokens, np, b);
}

/** The tail [np.a, b) when it ends on a noun or name, not on a preposition or an article; else null. */
function speakerEnd(tokens: Token[], np: Range, b: number): Range | null {
  const last = tokens[b - 1]!;
  if (b <= np.b || (last.kind === "word" && (PREPOSITIONS.has(last.lower) || /^(?:of|and|for|the|a|an)$/.test(last.lower)))) return null;
  return { a: np.a, b };
}

/**
 * "said a longtime data expert who has worked for a rival.": a relative clause with no comma before
 * it narrows the speaker (as before a preposed cue, withRelativeClause). It must run, words only,
 * to the sentence's end or a comma within RELATIVE_SPAN words; returns the speaker with it, or null.
 */
function restrictiveTail(tokens: Token[], np: Range, who: number, se: number): Range | null {
  if (tokens[who - 1]?.kind !== "word") return null;
  let c = who + 1;
  while (c < se && c - who < RELATIVE_SPAN && tokens[c]!.kind === "word") c++;
  if (c === who + 1 || !(c >= se || MARKERS_OR_END(tokens[c]) || tokens[c]!.text === ",")) return null;
  return { a: np.a, b: c };
}

const ARTICLE_BEFORE = new Set(["the", "a", "an", "his", "her", "its", "their", "our"]);
const POSSESSIVE_WORD = /\p{L}['’]s$/u;

/**
 * Whether the quotation that closes right before the comma at `k` opened after a word of the same sentence
 * ('If studios sell "added value", says Roe, ...'): a quoted phrase inside an unquoted clause, not a direct quotation.
 */
function embeddedQuoteBefore(p: ParagraphView, ss: number, k: number): boolean {
  const close = p.tokens[k]?.kind === "quote" ? k : k - 1;
  const q = quoteClosedAt(p, close);
  return !!q && q.open > ss && p.tokens[q.open - 1]?.kind === "word";
}

function quoteBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind === "quote" && t.role === "close") return true;
  const u = tokens[k - 1];
  return t?.text === "," && u?.kind === "quote" && u.role === "close";
}

/** "asked (X) whether/if/why/about ...", "asked: “...”": a question that reports a proposition. */
function askedQuestion(tokens: Token[], from: number, se: number): boolean {
  // "“Why ...?” Mrs. Roe asked.": the cue closes its sentence after a quoted question (the postposed
  // pattern then requires the quotation before the speaker).
  if (from >= se || MARKERS_OR_END(tokens[from])) return true;
  if (farQuestionWord(tokens, from, se) >= 0) return true;
  for (let q = from; q < se && q - from < 8; q++) {
    const t = tokens[q]!;
    if (/^(?:whether|if|why|how|what|about)$/.test(t.lower) || t.text === ":" || (t.kind === "quote" && t.role === "open")) return true;
    // "asked which states he could win", "asked Rubio whom he supported": other wh-words open a question right after
    // the cue or a short addressee ("asked voters who back Trump to ..." has a relative clause: a directive follows).
    if (/^(?:which|who|whom|when|where)$/.test(t.lower) && q - from <= 3 && !directiveAfter(tokens, q + 1, se)) return true;
    // "asked, “Why not?”": the quotation after the comma is the question.
    if (t.text === "," && tokens[q + 1]?.kind === "quote" && tokens[q + 1]!.role === "open" && q + 1 < se) return true;
    if (t.text === "," || t.text === ".") return false;
  }
  return false;
}

/** How far past the cue "asked" may look for "whether", "if", "why" or "how" across its addressee and adjuncts. */
const FAR_QUESTION_SPAN = 16;

/**
 * "asked the former minister during a televised forum whether C", "asked a panel of judges in Boston how C": the
 * question word after a long addressee and its adjuncts (up to FAR_QUESTION_SPAN tokens, the near ones being read
 * by the callers). Returns its index, or -1 when a comma, a quotation, a clause boundary or an infinitive comes
 * first: "asked the court in Richmond to decide whether C" is a request, its "whether" the request's, not a question
 * (and "asked Roe, who said whether ..." or "asked Roe and said ..." leave the addressee).
 */
function farQuestionWord(tokens: Token[], from: number, se: number): number {
  for (let q = from; q < se && q - from < FAR_QUESTION_SPAN; q++) {
    const t = tokens[q]!;
    if (t.kind !== "word") return -1;
    if (/^(?:whether|if|why|how)$/.test(t.lower)) return q - from >= 8 ? q : -1;
    if (/^(?:to|that|who|which|said|says)$/.test(t.lower) || COORDINATORS.has(t.lower)) return -1;
  }
  return -1;
}

/** An infinitive of a verb within a few words after `from` ("who back Trump to vote", "which he sent to ask"): a request follows. */
function directiveAfter(tokens: Token[], from: number, se: number): boolean {
  for (let k = from; k < se && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (t.lower === "to" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.cap && k + 1 < se) return true;
  }
  return false;
}

/** A word that can open a clause's subject: a pronoun, a determiner or a capitalised word other than a preposition ("published reports" and "In an address" open none). */
function subjectOpener(t: Token): boolean {
  return t.kind === "word" && (PRONOUN_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || (t.cap && !PREPOSITIONS.has(t.lower)));
}

/** The content after the cue opens with "that" past adjuncts ("predicted in March that ..."). */
function thatAfterAdjunct(p: ParagraphView, s: number, cueEnd: number, form: CueForm): boolean {
  const at = contentStart(p, s, cueEnd, form).index;
  // (A subject or a subordinator must follow: "in an address that spoke to ..." is a relative clause.)
  const next = p.tokens[at];
  return at > cueEnd + 1 && p.tokens[at - 1]!.lower === "that" && at < p.sentences[s]!.b && !!next && (subjectOpener(next) || /^(?:if|when|while|because|although|unless|once)$/.test(next.lower));
}

/** A closing quotation mark (or one before a comma) within the four tokens before `i`, with only words between ("“C,” the statement read"). */
function quotationJustBefore(tokens: Token[], i: number, ss: number): boolean {
  for (let k = i - 1; k >= ss && i - k <= 4; k--) {
    if (quoteBefore(tokens, k)) return true;
    if (tokens[k]!.kind !== "word") return false;
  }
  return false;
}

/**
 * "“C,” he explained", "“C?” Mrs. Roe responded": a quotation closed by a comma, question or exclamation mark right
 * before a subject of at most three words (a pronoun or capitalised) and the verb at `i`: a postposed tag.
 */
function tagAfterQuotation(tokens: Token[], i: number, ss: number): boolean {
  let k = i - 1;
  while (k >= ss && i - k <= 3 && tokens[k]!.kind === "word") k--;
  if (k === i - 1 || k < ss) return false;
  const first = tokens[k + 1]!;
  if (!(first.cap || /^(?:he|she|they|we|i)$/.test(first.lower))) return false;
  const close = tokens[k]!.text === "," ? tokens[k - 1] : tokens[k];
  if (!close || close.kind !== "quote" || close.role !== "close") return false;
  const before = tokens[close === tokens[k] ? k - 1 : k - 2];
  return !!before && /^[,?!]$/.test(before.text);
}

/** "“Why not?” Roe asked", "“Why not?” asked Roe": a quoted question closes right before the cue or its speaker (at most eight words back). */
function quotedQuestionBefore(tokens: Token[], i: number, ss: number): boolean {
  for (let k = i - 1; k >= ss && i - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.kind === "quote" && t.role === "close") return tokens[k - 1]?.text === "?" || (tokens[k - 1]?.text === "," && tokens[k - 2]?.text === "?");
    if (t.kind !== "word" && t.text !== "," && t.text !== ".") return false;
  }
  return false;
}

/**
 * A modal, or "to" before a verb (not before a determiner: "commitments to the groups"), among the ten tokens before
 * `at` (a coordinator), within its clause: the verb after the coordinator may share that infinitive or modal.
 */
function infinitiveBefore(tokens: Token[], at: number, ss: number): boolean {
  for (let k = at - 1; k >= ss && at - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || t.text === ":") return false;
    if (/^(?:will|would|can|could|should|must|may|might)$/.test(t.lower)) return true;
    const nx = tokens[k + 1];
    if (t.lower === "to" && nx && nx.kind === "word" && !nx.cap && !DETERMINERS.has(nx.lower) && !PRONOUN_WORDS.has(nx.lower) && !/^\d/.test(nx.text)) return true;
  }
  return false;
}

/**
 * Whether the to-infinitive after a cue at `i` (its "to" at `to`) states what is claimed ("claimed to have destroyed
 * three tanks"). Not when it has lost its object to a relative clause before the subject ("which Russian forces claimed
 * to have captured on March 10", "the settlements it claims to have captured", "the damage he claimed to possess"):
 * the content is then the antecedent, out of reach; nor when the form is a noun after a nationality ("Russian claims to
 * have captured the city are false").
 */
function claimedInfinitive(tokens: Token[], ss: number, se: number, i: number, to: number, form: CueForm): boolean {
  const prev = tokens[i - 1];
  if (form.role !== "past" && form.role !== "ing" && prev && i - 1 >= ss && prev.cap && NATIONALITY_ENDING.test(prev.lower)) return false;
  // ("As for the Sanders claim to have brought new voters", "despite their claims to be neutral": a phrase that a
  // preposition opens is no subject; "the Kremlin claims to have ..." after a comma or at the start is one.)
  if (form.role !== "past" && form.role !== "ing") {
    let d = i - 1;
    while (d > ss && tokens[d]!.kind === "word" && tokens[d]!.cap) d--;
    if (d > ss && /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your)$/.test(tokens[d]!.lower) && (PREPOSITIONS.has(tokens[d - 1]!.lower) || /^(?:for|of)$/.test(tokens[d - 1]!.lower))) return false;
  }
  if (labellingGapBefore(tokens, i, ss)) return false;
  let j = to + 1;
  if (tokens[j]?.lower === "have") j++;
  while (j < se && tokens[j]!.kind === "word" && (/^\p{Ll}{3,}ly$/u.test(tokens[j]!.lower) || /^(?:already|also|just|since)$/.test(tokens[j]!.lower))) j++;
  // ("as wealthy as Mr. Trump claims to be to pay little tax": a complement of "be" gapped by a comparison.)
  if (j < se && /^(?:be|been)$/.test(tokens[j]!.lower)) return j + 1 < se && tokens[j + 1]!.kind === "word" && tokens[j + 1]!.lower !== "to";
  if (j >= se) return true;
  const n = tokens[j + 1];
  // (Right after the verb: the sentence's end, a comma or dash, or a date or source adjunct that an object would precede.)
  return !(!n || j + 1 >= se || n.kind !== "word" || /^(?:as|on|from|at|since|during|let)$/.test(n.lower));
}

/** Whether a that-clause starts at `at`, directly or after a noun of report ("that C", "reports that C", "a claim that C"). */
function reportObjectAt(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower === "that") return true;
  // ("amplified a claim that C", "amplified the reports that C".)
  const noun = /^(?:a|an|the)$/.test(tokens[at]?.lower ?? "") ? at + 1 : at;
  const word = tokens[noun]?.lower ?? "";
  return (NOMINAL_CUES.has(word) || RELAYED_NOUNS.has(word)) && tokens[noun + 1]?.lower === "that";
}

/** Right after a cue: "that" opening a clause (not "that is", "that."), a colon or an opening quotation. */
function clauseRightAfter(tokens: Token[], at: number, se: number): boolean {
  const t = tokens[at];
  if (!t || at >= se) return false;
  if (t.text === ":" || (t.kind === "quote" && t.role === "open")) return true;
  const n = tokens[at + 1];
  return t.lower === "that" && at + 1 < se && n !== undefined && n.kind === "word" && !/^(?:is|was|are|were|has|had|have|would|will|could|can|may|might|should|must|does|did|do)$/.test(n.lower);
}

/**
 * "calling him a liar", "calling the toll credit “a hidden tax”": after "calling", an object and then the name given
 * to it (an indefinite noun phrase or a quotation), as after a finite "called"; not a time ("calling her husband a
 * few minutes later").
 */
function namingComplement(tokens: Token[], at: number, se: number): boolean {
  const obj = phraseStartingAt(tokens, at, se, { maxLower: 4 });
  if (!obj || obj.b >= se) return false;
  const t = tokens[obj.b]!;
  if (t.kind === "quote" && t.role === "open") return true;
  if (t.lower !== "a" && t.lower !== "an") return false;
  for (let k = obj.b + 1; k < se && k <= obj.b + 3; k++) {
    const w = tokens[k]!;
    if (isTimeWord(w) || TIME_UNITS.has(w.lower) || /^(?:few|couple|lot|bit|day|week|month|year|minute|hour|moment|while)$/.test(w.lower)) return false;
  }
  return true;
}

/** The last word of the noun phrase a relative "who" at `at` refers to ("Obama, who", "the senator who"), or null. */
function relativeAntecedentHead(tokens: Token[], at: number, ss: number): Token | null {
  let k = at - 1;
  if (tokens[k]?.text === "," || isDash(tokens[k]) || tokens[k]?.text === "(") k--;
  const t = tokens[k];
  return k >= ss && t !== undefined && t.kind === "word" ? t : null;
}

/** After a cue: does content follow ("that", a colon, an opening quotation within a few words)? */
function contentFollows(tokens: Token[], from: number, se: number, stopAtCue = false): boolean {
  for (let k = from; k < se && k - from < 10; k++) {
    const t = tokens[k]!;
    if (stopAtCue && t.kind === "word" && CUE_FORMS.has(t.lower)) return false; // the "that" is another cue's
    if (t.lower === "that" || t.text === ":") return true;
    // A quotation is content only right after the cue or a comma (“... told the hosts of ''Morning Joe''” names a show).
    if (t.kind === "quote" && t.role === "open" && (k === from || tokens[k - 1]!.text === ",")) return true;
  }
  return false;
}

/**
 * "“C,” Roe said", "“C?” the aide asked", "“C1. C2,” Roe said": the sentence opens with a quotation (or inside one
 * opened in an earlier sentence) whose closing mark, with a comma, question or exclamation mark inside or a comma
 * after it, ends at token `k`: everything before the tag is quoted.
 */
function openingQuotationBefore(p: ParagraphView, s: number, k: number): boolean {
  const tokens = p.tokens;
  const ss = p.sentences[s]!.a;
  if (!quoteBefore(tokens, k)) return false;
  const close = tokens[k]!.text === "," ? k - 1 : k;
  const q = quoteClosedAt(p, close);
  // (The opening mark starts its own sentence: "Walking in to chants of “Marco! Marco!,” the senator said his ..." has
  // its quotation woven into an earlier sentence's phrase.)
  const opener = q ? tokens[q.open] : undefined;
  return !!q && !!opener && q.open <= ss && close > ss && p.sentences[opener.sentence]?.a === q.open && (close < k || /^[,?!]$/.test(tokens[close - 1]?.text ?? ""));
}

/**
 * After a tag's cue, punctuation marks a content of the same cue within ten tokens: a colon, a quotation right
 * after the cue, or "that" after a comma ("said in a letter, that C"); not past another cue, whose content it
 * would be ("said, adding that C").
 */
function markedContentAfter(tokens: Token[], from: number, se: number): boolean {
  for (let k = from; k < se && k - from < 10; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && k > from && CUE_FORMS.has(t.lower)) return false;
    if (t.text === ":") return true;
    if (t.kind === "quote" && t.role === "open" && k === from) return true;
    // (A quotation after a comma resumes the one before the tag: "“C1,” he said of the plan, “C2.”", joined by continued.)
    if (t.lower === "that" && k > from && tokens[k - 1]!.text === ",") return true;
  }
  return false;
}

/**
 * "Walking in to chants of “Go! Go!,” the senator said his campaign ...": the quotation that closes at `k` (or at the
 * token before its comma) opens right after a preposition, inside a phrase; it is that phrase's words, not a
 * passage for the cue after it to report.
 */
function wovenQuoteBefore(p: ParagraphView, s: number, k: number): boolean {
  const tokens = p.tokens;
  const close = tokens[k]?.text === "," ? k - 1 : k;
  const q = quoteClosedAt(p, close);
  const before = q ? tokens[q.open - 1] : undefined;
  // (The quotation may have begun a sentence earlier: “Go! Go!” splits at its first "!".)
  return !!q && q.open > 0 && q.open < k && !!before && before.kind === "word" && before.sentence >= s - 1 && (PREPOSITIONS.has(before.lower) || before.lower === "of");
}

/** Words after a comma that start an adjunct or a new frame rather than continue the main clause. */
const ADJUNCT_OPENERS = new Set([
  "adding", "saying", "noting", "who", "which", "as", "while", "when", "after", "before", "according", "because",
  "though", "although", "but", "and", "or", "in", "on", "at", "for", "with", "citing", "despite", "including", "since",
  "until", "where", "referring", "speaking", "if", "unless", "so", "than", "then", "whose", "whom", "calling", "arguing",
]);

/** "called it “...”": a quotation opens at token `at` or within `window` tokens after it (the name given). */
function namingQuote(tokens: Token[], at: number, window = 1): boolean {
  for (let k = at; k < at + window && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" && t.role === "open") return true;
    if (t.kind !== "word") return false;
  }
  return false;
}

/**
 * A finite clause without "that" opens at `at` (after a verb of finding or evidence): a subject and right after it
 * its finite verb. The subject is a nominative pronoun ("found it was", not "found it hard to") or a noun phrase of
 * at most seven words with "of" as its only link; the verb an auxiliary, a modal or a copula, a negative
 * contraction, an irregular past ("records show the company paid them"), a word in "-ed" before a word ("found the
 * agency failed its audit"), or after a pronoun one in "-s" ("shows he needs"). Not an object with a preposition, an
 * infinitive, a participle or a predicate after it ("found the body in a river", "found him guilty", "showed the
 * video to reporters", "found the trio handling ballots"), a coordinated or relative clause inside the object
 * ("found the article and would release it", "found someone he would like"), an indirect question ("show how they
 * are"), nor a reflexive or object pronoun ("found himself", "showed them"). (A plural noun in "-s" is no verb:
 * "showed videos of Russian forces moving", "find a supply of experts that will".)
 */
function finiteComplement(tokens: Token[], at: number, se: number): boolean {
  const first = tokens[at];
  if (!first || at >= se || first.kind !== "word") return false;
  if ((OBJECT_PRONOUNS.has(first.lower) && first.lower !== "you") || /sel(?:f|ves)$/.test(first.lower) || !opensComplementSubject(first)) return false;
  if (/^(?:he|she|they|we|i|you|it|there)['’](?:s|re|ll|d|ve|m)$/.test(first.lower)) return true;
  const pronoun = SUBJECT_PRONOUNS.has(first.lower);
  for (let k = at + 1; k < se && k <= at + 7; k++) {
    // ('added the pair "brought a real warmth ..."': a quotation may open between the subject and its verb.)
    const quoted = tokens[k]!.kind === "quote" && tokens[k]!.role === "open" && tokens[k - 1]!.kind === "word";
    if (quoted) k++;
    const t = tokens[k];
    if (t?.kind !== "word") return false;
    const prev = tokens[quoted ? k - 2 : k - 1]!;
    const next = tokens[k + 1];
    if (FINITE_MARKERS.has(t.lower) && t.lower !== "be" && t.lower !== "been") return true;
    if (/n['’]t$/.test(t.lower)) return true;
    // A past form after a word that can end the subject (not a determiner, a preposition or "of": "the effects of
    // lost businesses") and before a word: its object or complement.
    const ends = !DETERMINERS.has(prev.lower) && !COMPLEMENT_BREAKERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && prev.lower !== "of" && !/^\d/.test(prev.text) && !/['’]s?$/.test(prev.lower);
    const before = next?.kind === "word" && !PREPOSITIONS.has(next.lower) && next.lower !== "of" && !COMPLEMENT_BREAKERS.has(next.lower);
    if (ends && before && (IRREGULAR_PASTS.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.text))) return true;
    if (pronoun && /^(?:he|she|it|there)$/.test(first.lower) && /^\p{Ll}{2,}s$/u.test(t.text) && !/(?:ss|us|is)$/.test(t.lower) && next?.kind === "word") return true;
    // After a noun an "-s" word is a verb only before its own object's determiner or a "that" with a subject pronoun
    // ("suggests the government understands the risk", "... understands that it needs"): a plural noun stands before
    // anything ("showed videos of forces moving", "a supply of experts that will", "losses rendering units unfit").
    if (!pronoun && ends && !isPluralNounForm(prev.lower) && /^\p{Ll}{3,}s$/u.test(t.text) && !/(?:ss|us|is)$/.test(t.lower) && next && (/^(?:the|a|an)$/.test(next.lower) || POSSESSIVE_DETERMINERS.has(next.lower) || (next.lower === "that" && SUBJECT_PRONOUNS.has(tokens[k + 2]?.lower ?? "")))) return true;
    // A pronoun subject takes at most one adverb before its verb ("it still leads"); a quotation, its verb at once.
    if (pronoun || quoted) return false;
    if (COMPLEMENT_BREAKERS.has(t.lower) || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || COORDINATORS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || (/^\p{Ll}{3,}ing$/u.test(t.text) && !/thing$/.test(t.lower))) return false;
  }
  return false;
}

/**
 * Whether the head (at `h`) of a cue's subject can speak: a personal pronoun, a name or a noun of a source ("She added the pair
 * brought warmth", "the spokesman added"). Such a subject's "added" with a clause of an irregular past reports the
 * clause; a thing's does not ("The storm added the damage left by the flood": "added" sums up).
 */
function speakingSubject(tokens: Token[], h: number, ss: number): boolean {
  const head = tokens[h]!;
  // (A capital at the sentence's start may be any noun: "Prices added the gains made ...".)
  return /^(?:he|she|they|we|i)$/.test(head.lower) || (head.cap && h > ss && !PRONOUN_WORDS.has(head.lower)) || isSourceHead(head);
}

/** A word that may open the subject of a complement clause: not a preposition, a subordinator, a question word or a particle ("finding out how C"). */
function opensComplementSubject(t: Token): boolean {
  return !PREPOSITIONS.has(t.lower) && !SUBORDINATORS.has(t.lower) && !COMPLEMENT_BREAKERS.has(t.lower) && !/^\p{Ll}+ly$/u.test(t.text);
}

/**
 * A clause opens at token `at`: "that", a quotation, or a finite verb (an auxiliary, a modal or a
 * copula, or a contraction of one) among its first seven words. Bounded work.
 */
function finiteClauseAt(tokens: Token[], at: number, se: number, strict = false): boolean {
  const first = tokens[at];
  if (!first || first.lower === "that" || first.kind === "quote") return true;
  // "believe she gets ...", but "expect it to raise rates": a subject pronoun, not an object before "to".
  if (/^(?:he|she|they|we|i|you|it|this)$/.test(first.lower) && tokens[at + 1]?.lower !== "to") return true;
  for (let k = at; k < se && k < at + 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") { if (t.text === "," || t.text === ";") return false; continue; }
    if (FINITE_MARKERS.has(t.lower) || /['’](?:s|re|ll|d|ve|m)$/.test(t.lower) || /n['’]t$/.test(t.lower)) return true;
    // A past or present verb after its subject ("his drinking presented", "economists say"), not a plural
    // noun of the object ("the tragic consequences of ...").
    // ("the mayor “makes you want to retch”": a quotation may open on the verb; the word before the quote mark is its subject's.)
    const prev = tokens[k - 1]!.kind === "quote" && tokens[k - 1]!.role === "open" && k - 1 > at ? tokens[k - 2]! : tokens[k - 1]!;
    if (!strict && k > at && /^\p{Ll}{3,}(?:ed|s)$/u.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower) && prev.kind === "word" && !(DETERMINERS.has(prev.lower) && !/^(?:this|that)$/.test(prev.lower)) && tokens[k + 1]?.lower !== "of" && !PREPOSITIONS.has(prev.lower)) return true;
  }
  return false;
}


/** "replacing Clinton would be ...": an -ing word whose phrase is followed by a finite verb or modal within a few words. */
function gerundSubject(tokens: Token[], at: number, se: number): boolean {
  for (let k = at + 1; k < se && k <= at + 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (FINITE_MARKERS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "The museum, Mr. Obama said, would make visitors face ...": a frame set
 * off by commas inside its content. The content is the whole clause, with
 * the frame as a gap.
 */
function parenthetical(p: ParagraphView, s: number, from: number, content: { start: number; end: number }, before: Token): { content?: { start: number; end: number }; gap?: { start: number; end: number } } {
  const tokens = p.tokens;
  const { b: se } = p.sentences[s]!;
  if (before.text !== ",") return {};
  // ("If she wins, Roe said in a tweet, taxes will fall": an adjunct of the frame before its closing comma.)
  if (tokens[from]?.text !== "," && incompleteBefore(tokens, p.sentences[s]!.a, content)) {
    let c = from;
    while (c < se && c - from < 8 && tokens[c]!.kind === "word") c++;
    if (tokens[c]?.text === ",") from = c;
  }
  if (tokens[from]?.text !== ",") return {};
  const next = tokens[from + 1];
  // "At the time, she said, Grayson was ...", "In Miami, Mr. Regalado said, Mr. Trump is ...": before the frame
  // stands only a fronted adjunct (a few words, no quotation), so the clause after it may open with a name.
  const fronted = content.end - content.start <= 40 && before.text === "," && (p.text.slice(content.start, content.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 5 && !/["“”]/.test(p.text.slice(content.start, content.end));
  // "If she wins, Roe said, taxes will fall", "The paradox of the plan, says Roe, is that ...": what stands before the
  // frame states nothing by itself (a subordinate clause or a phrase with no verb), so the clause goes on after it.
  const open = incompleteBefore(tokens, p.sentences[s]!.a, content);
  if (!next || from + 1 >= se || next.kind !== "word") return {};
  // (A cue word before an auxiliary is a noun, the next clause's subject: "Over the years, she said, email has helped";
  // one before an object pronoun after a short fronted phrase is that phrase's verb: "Kinsale, Roe said, made him".)
  // ("The plan will fail, he said, because the port is too small": a reason clause after the frame is the
  // speaker's reason, part of what is said, and so is a consequence clause, "It was too late, she said, so the
  // board sold the plant"; other adjuncts may date or place the act of saying.)
  if (!open && (next.cap && next.lower !== "i" && !fronted || (ADJUNCT_OPENERS.has(next.lower) && next.lower !== "because" && next.lower !== "so") || (CUE_FORMS.has(next.lower) && !FINITE_MARKERS.has(tokens[from + 2]?.lower ?? "") && !(fronted && OBJECT_PRONOUNS.has(tokens[from + 2]?.lower ?? ""))))) return {};
  // "Sales were great, he said, wiping his face": a participle after the frame describes the speaker
  // (unless it is a gerund subject: "..., he said, replacing her would be ...").
  if (!open && /[^aeiou]ing$/.test(next.lower) && !/thing$/.test(next.lower) && next.lower.length > 5 && !gerundSubject(tokens, from + 1, se)) return {};
  const tail = trimContent(p, next.start, tokens[se - 1]!.end);
  if (tail.end <= tail.start) return {};
  // "However, he added, any rise ...": a connective alone before the frame is the writer's; the content is the rest.
  const ss = p.sentences[s]!.a;
  const c = pastConnective(tokens, ss, se);
  if (c > ss && tokens[ss]!.start === content.start && tokens[c]!.start >= content.end) return { content: tail };
  return { content: { start: content.start, end: tail.end }, gap: { start: content.end, end: tail.start } };
}

/**
 * "Two engineers who inspected the span told ...": when a relative clause
 * ("who ...") sits between a subject and its cue, the subject is the phrase
 * before "who" (or "whose"). Scans at most RELATIVE_SPAN tokens left of the cue.
 */
function relativeSubject(tokens: Token[], last: number, ss: number): Range | null {
  // ("A man who lives here and who asked not to be named said": relative clauses joined by "and" or "but" are read as
  // one, each up to RELATIVE_SPAN words; the subject is the phrase before the first pronoun.)
  let span = RELATIVE_SPAN;
  for (let w = last - 1; w > ss && last - w < span; w--) {
    const t = tokens[w]!;
    // ("who has spoken to several detainees’ relatives": a plural possessive's apostrophe stays inside the clause.)
    if (t.kind !== "word") { if (pluralPossessor(tokens, w, ss)) continue; return null; }
    if (t.lower === "who" || t.lower === "whose" || t.lower === "that" && isSourceHead(tokens[w - 1]!)) {
      if (w === last) return null;
      if (t.lower !== "that" && /^(?:and|but)$/.test(tokens[w - 1]?.lower ?? "") && span === RELATIVE_SPAN) { span = last - w + RELATIVE_SPAN; w--; continue; }
      // ("ask voters who they think is strongest": a subject pronoun of its own makes the pronoun's gap an object; the pronoun speaks.)
      if (/^(?:he|she|they|we|i)$/.test(tokens[last]!.lower)) return null;
      const np = phraseEndingAt(tokens, w - 1, ss);
      if (np) return np;
      return null;
    }
  }
  return null;
}

/** How many words a restrictive relative clause between a subject and its cue may run. */
const RELATIVE_SPAN = 16;

/**
 * "People who know him say", "officials whose laws were struck down say": a
 * restrictive relative clause (no comma before the pronoun) narrows the
 * subject to the source meant, so it belongs to the speaker. `speaker` is the
 * phrase before the pronoun, `last` the clause's last word before the cue.
 */
function withRelativeClause(tokens: Token[], speaker: Range, last: number): Range {
  const pronoun = tokens[speaker.b];
  if (!pronoun || speaker.b >= last || last - speaker.b >= 2 * RELATIVE_SPAN || !/^(?:who|whose|that)$/.test(pronoun.lower)) return speaker;
  // (Longer than one clause only when a second relative clause is coordinated with it: "who lives here and who asked ...".)
  let coordinated = false;
  for (let w = speaker.b; w <= last; w++) {
    if (tokens[w]!.kind !== "word" && !pluralPossessor(tokens, w, speaker.a)) return speaker;
    if (w > speaker.b + 1 && /^(?:who|whose)$/.test(tokens[w]!.lower) && /^(?:and|but)$/.test(tokens[w - 1]!.lower)) coordinated = true;
  }
  if (last - speaker.b >= RELATIVE_SPAN && !coordinated) return speaker;
  return { a: speaker.a, b: last + 1 };
}

/**
 * "“C,” harbour engineer Mia Lund said", "C, the city engineer Mia Lund said": up to three lower-case
 * nouns (after an optional article) between a comma or closing quotation mark and the name at `a`
 * (with `atStart`, any description that reaches back to `ss`: "said harbour engineer Mia Lund").
 * Returns where the description starts, or -1. Bounded (four tokens).
 */
function descriptionBefore(tokens: Token[], a: number, ss: number, atStart = false): number {
  let c = a;
  // (Right after the cue, only lower-case words and no quantifier: "said one New Hampshire Democrat" names nobody.)
  const describes = (t: Token) => !(atStart && (t.cap || QUANTIFIER_SPEAKERS.has(t.lower) || /^\d/.test(t.text))) && (isCommonNounHead(t) || isSourceHead(t)) && !PRONOUN_WORDS.has(t.lower) && !NOT_DESCRIPTIONS.has(t.lower) && !DISCOURSE_CONNECTIVES.has(t.lower) && !LEADING_ADVERBIAL.has(t.lower) && !isTimeWord(t);
  // ("managing director Jo Roe": an "-ing" word before the title noun is part of the title.)
  while (c - 1 >= ss && a - c < 3 && (describes(tokens[c - 1]!) || (c < a && participleTitle(tokens, c - 1, a)))) c--;
  if (c === a) return -1;
  if (c - 1 >= ss && /^(?:the|a|an)$/.test(tokens[c - 1]!.lower)) c--;
  if (atStart) return c;
  // "“C,” City Journal opinion editor Jo Roe said", "C, the mayor’s longtime adviser Jo Roe said": a name (an
  // organisation, or a possessor) may head the description; up to four capitalised words, the last maybe
  // possessive, between the comma or closing quotation mark and the lower-case description.
  if (c - 1 >= ss && tokens[c - 1]!.kind === "word" && tokens[c - 1]!.cap && !/^(?:the|a|an)$/.test(tokens[c]!.lower)) {
    let n = c;
    while (n - 1 >= ss && c - n < 4 && tokens[n - 1]!.kind === "word" && tokens[n - 1]!.cap && (n === c || !POSSESSIVE_WORD.test(tokens[n - 1]!.text))) n--;
    const before = tokens[n - 1];
    if (n - 1 >= ss && before && (before.text === "," || (before.kind === "quote" && before.role === "close"))) return n;
  }
  const before = tokens[c - 1];
  if (c - 1 < ss || !before || !(before.text === "," || (before.kind === "quote" && before.role === "close"))) return -1;
  return c;
}

/**
 * "C, she and another reporter said.", "C, he and Ms. Roe said.", "C, nurses and hospital staff told the
 * paper.": a postposed tag whose subject is a coordination; the phrase scan stops at "and" (before a
 * determiner, after a pronoun), so `speaker` holds only the last conjunct. When the first conjunct (a
 * pronoun or noun phrase, after up to two plain nouns before the last one) opens the tag right after a comma
 * or closing quotation mark, and the cue closes the clause, the subject is the whole coordination. Else
 * returns `speaker`. Constant work.
 */
function coordinatedTag(p: ParagraphView, s: number, speaker: Range, cueEnd: number, form: CueForm): Range {
  const tokens = p.tokens;
  const ss = p.sentences[s]!.a;
  // (A relative pronoun's antecedent is no conjunct: "..., racist and birther who has pledged".)
  if (/^(?:who|whom|which|that)$/.test(tokens[speaker.a]!.lower)) return speaker;
  let k = speaker.a - 1;
  // ("teachers and union officials": plain nouns before the last conjunct's head belong to it.)
  while (k > ss && speaker.a - k <= 2 && isCommonNounHead(tokens[k]!)) k--;
  if (k - 1 <= ss || !/^(?:and|&)$/.test(tokens[k]!.lower)) return speaker;
  const left = tokens[k - 1]!;
  const first = /^(?:i|we|he|she|they)$/.test(left.lower) ? { a: k - 1, b: k } : phraseEndingAt(tokens, k - 1, ss);
  if (!first || first.b !== k || first.a - 1 < ss) return speaker;
  const before = tokens[first.a - 1]!;
  if (!(before.text === "," || (before.kind === "quote" && before.role === "close"))) return speaker;
  // (Not an infinitive after the cue, "..., racist and birther who pledged to ban ...": that is the cue's own content.)
  const after = afterCue(p, s, cueEnd, form);
  if (!after.closes || tokens[after.end]?.lower === "to") return speaker;
  return { a: first.a, b: speaker.b };
}

/**
 * "“C,” said the chief engineer, Jo Roe.": a description, then the name set off by commas; the name
 * is the shortest form that names the source (as "A top strategist, John Weaver, said"). Returns
 * the name when it ends the clause (a comma, "who", the sentence's end), else `np`.
 */
function nameAfterDescription(tokens: Token[], np: Range, se: number): Range {
  if (tokens[np.b]?.text !== "," || tokens[np.b - 1]!.cap) return np;
  const name = phraseStartingAt(tokens, np.b + 1, se);
  if (!name || !isNameRange(tokens, name)) return np;
  const t = tokens[name.b];
  return name.b >= se || MARKERS_OR_END(t) || t!.text === "," || /^(?:who|whom)$/.test(t!.lower) ? name : np;
}

/**
 * "Jo Roe, an aide, said", "A White House official, who asked not to be named, said": the sentence
 * opens with a noun phrase closed by a comma, and an appositive runs from there to the comma at `k`
 * right before the cue. Bounded by the appositive scan (30 tokens).
 */
function appositiveSubject(tokens: Token[], ss: number, k: number): boolean {
  if (tokens[k]?.text !== ",") return false;
  let c = k - 1;
  while (c > ss && tokens[c]!.text !== "," && k - c < 30 && tokens[c]!.kind !== "quote") c--;
  if (tokens[c]?.text !== "," || c <= ss) return false;
  const np = phraseEndingAt(tokens, c - 1, ss);
  // ("Currently, a project takes months, says Jo Roe": a lone sentence adverb before the first comma opens the
  // clause and names nobody; what follows it is the content of an inverted tag, not an appositive.)
  if (np && np.a === ss && np.b === ss + 1 && sentenceAdverb(tokens[ss]!)) return false;
  return !!np && np.a === ss;
}

/** Whether a sentence-opening word is an adverb that opens the clause ("Currently", "However", "Meanwhile"). */
function sentenceAdverb(t: Token): boolean {
  return LEADING_ADVERBIAL.has(t.lower) || DISCOURSE_CONNECTIVES.has(t.lower) || SENTENCE_ADVERB_LY.test(t.lower);
}

/**
 * "-ly" adverbs formed on an adjective ("currently", "initially", "obviously", "similarly"); a bare "-ly" is too
 * often a name ("Kelly", "Beverly") to stand for an adverb on its own.
 */
const SENTENCE_ADVERB_LY = /^\p{Ll}{2,}(?:ent|ant|al|ous|ive|ate|ic|ible|able|ful|less|ed|ing|ual|ary|ar|ct|ear|ain|ort|est|ull|ial)ly$/u;

/**
 * Whether an "as" opens the clause of the cue at `i`: within a few words before it, at the sentence's start or after
 * a comma or a coordinator ("As Roe put it", "C, as the former minister Jo Roe put it", "But as Roe put it"). A cheap
 * screen for comment-clause cues; asClauseFrame checks the clause itself.
 */
function asBeforeSubject(tokens: Token[], ss: number, i: number): boolean {
  for (let k = i - 1; k >= ss && i - k <= COMMENT_AS_SPAN; k--) {
    if (tokens[k]!.lower !== "as") continue;
    const before = tokens[k - 1];
    return k === ss || !before || before.text === "," || COORDINATORS.has(before.lower);
  }
  return false;
}

/** How many tokens an "as" may stand before a comment-clause cue ("as the LinkedIn chief executive, Jeff Weiner, put it"). */
const COMMENT_AS_SPAN = 24;

/**
 * "C, as the bank reported on Monday." / "As the bank reported on Monday, C.": a comment clause
 * ("as" + speaker + cue + adjuncts only) attributes the main clause to its speaker. Returns the
 * main clause's span, or null when the cue has an object or clause of its own.
 */
function asClauseFrame(p: ParagraphView, s: number, speaker: Range, after: { closes: boolean; end: number }): { start: number; end: number; boundary: number } | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const as = speaker.a - 1;
  if (as < ss || tokens[as]!.lower !== "as" || !after.closes) return null;
  // The adjuncts after the cue run to the sentence's end or to the comma that closes the comment clause.
  let e = after.end;
  while (e < se && e - after.end < VENUE_SPAN && tokens[e]!.text !== "," && !MARKERS_OR_END(tokens[e])) e++;
  if (as === ss) {
    if (tokens[e]?.text !== "," || e + 1 >= se) return null;
    const c = spanOf(p, e + 1, contentEndFrom(p, e + 1, se));
    return c.end > c.start ? { ...c, boundary: -1 } : null;
  }
  if (tokens[as - 1]?.text !== "," || (e < se && !MARKERS_OR_END(tokens[e]))) return null;
  const c = contentBefore(p, s, as - 1);
  // ("C, as ISW has assessed": the comment clause is no part of what a report in C says, whose content ends at its
  // comma; not inside a quotation, where the clause is the quoted speaker's own.)
  return c ? { start: c.start, end: c.end, boundary: tokens[as - 1]!.depth === 0 ? as - 1 : -1 } : null;
}

/** "In an interview with Ynet, X said ...", "On X, Netanyahu wrote ...": an outlet in the sentence's opening phrase. */
function leadingOutlet(tokens: Token[], ss: number, before: number): Range | null {
  const first = tokens[ss];
  if (!first || !/^(?:in|on|to|speaking)$/.test(first.lower)) return null;
  let comma = ss;
  while (comma < before && tokens[comma]!.text !== ",") comma++;
  if (comma >= before) return null;
  for (let k = ss; k < comma; k++) {
    if (/^(?:with|on|to)$/.test(tokens[k]!.lower) || (k === ss && first.lower === "on")) {
      const np = phraseStartingAt(tokens, k + 1, comma, { maxLower: 2 });
      if (np && np.b === comma && isMedia(tokens, np)) return np;
    }
  }
  return null;
}

/**
 * "Russia’s claim that C", "the assessment by ISW that C", "his insistence
 * that C", "Moscow’s repeated claims that C", "her assertion during the debate
 * that C": a noun cue whose source is its possessor (across a few modifiers)
 * or its by-phrase; a short time or place adjunct may stand before "that".
 */
function nominalFrame(p: ParagraphView, s: number, i: number): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const nominal = NOMINAL_CUES.get(tokens[i]!.lower);
  const cue = nominal ?? COPULAR_CUES.get(tokens[i]!.lower)!;
  // "Roe's point was that C": the noun is the subject of a copula whose complement is the clause.
  const copula = copulaThat(tokens, i + 1, se);
  // "Carrier's message: C", "Their argument: C": the noun opening the sentence with its possessor, a colon and a
  // clause or quotation.
  const colon = tokens[i + 1]?.text === ":" && i + 2 < se;
  if (colon) return colonNounFrame(p, s, i, cue);
  if (!nominal && copula < 0) return null;
  // Where "that" stands: right after the noun, after "by" and its source, or after a short adjunct.
  let j = copula >= 0 ? copula : i + 1;
  let by: Range | null = null;
  const next = tokens[j];
  if (copula < 0 && (next?.lower === "by" || (next && NOMINAL_ADJUNCTS.has(next.lower)))) {
    let k = j + 1;
    while (k < se && k - j <= 8 && tokens[k]!.kind === "word" && tokens[k]!.lower !== "that" && !VERBISH.has(tokens[k]!.lower) && !CLAUSE_BREAKERS.has(tokens[k]!.lower) && !/^(?:and|or|but)$/.test(tokens[k]!.lower) && !(CUE_FORMS.has(tokens[k]!.lower) && !tokens[k]!.cap)) k++;
    if (k === j + 1 || tokens[k]?.lower !== "that") return null;
    if (next.lower === "by") {
      by = { a: j + 1, b: k };
      // "the claim by officials that C": the source is a name, a pronoun or a source noun.
      const head = tokens[k - 1]!;
      if (!(head.cap || isSourceHead(head) || PRONOUN_WORDS.has(head.lower))) return null;
    }
    j = k;
  }
  if (tokens[j]?.lower !== "that" || j + 2 >= se) return null;
  // Modifiers between the possessor and the noun ("his stern warning", "Trump’s repeated claims").
  let m = i;
  while (m - 1 >= ss && i - m < 3) {
    const t = tokens[m - 1]!;
    // ("his most recent claim", "Roe's most explosive claim": "most" before an adjective is a modifier, not the
    // determiner of "most claims".)
    if (m < i && (t.lower === "most" || t.lower === "least")) { m--; continue; }
    // ("Roe's false claims that C", "his ongoing assertions": an adjective that judges or dates the claim is a plain modifier.)
    const judged = t.kind === "word" && CLAIM_ADJECTIVES.has(t.lower);
    if (t.kind !== "word" || t.cap || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || VERBISH.has(t.lower) || NOMINAL_CUES.has(t.lower) || /['’]s?$/.test(t.text) || SOURCE_POSSESSIVES.has(t.lower) || (/ing$/.test(t.lower) && !judged)) break;
    // A noun cue that is also a verb form ("claims", "promise") reads as the verb after a word that could be its
    // subject ("Trump's entire campaign claims that", "his aides claim that"): only plain modifiers ("repeated",
    // "by-now-familiar", "latest", "earlier") stand between it and the possessor then.
    // (Before a copula the noun cannot be a verb: "Roe's most explosive claim is that C".)
    // (A year or number is such a modifier too, "ISW’s 2021 forecast that C": it cannot be the verb's subject.)
    if (copula < 0 && CUE_FORMS.get(tokens[i]!.lower)?.some((f) => f.role === "s" || f.role === "base") && !/(?:ed|est|ier|-\p{Ll}+)$/u.test(t.lower) && !judged && !/^\d[\d,.]*$/.test(t.text)) break;
    m--;
  }
  let speaker: Range | null = by;
  const prev = tokens[m - 1];
  if (!speaker && prev && m - 1 >= ss) {
    if (SOURCE_POSSESSIVES.has(prev.lower)) speaker = { a: m - 1, b: m };
    // "Trump’s claim", "the group’s allegation" (not "last year’s claim": a time owns no claim).
    else if (/['’]s$/.test(prev.text) && !prev.cap && !TIME_WORDS.has(prev.lower.replace(/['’]s$/, ""))) {
      // (A lower-case possessive is a common noun after its article, "the campaign’s", "the Kremlin-backed group’s".)
      // ("a district official's claim that C": an indefinite article opens such a possessor too.)
      const article = [m - 2, m - 3].find((k) => k >= ss && /^(?:the|this|that|a|an)$/.test(tokens[k]!.lower) && tokens.slice(k + 1, m).every((t) => t.kind === "word"));
      speaker = article !== undefined ? { a: article, b: m } : null;
    }
    else if (/['’]s?$/.test(prev.text) && prev.cap) speaker = possessorPhrase(tokens, m - 1, ss);
    // "cannot verify Russian claims that C": a nationality adjective names the source of the claims.
    else if (prev.cap && NATIONALITY_ENDING.test(prev.lower) && !(tokens[m - 2]?.cap && m - 2 >= ss)) {
      // ("Russian and Ukrainian claims that C": coordinated nationalities both name the sources.)
      const other = tokens[m - 3];
      const coordinated = m - 3 >= ss && /^(?:and|or)$/.test(tokens[m - 2]?.lower ?? "") && other !== undefined && other.cap && NATIONALITY_ENDING.test(other.lower) && !(tokens[m - 4]?.cap && m - 4 >= ss);
      speaker = { a: coordinated ? m - 3 : m - 1, b: m };
    }
    else if (prev.text === "’" || prev.text === "'") speaker = m - 2 >= ss ? phraseEndingAt(tokens, m - 2, ss) : null;
  }
  // "the allegation that C", "amid claims that C": a source-less noun cue still attributes its clause, to nobody named.
  // (Not after "to", where the cue is a verb: "continue to claim that C", "went on to promise that C".)
  if (!speaker && !(prev && m - 1 >= ss && (ARTICLES_FOR_UNSOURCED.has(prev.lower) || (PREPOSITIONS.has(prev.lower) && prev.lower !== "to")))) return null;
  // ("by reporting that C", "continued reporting that C" are the verb: the -ing noun is a cue only when possessed.)
  if (!speaker && /ing$/.test(tokens[i]!.lower)) return null;
  // ("The point is that C", "The concern is that C" are the writer's own framing of C: the copular form needs a
  // possessor.)
  if (copula >= 0 && (!speaker || tokens.slice(m, i).some((t) => HYPOTHETICAL_MODIFIERS.has(t.lower)))) return null;
  // "that" must open a clause, not a relative ("the claim that was rejected", "the claim that aired Sunday").
  const after = tokens[j + 1]!;
  if (after.kind !== "word" || VERBISH.has(after.lower) || (/ed$/.test(after.lower) && !after.cap) || objectGap(tokens, j + 1, se)) return null;
  // "Despite his claim that C, voters ...": in a fronted prepositional phrase the clause ends at its comma.
  let end = contentEndFrom(p, j + 1, se);
  const open = tokens[ss]!;
  if (open.kind === "word" && PREPOSITIONS.has(open.lower) && !tokens.slice(ss, m).some((t) => t.text === ",")) {
    let comma = j + 2;
    while (comma < se && tokens[comma]!.text !== "," && tokens[comma]!.kind !== "quote") comma++;
    if (comma < se && tokens[comma]!.text === ",") end = Math.min(end, tokens[comma - 1]!.end);
  }
  // "The minister's claim that C has drawn criticism": a noun cue heading the subject leaves its clause at the
  // main verb, the second finite auxiliary with no conjunction or subordinator between the two.
  const npStart = speaker && speaker.b <= m ? Math.min(speaker.a, m) : Math.max(ss, m - 1);
  // (After a copula the clause is the complement and runs on: "His view was that C had drawn criticism".)
  // (So does one heading the subject of a reported clause: "X said the minister's view that C was flawed".)
  const before = tokens[npStart - 1];
  const reported = npStart - 1 > ss && before !== undefined && before.kind === "word" && !before.cap && (before.lower === "that" || !!CUE_FORMS.get(before.lower)?.some((f) => f.role === "past" || f.role === "s"));
  if (copula < 0 && (leadingOnly(tokens, ss, npStart) || reported)) {
    let first = -1;
    for (let k = j + 2; k < se && tokens[k]!.end <= end; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word") { if (t.text !== "," || first < 0) continue; first = -2; continue; }
      if (first === -2) continue;
      if (CLAUSE_BREAKERS.has(t.lower) || SUBORDINATORS.has(t.lower) || /^(?:and|or|but|who|which|that|because)$/.test(t.lower)) { if (first >= 0) break; continue; }
      if (!(first < 0 ? clauseVerb(tokens, k) : mainVerb(tokens, k))) continue;
      if (first < 0) { first = k; continue; }
      // (Right after the clause's verb only a lexical one ends it: "prices rose was false", not "has been".)
      // (An adverb of the main verb stays out: "C further confirms that D" ends C before "further".)
      if (!VERBISH.has(tokens[k - 1]!.lower)) {
        // ("that Putin knew he would fail": a pronoun before the verb is the subject of a clause inside C.)
        if (PRONOUN_WORDS.has(tokens[k - 1]!.lower)) continue;
        // ("X's claim that C shows Labour is rattled": a reporting verb with a bare clause before that verb is the
        // main verb.)
        let e = k - 1;
        for (let c = k - 1; c > first + 1; c--) if (!tokens[c]!.cap && CUE_FORMS.get(tokens[c]!.lower)?.some((f) => f.role === "s" || f.role === "past")) { e = c - 1; break; }
        while (e - 1 > first && tokens[e]!.kind === "word" && (CUE_MODIFIERS.has(tokens[e]!.lower) || /^\p{Ll}{3,}ly$/u.test(tokens[e]!.text))) e--;
        end = tokens[e]!.end; break;
      }
    }
  }
  return frame({
    pattern: "nominal", sentence: s, cue: { a: i, b: copula >= 0 ? copula : i + 1 }, lemma: cue.lemma, cueType: cue.type, weight: cue.weight,
    speaker, speakerFrom: null, content: spanOf(p, j + 1, end), outlet: null, addressee: null, boundary: -1,
  });
}

/**
 * The phrase of a capitalised possessor ending at `last` ("the Ukrainian General Staff’s"), without a verb it ran
 * back over: in "The report corroborates ISW’s assessment that C" the possessor is "ISW", not "report corroborates
 * ISW" (a lower-case verb form, VERBISH, a reporting verb or an -s form before the name, is no modifier of it).
 */
function possessorPhrase(tokens: Token[], last: number, ss: number): Range | null {
  const r = phraseEndingAt(tokens, last, ss);
  if (!r) return r;
  for (let k = last - 1; k >= r.a; k--) {
    const t = tokens[k]!;
    // (Also a third-person form right before the name: "footage corroborates ISW’s", "this echoes Roe’s".)
    const verbS = /^\p{Ll}{3,}[^s']s$/u.test(t.text) && tokens[k + 1]!.cap;
    if (t.kind === "word" && !t.cap && (verbS || VERBISH.has(t.lower) || CUE_FORMS.get(t.lower)?.some((f) => f.role !== "ing"))) return { a: k + 1, b: r.b };
  }
  return r;
}

/**
 * Whether the word at `k` can be the finite verb of a noun cue's clause: an auxiliary or a common verb (VERBISH), an
 * irregular past ("prices rose") or an -ed form after a word that is no determiner or preposition ("forces
 * repelled").
 */
function clauseVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!, before = tokens[k - 1]!;
  if (t.cap) return false;
  if (VERBISH.has(t.lower)) return true;
  if ( before.kind !== "word" || DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower)) return false;
  return IRREGULAR_PASTS.has(t.lower) || /^\p{Ll}{2,}ed$/u.test(t.text);
}

/**
 * Whether the word at `k` can be the main verb of a sentence whose subject a noun cue heads, after its clause: an
 * auxiliary or a common verb (VERBISH), or a reporting verb with its own "that" ("X's claim that C suggests that D").
 */
function mainVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // (A capitalised word is a name there: "closed in May".)
  if (t.cap) return false;
  if (VERBISH.has(t.lower)) return true;
  return tokens[k + 1]?.lower === "that" && !!CUE_FORMS.get(t.lower)?.some((f) => f.role === "s" || f.role === "past");
}

/**
 * "Carrier's message: C", "Their argument: C", "Roe's verdict: “C”": a possessed noun cue that is the whole of the
 * sentence before its colon names its possessor's claim, the rest of the sentence. Only at the sentence's start (after
 * connectives): "... to spread their message: C" is a list or an elaboration by the writer.
 */
function colonNounFrame(p: ParagraphView, s: number, i: number, cue: { lemma: string; type: CueType; weight: number }): Frame | null {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  let m = i;
  while (m - 1 >= ss && i - m < 2) {
    const t = tokens[m - 1]!;
    if (t.kind !== "word" || t.cap || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /['’]s?$/.test(t.text) || SOURCE_POSSESSIVES.has(t.lower) || HYPOTHETICAL_MODIFIERS.has(t.lower)) break;
    m--;
  }
  const prev = tokens[m - 1];
  if (!prev || m - 1 < ss) return null;
  let speaker: Range | null = null;
  if (SOURCE_POSSESSIVES.has(prev.lower)) speaker = { a: m - 1, b: m };
  else if (/['’]s$/.test(prev.text) && prev.cap) speaker = phraseEndingAt(tokens, m - 1, ss);
  if (!speaker || !leadingOnly(tokens, ss, speaker.a)) return null;
  const from = i + 2;
  const first = tokens[from]!;
  if (first.kind !== "word" && !(first.kind === "quote" && first.role === "open")) return null;
  const content = spanOf(p, from, contentEndFrom(p, from, se));
  if (content.end <= content.start) return null;
  return frame({
    pattern: "nominal", sentence: s, cue: { a: i, b: i + 1 }, lemma: cue.lemma, cueType: cue.type, weight: cue.weight,
    speaker, speakerFrom: null, content, outlet: null, addressee: null, boundary: -1,
  });
}

/**
 * The index of "that" after a copula at `from` ("is that", "was that", "has been that", "has long been that", "long
 * has been that", "remains that"), or -1.
 */
function copulaThat(tokens: Token[], from: number, se: number): number {
  let k = from;
  if (COPULA_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
  const w = tokens[k]?.lower;
  if (w === "is" || w === "was" || w === "remains" || w === "remained") k++;
  else if (w === "has" || w === "had") {
    k++;
    if (k - from < 2 && COPULA_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.lower !== "been") return -1;
    k++;
  } else return -1;
  return k + 2 < se && tokens[k]!.lower === "that" ? k : -1;
}

/**
 * A relative clause missing its object after "that" ("the claim that his office disputes.", "statements that she
 * made to the FBI"): within a few words a transitive verb (a cue verb or a light verb) stands right before the
 * clause's end, a comma or a preposition.
 */
function objectGap(tokens: Token[], from: number, se: number): boolean {
  for (let k = from + 1; k < se && k - from <= 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    // ("the view that I expressed as ...": a past participle right after a pronoun subject is a verb too.)
    if (t.cap || !(CUE_FORMS.has(t.lower) || GAP_VERBS.has(t.lower) || (/ed$/.test(t.lower) && PRONOUN_WORDS.has(tokens[k - 1]!.lower)))) continue;
    const n = tokens[k + 1];
    return !n || k + 1 >= se || n.kind !== "word" || (PREPOSITIONS.has(n.lower) && n.lower !== "that");
  }
  return false;
}

/** Only connectives ("But", "And", "However ,") stand between the sentence start `ss` and `k`. */
function leadingOnly(tokens: Token[], ss: number, k: number): boolean {
  for (let j = ss; j < k; j++) if (!/^(?:but|and|yet|however|still|,)$/.test(tokens[j]!.lower)) return false;
  return true;
}

/**
 * The source after "according to" / "citing": everything up to the comma,
 * the sentence's end or a relative clause ("according to a count by The
 * Associated Press", "according to the sources who include ..."), at most
 * 30 tokens; a plain noun phrase when that runs longer.
 */
function sourceAfter(tokens: Token[], from: number, se: number): Range | null {
  const first = tokens[from];
  if (!first || first.kind !== "word" || CLAUSE_BREAKERS.has(first.lower)) return phraseStartingAt(tokens, from, se, { maxLower: 8 });
  // "according to Danish, regional, and harbor officials": the commas of a list of modifiers before one head do not
  // end the phrase; the scan goes on after the list's conjunction.
  const listed = modifierListAfter(tokens, /^(?:the|a|an)$/.test(first.lower) ? from + 1 : from, se);
  let b = listed > 0 ? listed : from;
  while (b < se && b - from < 30) {
    const t = tokens[b]!;
    // "according to the “Harbor First” document", "according to a “person familiar”": a short quoted label after the article.
    if (t.kind === "quote" && t.role === "open" && b === from + 1 && /^(?:the|a|an)$/.test(first.lower)) {
      let k = b + 1;
      while (k < se && tokens[k]!.kind === "word" && k - b <= 5) k++;
      if (k > b + 1 && tokens[k]?.kind === "quote" && tokens[k]!.role === "close") { b = k + 1; continue; }
    }
    // "according to a campaign official who was not authorized to speak publicly": a relative clause on a
    // person that closes the sentence (or the phrase, at a comma) is part of the source's description.
    if (t.lower === "who" && b > from) {
      const k = sourceRelativeEnd(tokens, b + 1, se, from + 30);
      if (k > b + 1) { b = k; break; }
    }
    if (t.text === "," || t.kind === "quote" || t.kind === "marker" || /^[.;:!?]$/.test(t.text) || /^(?:who|which|that|whose)$/.test(t.lower)) break;
    // "according to an official speaking to Reuters", "according to an analyst citing satellite imagery": the
    // participle's phrase names the medium or the evidence, not the source.
    if (b > from && SOURCE_PARTICIPLES.has(t.lower) && tokens[b - 1]!.kind === "word") break;
    b++;
  }
  while (b > from && tokens[b - 1]!.kind !== "word" && tokens[b - 1]!.text !== ")") b--;
  if (b > from && b < se && b - from >= 30) return phraseStartingAt(tokens, from, se, { maxLower: 8 });
  return b > from ? { a: from, b } : phraseStartingAt(tokens, from, se, { maxLower: 8 });
}

/**
 * The end of a relative clause starting at `from` that runs in plain words to a comma or to the sentence's
 * last token (its closing punctuation), before `cap`; `from` when it does not (a quotation, a citation marker,
 * a semicolon, a participle such as "speaking" that names a medium, or more words than the cap).
 */
function sourceRelativeEnd(tokens: Token[], from: number, se: number, cap: number): number {
  let k = from;
  while (k < se && k < cap) {
    const t = tokens[k]!;
    if (t.text === ",") return k;
    if (t.kind === "quote" || t.kind === "marker" || SOURCE_PARTICIPLES.has(t.lower)) return from;
    if (/^[.!?]$/.test(t.text)) return k === se - 1 || tokens.slice(k + 1, se).every((x) => x.kind !== "word") ? k : from;
    if (/^[;:]$/.test(t.text)) return from;
    k++;
  }
  return k === se && k < cap ? k : from;
}

/** How many values (or `.start`s) in the sorted list are below `x`. */
function countBelow(_: unknown, x: number, sorted: readonly (number | { start: number })[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if ((typeof v === "number" ? v : v.start) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const QUOTE_INDEX = new WeakMap<Quote[], { byOpen: Map<number, Quote>; byClose: Map<number, Quote> }>();

function quoteIndex(p: ParagraphView): { byOpen: Map<number, Quote>; byClose: Map<number, Quote> } {
  let idx = QUOTE_INDEX.get(p.quotes);
  if (!idx) {
    idx = { byOpen: new Map(), byClose: new Map() };
    for (const q of p.quotes) { idx.byOpen.set(q.open, q); if (q.close >= 0) idx.byClose.set(q.close, q); }
    QUOTE_INDEX.set(p.quotes, idx);
  }
  return idx;
}

/** The quotation whose closing mark is token `k`. */
function quoteClosedAt(p: ParagraphView, k: number): Quote | undefined {
  return quoteIndex(p).byClose.get(k);
}

/** The quotation whose opening mark is token `k`. */
function quoteOpenedAt(p: ParagraphView, k: number): Quote | undefined {
  return quoteIndex(p).byOpen.get(k);
}

/** Nouns that follow "according to" without naming a source: a rule, plan or criterion things are done or ordered by. */
const NOT_SOURCES = new Set([
  "plan", "plans", "schedule", "law", "laws", "rules", "rule", "tradition", "custom", "protocol", "script", "design", "instructions", "procedure", "form", "reason", "need", "size", "age", "type",
  // ("sorted according to their birth dates", "according to his wishes", "according to the laws of physics", "according to a strict code")
  "date", "dates", "intention", "intentions", "wish", "wishes", "code", "codes", "principle", "principles", "criteria", "criterion", "guidelines", "regulations", "standards", "value", "values", "physics", "formula", "order",
]);


/**
 * A phrase after "according to" names a source: a name, a pronoun, a number, or a noun other than a rule or plan.
 * Its head is the word before its first postmodifier ("the laws of physics", "their birth dates on the list",
 * "rules devised by ..."); a name or number inside the postmodifier does not make a rule a source ("the rules of
 * FIFA", "their value in 1991"), one before the head does ("State law"). One scan of the phrase.
 */
function isSourcePhrase(tokens: Token[], r: Range): boolean {
  const words = tokens.slice(r.a, r.b).filter((t) => t.kind === "word");
  let h = words.length - 1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.cap) continue;
    if (w.lower === "of" || PREPOSITIONS.has(w.lower) || /^(?:who|that|which)$/.test(w.lower) || (/^\p{Ll}{3,}ed$/u.test(w.lower) && PREPOSITIONS.has(words[k + 1]?.lower ?? ""))) { h = k - 1; break; }
  }
  const head = words[h];
  if (head === undefined) return false;
  const pre = words.slice(0, h + 1);
  if (pre.some((t) => t.cap || (PRONOUN_WORDS.has(t.lower) && !(POSSESSIVE_DETERMINERS.has(t.lower) && t !== head)) || /^\d/.test(t.text))) return true;
  if (NOT_SOURCES.has(head.lower)) return false;
  // (A name or number in the postmodifier of any other noun: "a report by Gartner", "figures for 2004".)
  return true;
}

/**
 * The subject's first noun phrase ends in an evidence noun: the word before its first postmodifier ("of", a
 * preposition, a relative pronoun or a participle: "Surveys of voters taken as ...", "A national poll released
 * Sunday by ...", "The little polling that was done ..."). Bounded by the phrase's length.
 */
function evidenceSubject(tokens: Token[], r: Range): boolean {
  for (let k = r.a; k < r.b - 1; k++) {
    const t = tokens[k]!, n = tokens[k + 1]!;
    if (t.kind !== "word") return false;
    if (n.kind === "word" && (n.lower === "of" || PREPOSITIONS.has(n.lower) || /^(?:that|which|who)$/.test(n.lower) || (/^\p{Ll}{3,}ed$/u.test(n.text) && k > r.a))) return EVIDENCE_NOUNS.has(t.lower);
  }
  return false;
}

/**
 * The word at `e` ends the prepositional phrase of a participle that postmodifies an evidence noun ("footage posted
 * to social media", "videos shared by local news"): an evidence noun and a past participle stand at most 8 plain
 * words back, with a preposition between the participle and `e`. Bounded lookback.
 */
function evidenceParticipleBefore(tokens: Token[], ss: number, e: number): boolean {
  let preposition = false;
  for (let k = e - 1; k > ss && e - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (PREPOSITIONS.has(t.lower)) preposition = true;
    else if (preposition && /^\p{Ll}{3,}(?:ed|en)$/u.test(t.text)) return EVIDENCE_NOUNS.has(tokens[k - 1]!.lower);
  }
  return false;
}

/**
 * Token `k` opens a bracketed acronym ("(FIRMS)") followed, to the phrase's end, by at most three plain words and no
 * postmodifier: "... System (FIRMS) remotely sensed data", "... (MoD) footage". Not "(LNR) to Russia".
 */
function acronymInsideName(tokens: Token[], k: number, r: Range): boolean {
  if (tokens[k + 2]?.text !== ")" || k + 3 >= r.b || r.b - (k + 3) > 3) return false;
  for (let j = k + 3; j < r.b; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word" || PREPOSITIONS.has(t.lower) || /^(?:of|who|that|which)$/.test(t.lower)) return false;
  }
  return true;
}

/**
 * Token `k` is "for" or "on" between two capitalised words inside the phrase, not at its start: a word of a
 * multi-word name ("Fire Information for Resource Management System", "Council on Foreign Relations"), no postmodifier.
 */
function nameInnerPreposition(tokens: Token[], k: number, r: Range): boolean {
  return (tokens[k]!.lower === "for" || tokens[k]!.lower === "on") && k - 1 > r.a && k + 1 < r.b && tokens[k - 1]!.cap && tokens[k + 1]!.cap && tokens[k - 1]!.kind === "word";
}

/**
 * The head word of a speaker phrase: the word before its first postmodifier
 * ("Aides to Clinton" → "Aides", "exit polls taken in ..." → "polls"),
 * else its last word.
 */
export function headOf(tokens: Token[], r: Range): number {
  // (An "-ing" cue form before a preposition is a participle too after a source noun, "a journalist reporting from Beirut",
  // but a gerund after an adjective, "the contradictory reporting on X"; a capitalised "-ing" word inside the phrase is
  // a word of a name, "the Agency for Fire Monitoring (AFM)".)
  for (let k = r.a + 1; k < r.b; k++) {
    const t = tokens[k]!;
    // ("NASA’s Fire Information System (FIRMS) remotely sensed data": a bracketed acronym the phrase goes on after is
    // inside a name that modifies the head.)
    if (t.kind === "punct" && t.text === "(") { if (!acronymInsideName(tokens, k, r)) return k - 1; k += 2; continue; }
    if (t.kind !== "word") continue;
    if ((PREPOSITIONS.has(t.lower) && t.lower !== "of" && !nameInnerPreposition(tokens, k, r)) || /^(?:close|closest|familiar|loyal|near|who|that)$/.test(t.lower) || (/ed$|^(?:taken|given|held|run|led|known|seen|done|made)$/.test(t.lower) && !t.cap && k > r.a && PREPOSITIONS.has(tokens[k + 1]?.lower ?? "")) || (/^\p{Ll}{3,}ing$/u.test(t.lower) && !t.cap && k > r.a && k + 1 < r.b && (!CUE_FORMS.has(t.lower) || (PREPOSITIONS.has(tokens[k + 1]!.lower) && !tokens[k - 1]!.cap && isSourceHead(tokens[k - 1]!))) && !EVIDENCE_NOUNS.has(t.lower) && tokens[k - 1]!.kind === "word" && !DETERMINERS.has(tokens[k - 1]!.lower) && !isCommonNounHead(tokens[k + 1] ?? t))) {
      return k - 1;
    }
  }
  return r.b - 1;
}

/**
 * Where a content that starts at token `from` after its cue ends short of its
 * sentence's end (a token index, or the sentence's end): when the cue sits in
 * a subordinate clause that opens the sentence ("Though X conceded C, Y won"),
 * at the comma that closes that clause. Commas inside quotations do not count;
 * one linear scan.
 */
function clauseEnd(p: ParagraphView, s: number, from: number, cueAt: number): number {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  const first = tokens[from];
  if (!first || from >= se || (first.kind === "quote" && first.role === "open")) return se;
  const base = first.depth;
  let k0 = ss;
  if (/^(?:but|and|so|yet)$/.test(tokens[k0]!.lower)) k0++;
  // ("Years after X claimed C, Y won", "Shortly before X said C, ...": a measure of time before the conjunction.)
  if (tokens[k0]?.kind === "word" && (SUBORDINATOR_MODIFIERS.has(tokens[k0]!.lower) || /^(?:years|months|minutes|decades)$/.test(tokens[k0]!.lower)) && /^(?:after|before|since|when|as)$/.test(tokens[k0 + 1]?.lower ?? "")) k0++;
  const opener = tokens[k0]?.lower ?? "";
  let sub = SUBORDINATORS.has(opener) || (opener === "even" && /^(?:though|as|if)$/.test(tokens[k0 + 1]?.lower ?? ""));
  if (sub) for (let k = k0; k < cueAt; k++) if (tokens[k]!.text === ",") { sub = false; break; }
  if (!sub) return se;
  for (let k = from + 1; k < se; k++) {
    const t = tokens[k]!;
    if (t.depth !== base || t.kind === "quote") continue;
    if (t.text !== "," || groupedNumberAt(tokens, k - 1)) continue; // (not the comma inside "6,000")
    if (sub) return k;
  }
  return se;
}

/**
 * "blasted Rubio and defended Cruz", "claimed self-defense and was acquitted",
 * "mocked his rivals, talked over them": after a cue whose content is its noun
 * phrase object, a verb phrase coordinated with the cue (the cue's own
 * inflection, or an auxiliary, right after "and"/"but"/a comma) is the
 * speaker's next act, not content. Returns where the content ends (a token
 * index), or `se`.
 */
function objectEnd(tokens: Token[], from: number, se: number, cue: Token): number {
  const suffix = /ed$/.test(cue.lower) ? "ed" : /ing$/.test(cue.lower) ? "ing" : "";
  for (let k = from + 1; k < se && k - from < 40; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" || t.depth !== tokens[from]!.depth) continue;
    const joiner = t.lower === "and" || t.lower === "but" ? k : -1;
    const comma = t.text === "," ? k : -1;
    if (joiner < 0 && comma < 0) continue;
    const v = tokens[k + 1];
    if (!v || k + 1 >= se || v.kind !== "word" || v.cap) continue;
    if (joiner >= 0 && (COORDINATED_AUX.has(v.lower) || (suffix && v.lower.endsWith(suffix) && v.lower.length > suffix.length + 2))) return tokens[k - 1]?.text === "," ? k - 1 : k;
    // A comma list of verb phrases: ", called her ... and boycotted ...".
    if (comma >= 0 && suffix === "ed" && v.lower.endsWith("ed") && tokens[k + 2]?.kind === "word" && !PREPOSITIONS.has(tokens[k + 2]!.lower) && tokens[k + 2]!.lower !== "by") return k;
    // (", said she ...", ", told reporters ...": an irregular past of a cue verb after the object, with no
    // preposition or agent after it (", made in a new book", ", said to be ..." modify the object), is the
    // speaker's next report.)
    if (comma >= 0 && suffix === "ed" && !v.lower.endsWith("ed") && CUE_FORMS.get(v.lower)?.some((f) => f.role === "past") && tokens[k + 2]?.kind === "word" && !PREPOSITIONS.has(tokens[k + 2]!.lower) && !/^(?:by|to)$/.test(tokens[k + 2]!.lower)) return k;
  }
  return se;
}

/**
 * "sees Trump as a threat": an object of one to eight words (no punctuation, no clause word) then "as"
 * and a word, right after the cue at `at`. With `giving`, a "to" or "with" before the "as" names a recipient: none.
 */
function asComplement(tokens: Token[], at: number, se: number, giving = false): boolean {
  const first = tokens[at];
  if (!first || first.kind !== "word" || first.lower === "as" || first.lower === "that" || PREPOSITIONS.has(first.lower) || isTimeWord(first)) return false;
  for (let k = at + 1; k < se && k - at <= 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    // ("cast his ballot as polls opened", "painted the fence as the sun set": "as" with a subject and its verb is a
    // clause of time, no complement.)
    // ("titles such as Halo", "such stalwarts as Joe Cocker": "such ... as" lists examples.)
    if (t.lower === "such") return false;
    // (A verb of giving with its recipient gives: "presented the prize to the winner as ...", "presented her with ...".)
    if (giving && (t.lower === "to" || t.lower === "with")) return false;
    // ("framed their remarks by portraying Trump as a tycoon": an "-ing" verb after a preposition opens its own phrase,
    // whose object the "as" complement is.)
    if (PREPOSITIONS.has(t.lower) && k + 1 < se && /\p{Ll}{2}ing$/u.test(tokens[k + 1]!.lower) && tokens[k + 2]?.lower !== "as") return false;
    // (A quoted complement too: "referred to the wall as “the wall of shame”".)
    if (t.lower === "as") return k + 1 < se && (tokens[k + 1]!.kind === "word" || (tokens[k + 1]!.kind === "quote" && tokens[k + 1]!.role === "open")) && !AS_NO_COMPLEMENT.has(tokens[k + 1]!.lower) && !asClauseAt(tokens, k, se) && !bareSubjectClauseAt(tokens, k + 1, se);
    if (CLAUSE_BREAKERS.has(t.lower) || SUBORDINATORS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "as polls opened", "as questions nag the campaign": a bare plural noun at `at` and a lower-case word after it (no "-ing")
 * that is no preposition, conjunction or relative: the plural's verb, so "as" opens a clause. One-token look-ahead.
 */
function bareSubjectClauseAt(tokens: Token[], at: number, se: number): boolean {
  const n = tokens[at]!;
  const v = tokens[at + 1];
  if (n.cap || !/\p{Ll}{2,}s$/u.test(n.lower) || /(?:ss|us|is)$/.test(n.lower) || DETERMINERS.has(n.lower)) return false;
  if (!v || at + 1 >= se || v.kind !== "word" || v.cap) return false;
  // (An "-ing" word after the plural modifies it: "as voices pushing for reform".)
  return !(PREPOSITIONS.has(v.lower) || CLAUSE_BREAKERS.has(v.lower) || /^(?:and|or|but|who|which|that|of|with|than)$/.test(v.lower) || /\p{Ll}ing$/u.test(v.lower));
}

/**
 * "(which the ministry referred to as Komsomolske)", "was referred to as John Smith": after a gap or in a passive, an
 * "as" complement of capitalised words alone, up to punctuation or the sentence end, names its object and judges
 * nothing. (With the object said, "referred to King as Martin Luther Coon", the name is a label the speaker chose, as
 * is a quoted one, "referred to him as “the boss”".) Reads at most eight tokens.
 */
function nameOnlyAt(tokens: Token[], at: number, se: number): boolean {
  let k = at;
  while (k < se && k - at < 8 && tokens[k]!.kind === "word" && tokens[k]!.cap) k++;
  return k > at && (k >= se || tokens[k]!.kind !== "word");
}

/** Weight of a speech verb's to-infinitive ("vowed to fight"): a stance, less often annotated than the verb's claims. */
const STANCE_INFINITIVE_WEIGHT = 0.6;

/**
 * A stance without its infinitive has a content here: a word that can open the noun phrase its verb
 * takes (not "supported by", "backed away", "opposed to").
 */
function stanceContentAt(tokens: Token[], start: ContentStart, form: CueForm, se: number): boolean {
  const first = tokens[start.index];
  if (!first || start.index >= se || start.colon || first.kind !== "word" || !form.verb.np) return false;
  return !(PREPOSITIONS.has(first.lower) || isTimeWord(first) || CUE_MODIFIERS.has(first.lower) || /^(?:that|to|up|off|down|away|out|it's)$/.test(first.lower) || /ly$/.test(first.lower));
}

/**
 * A subject head that can hold a position: a name, a person or group noun, a plural agent noun ("dockers",
 * "activists", "donors"), a pronoun or a relative ("who"); not "these strikes", "the facilities".
 */
function isAgent(head: Token): boolean {
  const w = head.lower;
  return head.cap || isSourceHead(head) || HUMAN_HEADS.has(w) || PERSON_TITLES.has(w) || ORGANIZATION_WORDS.has(w) || GOVERNMENT_WORDS.has(w)
    || /^\p{Ll}{3,}(?:ers|ists|ians|ans|ors)$/u.test(w) || /^(?:who|whom|which|that)$/.test(w)
    // ("All of the candidates oppose X", "six in 10 men supported Y", "all of whom opposed Z", "About three-quarters
    // support W": people counted or quantified, as polls and roll calls report positions.)
    || PEOPLE_NOUNS.has(w) || QUANTIFIER_SPEAKERS.has(w) || POLL_SHARES.test(w)
    || (/s$/.test(w) && (HUMAN_HEADS.has(w.slice(0, -1)) || PERSON_TITLES.has(w.slice(0, -1))));
}

/**
 * "Milley's statement supports ISW's assessment that C", "The staff reported C, supporting earlier reports that D",
 * "no evidence supporting his claim": "support" whose object is a claim or an assessment (EPISTEMIC_OBJECTS) says
 * that one piece of evidence bears out a proposition; that is the writer's inference, not a stance the subject
 * takes. It holds for a participle set off after a clause (its subject did not do the corroborating) and for a
 * subject that is no person ("the reports", "which"); a person who supports an idea or an account
 * ("Mitchell supported the idea", "Roe supports the report") still takes a stance.
 */
function corroboration(p: ParagraphView, f: Frame): boolean {
  if (f.lemma !== "support") return false;
  const t = p.tokens;
  // The object phrase: from the cue up to its clause ("that"), a comma or a preposition (the content may start
  // inside the object's clause: "supporting earlier assessments that C").
  let epistemic = false;
  for (let k = f.cue.b, n = 0; k < t.length && n < 8 && t[k]!.sentence === t[f.cue.a]!.sentence; k++, n++) {
    const w = t[k]!;
    // ("supports that assessment": a "that" right before the noun is its determiner.)
    if (w.lower === "that" && n === 0 && EPISTEMIC_OBJECTS.has(t[k + 1]?.lower ?? "")) continue;
    if (w.kind !== "word" || w.lower === "that" || (PREPOSITIONS.has(w.lower) && w.lower !== "of")) break;
    if (EPISTEMIC_OBJECTS.has(w.lower)) { epistemic = true; break; }
  }
  if (!epistemic) return false;
  const before = t[f.cue.a - 1];
  const setOff = /ing$/.test(t[f.cue.a]!.lower) && !!before && (before.text === "," || isDash(before) || (before.kind === "word" && !/^(?:is|are|was|were|be|been|am)$/.test(before.lower)));
  if (setOff) return true;
  if (!f.speaker) return false;
  const h = t[headOf(t, f.speaker)]!;
  return !(personHead(h) || h.cap || /^(?:he|she|they|we|i|you)$/.test(h.lower));
}

/**
 * A subject head that names people: a relative "who" (which refers to people only, whatever its antecedent: "those who
 * fear", "a gunman who expressed"), a person or group noun, or a plural agent noun ("donors", "economists",
 * "advocates"). Weak cues take such a subject as a source ("rival candidates have long criticized X").
 */
function personHead(head: Token): boolean {
  const w = head.lower;
  const one = w.endsWith("s") ? w.slice(0, -1) : "";
  return w === "who" || HUMAN_HEADS.has(w) || PERSON_TITLES.has(w) || PEOPLE_NOUNS.has(w) || (one !== "" && (HUMAN_HEADS.has(one) || PERSON_TITLES.has(one)))
    || /^\p{Ll}{3,}(?:ers|ists|ians|ans|ors)$/u.test(w)
    // An age noun names a person: "the 43-year-old asked", "two 20-year-olds".
    || /^(?:\d+|\p{Ll}+)-(?:year|month)-olds?$/u.test(w);
}

/** Stance lemmas whose base and -s forms are mostly nouns or adverbs ("came back", "his back"). */
const STANCE_VERB_ONLY = new Set(["back"]);
/** Words after a stance's object that open an adjunct of the act, not part of what is supported or opposed. */
const STANCE_OBJECT_STOPS = new Set(["during", "at", "after", "before", "while", "when", "since", "because", "as", "on", "in", "who", "which", "but", "despite", "amid", "though", "although", "even", "over", "by", "with", "if", "than", "so", "until", "through"]);

/** Where a content that starts at token `from` ends (UTF-16): the stance object's edge when `objectOnly`, else its clause end. */
function objectContentEnd(p: ParagraphView, from: number, se: number, objectOnly: boolean): number {
  return objectOnly ? p.tokens[stanceObjectEnd(p.tokens, from, se) - 1]!.end : contentEndFrom(p, from, se);
}

/**
 * Whether `prev`, right before a base or -s verb form, can end its subject: a capitalised word (a name), a
 * pronoun or relative pronoun, a source noun ("the union calls for") or a plural noun; not an adjective, a verb or a closing quotation ("a recent call
 * for", "reiterated calls for", "the “grassroots” call for").
 */
function subjectLikeBefore(prev: Token): boolean {
  if (prev.kind !== "word") return false;
  if (prev.cap || PRONOUN_WORDS.has(prev.lower) || /^(?:who|that|which)$/.test(prev.lower) || IRREGULAR_PLURALS.has(prev.lower) || isSourceHead(prev)) return true;
  return isPluralNounForm(prev.lower);
}

/**
 * "as" at `k` opens a predicative phrase ("as a threat", "as within the bounds", "as perhaps the most liberal"),
 * not a clause ("as he left", "as the ferry left the quay", "as Roe spoke") or a comparison ("as well as", "as
 * much as"): the next word is "a"/"an" or a lower-case word that could open no subject (no determiner or
 * pronoun), and no finite verb or comma follows within eight words. Reads at most nine tokens.
 */
function predicativeAs(tokens: Token[], k: number, to: number): boolean {
  const n = tokens[k + 1];
  if (!n || k + 1 >= to || n.kind !== "word" || n.cap) return false;
  if (!/^(?:a|an)$/.test(n.lower) && (DETERMINERS.has(n.lower) || PRONOUN_WORDS.has(n.lower) || AS_NON_PREDICATIVE.has(n.lower))) return false;
  for (let v = k + 1; v < to && v - k <= 8; v++) {
    const t = tokens[v]!;
    if (t.text === ",") return false;
    if (t.kind !== "word") break;
    if (finiteVerbAt(tokens, v) || (FINITE_MARKERS.has(t.lower) && !t.cap)) return false;
  }
  return true;
}

/** Prepositions that open a postmodifier of a stance cue's object as often as an adjunct of the act. */
const OBJECT_POSTMODIFIERS = new Set(["in", "on", "with", "over"]);

/**
 * The preposition at `k` inside a stance cue's object opens a postmodifier ("role in the region", "a ban on
 * assault weapons"), not an adjunct of time or occasion ("in 2008", "on Tuesday", "in a statement", "at the rally"):
 * the next word is lower case and opens no clause ("on why ..."), and no time word, number or venue noun
 * (SPEECH_VENUES) comes within the next four words. Reads at most five tokens.
 */
function objectPostmodifierAt(tokens: Token[], k: number, to: number): boolean {
  const n = tokens[k + 1];
  if (!n || k + 1 >= to || n.kind !== "word" || n.cap) return false;
  // ("research on why the army failed": a clause after the preposition would be cut at its verb; the object ends before it.)
  if (/^(?:why|how|what|whether|where|when|who|which)$/.test(n.lower)) return false;
  for (let v = k + 1; v < to && v - k <= 4; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word") break;
    if (isTimeWord(t) || /^\d/.test(t.text) || SPEECH_VENUES.has(t.lower)) return false;
  }
  return true;
}

/**
 * Where the noun-phrase object of a stance cue ends ("endorsed Trump last week and has appeared ...",
 * "opposed the deal, saying ..."): at a comma (not one inside a list of objects), dash or bracket, a time word, a
 * preposition or conjunction that opens an adjunct (not "by" after a participle), or "and" before a verb. At most
 * 30 tokens.
 */
function stanceObjectEnd(tokens: Token[], from: number, to: number): number {
  const depth = tokens[from]!.depth;
  let listed = false;
  for (let k = from + 1; k < to && k - from < 30; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth || t.kind === "quote") continue;
    // ("favors workers, veterans and college students": a comma inside a list of objects does not end it.)
    // (A serial comma before "and" only after such a list comma: "Roe, Duke, and Hale", not "the plan, and Roe left".)
    if (t.text === "," && objectListAfter(tokens, k, to, listed)) { listed = true; continue; }
    if (t.kind === "marker" || (t.kind === "punct" && /^[,;:()[\]—–-]$/.test(t.text))) return k;
    // ("endorsed the compromise led by two senators", "a plan backed by the unions": "by" after a participle names
    // the agent of a postmodifier of the object, not the means of the act.)
    if (t.lower === "by" && k - 1 > from && (pastFormAt(tokens[k - 1]) || /^\p{Ll}{2,}(?:ed|en)$/u.test(tokens[k - 1]!.lower))) continue;
    // ("rejected the notion that the pier was unsafe", "backed the bill that passed": the clause belongs to the object.)
    if (t.kind === "word" && t.lower === "that") return to;
    // ("Residents who backed the tunnel plan were outvoted": a finite verb is the main clause's.)
    // ("defended the comments as within the bounds of debate", "embraced his reputation as the most liberal
    // candidate": "as" before a phrase, no clause, says what the object is taken to be; it stays.)
    if (t.kind === "word" && t.lower === "as" && predicativeAs(tokens, k, to)) continue;
    // ("supports a larger military role in the region", "opposes abortion in all cases", "backed a ban on assault
    // weapons", "favors a deal with the unions": a prepositional phrase that names no time or occasion of the act
    // postmodifies the object and stays.)
    // (Not after a pronoun, which takes no postmodifier: "opposed it on those grounds", "favored her in other states";
    // nor after a particle, which is no object at all: "applauding along with the crowd".)
    if (t.kind === "word" && OBJECT_POSTMODIFIERS.has(t.lower) && !(k === from + 1 && (PRONOUN_WORDS.has(tokens[from]!.lower) || EMPTY_CONTENT_WORDS.has(tokens[from]!.lower))) && objectPostmodifierAt(tokens, k, to)) continue;
    // ("supports a reduction in the limit from 24 weeks": a number after a kept preposition takes the preposition
    // with it; the content does not end on "from".)
    if (t.kind === "word" && isTimeWord(t) && k - 1 > from && PREPOSITIONS.has(tokens[k - 1]!.lower)) return k - 1;
    // (A capitalised stop word is inside a name: "the Children With Leukaemia charity".)
    if (t.kind === "word" && (isTimeWord(t) || (STANCE_OBJECT_STOPS.has(t.lower) && !t.cap) || (FINITE_MARKERS.has(t.lower) && !t.cap))) return k;
    if (t.kind === "word" && t.lower === "and") {
      // "and has appeared ...", "and Iran supplies Russia": a verb phrase or a new clause, not a coordinated object.
      let v = k + 1;
      while (v < to && v - k < 5 && tokens[v]!.cap) v++;
      const w = tokens[v];
      // ("Medicare and Social Security cuts for years": a plural noun, followed by no object.)
      const after = tokens[v + 1];
      const objectNext = after !== undefined && after.kind === "word" && (after.cap || DETERMINERS.has(after.lower) || PRONOUN_WORDS.has(after.lower));
      if (w && v < to && w.kind === "word" && !w.cap && (VERBISH.has(w.lower) || CUE_FORMS.has(w.lower) || (v === k + 1 && /^\p{Ll}{3,}ed$/u.test(w.lower)) || (objectNext && /^\p{Ll}{3,}(?:ed|s)$/u.test(w.lower)))) return k;
    }
  }
  return to;
}

/** How many tokens past a comma a list of objects may run before its "and" or "or". */
const OBJECT_LIST_SPAN = 10;

/**
 * "favors workers, veterans and college students", "backed Roe, Duke and Hale": the comma at `c` is followed by
 * further conjuncts, words that are no verb, cue or clause word (more commas allowed), up to "and" or "or" and a
 * conjunct after it that is no verb, all within OBJECT_LIST_SPAN tokens; when `serial` (an earlier comma of the
 * list), "and" may follow the comma at once. Reads at most that many tokens.
 */
function objectListAfter(tokens: Token[], c: number, to: number, serial: boolean): boolean {
  for (let k = c + 1; k + 1 < to && k - c <= OBJECT_LIST_SPAN; k++) {
    const t = tokens[k]!;
    if (t.text === ",") continue;
    if (t.kind !== "word") return false;
    if (/^(?:and|or)$/.test(t.lower)) {
      const n = tokens[k + 1]!;
      return (k > c + 1 || serial) && n.kind === "word" && !listBreakAt(tokens, k + 1);
    }
    if (listBreakAt(tokens, k)) return false;
  }
  return false;
}

/** Whether the word at `k` cannot be part of a noun-phrase conjunct: a verb form, cue, clause word or -ing form. */
function listBreakAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap) return false;
  return finiteVerbAt(tokens, k) || pastFormAt(t) || CUE_FORMS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || FINITE_MARKERS.has(t.lower) || /^(?:who|which|that|whose|whom|to|also|then|but)$|ing$/.test(t.lower);
}

/**
 * Where a content that starts at token `from` ends: the sentence's end, or,
 * when a quotation opens the content, that quotation's close even over
 * sentence ends (X replied, “A. B.”); so too when one opens inside it and
 * runs on (X said the plan “failed. B.”). Measured on PolNeAR: train TP +4
 * FP −7, dev TP +1; seeds unchanged.
 */
function contentEndFrom(p: ParagraphView, from: number, se: number): number {
  const t = p.tokens[from];
  const opening = t?.kind === "quote" && t.role === "open" ? quoteOpenedAt(p, from) : undefined;
  if (opening && opening.close > se - 1) return opening.end;
  if (opening && opening.close < 0 && reopenedToEnd(p, from)) return opening.end;
  const runOn = runOnQuote(p, from, se);
  if (runOn) return runOn.end;
  const cut = reportingPlaceClause(p.tokens, from, se);
  return cut > from ? p.tokens[cut - 1]!.end : p.tokens[se - 1]!.end;
}

/**
 * 'He said: "S1. S2. "S3.' at a paragraph's end (paragraph breaks lost, each reopening the passage): whether the
 * quotation left open at token `from` runs on to the paragraph's end. Only over a short stretch, with no closing
 * mark after it, and when a reopening mark starts the paragraph's last sentence; otherwise a mark left open may be a
 * stray one ('"S1. "S2. Narrative.': the narrative is the writer's). Reads at most REOPEN_SCAN tokens.
 */
function reopenedToEnd(p: ParagraphView, from: number): boolean {
  const tokens = p.tokens;
  const lastSentence = tokens[tokens.length - 1]!.sentence;
  if (lastSentence - tokens[from]!.sentence > 2 || tokens.length - from > REOPEN_SCAN) return false;
  let lastOpen = -1;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "quote") continue;
    // (A reopening mark has no role: pairQuotes folds it into the open quotation.)
    if (t.role === "close") return false;
    lastOpen = k;
  }
  return lastOpen > 0 && tokens[lastOpen]!.sentence === lastSentence && tokens[lastOpen - 1]!.sentence !== lastSentence;
}

/** How many tokens reopenedToEnd reads after the opening mark (three sentences of a quotation). */
const REOPEN_SCAN = 240;

/** Per paragraph (keyed by its quotation list), the quotations that close in a later sentence, by the sentence they open in. */
const RUN_ON_QUOTES = new WeakMap<Quote[], Map<number, Quote[]>>();

/**
 * Added that he was the only one “fighting for the valley. I will tell you this, it deserves better.”: a
 * quotation that opens inside an unquoted content and closes in a later sentence carries the content with it;
 * its sentence stops are the speaker's, and the reported words end at its close. Returns the outermost such
 * quotation opening in [from, se), or undefined. (Each quotation is filed once, under the sentence it opens in:
 * the look-up reads only the few quotations that cross a sentence end.)
 */
function runOnQuote(p: ParagraphView, from: number, se: number): Quote | undefined {
  let bySentence = RUN_ON_QUOTES.get(p.quotes);
  if (!bySentence) {
    bySentence = new Map();
    for (const q of p.quotes) {
      // (A mark left open may be a stray one: only a quotation that closes inside the paragraph runs on.)
      if (q.close < 0) continue;
      const s = p.tokens[q.open]!.sentence;
      if (p.tokens[q.close]!.sentence === s) continue;
      const list = bySentence.get(s);
      if (list) list.push(q); else bySentence.set(s, [q]);
    }
    RUN_ON_QUOTES.set(p.quotes, bySentence);
  }
  const first = p.tokens[from];
  if (!first) return undefined;
  let best: Quote | undefined;
  for (const q of bySentence.get(first.sentence) ?? []) {
    if (q.open < from || q.open >= se || q.close < se) continue;
    if (!best || q.open < best.open) best = q;
  }
  return best;
}

/** How far a content is searched for a place clause that starts another report (constant work per frame). */
const PLACE_CLAUSE_SPAN = 60;

/**
 * "saying there is no room in the south, where Israel has told them to go":
 * a place clause whose own subject reports something is the writer's
 * aside, not more of the content. Returns the clause's comma, or -1.
 */
function reportingPlaceClause(tokens: Token[], from: number, se: number): number {
  const depth = tokens[from]?.depth;
  const to = Math.min(se - 3, from + PLACE_CLAUSE_SPAN);
  for (let c = from + 1; c < to; c++) {
    if (tokens[c]!.text !== "," || tokens[c]!.depth !== depth || tokens[c + 1]!.lower !== "where") continue;
    // A short subject, auxiliaries, then a cue verb: "where officials have said", "where Israel told".
    let w = c + 2;
    while (w < se && w - c < 8 && tokens[w]!.kind === "word" && !CUE_FORMS.has(tokens[w]!.lower)) w++;
    if (w > c + 2 && w < se && CUE_FORMS.get(tokens[w]!.lower)?.some((f) => f.role === "past" || f.role === "base")) return c;
  }
  return -1;
}

/** How far a noun-phrase content is searched for an adjunct of the act (constant work per frame). */
const OBJECT_TAIL_SPAN = 40;
/** Words that open an adjunct of the act of saying after a noun-phrase content ("praised the plan during a rally"). */
const OBJECT_TAIL_STOPS = new Set(["during", "after", "before", "while", "despite", "amid", "though", "although", "until"]);

/**
 * Where the noun-phrase object of a speech cue ends ("announced the partnership after cutting ties with X",
 * "criticized the deal during a rally", "announced the merger, which ..."): before a subordinate adjunct
 * ("even as", "while", "after", ...) or a non-restrictive relative clause, which tell when or how the act
 * took place or describe the object, not what was said. A content that opens with a pronoun is a clause
 * ("announced she will resign after the vote"), whose adjuncts may be its own. Returns the token where the
 * content ends, or `to`.
 */
function objectTailEnd(tokens: Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first || first.kind !== "word" || PRONOUN_WORDS.has(first.lower)) return to;
  const depth = first.depth;
  for (let k = from + 1; k + 1 < to && k - from < OBJECT_TAIL_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth || t.kind === "quote") continue;
    const n = tokens[k + 1]!;
    if (t.kind === "word" && (OBJECT_TAIL_STOPS.has(t.lower) || (t.lower === "even" && /^(?:as|though)$/.test(n.lower)))) return k;
    if (t.text === "," && n.kind === "word" && /^(?:who|which)$/.test(n.lower)) return k;
    if (t.lower === "as" && asClauseAt(tokens, k, to)) return k;
  }
  return to;
}

/** How many words a capitalised noun-phrase object may run before the preposition that closes it. */
const NAME_OBJECT_SPAN = 8;

/**
 * "praised Obama's presidency in an interview", "condemned North Korea's latest launch as Pyongyang fired":
 * content that opens with a capitalised word is a noun phrase, not a clause's subject, when a name (capitalised
 * words), or a name's possessive and the lower-case words it owns (no finite form, cue or clause word), leads
 * within NAME_OBJECT_SPAN words to a preposition or "as". Lower-case words before any possessive ("Russian
 * sabotage groups near X conducted ...") or "to" ("Putin's intention to invade ...") leave the reading open.
 * Bounded reads.
 */
function nameObjectAt(tokens: Token[], from: number, to: number): boolean {
  let owned = POSSESSIVE_WORD.test(tokens[from]!.text);
  for (let k = from + 1; k < to && k - from <= NAME_OBJECT_SPAN; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.depth !== tokens[from]!.depth || t.lower === "to") return false;
    if (t.lower === "as" || (PREPOSITIONS.has(t.lower) && t.lower !== "of")) return true;
    if (t.cap) { owned ||= POSSESSIVE_WORD.test(t.text); continue; }
    if (!owned || finiteVerbAt(tokens, k) || CUE_FORMS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || /^(?:and|or|but|that|who|which|of)$/.test(t.lower)) return false;
  }
  return false;
}

/** How many words the subject of an "as" clause may run before its verb ("as the Fed prepared"). */
const AS_SUBJECT_SPAN = 4;

/**
 * "condemned the launch as Pyongyang fired three more", "a tightening race as Trump consolidates support": "as"
 * with a subject and its finite verb opens a clause of time or cause, no part of a noun-phrase object. Not
 * the comparative or role "as" ("as much as", "twice as many as", "cited it as an example", "such ... as"):
 * the subject is a personal pronoun, a name or a determiner phrase of at most AS_SUBJECT_SPAN words, and its
 * verb is finite (a known finite form, a past in -ed, or a present in -s). Bounded reads.
 */
function asClauseAt(tokens: Token[], k: number, to: number): boolean {
  const prev = tokens[k - 1];
  if (prev && prev.kind === "word" && /^(?:as|so|such|same|well|much|many|more|less|twice|just)$/.test(prev.lower)) return false;
  let v = k + 1;
  const subj = tokens[v];
  if (!subj || subj.kind !== "word") return false;
  // (A present in -s only after a pronoun or a name: after "his", "as his major issues" is a plural noun.)
  let named = true;
  if (SUBJECT_PRONOUNS.has(subj.lower) && subj.lower !== "you") v++;
  else {
    named = subj.cap;
    if (!(subj.cap || /^(?:the|his|her|its|their|our)$/.test(subj.lower))) return false;
    v++;
    // (A name runs over capitalised words; a determiner phrase over any words up to its verb.)
    while (v < to && v - k <= AS_SUBJECT_SPAN && tokens[v]!.kind === "word" && (tokens[v]!.cap || !named) && !finiteVerbAt(tokens, v) && !/^(?:of|and|or|that|who|which)$/.test(tokens[v]!.lower)) v++;
    // ("his first visit as Defense Minister demonstrates ...": "as" with a title names a role, no clause.)
    for (let q = k + 1; q < v; q++) if (PERSON_TITLES.has(tokens[q]!.lower)) return false;
  }
  const verb = tokens[v];
  if (!verb || v >= to || verb.kind !== "word" || verb.cap) return false;
  return finiteVerbAt(tokens, v) || (named && /^\p{Ll}{3,}s$/u.test(verb.lower) && !/(?:ss|us|is)$/.test(verb.lower));
}

/** How far a content is searched for a clause coordinated with the cue's (constant work per frame). */
const COORDINATED_CLAUSE_SPAN = 60;

/**
 * "The mayor said she would resign, but the council did nothing", "criticized the plan, but it is unclear
 * whether ...": after a comma, "but" or "yet" and a new subject (a personal pronoun, or a short noun phrase
 * that is no demonstrative) with its finite verb open a clause that contrasts with the reporting clause; the
 * writer's narration resumes there. Returns the comma's index, or `to`.
 */
function coordinatedClauseEnd(tokens: Token[], from: number, to: number, and = false): number {
  const first = tokens[from];
  if (!first || first.kind === "quote") return to;
  const depth = first.depth;
  for (let k = from + 2; k + 3 < to && k - from < COORDINATED_CLAUSE_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth || t.kind === "quote") continue;
    // (Only a contrast: after "and" the speaker's own list of clauses often goes on, "I'm with you, and I will win";
    // with `and`, for a clause that an adverb hedges, which holds no list of the speaker's, "and" too.)
    if (t.text !== "," || !(/^(?:but|yet)$/.test(tokens[k + 1]!.lower) || (and && tokens[k + 1]!.lower === "and"))) continue;
    let v = k + 2;
    const subj = tokens[v]!;
    if (subj.kind !== "word") continue;
    if (SUBJECT_PRONOUNS.has(subj.lower)) v++;
    else {
      // (Not a demonstrative or "that": "but that the payments would offset it", "but this would not happen"
      // go on with the report.)
      if (!(subj.cap || DETERMINERS.has(subj.lower)) || /^(?:this|that|these|those)$/.test(subj.lower)) continue;
      v++;
      while (v < to && v - k < 7 && tokens[v]!.kind === "word" && !finiteVerbAt(tokens, v) && !/^(?:and|or|but|that|who|which)$/.test(tokens[v]!.lower)) v++;
    }
    while (v < to && tokens[v]!.kind === "word" && /^(?:also|still|never|not|just|only|already)$/.test(tokens[v]!.lower)) v++;
    if (v < to && finiteVerbAt(tokens, v)) return k;
  }
  return to;
}

/**
 * "claimed that militias attacked the refinery but did not provide any evidence", "said a deal is possible, but
 * declined to elaborate", "but offered no details", "although he offered no evidence": "but" (or ", but"; or
 * "although"/"though" with a personal subject pronoun, which "but" may also have) and a verb phrase of disclosing
 * (a negated DISCLOSURE_VERBS verb, "declined/refused to", or a DISCLOSURE_PAST verb with a "no" object) tell the
 * speaker's next act, not content. (Other subjectless verbs after "but" stay: "said forces attacked but failed to
 * advance" may be the content's own predicate.) Returns the index of "but" (or its comma), or `to`.
 */
function disclosureTailEnd(tokens: Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first) return to;
  const depth = first.depth;
  // ("... the plant (but did not specify an actor) and that C2": inside brackets the aside is the writer's, and the
  // content goes on after it.)
  let bracket = 0;
  for (let k = from + 1; k + 2 < to && k - from < COORDINATED_CLAUSE_SPAN; k++) {
    const t = tokens[k]!;
    if (t.text === "(") bracket++;
    else if (t.text === ")" && bracket > 0) bracket--;
    if (k < from + 2 || bracket > 0 || t.depth !== depth || !/^(?:but|although|though)$/.test(t.lower)) continue;
    if (verificationDisclaimer(tokens, k + 1, to)) return tokens[k - 1]!.text === "," ? k - 1 : k;
    let v = k + 1;
    // ("claimed C, although he offered no evidence": a personal subject pronoun before the disclosing verb is the
    // speaker's, as the subjectless verb phrase is; "although" needs it, having no verb phrase of its own.)
    if (/^(?:he|she|they)$/.test(tokens[v]?.lower ?? "")) v++;
    else if (t.lower !== "but") continue;
    while (v < to && /^(?:also|then|later|still|again)$/.test(tokens[v]!.lower)) v++;
    const w = tokens[v]?.lower ?? "";
    let act = false;
    // (Past or perfect only, as the cue's own act: "said the plan is broad but does not specify costs" is the plan's.)
    if (/^(?:did|has|have|had)$/.test(w)) {
      let n = v + 1;
      if (/^(?:not|n't|never)$/.test(tokens[n]?.lower ?? "")) n++;
      else continue;
      if (/^(?:further|publicly|immediately|specifically|explicitly|yet)$/.test(tokens[n]?.lower ?? "")) n++;
      act = DISCLOSURE_VERBS.has(tokens[n]?.lower ?? "");
    } else if (/^(?:declined|refused|failed)$/.test(w)) {
      act = tokens[v + 1]?.lower === "to" && DISCLOSURE_VERBS.has(tokens[v + 2]?.lower ?? "");
    } else if (DISCLOSURE_PAST.has(w)) {
      act = /^(?:no|little)$/.test(tokens[v + 1]?.lower ?? "");
    }
    if (!act) continue;
    return tokens[k - 1]!.text === "," ? k - 1 : k;
  }
  return to;
}

/**
 * "although ISW cannot independently verify ...", "though Reuters could not confirm the report", "but we were unable
 * to verify it": at `v`, after a concessive word, a short subject (a pronoun or up to four capitalised words) that
 * says it cannot check the claim (VERIFY_VERBS). Reads at most a dozen tokens.
 */
function verificationDisclaimer(tokens: Token[], v: number, to: number): boolean {
  const at = (k: number) => (k < to ? tokens[k]!.lower : "");
  if (/^(?:we|they|he|she|it|i)$/.test(at(v))) v++;
  else {
    // (A name with its article: "but the Institute cannot confirm".)
    if (at(v) === "the") v++;
    const s = v;
    while (v < to && v - s < 4 && tokens[v]!.kind === "word" && tokens[v]!.cap) v++;
    if (v === s) return false;
  }
  if (/^(?:still|also|yet)$/.test(at(v))) v++;
  if (/^(?:cannot|can't|can’t|couldn't|couldn’t)$/.test(at(v))) v++;
  else if (/^(?:can|could)$/.test(at(v)) && at(v + 1) === "not") v += 2;
  else if (/^(?:is|was|are|were)$/.test(at(v)) && at(v + 1) === "unable" && at(v + 2) === "to") v += 3;
  else if (/^(?:has|have|had)$/.test(at(v)) && at(v + 1) === "not" && at(v + 2) === "been" && at(v + 3) === "able" && at(v + 4) === "to") v += 5;
  else return false;
  if (at(v) === "independently") v++;
  return VERIFY_VERBS.has(at(v));
}

/** A simple past form: a past cue form, an irregular past, or a lower-case word in "-ed". */
function pastFormAt(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || t.cap) return false;
  return CUE_FORMS.get(t.lower)?.some((f) => f.role === "past") === true || IRREGULAR_PASTS.has(t.lower) || COLON_IRREGULAR_PASTS.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.lower);
}

/**
 * "questioned Israel's commitment to peace and refused to back ...", "ruled Cruz eligible and ordered that ...",
 * "said “CNN” five times, and specifically mentioned ...": after a past-tense cue whose content holds no verb
 * (a noun phrase, or a complement read as a clause when it starts with a name), "and"/"but" and a past verb with
 * its object opens the speaker's next act, not more of the content. A content with a verb of its own keeps the
 * verb phrase ("reported Russian forces advanced near X and struck Y": the second verb may be the forces'), as
 * does a content after "that"/"whether" or opening with a subject pronoun. So too a comma before such a past verb
 * in a series ("noted the costs, blamed the operators and asked ...": serialActAt). Returns where the content ends
 * (the comma before "and" or the verb, or "and"), or `to`. Reads at most COORDINATED_CLAUSE_SPAN tokens.
 */
function coordinatedPredicateEnd(tokens: Token[], from: number, to: number, i: number, form: CueForm): number {
  const first = tokens[from];
  if (!first || form.role !== "past") return to;
  // ("has said C and ...", "was told C and ...": a perfect or passive cue is no simple past for the verb to agree with.)
  let a = i - 1;
  while (a >= 0 && tokens[a]!.kind === "word" && /ly$|^(?:also|then|later|once|again|previously)$/.test(tokens[a]!.lower)) a--;
  if (a >= 0 && /^(?:has|have|had|was|were|is|are|be|been)$/.test(tokens[a]!.lower)) return to;
  if (/^(?:that|whether|if)$/.test(tokens[from - 1]?.lower ?? "") || SUBJECT_PRONOUNS.has(first.lower)) return to;
  const depth = first.depth;
  for (let k = from; k + 2 < to && k - from < COORDINATED_CLAUSE_SPAN; k++) {
    const t = tokens[k]!;
    // A verb inside the content: any coordinated verb phrase may be its subject's.
    if (t.kind === "word" && !t.cap && (FINITE_MARKERS.has(t.lower) || VERBISH.has(t.lower) || pastFormAt(t) || CUE_FORMS.get(t.lower)?.some((f) => f.role === "s"))) {
      // ("mocked his rivals, talked over them ...": a comma, not "and", before the speaker's next act in a series.)
      if (k > from + 1 && tokens[k - 1]!.text === "," && tokens[k - 1]!.depth === depth && serialActAt(tokens, from, k, to)) return k - 1;
      if (k === from || !/^(?:and|but)$/.test(tokens[k - 1]!.lower)) return to;
    }
    if (k === from || t.depth !== depth || !/^(?:and|but)$/.test(t.lower)) continue;
    // ("praised DNR forces (and denigrated ...)": an aside in brackets is left to the writer.)
    if (tokens[k - 1]!.text === "(") return to;
    let v = k + 1;
    while (v < to && tokens[v]!.kind === "word" && /^(?:also|then|later|still|again|repeatedly|specifically|quickly|subsequently|publicly|immediately|separately|further|ultimately|eventually|never)$/.test(tokens[v]!.lower)) v++;
    if (!nextActAt(tokens, v, to)) continue;
    return tokens[k - 1]!.text === "," ? k - 1 : k;
  }
  return to;
}

/**
 * Whether the comma before token `v` (`v` > `from`) ends a noun-phrase content before the speaker's next act in a
 * series ("mocked his rivals, talked over them", "praised the deal, called it historic"): the comma is the content's
 * first (a second one may close an appositive whose subject's verb follows: "his partner, a singer, wrote the songs"),
 * and the verb takes a determiner, possessive or object pronoun, or "to" ("declined to comment"); a participle with a
 * preposition ("the deficit, combined with ...", "on Monday, based on ...") may modify the phrase.
 */
function serialActAt(tokens: Token[], from: number, v: number, to: number): boolean {
  for (let k = from; k < v - 1; k++) if (tokens[k]!.text === ",") return false;
  const n = tokens[v + 1];
  if (!n || n.kind !== "word" || n.cap || !(DETERMINERS.has(n.lower) || POSSESSIVE_DETERMINERS.has(n.lower) || OBJECT_PRONOUNS.has(n.lower) || n.lower === "to")) return false;
  return nextActAt(tokens, v, to);
}

/**
 * Whether token `v` opens the speaker's next act after a noun-phrase content: a past verb followed by its object or
 * complement (a name, determiner, possessive, object pronoun or VERB_OBJECT_OPENERS word).
 */
function nextActAt(tokens: Token[], v: number, to: number): boolean {
  const w = tokens[v];
  if (!w || v + 1 >= to || !pastFormAt(w)) return false;
  const n = tokens[v + 1]!;
  return n.kind === "word" && (n.cap || DETERMINERS.has(n.lower) || POSSESSIVE_DETERMINERS.has(n.lower) || OBJECT_PRONOUNS.has(n.lower) || VERB_OBJECT_OPENERS.has(n.lower));
}

/**
 * "reported C, indicating the low quality of ...", "stated C, indicating they are preparing ...", "noted C, which is
 * consistent with earlier reports that ...": after a comma at the content's own depth, a participle of inference
 * (WRITER_PARTICIPLES) with any object, or a non-restrictive "which is/was consistent with", is the writer relating
 * the report to other evidence, not more of the source's proposition (the "indicating that C" participle frame
 * already ends contents; this covers the objects without "that"). Returns the comma's index, or `to`. Reads at most
 * COORDINATED_CLAUSE_SPAN tokens.
 */
function writerAsideEnd(tokens: Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first) return to;
  const depth = first.depth;
  for (let k = from + 2; k + 1 < to && k - from < COORDINATED_CLAUSE_SPAN; k++) {
    const t = tokens[k]!;
    if (t.text !== "," || t.depth !== depth) continue;
    const n = tokens[k + 1]!;
    if (n.kind === "word" && !n.cap && CUE_FORMS.get(n.lower)?.some((f) => f.role === "ing" && WRITER_PARTICIPLES.has(f.verb.lemma))) return k;
    if (n.lower === "which" && /^(?:is|was)$/.test(tokens[k + 2]?.lower ?? "") && tokens[k + 3]?.lower === "consistent" && tokens[k + 4]?.lower === "with") return k;
  }
  return to;
}

/** How far a content is searched for a closing appositive (constant work per frame). */
const APPOSITIVE_SPAN = 60;

/**
 * "announced it would cut 3,000 jobs, a reduction larger than any before", "asserted responsibility for the
 * attack, the worst bloodshed in the city since the war": a noun phrase with an article after the content's
 * first comma, closing the sentence, sums up or glosses what precedes it; that is the writer's comment, not
 * more of the content. The noun phrase holds no verb or subject pronoun before a relative word ("that", "who",
 * "which") that opens its own modifier, and no conjunction, dash or further comma anywhere, and the content does
 * not open with an adjunct, so a list ("cited the cost, the delay and the risk"), a medial appositive ("the
 * mayor, a Democrat, would ..."), a fronted adjunct ("in 2019, the dockers backed ...") and a name ("backs the
 * law, the Clean Air Act") are left whole. `to` is the content's end so far and must be the sentence's end.
 * Returns the comma's index, or `to`. Reads at most APPOSITIVE_SPAN tokens on each side of the comma.
 */
function closingAppositive(tokens: Token[], from: number, to: number, se: number): number {
  const first = tokens[from];
  if (to !== se || !first || first.kind === "quote") return to;
  // ("said that, in 2019, the dockers backed the plan": before a fronted adjunct's comma the clause is still to come.)
  if (first.kind === "word" && (PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || isTimeWord(first))) return to;
  const depth = first.depth;
  let comma = -1;
  for (let k = from + 2; k < to && k - from < APPOSITIVE_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth || t.kind === "quote" || t.kind === "marker") return to;
    // (Not the comma inside a numeral, "3,000".)
    if (t.text === "," && !(/^\d/.test(tokens[k - 1]!.text) && /^\d/.test(tokens[k + 1]?.text ?? "") && tokens[k + 1]!.start === t.end)) { comma = k; break; }
  }
  if (comma < 0 || !/^(?:a|an|the)$/.test(tokens[comma + 1]?.lower ?? "")) return to;
  let relative = false;
  let last = tokens[comma + 1]!;
  for (let k = comma + 2; k < to; k++) {
    if (k - comma > APPOSITIVE_SPAN) return to;
    const t = tokens[k]!;
    if (t.depth !== depth || t.kind === "quote" || t.kind === "marker") return to;
    if (t.kind === "punct") {
      if (/^[,;:()[\]—–-]$/.test(t.text)) return to;
      continue;
    }
    // (A conjunction even after the relative: "tax fairness, the closure of loopholes that help the rich and relief
    // for families" is a list.)
    if (/^(?:and|or|but)$/.test(t.lower)) return to;
    if (relative) continue;
    if (/^(?:that|who|which|whose)$/.test(t.lower)) { relative = true; continue; }
    // A verb, or a subject pronoun that opens a clause ("a group he formed"), is no part of a bare noun phrase.
    if (finiteVerbAt(tokens, k) || SUBJECT_PRONOUNS.has(t.lower)) return to;
    last = t;
  }
  return last.cap ? to : comma;
}

/** Verbs of judging whose passive takes a "to be" complement ("estimated to be", "believed to have", "said to be"). */
const RAISING_PASSIVES: ReadonlySet<string> = new Set(["estimate", "believe", "think", "say", "report", "know", "consider", "understand", "allege", "presume", "suppose", "rumor", "rumour", "reckon", "assume"]);

/** A noun that names an event, act or change ("detention", "deployment", "prevalence", "increase"). */
function isEventNoun(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = t.lower;
  if (EVENT_NOUNS.has(w)) return true;
  if (NOT_EVENT_NOUNS.has(w)) return false;
  const one = w.endsWith("s") ? w.slice(0, -1) : w;
  return EVENT_NOUN_SUFFIXES.some((x) => one.length > x.length + 3 && one.endsWith(x));
}

/** Media of a message after "by" ("said by phone"), which name no agent. */
const BY_MEDIUM: ReadonlySet<string> = new Set(["phone", "telephone", "email", "e-mail", "text", "letter", "video", "videolink", "satellite", "radio", "mail", "fax", "post", "cable", "messenger", "courier"]);

/** How many tokens of a content before a medial frame are read for a verb (constant work per frame). */
const INCOMPLETE_SPAN = 24;

/**
 * The content before a medial frame ("If she wins, Roe said, ...", "The paradox of the plan, says Roe, ...")
 * is no clause of its own: it opens with a subordinator, or it holds no finite verb. Reads at most
 * INCOMPLETE_SPAN tokens; a longer or quoted stretch counts as complete.
 */
function incompleteBefore(tokens: Token[], ss: number, content: { start: number; end: number }): boolean {
  let a = ss;
  while (a < tokens.length && tokens[a]!.start < content.start) a++;
  const first = tokens[a];
  if (!first || first.kind !== "word") return false;
  let b = a;
  // (A quotation inside the clause, opened after its first word, leaves it unquoted: 'If studios sell "added value",
  // says Roe, prices rise'; a closing mark with no opening in the span ends a direct quotation.)
  let inner = false;
  while (b < tokens.length && tokens[b]!.end <= content.end && b - a <= INCOMPLETE_SPAN) {
    const q = tokens[b]!;
    if (q.kind === "quote") {
      if (q.role === "open" && b > a && !inner) inner = true;
      else if (q.role === "close" && inner) inner = false;
      else return false;
    }
    b++;
  }
  // (The content of an inverted tag ends at a closing mark, which stands outside its range.)
  if (inner && tokens[b]?.kind === "quote" && tokens[b]!.role === "close") inner = false;
  if (inner) return false;
  if (b - a > INCOMPLETE_SPAN || b - a < 2) return false;
  if (SUBORDINATORS.has(first.lower) && first.lower !== "as") return true;
  // ("And if studios pay more, says Roe, prices rise": a sentence-opening coordinator before the subordinator.)
  if (/^(?:and|but|so)$/.test(first.lower) && SUBORDINATORS.has(tokens[a + 1]?.lower ?? "") && tokens[a + 1]!.lower !== "as") return true;
  // (Up to its first comma: "In Seattle, marchers honored ..." puts a clause after the phrase.)
  let phrasal = phraseOpener(tokens, a);
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.text === ",") phrasal = null;
    if (t.kind !== "word") continue;
    if (FINITE_MARKERS.has(t.lower) || VERBISH.has(t.lower) || /['’](?:s|re|ll|d|ve|m)$/.test(t.lower) || /n['’]t$/.test(t.lower)) return false;
    // A past or present verb after its subject ("the plan failed", "voters want"). (Inside a fronted prepositional or
    // -ing phrase, "Without the ability to join campaign activities", "Bringing the show back three years later",
    // such a word is a plural noun or a participle, unless a subject pronoun stands right before it.)
    // (A gerund phrase is itself a subject whose verb may follow it, "Delivering programmes online offers value": there
    // only a word after a determiner, number or preposition is a noun, "three years later", "into a room of senators".)
    const prev = k > a ? tokens[k - 1]!.lower : "";
    const noun = phrasal === "preposition" ? !SUBJECT_PRONOUNS.has(prev) && prev !== "who" : phrasal === "gerund" && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || prev === "of");
    if (k > a && /^\p{Ll}{3,}(?:ed|s)$/u.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower) && !noun) return false;
    if (t.lower === "that" || t.lower === "who" || t.lower === "which") return false;
  }
  return true;
}

/**
 * The stretch at `a` opens (after at most one coordinator) with a preposition ("With rebels holding the town",
 * "But underneath the criticism") or an -ing word ("Bringing the show back"): a phrase, whose own words hold no
 * finite verb unless a relative clause or a subject pronoun brings one.
 */
function phraseOpener(tokens: Token[], a: number): "preposition" | "gerund" | null {
  let t = tokens[a];
  if (t && COORDINATORS.has(t.lower)) t = tokens[a + 1];
  if (!t || t.kind !== "word") return null;
  const w = t.lower;
  if (PREPOSITIONS.has(w) || ADVERB_PREPOSITIONS.has(w) || FRONTED_PREPOSITIONS.has(w)) return "preposition";
  return w.length > 5 && /[^aeiou]ing$/.test(w) && !/thing$/.test(w) && !ING_NOUNS.has(w) ? "gerund" : null;
}

/** Words that may stand before a subordinator or preposition opening a fronted adjunct: "even as", "soon after", "just before". */
const SUBORDINATOR_MODIFIERS = new Set(["even", "soon", "shortly", "just", "only", "long", "right", "immediately", "moments", "hours", "days", "weeks"]);

/**
 * A content before a postposed frame that is only a fronted adjunct of the frame's own clause: it opens with a
 * subordinator ("Although", "While", "Because", "Even as") or a preposition ("Despite", "Following", "Soon after"), or a
 * day and a preposition ("Wednesday on Fox News"), and has no comma of its own outside quotations (so no main clause
 * follows the adjunct: "After the vote, the plan failed, Roe said" keeps its content). At most 40 tokens.
 */
function frontedSubordinate(tokens: Token[], ss: number, content: { start: number; end: number } | null): boolean {
  if (!content) return false;
  let a = ss;
  while (a < tokens.length && tokens[a]!.start < content.start) a++;
  while (tokens[a]?.kind === "word" && /^(?:but|and|so|yet|still)$/.test(tokens[a]!.lower) && tokens[a]!.end < content.end) a++;
  if (tokens[a]?.kind === "word" && SUBORDINATOR_MODIFIERS.has(tokens[a]!.lower) && tokens[a]!.end < content.end) a++;
  const first = tokens[a];
  if (!first || first.kind !== "word") return false;
  // ("“If C1,” he said C2": a quotation is the speaker's words, not an adjunct of the tag.)
  for (let k = a - 1; k >= ss && tokens[k]!.kind !== "word"; k--) if (tokens[k]!.kind === "quote") return false;
  const opens = SUBORDINATORS.has(first.lower) || PREPOSITIONS.has(first.lower) || (DAY_WORDS.has(first.lower) && PREPOSITIONS.has(tokens[a + 1]?.lower ?? ""));
  if (!opens) return false;
  const depth = first.depth;
  for (let k = a + 1; k < tokens.length && tokens[k]!.end <= content.end; k++) {
    if (k - a > 40) return false;
    if ((tokens[k]!.text === "," || tokens[k]!.text === ";") && tokens[k]!.depth === depth) return false;
  }
  return true;
}

/**
 * "The paradox of the plan, says Jo Roe, an aide, is that ...": an inverted frame (and the speaker's appositive)
 * inside a content that has no verb before it; the content's verb follows the comma that closes the frame.
 * Looks at most 20 tokens past the speaker.
 */
function verbAfterInversion(p: ParagraphView, s: number, from: number, content: { start: number; end: number }, before: Token): { content?: { start: number; end: number }; gap?: { start: number; end: number } } {
  const tokens = p.tokens;
  const { a: ss, b: se } = p.sentences[s]!;
  if (before.text !== "," || !incompleteBefore(tokens, ss, content) || SUBORDINATORS.has(tokens[ss]!.lower)) return {};
  for (let c = from; c < se - 1 && c - from < 20; c++) {
    const t = tokens[c]!;
    if (t.kind === "quote") return {};
    if (t.text !== ",") continue;
    const n = tokens[c + 1]!;
    if (n.kind === "word" && !n.cap && (FINITE_MARKERS.has(n.lower) || /^(?:seems|means|remains|appears)$/.test(n.lower))) return parenthetical(p, s, c, content, before);
  }
  return {};
}

/** How many words the subject of a gapped relative clause ("which the state's budget office says") may run. */
const GAP_SUBJECT_SPAN = 6;

/**
 * "the plan, which Democrats say could cost ...", "the moderator, who he claims has been unfair": the cue at
 * `i` follows a relative pronoun and the subject of its clause (a personal pronoun, or a short noun phrase
 * whose last word is a name, a plural or a source noun), so the relative's gap is the subject of the content.
 * Returns the pronoun's index, or -1. Scans at most GAP_SUBJECT_SPAN tokens left of the cue.
 */
function relativeSubjectBefore(tokens: Token[], i: number, ss: number): number {
  const last = tokens[i - 1];
  if (!last || i - 1 <= ss || last.kind !== "word" || DETERMINERS.has(last.lower)) return -1;
  if (!(last.cap || /^(?:he|she|they|we|i|you|it)$/.test(last.lower) || isPluralSubject(last) || isSourceHead(last))) return -1;
  for (let j = i - 2; j >= ss && i - j <= GAP_SUBJECT_SPAN + 1; j--) {
    const t = tokens[j]!;
    if (/^(?:which|who|whom)$/.test(t.lower)) return j > ss ? j : -1;
    // ("a race that it says will reward ...", "the kind of job that economists say is the future": a relative "that"
    // right after its noun; not the complementizer after a verb, "argued that officials say ...".)
    if (t.lower === "that" && j - 1 > ss && tokens[j - 1]!.kind === "word" && !tokens[j - 1]!.cap && isCommonNounHead(tokens[j - 1]!)) return j;
    // ("the narrative that what he claims are ...": a wh-word holds the gap; the "that" is a complementizer.)
    // ("the sites it claims may ...", after "At the time that Netcraft measured": a verb between is another clause's.)
    if (/^(?:what|whatever|where|when|how|why)$/.test(t.lower) || (!t.cap && /^\p{Ll}{3,}ed$/u.test(t.lower))) return -1;
    if (t.kind !== "word" && t.text !== "'s" && t.text !== "’s") return -1;
    if (FINITE_MARKERS.has(t.lower) || CUE_FORMS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * "The plan, which he said could cost $1 trillion, is stalled": the content of a cue inside a non-restrictive
 * relative clause ends at its first comma, which closes the clause when a finite verb (the predicate of the clause's
 * head) follows it. `to` is the token where the content ends so far; returns it or the comma. At most
 * RELATIVE_CONTENT_SPAN tokens are read.
 */
function relativeClauseEnd(tokens: Token[], from: number, to: number, coordinator = false): number {
  const depth = tokens[from]?.depth;
  for (let k = from + 1; k < to && k - from < RELATIVE_CONTENT_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth || t.text !== ",") continue;
    let v = k + 1;
    // (With `coordinator`, a coordinating conjunction after the comma closes the clause too: ", but uses ...";
    // (and so does a past verb of the larger clause, coordinated with the one before the relative: ", restricted ...".)
    if (coordinator && v < to && (/^(?:and|but|or)$/.test(tokens[v]!.lower) || /^\p{Ll}{3,}ed$/u.test(tokens[v]!.lower))) return k;
    while (v < to && tokens[v]!.kind === "word" && /^\p{Ll}{3,}ly$/u.test(tokens[v]!.lower)) v++;
    // (Only the first comma: "showed voters, young and old, were angry" sets off an aside inside the content.)
    // ("Jo Roe, who said the plan would fail, voted against it": a past form right after the comma is the head's verb,
    // which finiteVerbAt reads only after a word; not one in a list, "said the cranes were old, rusted and unsafe".)
    const pastAfterComma = v === k + 1 && v < to && tokens[v]!.kind === "word" && /^\p{Ll}{3,}ed$/u.test(tokens[v]!.lower) && !/^(?:and|or|,)$/.test(tokens[v + 1]?.text ?? "");
    return v < to && (finiteVerbAt(tokens, v) || pastAfterComma) ? k : to;
  }
  return to;
}

/**
 * Where an aside opened by a dash (or, with `bracket`, a bracket) closes after token `from`: the token of its closing
 * dash or bracket, or `to`. At most RELATIVE_CONTENT_SPAN tokens are read.
 */
function asideClose(tokens: Token[], from: number, to: number, bracket: boolean): number {
  for (let k = from + 1; k < to && k - from < RELATIVE_CONTENT_SPAN; k++) {
    if (bracket ? tokens[k]!.text === ")" : isDash(tokens[k])) return tokens[k - 1]?.text === "-" ? k - 1 : k;
  }
  return to;
}

/** How far a content inside a relative clause is searched for the verb of the clause's head (constant work per frame). */
const RELATIVE_CONTENT_SPAN = 30;

/** A finite verb: an auxiliary, a known verb form, or a past or present form after a word that is no determiner. */
function finiteVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word" || t.cap) return false;
  if (FINITE_MARKERS.has(t.lower) || VERBISH.has(t.lower)) return true;
  const prev = tokens[k - 1];
  return /^\p{Ll}{3,}ed$/u.test(t.lower) && !!prev && prev.kind === "word" && !DETERMINERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !FINITE_MARKERS.has(prev.lower);
}

/**
 * Whether the relative pronoun at `who` is inside the sentence's subject ("Senators who endorsed him say ..."): no
 * finite verb stands between the sentence start `ss` and it (the pronoun of "Roe thanked voters who backed X"
 * follows the main verb). Reads at most the tokens before `who`.
 */
function subjectRelative(tokens: Token[], ss: number, who: number): boolean {
  for (let k = ss; k < who; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.cap) continue;
    // ("told a reporter who ...", "sued a woman who ...": an irregular or short past, or a cue's finite form, too.)
    if (finiteVerbAt(tokens, k) || pastFormAt(t) || /^\p{Ll}{2,}ed$/u.test(t.lower) || CUE_FORMS.get(t.lower)?.some((f) => f.role === "past" || f.role === "s") === true) return false;
  }
  return true;
}

/**
 * "Senators who endorsed him say C", "Economists who favor consumption taxes agree that ...": the noun-phrase object
 * of a relative clause inside the subject ends at the first finite verb after it (not after "to"), the subject's
 * own. A comma, quotation or clause word first leaves `to`. Reads at most RELATIVE_CONTENT_SPAN tokens.
 */
function objectMatrixVerb(tokens: Token[], from: number, to: number): number {
  const depth = tokens[from]?.depth;
  for (let k = from + 1; k < to && k - from < RELATIVE_CONTENT_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth) continue;
    if (t.kind !== "word") { if (t.kind === "quote" || t.text === "," || t.text === ";" || t.text === ":") return to; continue; }
    if (/^(?:and|but|or|that|which|who|whom|whether|than)$/.test(t.lower) || SUBORDINATORS.has(t.lower)) return to;
    const prev = tokens[k - 1]!;
    if (t.cap || prev.lower === "to") continue;
    // (An adverb before the verb is the verb's: "who defended him heavily criticized ..." ends at "heavily".)
    const at = (e: number): number => (e - 1 > from && /^\p{Ll}{3,}ly$|^(?:also|not|never|still|now|then)$/u.test(tokens[e - 1]!.lower) ? e - 1 : e);
    // (A cue's finite form or an irregular past is the subject's verb too: "who backed him say", "... said"; not
    // after a determiner, possessive or preposition, where it is a noun: "who backed the report that ...".)
    const noun = DETERMINERS.has(prev.lower) || POSSESSIVE_DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower);
    if (finiteVerbAt(tokens, k)) return at(k);
    // (And it opens its complement: a subject pronoun, "that", a name or a determiner, "say they", "agree that";
    // "the harbour report claims" reads "report" as a noun.)
    const n = tokens[k + 1];
    const complement = n !== undefined && n.kind === "word" && (SUBJECT_PRONOUNS.has(n.lower) || n.lower === "that" || n.cap || DETERMINERS.has(n.lower));
    if (!noun && complement && (pastFormAt(t) || CUE_FORMS.get(t.lower)?.some((f) => f.role !== "ing") === true)) return at(k);
  }
  return to;
}

/**
 * "Those who say the economy matters most were evenly divided": the content of a cue inside a restrictive
 * relative clause ends before a second finite verb that no conjunction, comma or clause word joins to the
 * first; that verb is the predicate of the relative's head. Returns the token where the content ends, or `to`.
 */
function matrixVerbAfter(tokens: Token[], from: number, to: number): number {
  const depth = tokens[from]?.depth;
  let seen = false;
  for (let k = from + 1; k < to && k - from < RELATIVE_CONTENT_SPAN; k++) {
    const t = tokens[k]!;
    if (t.depth !== depth) continue;
    if (t.kind !== "word") { if (t.kind === "quote" || t.text === "," || t.text === ";" || t.text === ":") return to; continue; }
    // ("who say the port is safe and the cranes work": a conjunction or clause word joins a further verb to the content.)
    if (/^(?:and|but|or|that|which|who|whom|whether|than)$/.test(t.lower) || SUBORDINATORS.has(t.lower)) return to;
    if (!finiteVerbAt(tokens, k) || tokens[k - 1]!.lower === "to") continue;
    if (seen) return k;
    seen = true;
    // The first verb's group: auxiliaries, negation and adverbs, then the verb they lead to ("should not have accepted").
    let led = FINITE_MARKERS.has(t.lower);
    while (k + 1 < to && tokens[k + 1]!.kind === "word" && !tokens[k + 1]!.cap) {
      const w = tokens[k + 1]!.lower;
      if (FINITE_MARKERS.has(w) || /^(?:not|never|already|also|just|still|even|been|being|be|have)$/.test(w) || /^\p{Ll}{3,}ly$/u.test(w)) { led = led || FINITE_MARKERS.has(w); k++; continue; }
      if (led) k++;
      break;
    }
  }
  return to;
}

/** The cue is a form of "call" (which also means "shout": "called out, “C”"). */
function lemmaIsCall(form: CueForm): boolean {
  return form.verb.lemma === "call";
}

/**
 * The label right after an object (or after a labelling verb whose object is a relative gap): an opening quotation, a
 * determiner and its noun phrase, or a lower-case adjective or noun ("calling them rapists"). Returns where a quoted
 * label ends (past its closing mark), `se` for a label that runs on as the clause does, or -1 when no label is there.
 * `strict`: the object was an ambiguous "her" or a gap, so a bare word must look like an adjective. Bounded reads.
 */
function labelAt(tokens: Token[], at: number, se: number, pronounObject: boolean, strict: boolean): number {
  const t = tokens[at];
  if (!t || at >= se) return -1;
  const closeOf = (open: number): number => {
    for (let k = open + 1; k < tokens.length && k - open < 40; k++) {
      const u = tokens[k]!;
      if (u.kind === "quote" && u.role === "close") return k;
      if (u.kind === "quote" && u.role === "open") return -1;
    }
    return -1;
  };
  // A quoted label ends at its closing mark ("called the system “rigged” in a tweet", "“careless,” and said"), with
  // more quoted labels joined to it ("“pathetic” and “dangerous”"); not when a noun, a clause or a complement goes on
  // from it ("“psychographic” profiles", "“dangerous” that ...", "“stupid” for ...": the content runs as the clause does).
  const quoteEnd = (open: number): number => {
    let close = closeOf(open);
    if (close < 0) return -1;
    for (let n = 0; n < 4; n++) {
      let j = close + 1;
      if (tokens[j]?.text === ",") j++;
      if (/^(?:and|or)$/.test(tokens[j]?.lower ?? "")) j++;
      if (j > close + 1 && tokens[j]?.kind === "quote" && tokens[j]!.role === "open" && closeOf(j) > 0) { close = closeOf(j); continue; }
      break;
    }
    const after = tokens[close + 1];
    // ("“the closed shop,” did not reply": a comma or stop inside the closing mark ends the label.)
    if (!after || close + 1 >= se || after.kind !== "word" || /^[,.;!?]$/.test(tokens[close - 1]!.text)) return close + 1;
    // (Not before a second label: "“the most extreme pick” and someone who ...".)
    if (/^(?:and|but|or)$/.test(after.lower) && (DETERMINERS.has(tokens[close + 2]?.lower ?? "") || /^(?:someone|something|one)$/.test(tokens[close + 2]?.lower ?? ""))) return se;
    if (/^(?:and|but|or|in|on|at|during|after|before|while|when|since|amid)$/.test(after.lower) || isTimeWord(after)) return close + 1;
    return se;
  };
  if (t.kind === "quote") return t.role === "open" ? quoteEnd(at) : -1;
  if (t.kind !== "word") return -1;
  if (LABEL_DETERMINERS.has(t.lower)) {
    const n = tokens[at + 1];
    if (!n || at + 1 >= se) return -1;
    if (LABEL_QUANTITY.test(n.lower)) return -1;
    // ("a few days later" is a time, no label; "a fake on December 3" is a label and its date.)
    for (let k = at + 1; k < se && k <= at + 3; k++) if ((isTimeWord(tokens[k]!) || TIME_UNITS.has(tokens[k]!.lower)) && !/^(?:on|in)$/.test(tokens[k - 1]!.lower)) return -1;
    // ("a “nice guy” and he didn’t ...": a clause of its own after the quoted label ends it; otherwise the noun phrase
    // runs on as the clause does, "a “rush to judgment,” because ...", "a "critical moment" for Trump".)
    for (let k = at + 1; k < se && k <= at + 3; k++) {
      const w = tokens[k]!;
      if (w.kind === "quote" && w.role === "open") {
        const close = closeOf(k);
        if (close > 0 && tokens[close + 1]?.lower === "and" && /^(?:he|she|they|we|i|it)$/.test(tokens[close + 2]?.lower ?? "")) return close + 1;
        break;
      }
      if (w.kind !== "word") break;
    }
    if (!((n.kind === "word" || (n.kind === "quote" && n.role === "open")) && !PREPOSITIONS.has(n.lower) && !CLAUSE_BREAKERS.has(n.lower))) return -1;
    // ("called the video a fake on December 3", "a provocation on Monday": a date after the label is the naming's
    // own adjunct, not part of the label.)
    for (let k = at + 2; k < se && k - at < 12; k++) {
      const w = tokens[k]!;
      if (w.kind !== "word") break;
      if (/^(?:on|in)$/.test(w.lower) && timePhraseEnd(tokens, k, se) > k) return k;
    }
    return se;
  }
  // ("called themselves very conservative", "called it deeply troubling": a degree adverb before the label.)
  if (/^(?:very|so|too|most|more|less|quite|rather|pretty|deeply|highly|extremely|totally|completely|utterly|truly|really|patently|fundamentally)$/.test(t.lower)) {
    const n = tokens[at + 1];
    return n && at + 1 < se && n.kind === "word" && !n.cap ? labelAt(tokens, at + 1, se, false, false) : -1;
  }
  if (NOT_LABEL_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower) || NON_NOMINAL.has(t.lower) || DETERMINERS.has(t.lower)) return -1;
  if (isTimeWord(t) || /^\d/.test(t.text) || /ly$/.test(t.lower) || CUE_FORMS.has(t.lower)) return -1;
  const next = tokens[at + 1];
  const closes = !next || at + 1 >= se || next.kind !== "word" || /^(?:and|or|but)$/.test(next.lower);
  // ("dubbed him Little Marco", "what they called Ukrainian information operations and ...": a name only after a pronoun
  // or a gap, closing the clause or its conjunct.)
  if (t.cap) {
    const np = phraseStartingAt(tokens, at, se);
    const u = tokens[np ? np.b : at + 1];
    return pronounObject && (!u || (np ? np.b : at + 1) >= se || u.kind !== "word" || /^(?:and|or|but)$/.test(u.lower)) ? se : -1;
  }
  if (/ing$/.test(t.lower) && !closes) return -1; // "called the office seeking comment"
  // ("a group called Black Voters Matter endorsed Roe", "the number listed by": an "-ed" verb with its object or agent.)
  if (/ed$/.test(t.lower) && next?.kind === "word" && at + 1 < se && (next.lower === "by" || next.cap || DETERMINERS.has(next.lower))) return -1;
  if (strict && !LABEL_ADJECTIVE.test(t.lower) && !/ed$/.test(t.lower) && !(/ing$/.test(t.lower) && closes)) return -1;
  // ("call him competent, after ...": a bare label ends at the next comma.)
  for (let k = at + 1; k < se && k - at < 12; k++) if (tokens[k]!.text === "," || tokens[k]!.text === ";") return k;
  return se;
}

/**
 * "called the plan a fraud", "calls it “the big enchilada”", "called Clinton unqualified", "called her actions
 * “extremely careless”": after a labelling verb at `at`, an object and the label given to it. Returns the label's
 * end (see labelAt) or -1: no label ("called the police", "called him on Tuesday", "called a meeting", "a website
 * called Real News, which ..."). Bounded reads.
 */
function labellingEnd(tokens: Token[], at: number, se: number): number {
  const t = tokens[at];
  // ("called on civilians to stage a “rail war”", "called again for ...": a particle or adverb, no object.)
  if (!t || at >= se || t.kind !== "word" || PREPOSITIONS.has(t.lower) || /^(?:on|upon|for|up|off|out|back|over|again|about)$/.test(t.lower)) return -1;
  // ("a faction calling itself the Islamic Resistance": a name a group takes, no judgement.)
  if (/^(?:itself|themselves)$/.test(t.lower) && (tokens[at + 1]?.cap || (tokens[at + 1]?.lower === "the" && tokens[at + 2]?.cap))) return -1;
  // (An object up to an opening quotation, through its postmodifiers: "called Ford’s plans to open a plant in Mexico “a disgrace”".)
  if (!CLAUSE_BREAKERS.has(t.lower) || LABEL_PRONOUNS.has(t.lower) || t.lower === "what") {
    for (let k = at + 1; k < se && k - at <= 20; k++) {
      const u = tokens[k]!;
      if (u.kind === "quote" && u.role === "open") {
        const before = tokens[k - 1]!;
        if (k - 1 > at && LABEL_DETERMINERS.has(before.lower)) return labelAt(tokens, k - 1, se, false, false);
        if (PREPOSITIONS.has(before.lower) || before.lower === "of" || before.lower === "and" || DETERMINERS.has(before.lower) && !LABEL_PRONOUNS.has(before.lower)) break;
        if (!(PREPOSITIONS.has(t.lower) || NOT_LABEL_WORDS.has(t.lower) || isTimeWord(t))) return labelAt(tokens, k, se, false, false);
        break;
      }
      if (u.kind !== "word" && u.text !== "-" && u.text !== "’" && u.text !== "'" && u.text !== "/") break;
    }
  }
  const ambiguous = /^(?:her|this|that)$/.test(t.lower);
  if (!LABEL_PRONOUNS.has(t.lower) || ambiguous) {
    const np = phraseStartingAt(tokens, at, se, { maxLower: 6 });
    if (np && np.b > at + (ambiguous ? 1 : 0)) {
      // (A bare word after a noun phrase must look like an adjective: "a company called Acme gave $5,000" has a verb there.)
      const label = labelAt(tokens, np.b, se, false, true);
      if (label >= 0) return label;
      // "called the plan dangerous": an adjective the phrase reader took as the object's last word.
      const last = tokens[np.b - 1]!;
      if (np.b - np.a >= 2 && !last.cap && LABEL_ADJECTIVE.test(last.lower) && tokens[np.b - 2]!.kind === "word" && !DETERMINERS.has(tokens[np.b - 2]!.lower) && labelAt(tokens, np.b - 1, se, false, true) >= 0) return se;
    }
  }
  if (LABEL_PRONOUNS.has(t.lower)) return labelAt(tokens, at + 1, se, true, t.lower === "her");
  // ("called the plan dangerous.": the phrase reader stops before a word it does not know; a determiner, its nouns and
  // an adjective that closes the clause.)
  if (LABEL_DETERMINERS.has(t.lower) || DETERMINERS.has(t.lower)) {
    let j = at + 1;
    while (j < se && j - at <= 5 && tokens[j]!.kind === "word" && !tokens[j]!.cap && !PREPOSITIONS.has(tokens[j]!.lower) && !CLAUSE_BREAKERS.has(tokens[j]!.lower) && !NON_NOMINAL.has(tokens[j]!.lower)) j++;
    if (j - at >= 3 && (LABEL_ADJECTIVE.test(tokens[j - 1]!.lower) || /\p{Ll}{3,}ed$/u.test(tokens[j - 1]!.lower))) return labelAt(tokens, j - 1, se, false, true);
  }
  // ("called climate change a hoax", "called the citation and the demand for her testimony a ploy": a longer object,
  // then an indefinite label after its last noun; not after a verb, "called his aide to discuss a plan".)
  for (let k = at + 1; k < se && k - at <= 15; k++) {
    const u = tokens[k]!;
    // (A cue form after a determiner is a noun: "the demand for her testimony".)
    if (u.kind !== "word" || u.lower === "to" || CLAUSE_BREAKERS.has(u.lower) || (CUE_FORMS.has(u.lower) && !DETERMINERS.has(tokens[k - 1]!.lower)) || VERBISH.has(u.lower) || /\p{Ll}(?:ed|ing)$/u.test(u.lower)) break;
    const prev = tokens[k - 1]!;
    if ((u.lower === "a" || u.lower === "an") && k - 1 > at && (prev.cap || isCommonNounHead(prev))) return labelAt(tokens, k, se, false, false);
  }
  return -1;
}

/**
 * A verb of blaming whose object is a relative pronoun before its subject, its charge right after it: "which X
 * (has) blamed for Y", "whom X accused of Y". Auxiliaries and adverbs between the subject and the verb are skipped.
 */
function chargeGapAt(tokens: Token[], ss: number, i: number, cueEnd: number, form: CueForm): boolean {
  const charge = CHARGE_PREPOSITIONS.get(form.verb.lemma);
  if (!charge || tokens[cueEnd]?.lower !== charge || (form.role !== "past" && form.role !== "base" && form.role !== "s")) return false;
  let j = i;
  while (j - 1 > ss && CUE_MODIFIERS.has(tokens[j - 1]!.lower) && !NEGATORS.has(tokens[j - 1]!.lower) && i - j < 3) j--;
  return labellingGapBefore(tokens, j, ss);
}

/**
 * "what he calls “real solutions”", "a bill that critics called anti-gay", "which Mr. Trump called “a disgrace”": a
 * relative pronoun before the subject of the labelling verb at `i` stands for its object. Reads at most twelve tokens.
 */
function labellingGapBefore(tokens: Token[], i: number, ss: number): boolean {
  for (let j = i - 2; j >= ss && i - j <= 12; j--) {
    const u = tokens[j]!;
    // ("a country that the nominee, Mitt Romney, called “our foe”": an appositive of the subject.)
    if (u.kind !== "word" && u.text !== ",") return false;
    if (/^(?:what|which|whom|that|who)$/.test(u.lower)) return true;
    if (VERBISH.has(u.lower) || CUE_FORMS.has(u.lower) || /\p{Ll}(?:ed|ing)$/u.test(u.lower) || (PREPOSITIONS.has(u.lower) && !isTimeWord(tokens[j + 1]!))) return false;
  }
  return false;
}
