/**
 * Lookup tables built once from the cue lexicon: lower-cased word form →
 * the cue it can be, with the form's role (finite, participle, base).
 */
import { CUE_VERBS, NOMINAL_CUES, PHRASE_CUES, type CueVerb, type PhraseCue } from "./cues.js";
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
    const [past, participle, ing, s] = verb.forms ?? (() => { const [p, i, t] = inflect(verb.lemma); return [p!, p!, i!, t!]; })();
    add(verb.lemma, verb, "base");
    add(past!, verb, "past");
    if (participle !== past) add(participle!, verb, "past");
    add(ing!, verb, "ing");
    add(s!, verb, "s");
  }
  return map;
}

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
  for (const w of CUE_FORMS.keys()) set(w, TRIGGER_VERB);
  return m;
})();
