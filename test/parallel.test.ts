/**
 * `claims extract --jobs N`, big inputs and the progress line, through the
 * built CLI: the output is the same bytes whatever N and however the input
 * is cut (worker threads and pieces are forced on small inputs with the
 * internal `CLAIMS_TUNING` knobs); a reader that goes away (`| head -1`) ends
 * the run quietly; the progress line shows only on a terminal.
 */
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { main } from "../src/cli.js";
import type { Io } from "../src/io.js";
import { Progress } from "../src/progress.js";
import { parseJobs } from "../src/commands/extract.js";
import { bin, needsShared, repoRoot, sharedDir } from "./helpers.js";

/** Workers and pieces even on small inputs. */
const FORCE = "batch=1,parallelmin=0";

function claims(args: string[], opts: { input?: string | Buffer; tuning?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...opts.env };
  if (opts.tuning) env.CLAIMS_TUNING = opts.tuning;
  else delete env.CLAIMS_TUNING;
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: "utf8", input: opts.input, maxBuffer: 1 << 30, env });
}

let tmp = "";
before(() => { tmp = mkdtempSync(join(tmpdir(), "claims-parallel-")); });
after(() => rmSync(tmp, { recursive: true, force: true }));

const seedFiles = readdirSync(join(repoRoot, "seeds")).sort();
/** The seeds as one file of many documents (`RSS` blocks), `copies` times over. */
function seedsJoined(copies: number): string {
  let s = "";
  for (let i = 0; i < copies; i++) for (const f of seedFiles) s += "RSS\n" + readFileSync(join(repoRoot, "seeds", f), "utf8") + "\n";
  return s;
}

describe("--jobs 1 and --jobs 2 write the same bytes", () => {
  it("on seeds/", () => {
    const one = claims(["extract", "--jobs", "1", "seeds/"]);
    const two = claims(["extract", "--jobs", "2", "seeds/"], { tuning: FORCE });
    const auto = claims(["extract", "seeds/"]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.ok(one.stdout.split("\n").length > 20);
    assert.equal(two.stdout, one.stdout);
    assert.equal(auto.stdout, one.stdout);
    assert.equal(two.stderr, "");
  });

  for (const corpus of ["hrw-amnesty-2026", "isw-iran-update-2026"]) {
    it(`on ../shared/corpus/${corpus}`, { skip: needsShared("corpus", corpus) }, () => {
      const dir = join(sharedDir, "corpus", corpus);
      const one = claims(["extract", "--jobs", "1", dir]);
      const two = claims(["extract", "--jobs", "2", dir], { tuning: corpus.startsWith("hrw") ? FORCE : undefined });
      assert.equal(one.status, 0, one.stderr);
      assert.equal(two.status, 0, two.stderr);
      assert.ok(one.stdout.length > 1000);
      assert.equal(two.stdout, one.stdout);
    });
  }

  it("with a missing file and a binary file among good ones: same output, same messages, same exit status", () => {
    const bad = join(tmp, "binary.txt");
    writeFileSync(bad, Buffer.from([0, 1, 2, 3]));
    const args = ["seeds/", bad, join(tmp, "missing.txt")];
    const one = claims(["extract", "--jobs", "1", ...args]);
    const two = claims(["extract", "--jobs", "2", ...args], { tuning: FORCE });
    assert.equal(one.status, 2);
    assert.equal(two.status, 2);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.match(one.stderr, /binary file, skipped/);
    assert.match(one.stderr, /missing\.txt: no such file or directory/);
  });

  it("a big file cut into pieces, on one and on two threads, equals reading it whole", () => {
    const big = join(tmp, "joined.txt");
    writeFileSync(big, seedsJoined(4));
    const wholeRun = claims(["extract", "--jobs", "1", big]);
    const pieces1 = claims(["extract", "--jobs", "1", big], { tuning: "chunk=3000,hardmax=10000000" });
    const pieces2 = claims(["extract", "--jobs", "2", big], { tuning: "chunk=3000,hardmax=10000000,parallelmin=0" });
    assert.equal(wholeRun.status, 0, wholeRun.stderr);
    assert.ok(wholeRun.stdout.split("\n").length > 100);
    assert.equal(pieces1.stdout, wholeRun.stdout);
    assert.equal(pieces2.stdout, wholeRun.stdout);
  });

  it("big standard input (spilled to a temporary file) equals the file", () => {
    const text = seedsJoined(3);
    const file = join(tmp, "stdin-source.txt");
    writeFileSync(file, text);
    const fromFile = claims(["extract", "--jobs", "1", file]);
    const spillDir = join(tmp, "spill");
    mkdirSync(spillDir);
    const fromStdin = claims(["extract", "--jobs", "2", "-"], { input: text, tuning: "chunk=2000,hardmax=10000000,parallelmin=0", env: { TMPDIR: spillDir } });
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, fromFile.stdout.split(JSON.stringify(file)).join('"-"'));
    assert.deepEqual(readdirSync(spillDir), [], "the temporary file is removed");
  });

  it("--format json and pretty are the same on one and two threads", () => {
    for (const format of ["json", "pretty"]) {
      const one = claims(["extract", "--jobs", "1", "--format", format, "seeds/"]);
      const two = claims(["extract", "--jobs", "2", "--format", format, "seeds/"], { tuning: FORCE });
      assert.equal(one.status, 0, one.stderr);
      assert.equal(two.stdout, one.stdout);
    }
  });
});

describe("--jobs", () => {
  it("takes a positive integer; 0 or auto means the number of cores", () => {
    assert.equal(parseJobs("3"), 3);
    assert.ok((parseJobs("0") as number) >= 1);
    assert.ok((parseJobs("auto") as number) >= 1);
    assert.ok((parseJobs(undefined) as number) >= 1);
    for (const bad of ["-1", "x", "1.5", ""]) assert.equal(typeof parseJobs(bad), "string", bad);
  });

  it("rejects anything else with exit status 2", () => {
    const r = claims(["extract", "--jobs", "two", "seeds/"]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs must be a positive integer/);
    assert.equal(r.stdout, "");
  });
});

describe("a reader that goes away", () => {
  let dir = "";
  before(() => {
    dir = join(tmp, "many");
    mkdirSync(dir);
    for (let i = 0; i < 40; i++) for (const f of seedFiles) copyFileSync(join(repoRoot, "seeds", f), join(dir, `${i}-${f}`));
    writeFileSync(join(tmp, "big.txt"), seedsJoined(20));
  });

  for (const [name, args, tuning] of [
    ["many files, one thread", ["--jobs", "1", "DIR"], undefined],
    ["many files, two threads", ["--jobs", "2", "DIR"], FORCE],
    ["one big file in pieces, two threads", ["--jobs", "2", "BIG"], "chunk=4000,hardmax=10000000,parallelmin=0"],
  ] as const) {
    it(`claims extract (${name}) | head -1: exit 0, nothing on stderr`, () => {
      const a = args.map((x) => (x === "DIR" ? dir : x === "BIG" ? join(tmp, "big.txt") : x));
      const script = `"${process.execPath}" "${bin}" extract ${a.map((x) => `'${x}'`).join(" ")} 2>"${tmp}/err" | head -1; echo "\${PIPESTATUS[0]}"`;
      const env: NodeJS.ProcessEnv = { ...process.env };
      if (tuning) env.CLAIMS_TUNING = tuning;
      else delete env.CLAIMS_TUNING;
      const r = spawnSync("bash", ["-c", script], { cwd: repoRoot, encoding: "utf8", env });
      const [first, status] = r.stdout.trim().split("\n");
      assert.ok(first!.startsWith('{"file":'), r.stdout.slice(0, 200));
      assert.equal(status, "0");
      assert.equal(readFileSync(join(tmp, "err"), "utf8"), "");
    });
  }
});

/** An Io whose stderr says it is a terminal; what is written is kept. */
function ttyIo(env: NodeJS.ProcessEnv): Io & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const stdout = new Writable({ write(c, _e, cb) { out += String(c); cb(); } });
  const stderr = Object.assign(new Writable({ write(c, _e, cb) { err += String(c); cb(); } }), { isTTY: true, columns: 200 });
  const stdin = new PassThrough();
  stdin.end();
  return { stdout, stderr, stdin, env, cwd: repoRoot, out: () => out, err: () => err };
}

describe("the progress line", () => {
  it("shows on a terminal, rewritten in place, and is cleared at the end", async () => {
    const io = ttyIo({ ...process.env, NO_COLOR: "1", CLAIMS_TUNING: "batch=1,progressdelay=0" });
    const code = await main(["extract", "--jobs", "1", "seeds/"], io);
    assert.equal(code, 0);
    assert.match(io.err(), /^\rclaims: \d+ files, [\d.]+ MB, \d+ claims, [\d.]+ MB\/s, \d+ claims\/s\u001b\[K/);
    assert.ok(io.err().endsWith("\r\u001b[K"), JSON.stringify(io.err().slice(-40)));
    assert.ok(!io.err().includes("\n"), "no line feed: the line is rewritten, never scrolled");
    assert.ok(io.out().length > 1000);
  });

  it("not with --quiet, and never when stderr is not a terminal", async () => {
    const quiet = ttyIo({ ...process.env, CLAIMS_TUNING: "batch=1,progressdelay=0" });
    assert.equal(await main(["extract", "--quiet", "--jobs", "1", "seeds/"], quiet), 0);
    assert.equal(quiet.err(), "");
    const r = claims(["extract", "--jobs", "1", "seeds/"], { tuning: "batch=1,progressdelay=0" });
    assert.equal(r.stderr, "");
  });

  it("warnings are printed on a cleared line", () => {
    let err = "";
    const stream = Object.assign(new Writable({ write(c, _e, cb) { err += String(c); cb(); } }), { isTTY: true });
    const p = new Progress(stream, true, "files", 0);
    p.update({ files: 1, bytes: 2_000_000, count: 5 });
    assert.match(err, /^\rclaims: 1 files, 2\.0 MB, 5 claims, [\d.]+ MB\/s, \d+ claims\/s\u001b\[K$/);
    p.clear();
    assert.ok(err.endsWith("\r\u001b[K"));
    const before = err.length;
    p.clear();
    assert.equal(err.length, before, "clearing twice writes nothing");
  });
});

describe("the fast path of the extract command line", () => {
  it("takes plain lines, exactly as commander would read them", async () => {
    const { parseFastExtract } = await import("../src/fast-argv.js");
    assert.deepEqual(parseFastExtract(["extract", "a.txt", "-", "--quiet", "-f", "json", "--jobs=2", "--no-color", "--input-format", "jsonl", "--", "-q"]), {
      inputs: ["a.txt", "-", "-q"],
      opts: { format: "json", inputFormat: "jsonl", quiet: true, jobs: "2", color: false },
    });
    assert.deepEqual(parseFastExtract(["extract"]), { inputs: [], opts: { format: "jsonl", inputFormat: "text" } });
    for (const line of [["check", "a"], ["extract", "--help"], ["extract", "-h"], ["extract", "-qj2"], ["extract", "--format"], ["extract", "-f", "--quiet"], ["extract", "--bogus"], ["--version"], []]) {
      assert.equal(parseFastExtract(line), null, line.join(" "));
    }
  });

  it("both paths give the same output and errors", () => {
    const fast = claims(["extract", "--format", "json", "--jobs", "1", "seeds/"]);
    const slow = claims(["extract", "--format", "json", "-j1", "seeds/"]);
    assert.equal(fast.stdout, slow.stdout);
    const badFast = claims(["extract", "--format", "nope", "seeds/"]);
    const badSlow = claims(["extract", "-qf", "nope", "seeds/"]);
    assert.equal(badFast.status, 2);
    assert.equal(badSlow.status, 2);
    assert.equal(badFast.stderr, badSlow.stderr);
  });
});
