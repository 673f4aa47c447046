/**
 * Determinism: the same input gives byte-identical output across runs,
 * across `--jobs` values and ways of cutting big files into pieces, and
 * whatever form the paths were given in (`file` always uses `/`, normalised).
 * The CLI's output also equals the in-process pipeline's (`extractText` per
 * file, in sorted path order). In-process, extraction has no hidden state: a
 * document gives the same claims before and after any other document.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { extractText } from "../src/extract.js";
import { decode } from "../src/decode.js";
import { repoRoot } from "./helpers.js";
import { childEnv, outputProblems, parseJsonl, runCli } from "./cli-run.js";
import { report, soup } from "./generators.js";

const SEED = 20261122;
let root = "";
/** Paths under root/docs, relative to root, sorted by code units (the CLI's order). */
let files: string[] = [];

function put(rel: string, data: string | Uint8Array): void {
  mkdirSync(join(root, rel, ".."), { recursive: true });
  writeFileSync(join(root, rel), data);
  files.push(rel);
}

before(() => {
  root = mkdtempSync(join(tmpdir(), "claims-determinism-"));
  const seeds = readdirSync(join(repoRoot, "seeds")).sort().map((f) => readFileSync(join(repoRoot, "seeds", f), "utf8"));
  seeds.forEach((s, i) => put(`docs/seed-${i}.txt`, s));
  // Many documents in one file (URL-closed updates and RSS blocks): cut into pieces by the chunked path.
  const multi = Array.from({ length: 2 }, (_, k) => seeds.join("\n\n") + `\n\nRSS\nHeadline ${k}\n\nPhoto: REUTERS/X\n\nSmith said it was over ${k}.\n\n`).join("");
  put("docs/sub/multi.txt", multi);
  put("docs/sub/multi-crlf.txt", multi.replace(/\n/g, "\r\n"));
  put("docs/sub/deeper/multi-cr.md", multi.replace(/\n/g, "\r"));
  // UTF-16 and a BOM.
  const u16 = Buffer.alloc(2 + seeds[0]!.length * 2);
  u16.writeUInt16LE(0xfeff, 0);
  for (let i = 0; i < seeds[0]!.length; i++) u16.writeUInt16LE(seeds[0]!.charCodeAt(i), 2 + 2 * i);
  put("docs/sub/utf16.txt", u16);
  put("docs/bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seeds[1]!)]));
  // Hostile documents from the fuzz generators (seeded), control characters blanked so that none is taken for binary.
  const blank = (d: string) => d.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, " ");
  fc.sample(report, { seed: SEED, numRuns: 8 }).forEach((d, i) => put(`docs/hostile/report-${String(i).padStart(2, "0")}.txt`, blank(d)));
  fc.sample(soup, { seed: SEED, numRuns: 8 }).forEach((d, i) => put(`docs/hostile/soup-${String(i).padStart(2, "0")}.txt`, blank(d)));
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
});

after(() => rmSync(root, { recursive: true, force: true }));

/** The JSONL the in-process pipeline gives for the files, in order. */
function expected(): string {
  let out = "";
  for (const f of files) for (const c of extractText(decode(readFileSync(join(root, f))).text, f)) out += JSON.stringify(c) + "\n";
  return out;
}

describe("determinism through the CLI", () => {
  let reference = "";

  test("the CLI's output equals the in-process pipeline's, and is valid", async () => {
    const r = await runCli(["extract", "--jobs", "1", "docs"], { cwd: root, env: childEnv() });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    reference = r.stdout;
    const claims = parseJsonl(reference);
    assert.ok(claims.length > 200, `${claims.length} claims`);
    assert.deepEqual(outputProblems(claims, root), []);
    assert.deepEqual([...new Set(claims.map((c) => c.file))], files.filter((f) => claims.some((c) => c.file === f)), "files in sorted order");
    assert.ok(reference === expected(), "CLI output differs from extractText per file");
  });

  const variants: [string, string[], NodeJS.ProcessEnv][] = [
    ["the same run again", ["--jobs", "1"], {}],
    ["--jobs 2 (threads forced)", ["--jobs", "2"], { CLAIMS_TUNING: "parallelmin=0,batch=1" }],
    ["--jobs 4 (threads forced)", ["--jobs", "4"], { CLAIMS_TUNING: "parallelmin=0,batch=2" }],
    ["--jobs 3, big files cut into ~2000-unit pieces at document boundaries", ["--jobs", "3"], { CLAIMS_TUNING: "chunk=2000,hardmax=100000000,batch=1,parallelmin=0" }],
  ];
  for (const [name, args, env] of variants) {
    test(`byte-identical: ${name}`, async () => {
      assert.ok(reference, "reference run");
      const r = await runCli(["extract", ...args, "docs"], { cwd: root, env: childEnv(env) });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, "");
      if (r.stdout !== reference) {
        const a = reference.split("\n");
        const b = r.stdout.split("\n");
        const i = a.findIndex((l, k) => l !== b[k]);
        assert.fail(`output differs at line ${i + 1} (${a.length - 1} vs ${b.length - 1} lines):\n- ${a[i]?.slice(0, 300)}\n+ ${b[i]?.slice(0, 300)}`);
      }
    });
  }

  test("path forms: ./docs//sub/, docs/sub/, an absolute path; `file` uses / and is normalised", async () => {
    const plain = await runCli(["extract", "docs/sub"], { cwd: root, env: childEnv() });
    const messy = await runCli(["extract", "./docs//sub/", "docs/sub/./deeper/../multi.txt"], { cwd: root, env: childEnv() });
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(messy.stdout, plain.stdout);
    const claims = parseJsonl(plain.stdout);
    assert.ok(claims.length > 0);
    for (const c of claims) assert.match(c.file, /^docs\/sub\/(?:[^/\\]+\/)*[^/\\]+$/);
    const abs = await runCli(["extract", join(root, "docs", "sub")], { cwd: tmpdir(), env: childEnv() });
    const absClaims = parseJsonl(abs.stdout);
    assert.deepEqual(absClaims.map((c) => c.file.slice(root.length + 1)), claims.map((c) => c.file), "absolute paths: the same files, same order");
    assert.ok(absClaims.every((c) => c.file.startsWith(root + "/") && !c.file.includes("//")));
    assert.deepEqual(absClaims.map((c) => ({ ...c, file: "" })), claims.map((c) => ({ ...c, file: "" })));
  });

  test("standard input gives the same records as the file (except `file`)", async () => {
    const f = "docs/sub/multi-crlf.txt";
    const viaFile = parseJsonl((await runCli(["extract", f], { cwd: root, env: childEnv() })).stdout);
    const viaStdin = parseJsonl((await runCli(["extract", "-"], { cwd: root, env: childEnv(), input: readFileSync(join(root, f)) })).stdout);
    assert.ok(viaFile.length > 0);
    assert.deepEqual(viaStdin.map((c) => ({ ...c, file: f })), viaFile);
    assert.ok(viaStdin.every((c) => c.file === "-"));
  });
});

describe("determinism in-process", () => {
  test("no hidden state: a document's claims do not depend on what was extracted before (seeded)", () => {
    const doc = fc.oneof(report, soup);
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const first = JSON.stringify(extractText(a, "a"));
        extractText(b, "b");
        const again = JSON.stringify(extractText(a, "a"));
        assert.equal(again, first);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test("`file` is copied as given and changes nothing else", () => {
    const text = readFileSync(join(repoRoot, "seeds", readdirSync(join(repoRoot, "seeds")).sort()[0]!), "utf8");
    const a = extractText(text, "a/b.txt");
    const b = extractText(text, "C:\\x\\y.txt");
    assert.ok(a.length > 0);
    assert.deepEqual(b.map((c) => ({ ...c, file: "a/b.txt" })), a);
  });
});
