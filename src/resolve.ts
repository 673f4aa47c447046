/**
 * Resolving pronouns ("he", "it"), descriptions ("the group", "the
 * officials", "the statement") and short names ("Bogdanov") to the named
 * source they refer to, from the mentions seen earlier in the document.
 *
 * Salience follows the usual order of centering: the subject of the current
 * sentence (before the pronoun), then the subjects and speakers of earlier
 * sentences, most recent first. A mention inside the claim's own content
 * or inside a quotation is never an antecedent of the claim's speaker, but for
 * one: the named subject that opens the content of a tag "the firm said".
 */
import {
  DETERMINERS, GOVERNMENT_WORDS, HONORIFICS, HUMAN_HEADS, MEDIA_WORDS, ORGANIZATION_WORDS, PERSON_TITLES, PRONOUN_WORDS, PRONOUNS,
  QUANTIFIER_SPEAKERS, SOURCE_NOUNS, TITLE_ABBREVIATIONS, DATE_NAMES, AGENT_NOUNS,
  POSSESSIVE_DETERMINERS, BUSINESS_HEADS,
} from "./lexicon/words.js";
import { speakerType } from "./speaker-type.js";
import { DEMONYMS } from "./lexicon/places.js";

/** Heads that agree with singular and plural alike ("the media says/say"). */
const NUMBERLESS = new Set(["media", "staff", "police", "government", "administration", "group", "team", "campaign", "party", "press"]);

export interface Mention {
  /** UTF-16 range in the file's text. */
  start: number;
  end: number;
  text: string;
  words: string[];
  /** Lower-cased head word (last word). */
  head: string;
  /** Has a capitalised word other than the determiner: a name, not a description. */
  named: boolean;
  readonly plural: boolean;
  /** true: known person; false: known non-person; null: unknown. */
  readonly person: boolean | null;
  role: "subject" | "speaker" | "mention";
  /** Global sentence number in the document. */
  sentence: number;
  /** What this mention itself resolves to (for descriptions and pronouns that were speakers). */
  antecedent: Mention | null;
  /**
   * False for a lone capitalised word that opens a sentence and is not known
   * as a name ("Water rationing will end"): capitalisation there proves
   * nothing, so such a mention is no antecedent.
   */
  solid: boolean;
  /**
   * True for the subject of a clause that an inverted or final tag reports ("Exports rose" in "Exports
   * rose, said Ola Berg"): the sentence is about its speaker, who outranks it as an antecedent.
   */
  reported: boolean;
  /**
   * True for a subject mention that is the whole subject: a comma or a verb follows it ("RHB, a lender, is", "Acme
   * said"), not more of the noun phrase ("The US stock market regulator", read as "The US").
   */
  whole: boolean;
  /** `words` lower-cased, possessive 's dropped (the name index and the name loop of `resolve` read them for every earlier mention). */
  lower: string[];
}

const PLURAL_HEAD = /(?:s|people|media|police|staff|personnel)$/;

/** Whether a mention names a person, or how to find out when first asked. */
export type PersonOrLater = boolean | null | (() => boolean | null);

/**
 * Builds a mention from words and a range. `person` may be a function: most
 * mentions are never looked at as antecedents, so what costs (classifying the
 * words, testing for "and") is done on first use, once.
 */
export function mention(text: string, start: number, end: number, words: string[], role: Mention["role"], sentence: number, person: PersonOrLater): Mention {
  const lower: string[] = [];
  let head = "";
  let named = false;
  // The head is the last content word (not a determiner or quantifier), else the last word.
  let contentHead = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const l = w.toLowerCase();
    lower.push(dropPossessive(l));
    if (DETERMINERS.has(l) || QUANTIFIER_SPEAKERS.has(l)) continue;
    contentHead = i;
    // (A weekday or month names no one: "The order issued Friday" is a description.)
    if (!named && UPPER_FIRST.test(w) && !DATE_NAMES.has(l)) named = true;
  }
  if (contentHead >= 0) head = lower[contentHead]!;
  else if (words.length) head = lower[words.length - 1]!;
  if (PRONOUN_WORDS.has(head)) named = false;
  return new LazyMention(start, end, text, words, head, named, person, role, sentence, lower);
}

class LazyMention implements Mention {
  antecedent: Mention | null = null;
  solid = true;
  reported = false;
  whole = false;
  private pluralValue: boolean | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly words: string[],
    readonly head: string,
    readonly named: boolean,
    private personValue: PersonOrLater,
    readonly role: Mention["role"],
    readonly sentence: number,
    readonly lower: string[],
  ) {}

  get person(): boolean | null {
    let p = this.personValue;
    if (typeof p === "function") this.personValue = p = p();
    return p;
  }

  get plural(): boolean {
    let v = this.pluralValue;
    if (v === undefined) {
      const head = this.head;
      v = NUMBERLESS.has(head) ? true : PRONOUN_WORDS.has(head) ? PRONOUNS[head]!.plural : (!this.named || SOURCE_NOUNS.has(head)) && PLURAL_HEAD.test(head) && !/(?:ss|us|is)$/.test(head) || /\band\b/i.test(this.text);
      this.pluralValue = v;
    }
    return v;
  }
}

const UPPER_FIRST = /^\p{Lu}/u;


/** Words that make a title another office: a deputy prime minister is not "the prime minister". */
const RANK_MODIFIERS = new Set(["deputy", "vice", "shadow", "former", "acting", "assistant", "junior", "ex"]);

/**
 * Whether a description headed by a title ("the governor") and a mention
 * that carries titles of its own, none of them that one ("Palace press
 * secretary Oren Vail"), name different people. Honorifics ("Mr") carry no
 * role and never clash.
 */
function titleClash(head: string, words: string[]): boolean {
  if (!PERSON_TITLES.has(head)) return false;
  const t = titleOf(words);
  return t !== null && t !== head && !words.some((w) => titleWord(w) === head);
}

/** The last role title among lower-cased words ("Transport Minister Edda Brun" → "minister"), abbreviations spelled out, honorifics skipped. */
function titleOf(words: string[]): string | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const t = titleWord(words[i]!);
    if (t) return t;
  }
  return null;
}

/** A lower-cased word as a role title ("gov." → "governor"), or null. */
function titleWord(w: string): string | null {
  const t = TITLE_ABBREVIATIONS.get(w.replace(/\.$/, "")) ?? w;
  return PERSON_TITLES.has(t) && !HONORIFICS.has(t) ? t : null;
}

/**
 * Whether a mention ends with the word `last` (lower case), give or take a
 * possessive or a parenthesis ("Sen. Lindsey Graham (R-S.C.)" ends with
 * "graham"): a name names the head of a fuller mention, not a modifier in
 * it ("Harbour Authority" is not "Harbour Authority spokesperson Lina Osk",
 * "Mr. Clarke" is not "Mr. Clarke's new company").
 */
function endsWithName(text: string, last: string): boolean {
  const lower = text.toLowerCase();
  const at = lower.lastIndexOf(last);
  return at >= 0 && /^(?:['’]s?)?\s*(?:\([^()]*\))?$/.test(lower.slice(at + last.length));
}

/**
 * Whether a mention is a proper name that opens with `words` ("Cairn Energy"
 * for "Cairn", "Serena Williams" for "Serena"): every word after them
 * capitalised, none possessive ("Sony’s PlayStation Portable" is a product).
 */
function startsProperName(text: string, words: string[]): boolean {
  const name = words.filter((w) => !/^(?:the|a|an)$/i.test(w)).join(" ");
  // An acronym is a whole name already: "IRGC Ground Forces" is a unit of the IRGC, "IDF Home Front Command" one of the IDF.
  if (/^\p{Lu}{2,}$/u.test(name)) return false;
  if (!name || !text.toLowerCase().startsWith(name.toLowerCase() + " ")) return false;
  const rest = text.slice(name.length + 1).split(/\s+/);
  return rest.length <= 3 && rest.every((w) => /^\p{Lu}[\p{L}\p{N}.&-]*$/u.test(w));
}

/** A lower-cased word without its possessive 's ("iran's" → "iran"): `w.replace(/['’]s$/, "")` without a regex. */
export function dropPossessive(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019)) return w.slice(0, n - 2);
  return w;
}

/** Kinds of referring phrase. */
export type Reference = "pronoun" | "description" | "name" | "quantifier";

/** How a speaker phrase refers: pronoun, definite description, name, or a quantifier ("some"). */
export function referenceKind(words: string[]): Reference {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length === 1 && PRONOUN_WORDS.has(lower[0]!)) return "pronoun";
  if (lower.length === 1 && /^(?:some|many|others|most|few|several|both|all)$/.test(lower[0]!)) return "quantifier";
  const det = /^(?:the|this|that|these|those)$/.test(lower[0] ?? "");
  const head = lower[lower.length - 1] ?? "";
  const capsAfterDet = words.slice(1).filter((w) => /^\p{Lu}/u.test(w));
  if (det && SOURCE_NOUNS.has(head) && capsAfterDet.length <= 2 && !/^\p{Lu}/u.test(words[words.length - 1]!)) return "description";
  return "name";
}

/** The document's memory of mentions, in order of appearance. */
export class Mentions {
  readonly all: Mention[] = [];
  /** Capitalised words seen inside sentences (not at their start): names, whatever their position later. */
  readonly midSentenceCaps = new Set<string>();

  /**
   * Named mentions by each of their lower-cased words, mentions by head,
   * expansions by acronym. Each index keeps one mention per distinct text
   * (the first for names and expansions, the latest for heads), so a name repeated a
   * thousand times costs one entry, not a thousand.
   */
  private readonly byWord = new Map<string, Map<string, Mention>>();
  private readonly byHead = new Map<string, Map<string, Mention>>();
  private readonly byAcronym = new Map<string, Map<string, Mention>>();
  /** Mentions by end offset: "Oren Vail" and "Palace press secretary Oren Vail" are one person, with one title. */
  private readonly byEnd = new Map<number, Mention[]>();

  add(m: Mention): void {
    // A lone adjective of nationality ("Ukrainian reports") is no referent for later pronouns or descriptions.
    if (m.words.length === 1 && DEMONYMS.has(m.head)) return;
    this.all.push(m);
    const key = m.text.toLowerCase();
    const heads = this.byHead.get(m.head) ?? new Map<string, Mention>();
    heads.delete(key); // re-insert: latest last
    heads.set(key, m);
    this.byHead.set(m.head, heads);
    if (m.named) for (const w of new Set(m.lower)) keepFirst(this.byWord, w, key, m);
    const acr = /\(([^()\s]{2,12})\)/.exec(m.text);
    if (acr) keepFirst(this.byAcronym, acr[1]!, key, m);
    const same = this.byEnd.get(m.end);
    if (same) same.push(m);
    else this.byEnd.set(m.end, [m]);
  }

  /**
   * Resolves a speaker phrase. `at` is where it stands (UTF-16), `exclude` a
   * range (the claim's content) whose mentions are not candidates.
   */
  resolve(words: string[], at: number, sentence: number, exclude: { start: number; end: number }, inQuote: (i: number) => boolean): Mention | null {
    const kind = referenceKind(words);
    const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
    const ok = (m: Mention) => m.start < at && !(m.start >= exclude.start && m.end <= exclude.end) && !inQuote(m.start);
    if (kind === "quantifier") {
      // "Many"/"Some"/"others": the latest plural group of people mentioned before.
      for (const m of this.ranked(sentence, ok)) {
        const r = m.antecedent ?? m;
        if (r.plural && HUMAN_HEADS.has(r.head) && contentWords(r.words) >= 1 && !QUANTIFIER_SPEAKERS.has(r.head)) return r;
      }
      return null;
    }
    if (kind === "name") {
      // ("Ukrainian reports that C": an adjective of nationality names a side, no source with a fuller name.)
      if (lower.length === 1 && DEMONYMS.has(lower[0]!)) return null;
      // A short name → its fullest earlier mention ending with the same word; an acronym → its expansion.
      const last = lower[lower.length - 1]!;
      const acronym = words[words.length - 1]!;
      let best: Mention | null = null;
      for (const m of this.byWord.get(last)?.values() ?? []) {
        // An antecedent ends before the name: "Transport analyst Mia Lund" contains "Mia Lund", it does not precede it.
        if (m.end > at) continue;
        const mw = m.lower;
        if (m.words.length > words.length && lower.every((w) => mw.includes(w) || /^(?:the|a|an)$/.test(w)) && (endsWithName(m.text, last) || startsProperName(m.text, words))) {
          // "Minister Ali Larijani and Speaker Mohammad Ghalibaf" names two people: "Ghalibaf" is the conjunct that ends with him.
          const c = m.lower.includes("and") ? lastConjunct(m) : m;
          if (c.words.length <= words.length || !lower.every((w) => c.lower.includes(w) || /^(?:the|a|an)$/.test(w))) continue;
          // "The majority of Hezbollah", "the leader of Hamas": the name is the object of a preposition, another referent's complement.
          const first = c.lower.indexOf(lower.find((w) => !/^(?:the|a|an)$/.test(w)) ?? last);
          if (first > 0 && PREPOSITIONS_BEFORE_NAME.has(c.lower[first - 1]!)) continue;
          if (!best || c.words.length > best.words.length) best = c;
        }
      }
      // An acronym names what it abbreviates: "NSC" → "National Security Council (NSC)".
      // The expansion first written latest ("MoD" may be Russia's or Britain's), in its fullest form: "Kingdom Maritime Trade
      // Operations (UKMTO)", a run that lost the sentence's first word, is "United Kingdom Maritime Trade Operations (UKMTO)".
      const expansions = [...(this.byAcronym.get(acronym)?.values() ?? [])].filter((m) => m.end <= at && endsWithName(m.text, `(${acronym.toLowerCase()})`));
      const latest = expansions.reduce<Mention | null>((x, m) => (!x || m.start > x.start ? m : x), null);
      if (latest) {
        const tail = withoutArticle(latest.text);
        best = latest;
        for (const m of expansions) if (contentWords(m.words) > contentWords(best.words) && withoutArticle(m.text).endsWith(" " + tail)) best = m;
      }
      return best;
    }
    if (kind === "pronoun") {
      const p = PRONOUNS[lower[0]!]!;
      for (const m of this.ranked(sentence, ok)) {
        const r = m.antecedent ?? m;
        // (A pronoun that found no antecedent of its own, "It is unclear whether ...", is no antecedent either.)
        if (!r.solid || PRONOUN_WORDS.has(r.head) || EXPLETIVES.has(r.head) || possessedThing(r)) continue;
        const human = HUMAN_HEADS.has(r.head);
        if (!r.named && !human && !(p.person === false && m.role === "subject")) continue;
        // (A named numberless body takes "it" too: "the General Staff shared its assessment", as well as "they". An
        // unnamed one, "the group", is passed over for the name it stands for.)
        if (p.plural !== r.plural && !(p.person === false && r.named && NUMBERLESS.has(r.head))) continue;
        if (p.person === true && (r.person === false || (!r.named && !human))) continue;
        if (p.person === false && (r.person === true || human)) continue;
        if (p.plural && !r.named && !human) continue;
        return this.expand(r);
      }
      return null;
    }
    // Description: the same head with more words first ("the officials" → "US officials").
    const head = lower[lower.length - 1]!;
    const modifiers = words.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    const sameHead = [...(this.byHead.get(head)?.values() ?? [])];
    for (let i = sameHead.length - 1; i >= 0; i--) {
      const m = sameHead[i]!;
      if (!ok(m)) continue;
      const mw = m.words.map((w) => w.toLowerCase());
      if (m.head === head && contentWords(m.words) > contentWords(words) && !sameWords(mw, lower)) {
        if (modifiers.every((x) => mw.includes(x))) return this.expand(m.antecedent ?? m);
      }
    }
    // "the minister", "the home secretary": the latest person named in the window with that title and every
    // modifier ("Home Secretary Charles Clarke"), before anybody else.
    if (PERSON_TITLES.has(head)) {
      const wanted = lower.slice(0, -1).filter((w) => !DETERMINERS.has(w) && !POSSESSIVE_DETERMINERS.has(w));
      for (const m of this.ranked(sentence, ok)) {
        const r = m.antecedent ?? m;
        if (!r.solid || !r.named) continue;
        const forms = this.byEnd.get(r.end) ?? [r];
        if (forms.some((x) => titleOf(x.lower) === head && wanted.every((w) => x.lower.some((y) => y.startsWith(w.slice(0, 5))))
          && !x.lower.some((y) => RANK_MODIFIERS.has(y) && !lower.includes(y)))) return this.expand(r);
      }
    }
    // ("RHB, the third-biggest lender, is scouting for a partner, the firm said": a tag after its content whose
    // description names a business speaks of the content's own subject when a name that is no person opens it.)
    if (BUSINESS_HEADS.has(head) && at >= exclude.end) {
      const subject = this.openingSubject(exclude.start, sentence);
      if (subject) return this.expand(subject);
    }
    const plural = PLURAL_HEAD.test(head) && !/(?:ss|us|is)$/.test(head);
    const person = /^(?:spokesman|spokeswoman|president|minister|commander|official|leader|senator|governor|mayor|adviser|advisor|aide|chief|secretary|candidate|nominee)$/.test(head);
    const humanDescription = HUMAN_HEADS.has(head);
    const category = GOVERNMENT_WORDS.has(head) ? "government" : MEDIA_WORDS.has(head) ? "media" : null;
    for (const m of this.ranked(sentence, ok)) {
      const r = m.antecedent ?? m;
      if (!r.solid) continue;
      if (category) {
        // People are not a government: "the government" is not "Hamas officials".
        if (category === "government" && HUMAN_HEADS.has(r.head)) continue;
        const t = speakerType(r.words);
        // A government is a body the words name as one ("Britain", "the Home Office"), not any mention of unknown kind.
        if (t !== category && (t !== "unknown" || category === "government")) continue;
      }
      if (!r.named && !(humanDescription && HUMAN_HEADS.has(r.head) && contentWords(r.words) > 1)) continue;
      if (possessedThing(r)) continue;
      if (humanDescription && !(m.role === "speaker" || HUMAN_HEADS.has(r.head) || r.person === true)) continue;
      if (modifiers.length && !modifiers.every((x) => r.words.map((w) => w.toLowerCase()).some((w) => w.startsWith(x.slice(0, 5))))) continue;
      if (plural !== r.plural && !NUMBERLESS.has(head)) continue;
      if (person && r.person === false) continue;
      if (!person && r.person === true) continue;
      if ((this.byEnd.get(r.end) ?? [r]).some((x) => titleClash(head, x.lower))) continue;
      return this.expand(r);
    }
    return null;
  }

  /** The fullest form of a named mention: "Rubio" → "US Secretary of State Marco Rubio", "NSC" → "National Security Council (NSC)". */
  expand(m: Mention): Mention {
    if (!m.named) return m;
    const r = this.resolve(m.words, m.start, m.sentence, { start: -1, end: -1 }, () => false);
    return r && r !== m ? r : m;
  }

  /**
   * The named subject that opens a content at `start` in `sentence` ("RHB" of "RHB, a lender, is ..."), if it is no
   * person. Looks at the latest RANK_WINDOW mentions only.
   */
  private openingSubject(start: number, sentence: number): Mention | null {
    for (let i = this.all.length - 1; i >= 0 && i >= this.all.length - RANK_WINDOW; i--) {
      const m = this.all[i]!;
      if (m.sentence < sentence) break;
      if (m.start !== start || m.role !== "subject") continue;
      if (!m.whole) return null;
      // (A name itself, its last word capitalised: "Nintendo's new console" is a thing of the company's; and one
      // known as a name: written in capitals ("RHB"), of two capitalised words, or capitalised in mid-sentence
      // elsewhere, since any word opening a sentence is: "Profit rose, the firm said".)
      const caps = m.words.filter((w) => UPPER_FIRST.test(w) && !DETERMINERS.has(w.toLowerCase()));
      const name = caps.length > 1 || caps.some((w) => /^\p{Lu}{2,}$/u.test(w) || this.midSentenceCaps.has(w));
      return m.named && m.person !== true && name && UPPER_FIRST.test(m.words[m.words.length - 1] ?? "") ? m : null;
    }
    return null;
  }

  /** Candidates by salience: current sentence's subject, then earlier sentences (subject first, then speakers, latest first). */
  private ranked(sentence: number, ok: (m: Mention) => boolean): Mention[] {
    const out: Mention[] = [];
    const bySentence = new Map<number, Mention[]>();
    // Nearest first, and at most RANK_WINDOW mentions looked at: constant work per resolution.
    for (let i = this.all.length - 1; i >= 0 && i >= this.all.length - RANK_WINDOW; i--) {
      const m = this.all[i]!;
      if (m.sentence < sentence - 12) break;
      if (!ok(m)) continue;
      const list = bySentence.get(m.sentence) ?? [];
      list.push(m);
      bySentence.set(m.sentence, list);
    }
    for (let s = sentence; s >= sentence - 12; s--) {
      const list = bySentence.get(s);
      if (!list) continue;
      const rank = (m: Mention) => (m.role === "subject" && !m.reported ? 0 : m.role === "speaker" ? 1 : 2);
      list.sort((a, b) => rank(a) - rank(b) || b.start - a.start);
      out.push(...list);
    }
    return out;
  }
}

/** Prepositions that make the name after them a complement of another head ("the majority of Hezbollah"). */
const PREPOSITIONS_BEFORE_NAME: ReadonlySet<string> = new Set(["of", "for", "to", "from", "with", "by", "at", "in", "on", "against"]);

/**
 * The last conjunct of a coordinated mention ("Secretary Ali Larijani and
 * Speaker Mohammad Bagher Ghalibaf" → "Speaker Mohammad Bagher Ghalibaf"),
 * as a mention of its own; the mention itself when no "and" parts it.
 */
function lastConjunct(m: Mention): Mention {
  const k = m.lower.lastIndexOf("and");
  const at = m.text.toLowerCase().lastIndexOf(" and ");
  if (k <= 0 || k === m.lower.length - 1 || at < 0) return m;
  const start = m.start + at + 5;
  return mention(m.text.slice(at + 5), start, m.end, m.words.slice(k + 1), m.role, m.sentence, m.person);
}

/** A mention's text, lower-cased, without a leading article. */
function withoutArticle(text: string): string {
  return text.toLowerCase().replace(/^(?:the|a|an)\s+/, "");
}

function contentWords(words: string[]): number {
  return words.filter((w) => !/^(?:the|a|an|this|that|these|those)$/i.test(w)).length;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * A named possessor's thing ("Japan's economy", "BA's profits"): capitalised only in its possessor, headed by a
 * noun that names no source, so nobody who speaks ("the data" is not Japan's economy, "it" not BA's profits).
 */
function possessedThing(m: Mention): boolean {
  const last = m.words[m.words.length - 1] ?? "";
  if (!m.named || UPPER_FIRST.test(last) || m.words.length < 2) return false;
  const h = m.head;
  // (Agent nouns may speak: "France's biggest carmaker", "the UK's largest lender", "Manchester United's board".)
  if (AGENT_SHAPE.test(h) || AGENT_NOUNS.has(h)) return false;
  return !SOURCE_NOUNS.has(h) && !HUMAN_HEADS.has(h) && !GOVERNMENT_WORDS.has(h) && !MEDIA_WORDS.has(h) && !ORGANIZATION_WORDS.has(h) && !PERSON_TITLES.has(h)
    && m.words.some((w) => /['’]s?$/.test(w));
}

/** Endings of agent nouns (lender, carmaker, operator, chemist, giant, president). */
const AGENT_SHAPE = /(?:er|ers|or|ors|ist|ists|ant|ants|ent|ents)$/;


/** Subjects that refer to nothing ("There is", "Here are"). */
const EXPLETIVES: ReadonlySet<string> = new Set(["there", "here"]);

/** Mentions looked at, nearest first, when ranking antecedents. */
const RANK_WINDOW = 400;

function keepFirst(map: Map<string, Map<string, Mention>>, key: string, text: string, m: Mention): void {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  if (!inner.has(text)) inner.set(text, m);
}
