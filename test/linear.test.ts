/**
 * Linear time: for each known worst case of the pipeline, `extractText` is
 * timed on an adversarial input of size n and of size 8n; the test fails
 * when the ratio exceeds 12 (linear is 8; n log n about 9; inputs that are one
 * paragraph of hundreds of thousands of tokens allow 24, see `Case.limit`).
 *
 * Measuring: CPU time of this process (`process.cpuUsage`, so a loaded
 * machine's scheduling does not count), after a forced GC, the minimum of 3
 * runs for each size. n is chosen so that the 8n case takes roughly 0.2–0.5 s.
 * A ratio over the limit is measured again (twice at most) before failing,
 * since one noisy pair is common on a shared machine and a quadratic case
 * fails every time (its ratio is ~64).
 *
 * A case found quadratic in code this suite does not own may be marked
 * `todo` (it runs and reports, but does not fail the run), naming where the
 * quadratic work is, until it is fixed. None is today.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import v8 from "node:v8";
import vm from "node:vm";
import { extractText } from "../src/extract.js";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const LIMIT = 12;

interface Case {
  name: string;
  /** The input of size n. */
  make: (n: number) => string;
  n: number;
  /** Set when the case is known to be quadratic: where, and why. */
  todo?: string;
  /**
   * A higher limit for one paragraph of hundreds of thousands of tokens: all
   * its tokens are alive at once (a paragraph is the unit of analysis), so
   * at 8n they outgrow the caches and the young generation and each token
   * costs more (ratios of 10–21 measured while other test files ran;
   * quadratic is still ~64).
   */
  limit?: number;
}

const rep = (s: string, n: number) => s.repeat(n);
/** See `Case.limit`. */
const ONE_PARAGRAPH = 24;
const numbered = (n: number, f: (i: number) => string, sep: string) => Array.from({ length: n }, (_, i) => f(i)).join(sep);

const CASES: Case[] = [
  // Long lines and runs of one character.
  { name: "long line without spaces (one 3M-unit token)", make: (n) => rep("a", n), n: 3_000_000 },
  { name: "word with a long tail of hyphens (token regex backtracking)", make: (n) => "a" + rep("-", n) + " b", n: 80_000 },
  { name: "many [ without ]", make: (n) => rep("[", n), n: 120_000, limit: ONE_PARAGRAPH },
  { name: "many periods ....", make: (n) => rep(".", n), n: 100_000, limit: ONE_PARAGRAPH },
  { name: "many abbreviations U.S. U.S.", make: (n) => rep("U.S. ", n), n: 20_000, limit: ONE_PARAGRAPH },
  // Quotes.
  { name: "many unbalanced quotes", make: (n) => rep("“a ", n), n: 25_000, limit: ONE_PARAGRAPH },
  { name: "deep nesting of quotes", make: (n) => rep("“", n) + "a" + rep("”", n), n: 20_000, limit: ONE_PARAGRAPH },
  // Words.
  { name: "many capitalised words (a name run)", make: (n) => rep("Smith ", n), n: 30_000, limit: ONE_PARAGRAPH },
  { name: "many cue words said said", make: (n) => rep("said ", n), n: 30_000, limit: ONE_PARAGRAPH },
  // n large enough that the n case already outgrows the young generation (at 40,000 the step from n to 8n crossed it: ratio up to 21).
  { name: "many commas", make: (n) => rep("a, ", n), n: 100_000, limit: ONE_PARAGRAPH },
  // Lines and documents.
  { name: "many short lines (one hard-wrapped paragraph)", make: (n) => rep("a\n", n), n: 30_000 },
  { name: "many URL lines", make: (n) => rep("https://example.com/x\n", n), n: 10_000 },
  { name: "many RSS documents with a claim each", make: (n) => rep("RSS\nHeadline\n\nSmith said it.\n", n), n: 600 },
  // (Acronyms are read per document: a search from the document's start ran on to the end of the file once per document.)
  { name: "many RSS documents after one bracketed acronym", make: (n) => "RSS\nHeadline\n\nThe Harbour Council (THC) met.\n" + rep("RSS\nHeadline\n\nSmith said it.\n", n), n: 3_000 },
  // Citation markers (sentenceCitations used indexOf per marker: quadratic until fixed).
  { name: "many markers closing one sentence", make: (n) => "Smith said it." + rep("[1]", n), n: 20_000 },
  { name: "many markers on one line", make: (n) => rep("[1] ", n), n: 20_000 },
  { name: "endnote-like lines", make: (n) => "Smith said it.[1]\n\n" + rep("[1] https://a.com/x\n", n), n: 40_000 },
  // Many claims in one paragraph (kindOf and inQuote scanned the paragraph per claim: quadratic until fixed).
  { name: "many quoted claims in one paragraph", make: (n) => rep("“Yes,” he said. “No.” ", n), n: 700 },
  // Many claims per document, paragraph or sentence: these reach every later stage (quadratic until
  // d224503: mention resolution, cutContents, kindOf, isCaption/speakerType per claim, endnote lookup).
  { name: "many one-line claims by a named speaker", make: (n) => rep("Smith said it.\n", n), n: 800 },
  { name: "many claims by a description (the group)", make: (n) => rep("The group said it. ", n), n: 800 },
  { name: "many claims in one sentence", make: (n) => rep("a, Smith said, ", n), n: 1_500 },
  { name: "many quoted claims in one sentence", make: (n) => rep("“Yes,” he said, ", n), n: 300 },
  { name: "many open quotes after cues in one sentence", make: (n) => rep("Smith said “a ", n), n: 1_500 },
  {
    name: "many cited claims and endnotes",
    make: (n) => numbered(n, (i) => `Smith said it.[${i}]`, " ") + "\n\n" + numbered(n, (i) => `[${i}] https://a.com/${i}`, "\n"),
    n: 700,
  },
];

/** CPU milliseconds of one call, after a GC. */
function cpuMs(f: () => void): number {
  gc();
  const s = process.cpuUsage();
  f();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
}

function minOf3(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) best = Math.min(best, cpuMs(() => extractText(text, "x")));
  return best;
}

/** One measurement: times at n and 8n and their ratio. */
function measure(c: Case): { t1: number; t8: number; ratio: number } {
  const small = c.make(c.n);
  const big = c.make(8 * c.n);
  // No separate warm-up: the first run at n warms the JIT up and min-of-3 drops it.
  const t1 = minOf3(small);
  const t8 = minOf3(big);
  // Sub-millisecond runs make a ratio meaningless; floor the denominator.
  return { t1, t8, ratio: t8 / Math.max(t1, 1) };
}

describe(`linear time: extractText at n and 8n (fails when the ratio exceeds ${LIMIT})`, () => {
  for (const c of CASES) {
    test(c.name, { todo: c.todo ? `quadratic: ${c.todo}` : undefined }, (t) => {
      const limit = c.limit ?? LIMIT;
      let best = measure(c);
      // A known-quadratic case is not measured again: it would only fail again, slowly.
      for (let attempt = 1; attempt < 3 && best.ratio > limit && !c.todo; attempt++) {
        const again = measure(c);
        if (again.ratio < best.ratio) best = again;
      }
      t.diagnostic(`n=${c.n} (${c.make(c.n).length} UTF-16 units): ${best.t1.toFixed(1)} ms; 8n: ${best.t8.toFixed(1)} ms; ratio ${best.ratio.toFixed(1)}`);
      assert.ok(best.ratio <= limit, `${c.name}: time at 8n is ${best.ratio.toFixed(1)}× the time at n (limit ${limit})`);
    });
  }
});
