/**
 * The cue lexicon is data (src/lexicon/cues.ts); these checks keep it
 * consistent. A lemma listed twice is a silent defect: the word-form table
 * keeps the first entry's options, so the second's weight and object kind
 * are dead data that a reader takes for live.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CUE_VERBS, NOMINAL_CUES, PHRASE_CUES } from "../src/lexicon/cues.js";
import { CUE_FORMS } from "../src/lexicon/index.js";
import { inflect } from "../src/lexicon/inflect.js";

test("every cue verb lemma is listed once", () => {
  const seen = new Map<string, number>();
  for (const v of CUE_VERBS) seen.set(v.lemma, (seen.get(v.lemma) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([l]) => l);
  assert.deepEqual(twice, [], `listed more than once: ${twice.join(", ")}`);
});

test("every phrase cue is listed once", () => {
  const keys = PHRASE_CUES.map((p) => p.words.join(" "));
  assert.equal(new Set(keys).size, keys.length);
});

test("weights are evidence in (0, 1]", () => {
  for (const v of CUE_VERBS) if (v.weight !== undefined) assert.ok(v.weight > 0 && v.weight <= 1, `${v.lemma}: ${v.weight}`);
  for (const [w, n] of NOMINAL_CUES) assert.ok(n.weight > 0 && n.weight <= 1, `${w}: ${n.weight}`);
});

test("each word form of a verb maps back to its lemma", () => {
  for (const v of CUE_VERBS) {
    // (A verb cued only in the past, "labeled", has no base form in the table: "the label" is a noun.)
    // (Nor has a cue whose base form is a noun, "document": noBase.)
    const word = v.pastOnly || v.noBase ? (v.forms?.[0] ?? inflect(v.lemma)[0]!) : v.lemma.split(" ")[0]!;
    const forms = CUE_FORMS.get(word) ?? [];
    assert.ok(forms.some((f) => f.verb === v), `${v.lemma}: ${v.pastOnly || v.noBase ? "past" : "base"} form missing from the table`);
    if (v.pastOnly) assert.ok(!(CUE_FORMS.get(v.lemma) ?? []).some((f) => f.verb === v), `${v.lemma}: the base form of a past-only cue is in the table`);
    for (const spelling of v.spellings ?? []) assert.ok((CUE_FORMS.get(spelling[0]!) ?? []).some((f) => f.verb === v), `${v.lemma}: ${spelling[0]} missing`);
  }
});
