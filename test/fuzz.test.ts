/**
 * Property and fuzz tests of the extraction pipeline on hostile input: for
 * every document, `extractText` throws nothing, every record is valid against
 * the schema, every span slices the text to its `text` by code points with
 * line/column right (see test/invariants.ts), and the output is deterministic.
 * Metamorphic checks: a plain claim is never lost when garbage surrounds it,
 * and changing line endings changes no claim.
 *
 * Seeded, so a failure reproduces: the seed is printed (and fast-check's
 * failure message names seed and path). Override with CLAIMS_FUZZ_SEED;
 * scale the number of runs with CLAIMS_FUZZ_SCALE (e.g. 20 for a long hunt).
 */
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { extractText } from "../src/extract.js";
import type { Claim } from "../src/claim.js";
import { claimProblems, preview } from "./invariants.js";
import { mutatedSeed, report, soup } from "./generators.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "../src/decode.js";
import { childEnv, outputProblems, parseJsonl, runCli, stderrLines } from "./cli-run.js";

const SEED = Number(process.env.CLAIMS_FUZZ_SEED ?? 20261122);
const SCALE = Number(process.env.CLAIMS_FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

/** Documents tried, per property, reported at the end. */
const tried = new Map<string, number>();

// ---------------------------------------------------------------------------
// checks

function check(text: string, label: string): Claim[] {
  tried.set(label, (tried.get(label) ?? 0) + 1);
  let claims: Claim[];
  try {
    claims = extractText(text, "doc.txt");
  } catch (err) {
    throw new Error(`extractText threw on ${preview(text)}: ${(err as Error).stack}`);
  }
  const problems = claimProblems(text, claims);
  if (problems.length) throw new Error(`${problems.slice(0, 5).join("\n")}\non ${preview(text, 2000)}`);
  return claims;
}

const params = (numRuns: number) => ({ seed: SEED, numRuns: runs(numRuns), endOnFailure: false });

describe(`fuzz: extractText on hostile documents (seed ${SEED}, scale ${SCALE})`, () => {
  test("token soup: no throw, valid records, exact spans", (t) => {
    t.diagnostic(`seed ${SEED}`);
    fc.assert(fc.property(soup, (text) => { check(text, "soup"); }), params(1000));
  });

  test("report-like documents: no throw, valid records, exact spans, deterministic", (t) => {
    t.diagnostic(`seed ${SEED}`);
    fc.assert(
      fc.property(report, (text) => {
        const a = check(text, "report");
        assert.deepEqual(extractText(text, "doc.txt"), a, "same input, same claims");
      }),
      params(500),
    );
  });

  test("mutated seed documents: no throw, valid records, exact spans", (t) => {
    t.diagnostic(`seed ${SEED}`);
    fc.assert(fc.property(mutatedSeed, (text) => { check(text, "mutated seed"); }), params(100));
  });

  test("arbitrary Unicode strings (full range, lone surrogates, NUL)", (t) => {
    t.diagnostic(`seed ${SEED}`);
    const any = fc.string({ unit: fc.oneof(fc.constantFrom("\ud800", "\udfff", "\u0000", "\r", "\n", " ", "“", "”", "[", "]", "."), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 300 });
    fc.assert(fc.property(any, (text) => { check(text, "unicode"); }), params(1000));
  });

  test("never lose a claim: garbage paragraphs around a plain claim leave it intact", (t) => {
    t.diagnostic(`seed ${SEED}`);
    // Garbage may not hold an "RSS" line (that opens a new document whose
    // first line is, by design, a headline).
    const garbage = fc.oneof(soup, report).map((g) => g.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "RSS").join("\n"));
    fc.assert(
      fc.property(garbage, garbage, fc.constantFrom("\n", "\r\n", "\r"), (before, after, nl) => {
        const claim = "Smith said the bridge was closed.";
        const text = `${before}${nl}${nl}${claim}${nl}${nl}${after}`;
        const claims = check(text, "never lose");
        const at = before.length + 2 * nl.length;
        const found = claims.find((c) => c.cue.text === "said" && c.speaker.text === "Smith" && c.content.text === "the bridge was closed");
        assert.ok(found, `claim lost: ${JSON.stringify(claims.map((c) => [c.speaker.text, c.cue.text, c.content.text]))} in ${preview(text, 3000)} (claim at UTF-16 ${at})`);
      }),
      params(250),
    );
  });

  test("line endings: LF, CRLF and CR give the same claims", (t) => {
    t.diagnostic(`seed ${SEED}`);
    const lf = fc.oneof(report, mutatedSeed).map((s) => s.replace(/\r\n|\r/g, "\n"));
    const norm = (c: Claim[]) => c.map((x) => [x.document.index, x.speaker.text, x.cue.text, x.content.text, x.kind, x.citations.map((k) => k.n)].map((v) => (typeof v === "string" ? v.replace(/\r\n|\r/g, "\n") : v)));
    fc.assert(
      fc.property(lf, (text) => {
        const lfClaims = check(text, "line endings");
        const base = norm(lfClaims);
        for (const nl of ["\r\n", "\r"]) {
          const other = text.replace(/\n/g, nl);
          const got = check(other, "line endings");
          assert.deepEqual(norm(got), base, `line ending ${JSON.stringify(nl)} changed the claims of ${preview(text, 2000)}`);
          // Lines and columns do not depend on the line ending (offsets do: a CRLF is two code points).
          const where = (c: Claim[]) => c.map((x) => [x.sentence.line, x.sentence.column, x.content.line, x.content.column, x.cue.line, x.cue.column]);
          assert.deepEqual(where(got), where(lfClaims), `line ending ${JSON.stringify(nl)} moved a claim in ${preview(text, 2000)}`);
        }
      }),
      params(80),
    );
  });

  test("huge and degenerate documents", () => {
    // Structural worst cases are big; claim-dense ones are kept to a few thousand
    // claims (their scaling is test/linear.test.ts's business).
    const cases: [string, string][] = [
      ["100k markers closing a sentence", "Smith said the bridge was closed." + "[1]".repeat(100_000)],
      ["100k markers, spaced, inside a sentence", "Smith said that " + "[1] ".repeat(100_000) + "."],
      ["100k lines of markers", "[1]\n".repeat(50_000)],
      ["huge numbers in markers", "Smith said it.[99999999999] He said so.[1-100000000] They said no.[99999-1][1-99999][0-0][00001]"],
      ["200k [ then a claim", "[".repeat(200_000) + " Smith said it. " + "]".repeat(10)],
      ["only said said said", "said ".repeat(50_000)],
      ["RSS lines everywhere", "RSS\n".repeat(20_000) + "Smith said it.\n"],
      ["RSS documents", "RSS\nHeadline\n\nSmith said it.\n".repeat(1_000)],
      ["URL lines", "https://example.com/x\n".repeat(20_000)],
      ["URL line after each prose line", "Smith said it.\nhttps://example.com/x\n".repeat(1_000)],
      ["endnote list of garbage", "Smith said it.[1]\n\n" + "[1] https://a.com [[[ “ said\n".repeat(20_000)],
      ["NUL separators", "Smith\u0000said\u0000it.\u0000".repeat(10_000)],
      ["CR line endings", "Smith said it.\r“Yes,” he said.\r\r".repeat(1_000)],
      ["quotes only", "“”\"'‘’«»".repeat(20_000)],
      ["astral characters", "😀 said 𝄞 “🇺🇦.” ".repeat(10_000)],
      ["RTL text", "قال المتحدث “مرحبا” said Smith. ".repeat(2_000)],
      ["lone surrogates", "\ud800 said \udc00 “\ud800.” ".repeat(20_000)],
      ["200k periods", ".".repeat(200_000)],
      ["empty", ""],
      ["only line breaks", "\r\n\n\r".repeat(50_000)],
      ["1 MB line without spaces", "x".repeat(1 << 20)],
    ];
    for (const [name, text] of cases) {
      const t0 = performance.now();
      check(text, "degenerate");
      const ms = performance.now() - t0;
      assert.ok(ms < 15_000, `${name}: took ${ms.toFixed(0)} ms`);
    }
  });

  test("the checker itself catches corrupted records (a test of the test)", () => {
    const text = "x\r\n😀 Smith said “the bridge was closed.”[1]\rHe said it.\n\n[1] https://a.com/x\n";
    const claims = extractText(text, "doc.txt");
    assert.ok(claims.length >= 2 && claims[0]!.citations.length === 1, JSON.stringify(claims));
    assert.deepEqual(claimProblems(text, claims), []);
    const corrupt: [string, (c: Claim) => void][] = [
      ["content start off by one (UTF-16 instead of code points)", (c) => { c.content.start += 1; }],
      ["speaker line", (c) => { (c.speaker as { line: number }).line += 1; }],
      ["cue column", (c) => { c.cue.column -= 1; }],
      ["marker text", (c) => { c.citations[0]!.marker.text = "[2]"; }],
      ["empty content", (c) => { c.content.end = c.content.start; c.content.text = ""; }],
      ["start > end", (c) => { c.sentence.start = c.sentence.end + 1; }],
      ["schema: unknown field", (c) => { (c as unknown as Record<string, unknown>).extra = 1; }],
      ["order of documents", (c) => { c.document.index = 5; }],
    ];
    for (const [name, f] of corrupt) {
      const copy = JSON.parse(JSON.stringify(claims)) as Claim[];
      f(copy[0]!);
      assert.ok(claimProblems(text, copy).length > 0, `not caught: ${name}`);
    }
  });

});

describe(`fuzz through the CLI: hostile bytes in files (seed ${SEED})`, () => {
  const dir = mkdtempSync(join(tmpdir(), "claims-fuzz-cli-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const text = fc.oneof(soup, report, mutatedSeed);
  /** A file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, UTF-8 with stray bytes, or random bytes. */
  const fileBytes = fc.oneof(
    text.map((t) => Buffer.from(t)),
    text.map((t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])),
    fc.tuple(text, fc.boolean()).map(([t, le]) => {
      const b = Buffer.alloc(2 + 2 * t.length);
      for (let i = 0; i <= t.length; i++) {
        const u = i === 0 ? 0xfeff : t.charCodeAt(i - 1);
        if (le) b.writeUInt16LE(u, 2 * i); else b.writeUInt16BE(u, 2 * i);
      }
      return b;
    }),
    fc.tuple(text, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80 })), { maxLength: 6 })).map(([t, cuts]) => {
      let b = Buffer.from(t);
      for (const [x, junk] of cuts) { const i = Math.floor(x * b.length); b = Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]); }
      return b;
    }),
    fc.uint8Array({ maxLength: 3000 }).map((u) => Buffer.from(u)),
  );

  test("every file: exit 0/2, only known stderr lines, valid records with exact spans; the chunked path gives the same bytes", async (t) => {
    t.diagnostic(`seed ${SEED}`);
    const docs = fc.sample(fileBytes, { seed: SEED, numRuns: runs(40) });
    const names = docs.map((b, i) => {
      const name = `f${String(i).padStart(3, "0")}.txt`;
      writeFileSync(join(dir, name), b);
      return name;
    });
    tried.set("CLI files", docs.length);
    const texts = Object.fromEntries(names.map((n, i) => [n, decode(docs[i]!).text]));
    const r = await runCli(["extract", "--jobs", "1", ...names], { cwd: dir, env: childEnv() });
    assert.ok(r.status === 0 || r.status === 2, `exit ${r.status}: ${r.stderr}`);
    for (const line of stderrLines(r.stderr)) {
      assert.match(line, /^claims: f\d{3}\.txt: (?:binary file, skipped|warning: invalid UTF-(?:8|16) at byte \d+ \(\d+ invalid sequences?\); decoded with U\+FFFD)$/);
    }
    assert.equal(r.status, /binary file/.test(r.stderr) ? 2 : 0);
    const claims = parseJsonl(r.stdout);
    assert.deepEqual(outputProblems(claims, dir, texts).slice(0, 5), []);
    const chunked = await runCli(["extract", "--jobs", "2", ...names], { cwd: dir, env: childEnv({ CLAIMS_TUNING: "chunk=500,hardmax=100000000,batch=1,parallelmin=0" }) });
    assert.equal(chunked.status, r.status);
    assert.equal(chunked.stderr, r.stderr);
    assert.ok(chunked.stdout === r.stdout, "the chunked, threaded run differs from the plain one");
  });
});

test("summary", (t) => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`seed ${SEED}: ${total} documents tried (${[...tried].map(([k, v]) => `${k} ${v}`).join(", ")})`);
});
