/**
 * Regular English verb inflection for the cue lexicon: lemma → the forms a
 * text may use (past/participle, -ing, 3rd person singular). Irregular verbs
 * list their forms in the lexicon instead.
 */

const VOWELS = "aeiou";

/** Forms of a regular verb, e.g. "note" → noted, noting, notes. */
export function inflect(lemma: string): string[] {
  const parts = lemma.split(" ");
  const verb = parts[0]!;
  const rest = parts.slice(1).join(" ");
  const forms: string[] = [];
  const last = verb[verb.length - 1]!;
  const beforeLast = verb[verb.length - 2] ?? "";
  if (last === "e") {
    forms.push(verb + "d", verb.slice(0, -1) + "ing", verb + "s");
  } else if (last === "y" && !VOWELS.includes(beforeLast)) {
    forms.push(verb.slice(0, -1) + "ied", verb + "ing", verb.slice(0, -1) + "ies");
  } else if (/(s|x|z|ch|sh)$/.test(verb)) {
    forms.push(verb + "ed", verb + "ing", verb + "es");
  } else {
    forms.push(verb + "ed", verb + "ing", verb + "s");
  }
  return rest ? forms.map((f) => `${f} ${rest}`) : forms;
}
