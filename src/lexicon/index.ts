/**
 * Lookup tables built once from the cue lexicon: lower-cased word form →
 * the cue it can be, with the form's role (finite, participle, base).
 */
import { COPULAR_CUES, CUE_VERBS, NOMINAL_CUES, PHRASE_CUES, type CueVerb, type PhraseCue } from "./cues.js";
import { inflect } from "./inflect.js";

export type FormRole = "base" | "past" | "ing" | "s";

export interface CueForm {
  verb: CueVerb;
  role: FormRole;
  /** A particle that must follow ("out" in "pointed out"), or null. */
  particle: string | null;
}

function build(): Map<string, CueForm[]> {
  const map = new Map<string, CueForm[]>();
  const add = (form: string, verb: CueVerb, role: FormRole) => {
    const [head, ...rest] = form.split(" ");
    const particle = rest.length ? rest.join(" ") : null;
    const list = map.get(head!) ?? [];
    if (!list.some((f) => f.verb.lemma === verb.lemma && f.role === role)) list.push({ verb, role, particle });
    map.set(head!, list);
  };
  for (const verb of CUE_VERBS) {
    if (!verb.pastOnly && !verb.noBase) add(verb.lemma, verb, "base");
    const regular = (): string[] => { const [p, i, t] = inflect(verb.lemma); return [p!, p!, i!, t!]; };
    for (const [past, participle, ing, s] of [verb.forms ?? regular(), ...(verb.spellings ?? [])]) {
      add(past!, verb, "past");
      if (participle !== past) add(participle!, verb, "past");
      add(ing!, verb, "ing");
      if (!verb.pastOnly) add(s!, verb, "s");
    }
  }
  return map;
}

/** Lemmas of the cues whose content is an object with its "as" complement ("sees X as Y"). */
export const AS_OBJECT_LEMMAS: ReadonlySet<string> = new Set(CUE_VERBS.filter((v) => v.asObject).map((v) => v.lemma));

/** Word form → candidate cues. */
export const CUE_FORMS: ReadonlyMap<string, CueForm[]> = build();

/** First word of a phrase cue → the phrase cues it may start. */
export const PHRASES_BY_FIRST: ReadonlyMap<string, PhraseCue[]> = (() => {
  const m = new Map<string, PhraseCue[]>();
  for (const p of PHRASE_CUES) m.set(p.words[0]!, [...(m.get(p.words[0]!) ?? []), p]);
  return m;
})();

/** What a word may start, as bits of `TRIGGERS`: a phrase cue, a nominal cue ("claim that"), a verb cue form. */
export const TRIGGER_PHRASE = 1, TRIGGER_NOMINAL = 2, TRIGGER_VERB = 4;

/**
 * Word → the kinds of cue it may start (bits above). Words absent here start
 * no cue: the scan of a paragraph asks this one table per word instead of
 * the three it summarises.
 */
export const TRIGGERS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const set = (w: string, bit: number) => m.set(w, (m.get(w) ?? 0) | bit);
  for (const w of PHRASES_BY_FIRST.keys()) set(w, TRIGGER_PHRASE);
  for (const w of NOMINAL_CUES.keys()) set(w, TRIGGER_NOMINAL);
  for (const w of COPULAR_CUES.keys()) set(w, TRIGGER_NOMINAL);
  for (const w of CUE_FORMS.keys()) set(w, TRIGGER_VERB);
  return m;
})();

/**
 * A quick "certainly not" for word lookups: a bit table indexed by a cheap
 * hash of a word's length and its first, second, middle and last code units. Testing it costs
 * no string hashing (which a Map lookup of each fresh token string pays),
 * and most tokens of running text are no cue, so most lookups end here.
 */
export class WordFilter {
  private readonly bits = new Uint8Array(1 << 14);
  constructor(words: Iterable<string>) {
    for (const w of words) this.bits[WordFilter.slot(w)] = 1;
  }
  private static slot(w: string): number {
    const n = w.length;
    let h = Math.imul(w.charCodeAt(0) ^ (n << 8), 0x9e3779b1);
    h = Math.imul(h ^ w.charCodeAt(n > 1 ? 1 : 0), 0x85ebca6b);
    h = Math.imul(h ^ w.charCodeAt(n - 1), 0xc2b2ae35);
    h = Math.imul(h ^ w.charCodeAt(n >> 1), 0x27d4eb2f);
    return (h ^ (h >>> 15)) & 0x3fff;
  }
  /** False when `w` is certainly not one of the words. */
  mayHave(w: string): boolean {
    return this.bits[WordFilter.slot(w)] === 1;
  }
}

/** `TRIGGERS`' words, as a filter. */
export const TRIGGER_FILTER = new WordFilter(TRIGGERS.keys());
