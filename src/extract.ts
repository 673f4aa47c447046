/**
 * The extraction pipeline for one text: segment → paragraphs → sentences →
 * tokens/quotes → frames (attributions) → speakers resolved → citations →
 * claim records. Pure: text in, claims out; no I/O.
 */
import type { Citation, Claim, Content, Speaker, SpeakerType } from "./claim.js";
import { adjunctOnly, boilerplateContent, findFrames, lendsSpeaker, quotedBeforeTag, subjectStart, trimContent, type Frame, type ParagraphView } from "./attributions.js";
import { paragraphs, type Paragraph } from "./paragraphs.js";
import { pairQuotes } from "./quotes.js";
import { Mentions, mention, referenceKind, type Mention } from "./resolve.js";
import { segment, isCaption, isEditorsNote, type Document } from "./segment.js";
import { splitSentences } from "./sentences.js";
import { acronymTypes, forgetSpeakerTypes, repeatsSurname, speakerType } from "./speaker-type.js";
import { TextIndex } from "./text-index.js";
import { tokenize, type Token } from "./tokens.js";
import { PRONOUN_WORDS, SOURCE_POSSESSIVES } from "./lexicon/words.js";
import { markerNumbers } from "./markers.js";
import { phraseStartingAt, phraseEndingAt, isSourceHead } from "./phrase.js";
import type { Span } from "./types.js";
import { COUNTRIES } from "./lexicon/places.js";
import { APPROXIMATED, DATE_NAMES, DISCOURSE_CONNECTIVES, HONORIFICS } from "./lexicon/words.js";
import { CUE_FORMS } from "./lexicon/index.js";
import { EVIDENCE_NOUNS, JUDGEMENT_LEMMAS } from "./lexicon/cues.js";

/** Words capitalised only for opening a sentence ("But police said"), never a modifier of the noun after them. */
const FUNCTION_OPENERS: ReadonlySet<string> = new Set([
  ...DISCOURSE_CONNECTIVES, "but", "and", "or", "so", "yet", "then", "in", "on", "at", "of", "for", "with", "by", "from", "to", "as",
  "if", "when", "while", "after", "before", "since", "until", "unless", "although", "though", "because",
]);
/** Lower-case modifiers that make a source noun a specific group ("displaced people", "local officials"). */
const MODIFIER_WORDS = new Set(["displaced", "local", "senior", "former", "military", "security", "government", "federal", "state", "top", "western", "foreign", "palestinian", "israeli", "iraqi", "russian", "ukrainian", "american", "iranian"]);

/** Pronouns that are no source noun's modifiers' head: "US officials" yes, "US them" no. */
const PERSONAL_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "him", "her", "them"]);

/** Metadata that callers may know better than the text (JSONL input gives url/title/date). */
export interface DocumentHints {
  title?: string | null;
  url?: string | null;
  date?: string | null;
}

/** A claim before it is turned into a record: UTF-16 ranges in the file's text. */
interface Draft {
  doc: Document;
  paragraph: number;
  sentence: { start: number; end: number };
  speaker: { start: number; end: number } | null;
  resolved: Mention | null;
  type: SpeakerType;
  cue: { start: number; end: number };
  lemma: string;
  cueType: Claim["cue"]["type"];
  outlet: { start: number; end: number } | null;
  addressee: { start: number; end: number } | null;
  content: { start: number; end: number };
  /** The tag that interrupts the content (“Q1,” X said, “Q2”), a range inside it, or null. */
  gap: { start: number; end: number } | null;
  kind: Claim["kind"];
  markers: { start: number; end: number; numbers: number[] }[];
  confidence: number;
  floating: boolean;
  /** The cue stands inside a quotation (someone quoted is reporting speech). */
  cueQuoted: boolean;
  /** A noun cue with a named possessor or by-phrase ("ISW's assessment that C"): a source of its own, kept inside another claim's content. */
  ownSource?: boolean;
  /** A tag after its quotation that ends its paragraph (“C,” Roe said.¶): a quotation opening the next paragraph goes on with the content. */
  resumable?: boolean;
}

/**
 * How often a claim of each shape is a real attribution with the right
 * extent, by quotation and by where the content stands relative to the cue.
 * Measured on PolNeAR train (see README): indirect and partly quoted
 * contents are the most reliable; a whole quotation is often one part of a
 * longer quoted passage.
 */
const SHAPE_RELIABILITY: Record<Claim["kind"], { before: number; after: number }> = {
  indirect: { before: 0.95, after: 1 },
  mixed: { before: 0.85, after: 1.03 },
  direct: { before: 0.78, after: 0.7 },
};

/**
 * The product of the factors above ranks claims well but is optimistic; this
 * scale makes it conservative, so that claims at 0.8 or more were right at
 * least 9 times in 10 on PolNeAR train.
 */
const CONFIDENCE_SCALE = 0.93;

/**
 * "voters who say C", "the critics who argued C", "a consultant who said C": a relative "who" without a comma before it
 * restricts its noun to the people who said C; the clause picks out a group (often poll respondents) more than it
 * reports a source's claim. On PolNeAR train and dev such claims were right 54% of the time, against 78% for
 * "X, who said C" (at 0.8 confidence or more, 64%).
 */
const RESTRICTIVE_RELATIVE = 0.75;

/** Whether the speaker at token `a` (`words`) is "who" heading a restrictive relative clause (no comma, dash or bracket before it). */
function restrictiveWho(tokens: Token[], a: number, words: string[]): boolean {
  if (words.length !== 1 || words[0]!.toLowerCase() !== "who") return false;
  const prev = tokens[a - 1];
  return !!prev && prev.kind === "word" && prev.sentence === tokens[a]!.sentence;
}

/**
 * "what Trump said about Latinos", "the jokes he told about Cuban history": a content that opens with "about" and
 * no quantity it approximates ("said about 40 percent of ... were") names what the words were about, not what they
 * claimed (the verb's object is usually a relative "what" or a noun before it). On PolNeAR train such contents were
 * right 53% of the time (19 of 36), against 88% for all claims.
 */
const TOPIC_ONLY = 0.6;

/** Whether a content is only a topic: "about" and no number or share after it ("about Latinos below", "about his daughter's job"). */
function topicOnly(text: string): boolean {
  const m = /^about\s+(?:an?\s+)?([\p{L}\p{N}][\p{L}\p{N},.:%-]*)/iu.exec(text);
  return m !== null && !APPROXIMATED.test(m[1]!.toLowerCase().replace(/[,.:]$/, ""));
}

const PATTERN_RELIABILITY: Record<Frame["pattern"], number> = {
  preposed: 0.95, colon: 0.95, postposed: 0.97, inverted: 0.95, participle: 0.88, according: 0.93, passive: 0.8, floating: 0.8, nominal: 0.95,
};

/**
 * Extracts the claims of a text. `file` is written into every record as
 * given. Claims come in document order.
 */
export function extractText(text: string, file: string, hints: DocumentHints = {}): Claim[] {
  forgetSpeakerTypes();
  const index = new TextIndex(text);
  const out: Claim[] = [];
  for (const doc of segment(text)) {
    if (hints.title != null) doc.title = hints.title;
    if (hints.url != null) doc.url = hints.url;
    if (hints.date != null) doc.date = hints.date;
    for (const d of extractDocument(text, doc)) out.push(toClaim(d, file, index));
  }
  return out;
}

/**
 * What one document's paragraphs hand on to the next (mentions, drafts, a pending "X said:", the claim a
 * quotation may continue). The paragraph loop's body is `extractParagraph`, its own function: as one big loop in
 * `extractDocument` (called once per document) V8 compiled it by on-stack replacement, the whole function again
 * after each deoptimisation (six OSR compilations on 8 MB of ISW); a function called once per paragraph is
 * optimised the usual way. One class, so one object shape.
 */
class DocState {
  mentions = new Mentions();
  drafts: Draft[] = [];
  sentenceBase = 0;
  pending: Draft | null = null;
  /** A frame dropped for its adjunct-only content after the last draft: quotations that follow still continue it. */
  skipped: Draft | null = null;
  /**
   * The last claim a quotation opening the next paragraph may continue: stances and "as" opinions ("who backs
   * Trump", "sees X as Y") are skipped, as quotations after them continue the claims around them.
   */
  lender: Draft | null = null;
  /** The types of the bodies the document introduces by full name and initials ("the Office for National Statistics (ONS)"). */
  acronyms = new Map<string, SpeakerType>();
}

function extractDocument(text: string, doc: Document): Draft[] {
  const st = new DocState();
  st.acronyms = acronymTypes(text, doc.start, doc.end);
  const paras = paragraphs(doc, text);
  // Markers per paragraph, to give an unmarked sentence the markers of the next marked one.
  for (let pi = 0; pi < paras.length; pi++) extractParagraph(text, doc, paras[pi]!, pi, st);
  resolveFirstPerson(st.drafts, text);
  return withoutNestedReports(dedupe(st.drafts, text), text);
}

function extractParagraph(text: string, doc: Document, para: Paragraph, pi: number, st: DocState): void {
  if (para.heading) return;
  const sentences = splitSentences(text, para.start, para.end);
  if (sentences.length === 0) return;
  let cursor = 0;
  const sentenceOf = (i: number) => {
    while (cursor < sentences.length - 1 && i >= sentences[cursor + 1]!.start) cursor++;
    return cursor;
  };
  const tokens = tokenize(text, para.start, para.end, sentenceOf);
  if (tokens.length === 0) return;
  const quotes = pairQuotes(tokens, text, para.end);
  const ranges = sentences.map(() => ({ a: 0, b: 0 }));
  for (let i = tokens.length - 1; i >= 0; i--) ranges[tokens[i]!.sentence]!.a = i;
  for (let i = 0; i < tokens.length; i++) ranges[tokens[i]!.sentence]!.b = i + 1;
  const view: ParagraphView = { text, tokens, quotes, sentences: ranges, sentenceSpans: sentences };
  // A sentence with a photo credit is a caption: no claims (decided once per sentence).
  const caption = new Map<number, boolean>();
  const isCaptionSentence = (k: number) => {
    let v = caption.get(k);
    if (v === undefined) caption.set(k, (v = isCaption(text.slice(sentences[k]!.start, sentences[k]!.end))));
    return v;
  };
  // The sentence an "Editor’s note:" label opens is the outlet's own comment on its article: no claims. (The note's
  // later sentences may report sources as any text does: "Editor's Note: An article ... reported C. On Wednesday, Roe said C2.")
  const note = isEditorsNote(text.slice(para.start, Math.min(para.end, para.start + 24)));
  const frames = findFrames(view).filter((f) => !isCaptionSentence(f.sentence) && !(note && f.sentence === 0));
  const inQuote = quoteLookup(quotes);
  // "C, said X": the sentence is about X, not about the subject of C (see `Mention.reported`).
  const reported = new Map<number, { start: number; end: number }>();
  for (const f of frames) if (f.speaker && f.content && f.content.start < tokens[f.speaker.a]!.start) reported.set(f.sentence, f.content);
  recordMentions(view, st.mentions, st.sentenceBase, ranges, reported);
  const citations = sentenceCitations(view, ranges);
  if (st.pending) {
    // The paragraph after "X said:" is its content (a quotation, or the whole paragraph).
    const q = quotes[0];
    const whole = q && tokens[q.open]!.start === para.start ? { start: q.start, end: q.end } : { start: para.start, end: para.end };
    const content = trimContent(view, whole.start, whole.end);
    if (content.end > content.start) {
      st.pending.content = content;
      st.pending.kind = kindOf(view, content);
      st.pending.markers = citations[0] ?? [];
      st.drafts.push(st.pending);
      st.lender = st.pending;
      st.skipped = null;
    }
    st.pending = null;
  }
  // What a quotation opening this paragraph continues, fixed before the paragraph's own frames are drafted: the
  // cue-less floating frames come last in the order below, after every frame of this paragraph.
  const carried = st.skipped ?? st.lender;
  const byFrame = new Map<Frame, Draft>();
  frames.sort((a, b) => (a.cue.a < 0 ? tokens.length : a.cue.a) - (b.cue.a < 0 ? tokens.length : b.cue.a));
  for (const f of frames) {
    let speaker: Draft["speaker"] = null;
    let resolved: Mention | null = null;
    let type: SpeakerType = "unknown";
    let cue = f.cue.a >= 0 ? { start: tokens[f.cue.a]!.start, end: tokens[f.cue.b - 1]!.end } : null;
    let outlet = f.outlet ? { start: tokens[f.outlet.a]!.start, end: tokens[f.outlet.b - 1]!.end } : null;
    let confidence = f.weight * PATTERN_RELIABILITY[f.pattern];
    const owner = f.speakerFrom ? byFrame.get(f.speakerFrom) ?? null : null;
    // "There were fears that C", "There have been claims that C": an existential "there" names no one; the
    // claim is unsourced, as a passive's is.
    const existential = !!f.speaker && existentialThere(tokens, f.speaker);
    if (existential) confidence *= 0.85;
    else if (f.speaker) {
      const from = honorificAfterParticiple(tokens, f.speaker);
      const words = wordsOf(tokens, from, f.speaker.b);
      // An article alone names nobody: its cue is a participle modifying a noun ("the last confirmed attack",
      // "the recently announced drive") or its noun phrase was cut ("according to the" at a document's end).
      if (words.every((w) => ARTICLES.has(w.toLowerCase()))) continue;
      speaker = { start: tokens[from]!.start, end: tokens[f.speaker.b - 1]!.end };
      // A possessor speaks for itself: "Russia’s claim" → "Russia". (After its cue with no noun to possess, the "’s" is
      // the name's own: "according to the guide Harper’s.", "said Sainsbury’s".)
      // (Not before a title it possesses: "according to Jo Roe’s “The Fixers”".)
      const ownName = f.cue.a >= 0 && f.speaker.a >= f.cue.b && (f.speaker.b >= tokens.length || tokens[f.speaker.b]!.kind === "punct");
      const possessive = ownName ? null : /['’]s?$/.exec(text.slice(speaker.start, speaker.end));
      if (possessive && speaker.end - possessive[0].length > speaker.start && /\p{L}['’]s?$/u.test(text.slice(speaker.start, speaker.end))) speaker.end -= possessive[0].length;
      // A pronoun fused with its auxiliary speaks as the pronoun: "I’ve said" → "I", "They’re claiming" → "They", "who’ve said" → "who".
      const fused = /^(?:i|we|you|they|he|she|who)['’](?:ve|d|ll|m|re|s)$/i.exec(text.slice(speaker.start, speaker.end));
      if (fused) speaker.end = speaker.start + fused[0].search(/['’]/);
      const kind = referenceKind(words);
      // "We" and "I" outside a quotation are the writer ("We have previously reported ...", ISW's "We assess"): no
      // one the text mentions, so they resolve to nobody (inside a quotation they are the quoted speaker's side).
      const writer = words.length === 1 && FIRST_PERSON.has(words[0]!.toLowerCase()) && !inQuote(speaker.start);
      // The writer's own stance or judgement ("We utterly condemn these violations", a report's boilerplate) reports no one's claim.
      if (writer && (f.cueType === "stance" || JUDGEMENT_LEMMAS.has(f.lemma))) continue;
      resolved = writer ? null : st.mentions.resolve(words, speaker.start, st.sentenceBase + f.sentence, f.content, inQuote);
      if (!resolved && words.length === 1 && /^(?:who|which)$/i.test(words[0]!)) resolved = relativeAntecedent(view, f.speaker.a, st.sentenceBase + f.sentence, st.mentions);
      const context = appositiveContext(view, f);
      type = speakerType(resolved ? resolved.words : words, context);
      // "he" and "she" name a person whatever their antecedent's words say ("he" → "DJ Ola Berg" or
      // "A local woman"), and a phrase whose antecedent tells nothing keeps what its own words tell.
      if (resolved && (type === "unknown" || (words.length === 1 && /^(?:he|she)$/i.test(words[0]!)))) {
        const own = speakerType(words, context);
        if (own !== "unknown") type = own;
      }
      if (type === "unknown" && resolved && repeatsSurname(words, resolved.words)) type = "person";
      // Bare initials ("the SEC", "ONS") are of the type of the full name the document gave them earlier or later.
      const initials = words.length === 1 || (words.length === 2 && /^the$/i.test(words[0]!)) ? st.acronyms.get(words[words.length - 1]!.replace(/['’]s?$/, "")) : undefined;
      if (initials !== undefined && type !== "person") type = initials;
      if (kind === "pronoun" || kind === "description") confidence *= resolved ? 0.95 : 0.85;
      if (kind === "quantifier") confidence *= 0.85;
      if (restrictiveWho(tokens, f.speaker.a, words)) confidence *= RESTRICTIVE_RELATIVE;
      const m = mention(text.slice(speaker.start, speaker.end), speaker.start, speaker.end, words, "speaker", st.sentenceBase + f.sentence, personOf(type));
      m.antecedent = resolved;
      if (!inQuote(speaker.start)) st.mentions.add(m);
    } else if (owner) {
      speaker = owner.speaker;
      resolved = owner.resolved;
      type = owner.type;
      if (!cue) cue = owner.cue;
      if (!outlet && f.pattern === "floating") outlet = owner.outlet;
    } else if (f.pattern === "floating") {
      // A quotation opening a paragraph: it continues the last claim of the previous paragraph.
      const last = carried;
      if (!last || last.paragraph < pi - 1 || !last.speaker) continue;
      // “C1,” Roe said.¶“C2.”: the quoted paragraph goes on with the passage the tag interrupted; one claim
      // whose content has the tag (and the paragraph break) as its gap. Only the first such paragraph.
      // (Later quoted paragraphs stay claims of their own: PolNeAR joins them as often as not, and a merged
      // passage that runs on over them loses the match.)
      if (last.resumable && f.sentence === 0 && last.paragraph === pi - 1 && !st.skipped) {
        const kind = kindOf(view, f.content);
        last.gap = { start: last.content.end, end: f.content.start };
        last.content = { start: last.content.start, end: f.content.end };
        if (kind !== last.kind) last.kind = "mixed";
        last.resumable = false;
        // (The quoted paragraphs after this one continue the passage's speaker as before.)
        last.paragraph = pi;
        continue;
      }
      speaker = last.speaker; resolved = last.resolved; type = last.type; cue = last.cue; outlet = last.outlet;
      confidence = 0.75 * last.confidence;
    } else {
      confidence *= 0.8;
    }
    if (!cue) continue;
    const d: Draft = {
      doc, paragraph: pi, sentence: sentences[f.sentence]!, speaker, resolved, type, cue,
      lemma: f.lemma || (owner?.lemma ?? (st.skipped ?? st.lender)?.lemma ?? "say"),
      cueType: f.cueType, outlet,
      addressee: f.addressee ? { start: tokens[f.addressee.a]!.start, end: tokens[f.addressee.b - 1]!.end } : null,
      content: f.content, gap: f.gap, kind: kindOf(view, f.content, f.gap ?? undefined), markers: citations[f.sentence] ?? [],
      confidence: 0,
      floating: f.pattern === "floating",
      cueQuoted: inQuote(cue.start),
      ownSource: f.pattern === "nominal" && !!f.speaker && !PRONOUN_WORDS.has(tokens[f.speaker.b - 1]!.lower) && !SOURCE_POSSESSIVES.has(tokens[f.speaker.b - 1]!.lower),
    };
    if (f.pattern === "floating" && !owner) d.lemma = carried?.lemma ?? d.lemma;
    d.confidence = confidence * SHAPE_RELIABILITY[d.kind][d.content.start > d.cue.start ? "after" : "before"];
    if (topicOnly(text.slice(d.content.start, Math.min(d.content.end, d.content.start + 40)))) d.confidence *= TOPIC_ONLY;
    // (The tag's sentence ends the paragraph, so nothing but the tag stands between the two quotations. Only a
    // wholly quoted sentence and a word cue: a dash signature "“C1.” ― Roe" closes a reader comment, and the next
    // line is another reader's.)
    if (f.sentence === sentences.length - 1 && tokens[f.cue.a]?.kind === "word" && quotedBeforeTag(view, f, false)) d.resumable = true;
    byFrame.set(f, d);
    if (f.awaitsNext) { st.pending = d; continue; }
    // "“Q1.” Reid told reporters in Washington. “Q2.”": a frame whose content is only an adjunct is no claim,
    // but the quotations that follow it keep its speaker (byFrame).
    const lends = lendsSpeaker(d) && f.pattern !== "passive";
    if (adjunctOnly(text, d.content)) { if (lends) st.skipped = d; continue; }
    // ("(CROSSTALK)", "Follow Jo Roe on Twitter @joroe": no one's claim, and no speaker to lend on.)
    if (boilerplateContent(text, d.content)) continue;
    st.drafts.push(d);
    if (!lends) continue;
    st.lender = d;
    st.skipped = null;
  }
  st.sentenceBase += sentences.length;
}

/** Speakers whose quotations are their own words, reported speech inside them included. */
const SPEAKING_TYPES: ReadonlySet<SpeakerType> = new Set(["person", "anonymous", "unknown"]);

/** Cue types that report an attitude, not an utterance: inside someone's claim they are part of it. */
const ATTITUDE_CUES: ReadonlySet<Claim["cue"]["type"]> = new Set(["belief", "stance"]);

/**
 * Drops the claims that are part of another claim's content:
 * - speech reported inside a person's direct quotation: in “Some have said
 *   he should not have accepted it,” she said, or “They think we don't like
 *   them,” the inner speech is her account, and its speaker ("some",
 *   "they") her figure of speech, not a source a reader can cite. A
 *   statement, an outlet or an institution quoting someone keeps the inner
 *   claim: "TASS said: “Lavrov said …”" is a chain of reporting, each link a
 *   source (GUIDELINES: nested attributions).
 * - a belief or stance inside any claim's content: "Weaver told reporters he
 *   believes the battle will continue", "Cruz says he supports the bill": the
 *   attitude is what the outer claim reports, not a second assertion.
 *   (Not a noun cue whose possessor names another source: "the report confirmed
 *   ISW's assessment that C" reports both the report and ISW's assessment.)
 * Measured on PolNeAR train: 0.630 → 0.642 claim F1 (dev 0.642 → 0.653),
 * recall −0.002; seeds unchanged.
 */
function withoutNestedReports(drafts: Draft[], text: string): Draft[] {
  const quotations = new Enclosures(drafts.filter((o) => o.kind === "direct" && SPEAKING_TYPES.has(o.type)));
  // (A comment clause's echo, "X assessed that C, as ISW reported", takes the report along; X's assessment stays.)
  const claims = new Enclosures(drafts.filter((o) => !echoClause(o, text)));
  return drafts.filter((d) => !((d.cueQuoted && quotations.encloses(d)) || (ATTITUDE_CUES.has(d.cueType) && !d.ownSource && claims.encloses(d))));
}

/**
 * Which drafts lie wholly (speaker, cue, content) inside another draft's
 * content. O(log n) a question: the contents sorted by start, with the two
 * furthest ends among each prefix (two, so that a draft never counts as its
 * own enclosure).
 */
class Enclosures {
  private readonly starts: number[] = [];
  private readonly first: Draft[] = [];
  private readonly second: (Draft | null)[] = [];

  constructor(drafts: Draft[]) {
    const sorted = [...drafts].sort((a, b) => a.content.start - b.content.start);
    for (let k = 0; k < sorted.length; k++) {
      const o = sorted[k]!;
      let a = k ? this.first[k - 1]! : o, b = k ? this.second[k - 1]! : null;
      if (k && o.content.end > a.content.end) { b = a; a = o; }
      else if (k && (!b || o.content.end > b.content.end)) b = o;
      this.starts.push(o.content.start); this.first.push(a); this.second.push(b);
    }
  }

  /** Is `d` inside the content of a draft other than itself? */
  encloses(d: Draft): boolean {
    const from = Math.min(d.cue.start, d.content.start, d.speaker?.start ?? Infinity);
    const to = Math.max(d.cue.end, d.content.end, d.speaker?.end ?? -Infinity);
    // The last draft whose content starts at or before `from`.
    let lo = 0, hi = this.starts.length - 1, at = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (this.starts[mid]! <= from) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    if (at < 0) return false;
    const o = this.first[at] !== d ? this.first[at]! : this.second[at];
    return !!o && o.content.end >= to;
  }
}

/**
 * "I"/"we" inside a quotation speak for whoever is quoted: “I think that …,”
 * Obama said → the inner claim's "I" resolves to Obama (or to what Obama
 * resolves to).
 */
function resolveFirstPerson(drafts: Draft[], text: string): void {
  for (const d of drafts) {
    if (!d.speaker) continue;
    const word = text.slice(d.speaker.start, d.speaker.end).toLowerCase();
    if (word !== "i" && word !== "we") continue;
    const outer = drafts.find((o) => o !== d && o.speaker && o.kind !== "indirect" && o.content.start <= d.speaker!.start && o.content.end >= d.speaker!.end);
    if (!outer || !outer.speaker) continue;
    // The quoted speaker decides, even where the resolver already chose a name from the text before
    // (“I said …,” a dock worker said: "I" is the dock worker, not the last person named). An antecedent is
    // an earlier mention: a speaker named only after the quotation leaves "I" unresolved, unless the
    // resolver's choice is that same source named before.
    const here = d.speaker.start;
    const t = text.slice(outer.speaker.start, outer.speaker.end);
    if (outer.resolved && outer.resolved.end <= here) d.resolved = outer.resolved;
    else if (/^(?:i|we|he|she|they|it)$/i.test(t)) continue;
    else if (outer.speaker.end <= here) d.resolved = mention(t, outer.speaker.start, outer.speaker.end, t.split(/\s+/), "speaker", 0, outer.type === "person" ? true : null);
    else if (d.resolved && !sameSource(d.resolved.text, t)) d.resolved = null;
    d.type = outer.type;
  }
}

/** "Mia Lund" and "Lund", "the dock worker" and "a dock worker": both phrases end in the same word. */
function sameSource(a: string, b: string): boolean {
  const last = (x: string) => x.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.pop() ?? "";
  return last(a) !== "" && last(a) === last(b);
}

/**
 * Claims with the same content in the same document: keep the likelier one (a verb cue over "according to").
 * (A report and a comment clause that echoes its content after it, "X stated that C, as ISW assessed", are two
 * sources of C: the cue after the content keeps its own claim.)
 */
function dedupe(drafts: Draft[], text: string): Draft[] {
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.content.start}:${d.content.end}${echoClause(d, text) ? ":as" : ""}`;
    const prev = best.get(key);
    if (!prev || d.confidence > prev.confidence) best.set(key, d);
  }
  const keep = new Set(best.values());
  return drafts
    .filter((d) => keep.has(d))
    .sort((a, b) => firstChar(a) - firstChar(b) || a.cue.start - b.cue.start || a.content.start - b.content.start);
}

/** A comment clause after its content ("C, as ISW has assessed"), which echoes C rather than reporting it first. */
function echoClause(d: Draft, text: string): boolean {
  return d.cue.start > d.content.end && /^[\s\p{P}]*as\s/u.test(text.slice(d.content.end, d.content.end + 8));
}

function firstChar(d: Draft): number {
  if (d.floating) return d.content.start;
  return Math.min(d.cue.start, d.content.start, d.speaker?.start ?? Infinity);
}

/** Text that may qualify the speaker: its appositive and what follows it in the sentence. */
function appositiveContext(p: ParagraphView, f: Frame): string {
  if (!f.speaker) return "";
  // The speaker and what follows it (appositive, relative clause), bounded so that each claim costs constant time.
  const s = p.sentenceSpans[f.sentence]!;
  const from = p.tokens[f.speaker.a]!.start;
  return p.text.slice(from, Math.min(s.end, p.tokens[f.speaker.b - 1]!.end + 240));
}

/** `quoteLookup` of a paragraph without quotations. */
const notQuoted = (_i: number): boolean => false;

/**
 * `inQuote(i)`: is UTF-16 index i inside one of the quotations? The ranges
 * are merged once and searched by bisection (a scan of all quotes per call
 * made paragraphs with many quotations and claims quadratic).
 */
function quoteLookup(quotes: { start: number; end: number }[]): (i: number) => boolean {
  // Built with `push`, sorted only when there are two or more, and no lookup table at all without quotations:
  // `filter().map().sort()` handed `sort` arrays of different elements kinds (an empty one in a paragraph without
  // quotations), and each new kind deoptimised `extractParagraph`, where this is inlined.
  const ranges: { start: number; end: number }[] = [];
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.end > q.start) ranges.push({ start: q.start, end: q.end });
  }
  if (ranges.length === 0) return notQuoted;
  if (ranges.length > 1) ranges.sort((x, y) => x.start - y.start);
  const merged: { start: number; end: number }[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const r = ranges[k]!;
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return (i: number) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (merged[mid]!.end <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo < merged.length && merged[lo]!.start <= i;
  };
}

/** direct / indirect / mixed from how many of the content's words are inside quotation marks. */
function kindOf(p: ParagraphView, content: { start: number; end: number }, gap?: { start: number; end: number }): Claim["kind"] {
  // Counts by prefix sums over the paragraph's words: O(log n) per claim however long its content.
  const c = wordCounts(p.tokens);
  const count = (from: number, to: number) => {
    const a = firstTokenAt(p.tokens, from);
    const b = firstTokenAt(p.tokens, to);
    return { inside: c.inside[b]! - c.inside[a]!, outside: c.outside[b]! - c.outside[a]! };
  };
  const all = count(content.start, content.end);
  let { inside, outside } = all;
  if (gap) {
    const g = count(gap.start, gap.end);
    inside -= g.inside;
    outside -= g.outside;
  }
  if (inside && !outside) return "direct";
  if (!inside) return "indirect";
  return "mixed";
}

/**
 * Citation markers per sentence: those that close it (after its last word);
 * else any inside it; else those of the next marked sentence in the paragraph.
 */
const NO_MARKERS: Draft["markers"][number][] = [];

function sentenceCitations(p: ParagraphView, ranges: { a: number; b: number }[]): Draft["markers"][] {
  const own = ranges.map(({ a, b }) => {
    const all: Token[] = [];
    let lastWord = -1;
    for (let i = a; i < b; i++) {
      const t = p.tokens[i]!;
      if (t.kind === "word") lastWord = i;
      if (t.kind === "marker") all.push(t);
    }
    // Most sentences have no marker: one shared empty list, no filter or map (nothing mutates a draft's markers).
    if (all.length === 0) return NO_MARKERS;
    // Tokens are in text order: "after the last word" is a comparison of starts (indexOf scanned the paragraph per marker).
    const after = lastWord >= 0 ? p.tokens[lastWord]!.start : -1;
    const closing = all.filter((t) => t.start > after);
    const chosen = closing.length ? closing : all;
    return chosen.map((t) => ({ start: t.start, end: t.end, numbers: markerNumbers(t.text.slice(1, -1)) }));
  });
  for (let s = own.length - 2; s >= 0; s--) if (own[s]!.length === 0) own[s] = own[s + 1]!;
  return own;
}

/** Subjects of sentences and named phrases become mentions for later resolution. */
function recordMentions(p: ParagraphView, mentions: Mentions, base: number, ranges: { a: number; b: number }[], reported: ReadonlyMap<number, { start: number; end: number }>): void {
  const { tokens, text } = p;
  for (let s = 0; s < ranges.length; s++) {
    const { a, b } = ranges[s]!;
    const i = subjectStart(tokens, a, b);
    if (i < b && tokens[i]!.depth === 0 && !/^(?:according|in|on|at|after|before|when|while|as|if)$/.test(tokens[i]!.lower)) {
      const np = phraseStartingAt(tokens, i, b, { maxLower: 4 });
      if (np) {
        const words = wordsOf(tokens, np.a, np.b);
        if (words.some((w) => /^\p{Lu}/u.test(w)) || isSourceHead(tokens[np.b - 1]!)) {
          const st = tokens[np.a]!.start;
          const en = possessorEnd(text, st, tokens[np.b - 1]!.end);
          const ctxEnd = Math.min(p.sentenceSpans[s]!.end, en + 160);
          const person = () => personOf(speakerType(words, text.slice(en, ctxEnd)));
          const m = mention(text.slice(st, en), st, en, words, "subject", base + s, person);
          const caps = words.filter((w) => /^\p{Lu}/u.test(w));
          if (caps.length === 1 && np.a === i && np.b - np.a <= 2 && !COUNTRIES.has(caps[0]!.toLowerCase()) && !mentions.midSentenceCaps.has(caps[0]!) && !verbFollows(tokens[np.b])) m.solid = false;
          const r = reported.get(s);
          if (r && st >= r.start && en <= r.end) m.reported = true;
          m.whole = tokens[np.b]?.text === "," || verbFollows(tokens[np.b]);
          mentions.add(m);
        }
      }
    }
    // Named runs ("US Secretary of State Marco Rubio") and source nouns with modifiers ("US officials").
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (t.kind === "word" && t.cap && k > a) mentions.midSentenceCaps.add(t.text);
      if (t.kind !== "word" || t.depth > 0) continue;
      // A weekday or month before a name dates it ("On Wednesday Mr Straw said"): the name starts after it.
      if (t.cap && k > a && DATE_NAMES.has(t.lower) && tokens[k + 1]?.cap) continue;
      if (t.cap && k > a) {
        let e = k;
        while (e + 1 < b && (tokens[e + 1]!.cap || (/^(?:of|in|for|al|bin)$/.test(tokens[e + 1]!.lower) && tokens[e + 2]?.cap) || (tokens[e + 1]!.text === "(" && tokens[e + 3]?.text === ")") || (tokens[e]!.text === "(" ) || tokens[e + 1]!.text === ")")) e++;
        if (e > k) {
          const words = wordsOf(tokens, k, e + 1);
          // A run needs a word: "D)" of "(D-N.Y.)" is no mention. (The scan goes on after the run either way:
          // starting again inside it would make a run of n initialisms cost n².)
          if (words.some((w) => /\p{L}{2}/u.test(w))) {
            const person = () => { const type = speakerType(words, ""); return type === "person" ? true : type === "unknown" ? null : false; };
            const en = possessorEnd(text, t.start, tokens[e]!.end);
            mentions.add(mention(text.slice(t.start, en), t.start, en, words, "mention", base + s, person));
          }
          k = e;
          continue;
        }
      }
      // The head ends its phrase: "prime" in "Israel’s prime minister" is a modifier of the head after it.
      const next = tokens[k + 1];
      if (!t.cap && isSourceHead(t) && !PERSONAL_PRONOUNS.has(t.lower) && k > a && !(next && next.kind === "word" && !next.cap && isSourceHead(next))) {
        const prev = tokens[k - 1]!;
        if (prev.kind === "word" && (prev.cap || MODIFIER_WORDS.has(prev.lower)) && !/^(?:The|A|An|This|That)$/.test(prev.text) && !FUNCTION_OPENERS.has(prev.lower)) {
          let st = k - 1;
          while (st - 1 >= a && tokens[st - 1]!.kind === "word" && (tokens[st - 1]!.cap || /^\d/.test(tokens[st - 1]!.text)) && !/^(?:The|A|An)$/.test(tokens[st - 1]!.text)) st--;
          const words = tokens.slice(st, k + 1).map((x) => x.text);
          mentions.add(mention(text.slice(tokens[st]!.start, t.end), tokens[st]!.start, t.end, words, "mention", base + s, null));
        }
      }
    }
  }
}

/** First-person pronouns as speakers. */
const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "we"]);

/** Articles, which never make a speaker on their own. */
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);


/**
 * Where a mention ends without its possessive: "Donald Trump’s campaign" holds
 * the mention "Donald Trump", which is what a speaker resolves to. The words
 * keep the possessive (resolution drops it when it compares them).
 */
function possessorEnd(text: string, start: number, end: number): number {
  return end - start > 2 && /\p{L}['’]s$/u.test(text.slice(end - 3, end)) ? end - 2 : end;
}

/** The texts of the word tokens in tokens[a, b). */
function wordsOf(tokens: Token[], a: number, b: number): string[] {
  const words: string[] = [];
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "word") words.push(tokens[k]!.text);
  return words;
}

/** A mention's `person` from its speaker type: anonymous and unknown sources may be anybody. */
function personOf(type: SpeakerType): boolean | null {
  return type === "person" ? true : type === "unknown" || type === "anonymous" ? null : false;
}

// ---------------------------------------------------------------------------
// records

/**
 * The content record: its span, and when its own tag interrupts it the words on each side of the tag as `parts`
 * (without the tag's commas, spaces and quotation marks); no `parts` when either side would be empty.
 */
function contentOf(d: Draft, text: string, span: (r: { start: number; end: number }) => Span): Content {
  const c = span(d.content);
  const g = d.gap;
  if (!g || g.start <= d.content.start || g.end >= d.content.end) return c;
  let a = g.start;
  while (a > d.content.start && GAP_EDGE.test(text[a - 1]!)) a--;
  let b = g.end;
  while (b < d.content.end && GAP_EDGE.test(text[b]!)) b++;
  if (a <= d.content.start || b >= d.content.end) return c;
  return { text: c.text, start: c.start, end: c.end, line: c.line, column: c.column, parts: [span({ start: d.content.start, end: a }), span({ start: b, end: d.content.end })] };
}

/** Characters at the edges of an interrupting tag that belong to neither part: space, comma, quotation marks. */
const GAP_EDGE = /[\s,"“”'‘’«»]/;

function toClaim(d: Draft, file: string, index: TextIndex): Claim {
  const span = (r: { start: number; end: number }): Span => index.span(r.start, r.end);
  // Objects are built key by key, not spread: spreading was the costliest part of making records.
  const s = d.speaker ? span(d.speaker) : null;
  const speaker: Speaker = s
    ? { text: s.text, start: s.start, end: s.end, line: s.line, column: s.column, resolved: d.resolved ? span(d.resolved) : null, type: d.type }
    : { text: null, start: null, end: null, line: null, column: null, resolved: null, type: "unknown" };
  const cue = span(d.cue);
  const cite = new Map<number, Citation>();
  for (const m of d.markers) {
    for (const n of m.numbers) {
      if (cite.has(n)) continue;
      const note = endnoteIndex(d.doc).get(n);
      cite.set(n, { n, urls: note ? [...note.urls] : [], marker: span(m) });
    }
  }
  return {
    file,
    document: { index: d.doc.index, title: d.doc.title, url: d.doc.url, date: d.doc.date },
    sentence: span(d.sentence),
    speaker,
    cue: { text: cue.text, start: cue.start, end: cue.end, line: cue.line, column: cue.column, lemma: d.lemma, type: d.cueType },
    outlet: d.outlet ? span(d.outlet) : null,
    addressee: d.addressee ? span(d.addressee) : null,
    content: contentOf(d, index.text, span),
    kind: d.kind,
    citations: [...cite.values()].sort((a, b) => a.n - b.n),
    confidence: Math.round(Math.min(0.99, Math.max(0.05, d.confidence * CONFIDENCE_SCALE)) * 1000) / 1000,
  };
}

/** "Tim Hess, a developer, who said ...": the phrase a relative pronoun (at token `at`, after a comma) stands for. */
function relativeAntecedent(p: ParagraphView, at: number, sentence: number, mentions: Mentions): Mention | null {
  const { tokens, text } = p;
  const s = tokens[at]!.sentence;
  const floor = p.sentences[s]!.a;
  // (A dash or an opening bracket sets the relative off as a comma does: "Graham—who had endorsed X".)
  let last = /^(?:,|\(|—|–|-|―)$/.test(tokens[at - 1]?.text ?? "") ? at - 2 : at - 1;
  if (tokens[last]?.text === "-" && tokens[last + 1]?.text === "-") last--;
  const np = last >= floor ? phraseEndingAt(tokens, last, floor) : null;
  if (!np) return null;
  // "… 135 km from the border, which suggests that C", "…, which indicates": "which" after a noun phrase that
  // names no source (no name, no source or evidence noun for its head) stands for the whole clause before the
  // comma (a sentential relative), not for the noun phrase that ends it.
  const head = tokens[np.b - 1]!;
  if (tokens[at]!.lower === "which" && !EVIDENCE_NOUNS.has(head.lower) && !isSourceHead(head) && !head.cap) return null;
  const words = wordsOf(tokens, np.a, np.b);
  const st = tokens[np.a]!.start;
  const en = tokens[np.b - 1]!.end;
  const m = mention(text.slice(st, en), st, en, words, "mention", sentence, null);
  return mentions.expand(m);
}

/** Common verbs in the past tense that no -ed ending shows. */
const IRREGULAR_PAST = new Set([
  "spoke", "met", "went", "came", "made", "took", "gave", "got", "left", "won", "lost", "ran", "led", "held", "sent", "told",
  "said", "wrote", "began", "became", "brought", "found", "kept", "saw", "thought", "stood", "fought", "knew", "paid", "put",
  "set", "struck", "hit", "shot", "sought", "built", "drew", "flew", "fell", "rose", "grew", "chose", "broke", "spent",
]);

/**
 * "Speaking to the BBC Mr Roe said", "Commenting Mr Roe said": an opening participle clause whose comma is
 * missing runs into the subject; an honorific before a capitalised name starts the speaker. Returns the first
 * token of the speaker (the range's own start when there is no such participle and honorific).
 */
function honorificAfterParticiple(tokens: Token[], r: { a: number; b: number }): number {
  const first = tokens[r.a]!;
  if (!first.cap || !/^\p{Lu}\p{Ll}{2,}ing$/u.test(first.text) || r.b - r.a < 3) return r.a;
  for (let j = r.a + 1; j < r.b - 1; j++) {
    if (HONORIFICS.has(tokens[j]!.lower.replace(/\.$/, "")) && tokens[j + 1]!.cap) return j;
  }
  return r.a;
}

/**
 * Whether the speaker range is an existential "there" ("There were fears that C", "There have been claims that C"):
 * "there" alone before a form of "be", or before "has"/"have"/"had" and "been".
 */
function existentialThere(tokens: Token[], r: { a: number; b: number }): boolean {
  if (r.b - r.a !== 1 || tokens[r.a]!.lower !== "there") return false;
  const next = tokens[r.b]?.lower ?? "";
  if (/^(?:is|are|was|were|remain|remains|remained|seem|seems|seemed)$/.test(next)) return true;
  return /^(?:has|have|had)$/.test(next) && tokens[r.b + 1]?.lower === "been";
}

/** A finite verb right after a sentence-initial word shows that word is a subject name ("Putin spoke", "Hamas claimed"). */
function verbFollows(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || t.cap) return false;
  return /ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || CUE_FORMS.has(t.lower) || /^(?:is|was|has|had|will|would|could|can|may|might|must|should|did|does|also|has)$/.test(t.lower);
}

const WORD_COUNTS = new WeakMap<Token[], { inside: Int32Array; outside: Int32Array }>();

/** Prefix counts of words inside and outside quotation marks: counts[k] covers tokens[0..k). */
function wordCounts(tokens: Token[]): { inside: Int32Array; outside: Int32Array } {
  let c = WORD_COUNTS.get(tokens);
  if (!c) {
    c = { inside: new Int32Array(tokens.length + 1), outside: new Int32Array(tokens.length + 1) };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const word = t.kind === "word" ? 1 : 0;
      c.inside[k + 1] = c.inside[k]! + (word && t.depth > 0 ? 1 : 0);
      c.outside[k + 1] = c.outside[k]! + (word && t.depth === 0 ? 1 : 0);
    }
    WORD_COUNTS.set(tokens, c);
  }
  return c;
}

/** Index of the first token that starts at or after UTF-16 index `i`. */
function firstTokenAt(tokens: Token[], i: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ENDNOTE_INDEX = new WeakMap<Document, Map<number, { urls: string[] }>>();

/** A document's endnotes by number (the first of duplicates), built once. */
function endnoteIndex(doc: Document): Map<number, { urls: string[] }> {
  let idx = ENDNOTE_INDEX.get(doc);
  if (!idx) {
    idx = new Map();
    for (const e of doc.endnotes?.notes ?? []) if (!idx.has(e.n)) idx.set(e.n, e);
    ENDNOTE_INDEX.set(doc, idx);
  }
  return idx;
}
