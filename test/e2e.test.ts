/**
 * End-to-end runs of the built CLI (`bin/claims.js`, cwd = repository root):
 * piped into jq as the README's examples do, a missing input among good ones,
 * and standard input.
 */
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { claimValidator } from "../src/validate.js";
import { bin, repoRoot } from "./helpers.js";

const SEED = "seeds/000_80142b90b497994a.txt";
const JQ_FILTER = "select(.speaker.type != null) | {s: .speaker.text, c: .cue.lemma}";

function claims(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot, encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" },
  });
}

const lines = (s: string) => s.split("\n").filter((l) => l !== "");

function which(cmd: string): boolean {
  const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

const jqSkip = which("jq") ? false : "skipped: jq is not installed (.ci/run installs it; or apt-get install -y jq)";
const bashSkip = which("bash") ? false : "skipped: bash is not available to run the pipeline";

describe("claims extract | jq", () => {
  const tmp = mkdtempSync(join(tmpdir(), "claims-e2e-"));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  /** Runs `claims extract seeds/ | jq -c FILTER` in bash; extract's stderr goes to a file, both exit codes come back. */
  function pipeline(run: number) {
    const errFile = join(tmp, `extract-${run}.err`);
    const script = 'node "$CLAIMS_BIN" extract seeds/ 2>"$EXTRACT_ERR" | jq -c "$JQ_FILTER"; echo "exit:${PIPESTATUS[0]}:${PIPESTATUS[1]}" >&2';
    const r = spawnSync("bash", ["-c", script], {
      cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1", CLAIMS_BIN: bin, EXTRACT_ERR: errFile, JQ_FILTER },
    });
    assert.ifError(r.error);
    const errLines = r.stderr.split("\n").filter((l) => l !== "");
    const status = errLines.pop() ?? "";
    const m = /^exit:(\d+):(\d+)$/.exec(status);
    assert.ok(m, `no exit status line from bash; stderr: ${r.stderr}`);
    return {
      extractExit: Number(m[1]), jqExit: Number(m[2]), jqStderr: errLines.join("\n"),
      extractStderr: readFileSync(errFile, "utf8"), stdout: r.stdout,
    };
  }

  it("pipes the seed claims through jq: both exit 0, one jq line per claim, same output twice, no stderr", { skip: jqSkip || bashSkip }, () => {
    const direct = claims(["extract", "seeds/"]);
    assert.equal(direct.status, 0, direct.stderr);
    const count = lines(direct.stdout).length;
    assert.ok(count > 0, "the seeds give claims");

    const first = pipeline(1);
    const second = pipeline(2);
    for (const p of [first, second]) {
      assert.equal(p.extractExit, 0, `claims extract exit code; stderr: ${p.extractStderr}`);
      assert.equal(p.jqExit, 0, `jq exit code; stderr: ${p.jqStderr}`);
      assert.equal(p.extractStderr, "", "claims extract writes nothing on stderr");
      assert.equal(p.jqStderr, "", "jq writes nothing on stderr (every line is JSON)");
      assert.ok(p.stdout.endsWith("\n"));
      const out = lines(p.stdout);
      assert.equal(out.length, count, "one jq line per extracted claim");
      for (const l of out) {
        const v = JSON.parse(l) as { s: unknown; c: unknown };
        assert.deepEqual(Object.keys(v), ["s", "c"]);
        assert.ok(v.s === null || typeof v.s === "string");
        assert.equal(typeof v.c, "string");
      }
    }
    assert.equal(second.stdout, first.stdout, "deterministic across runs");
    assert.equal(claims(["extract", "seeds/"]).stdout, direct.stdout, "extract output is deterministic across runs");
  });
});

describe("claims extract (errors and stdin)", () => {
  it("reports a missing input on one stderr line, still extracts the others, exits 2", () => {
    const alone = claims(["extract", SEED]);
    assert.equal(alone.status, 0, alone.stderr);
    const r = claims(["extract", "missing.txt", SEED]);
    assert.equal(r.status, 2, `exit code; stderr: ${r.stderr}`);
    const err = lines(r.stderr);
    assert.equal(err.length, 1, `one stderr line, got: ${JSON.stringify(r.stderr)}`);
    assert.match(err[0]!, /missing\.txt/);
    const out = lines(r.stdout);
    assert.ok(out.length > 0, "the other file's claims are written");
    assert.equal(r.stdout, alone.stdout, "the other file's claims are exactly those it gives alone");
    const validate = claimValidator();
    for (const l of out) {
      const c = JSON.parse(l) as { file: string };
      assert.equal(c.file, SEED);
      assert.ok(validate(c).valid);
    }
  });

  it("warns on stderr, exit 0, when a directory gives no .txt or .md file", () => {
    const dir = mkdtempSync(join(tmpdir(), "claims-empty-"));
    try {
      const r = claims(["extract", dir]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, `claims: warning: ${dir}: no .txt or .md files\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads standard input for '-' and names it '-'", () => {
    const r = claims(["extract", "-"], "X said that Y is Z.\n");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    const out = lines(r.stdout);
    assert.equal(out.length, 1, `one claim, got:\n${r.stdout}`);
    const c = JSON.parse(out[0]!) as { file: string; speaker: { text: string }; cue: { lemma: string }; content: { text: string } };
    assert.ok(claimValidator()(c).valid);
    assert.equal(c.file, "-");
    assert.equal(c.speaker.text, "X");
    assert.equal(c.cue.lemma, "say");
    assert.equal(c.content.text, "Y is Z");
  });
});
