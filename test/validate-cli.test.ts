/**
 * `claims validate` and `claims schema` end to end: line numbers and the
 * failing path on stderr, exit 1 on invalid lines, 2 on unreadable inputs
 * (the others still validated), standard input, and the schema printed as
 * data on stdout.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { bin, fixturesDir, repoRoot } from "./helpers.js";

function claims(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, env, input: opts.input ?? "", encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sample = JSON.parse(readFileSync(join(fixturesDir, "claim-sample.json"), "utf8")) as Record<string, unknown>;
const good = JSON.stringify(sample);
let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "claims-validate-"));
  writeFileSync(join(dir, "good.jsonl"), `${good}\n${good}\r\n\n${good}`);
  const noFile = { ...sample };
  delete noFile.file;
  const badConfidence = { ...sample, confidence: "high" };
  const extra = { ...sample, score: 1 };
  writeFileSync(join(dir, "bad.jsonl"), [good, JSON.stringify(noFile), "not json", "", JSON.stringify(badConfidence), JSON.stringify(extra)].join("\n") + "\n");
  writeFileSync(join(dir, "empty.jsonl"), "");
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("claims validate", () => {
  it("exits 0 and prints nothing for valid JSONL (LF, CRLF, blank lines, no final newline)", () => {
    assert.deepEqual(claims(["validate", "good.jsonl", "empty.jsonl"], { cwd: dir }), { code: 0, stdout: "", stderr: "" });
  });

  it("exits 1 and names each invalid line, with the failing path, on stderr", () => {
    const r = claims(["validate", "bad.jsonl"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines[0], "bad.jsonl:2: /file is required");
    assert.match(lines[1]!, /^bad\.jsonl:3: \(record\) .*JSON/);
    assert.equal(lines[2], "bad.jsonl:5: /confidence must be number");
    assert.equal(lines[3], "bad.jsonl:6: /score is not allowed (no such property in the schema)");
    assert.equal(lines.length, 4);
  });

  it("exits 2 when an input cannot be read, and still validates the others", () => {
    const r = claims(["validate", "missing.jsonl", "bad.jsonl", "good.jsonl"], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^claims: missing\.jsonl: no such file or directory$/m);
    assert.match(r.stderr, /^bad\.jsonl:2: \/file is required$/m);
    assert.equal(claims(["validate", "."], { cwd: dir }).code, 2);
  });

  it("reads standard input for - and when no file is named", () => {
    for (const args of [["validate", "-"], ["validate"]]) {
      assert.equal(claims(args, { input: `${good}\n` }).code, 0);
      const r = claims(args, { input: `${good}\n{}\n` });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^-:2: \/file is required$/m);
    }
  });

  it("accepts what claims extract writes", () => {
    const out = claims(["extract", join(repoRoot, "seeds")]);
    assert.equal(out.code, 0, out.stderr);
    assert.ok(out.stdout.length > 0);
    assert.deepEqual(claims(["validate", "-"], { input: out.stdout }), { code: 0, stdout: "", stderr: "" });
  });

  it("has help with examples", () => {
    const r = claims(["validate", "--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Examples:\n {2}claims extract seeds\/ > claims\.jsonl && claims validate claims\.jsonl/);
  });
});

describe("claims schema", () => {
  it("prints the claim schema, and only it, on stdout", () => {
    const r = claims(["schema"]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, readFileSync(join(repoRoot, "schemas", "claim.schema.json"), "utf8"));
    assert.equal((JSON.parse(r.stdout) as { $schema: string }).$schema, "https://json-schema.org/draft/2020-12/schema");
  });
});
