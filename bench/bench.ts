/**
 * `npm run bench`: how fast `claims extract` is, on the real corpora in
 * ../shared/corpus (ISW, BBC, HRW/Amnesty, PolNeAR train/dev text; never
 * PolNeAR test), against two yardsticks run on the same bytes in the same
 * run: natural's WordTokenizer (a Node process that only splits words) and
 * `grep -c said`. Every tool runs as a child process, start-up included;
 * claims writes to /dev/null. Peak RSS comes from GNU time (`%M`), or from
 * polling /proc when it is absent.
 *
 * Measured:
 * - MB/s, claims/s and peak RSS of `claims extract --jobs 1` and `--jobs 2`
 *   on the corpus as it is (many small files), and the ratios to the
 *   yardsticks; the `--jobs 2` speed-up;
 * - linearity: the corpus joined into one file, once and four times over
 *   (time ratio; linear is 4); one 50 MB file against the many small files;
 * - memory: peak RSS on a 1 GB corpus (the corpus copied over and over into a
 *   temporary directory), on one 200 MB file of many documents and on one
 *   200 MB document (skipped by `--quick`);
 * - start-up: `claims extract` and `claims check` of one document against
 *   `node -e 0` (hyperfine, when installed).
 *
 * Flags: `--quick` (no 1 GB / 200 MB runs), `--no-linearity`, `--no-startup`,
 * `--runs N` (repeat each small timing N times and keep the fastest; default 1).
 * Temporary files go to a directory under the system temp dir, removed at the end.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, createWriteStream, existsSync, linkSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, type WriteStream } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(repoRoot, "bin", "claims.js");
const corpusRoot = resolve(repoRoot, "..", "shared", "corpus");
/** The text of the corpora, as directories of .txt files; PolNeAR's test split is held out and never read. */
const CORPUS_DIRS = [
  "isw-roca-2022-2023/docs",
  "isw-iran-update-2026/docs",
  "hrw-amnesty-2026/docs",
  "bbc-news-2004-2005/docs",
  "polnear/train/text",
  "polnear/dev/text",
  "polnear/annotator-training/text",
];

// ---------------------------------------------------------------------------
// child mode: the WordTokenizer yardstick

if (process.argv[2] === "--child-tokenize") {
  const require = createRequire(import.meta.url);
  // Never the package root: `natural` loads database drivers and dotenv on import.
  const { WordTokenizer } = require("natural/lib/natural/tokenizers/regexp_tokenizer.js") as { WordTokenizer: new () => { tokenize(s: string): string[] } };
  const tokenizer = new WordTokenizer();
  let tokens = 0;
  let bytes = 0;
  for (const f of listFiles(process.argv.slice(3))) {
    const buf = readFileSync(f);
    bytes += buf.length;
    tokens += tokenizer.tokenize(buf.toString("utf8")).length;
  }
  process.stdout.write(JSON.stringify({ tokens, bytes }) + "\n");
  process.exit(0);
}

// ---------------------------------------------------------------------------
// child mode: how much two threads of this machine give at best

/**
 * A loop of independent integer operations (no memory traffic, no
 * allocation, nothing to share): what N threads do in the time one does is
 * the machine's ceiling for any speed-up of --jobs N. On a VM whose two
 * "cores" are one physical core's hyper-threads it is far below 2.
 */
function spin(): number {
  let a = 1, b = 2, c = 3, d = 4, e = 5, f = 6;
  for (let i = 0; i < 3e8; i++) {
    a = (a + i) | 0; b = (b ^ i) | 0; c = (c + (i << 1)) | 0; d = (d ^ (i >> 1)) | 0; e = (e + 7) | 0; f = (f ^ 13) | 0;
  }
  return a + b + c + d + e + f;
}

/** The same with memory traffic: random reads and writes over 32 MB, as allocation-heavy code makes. */
function churn(): number {
  const arr = new Float64Array(1 << 22);
  let s = 0;
  for (let r = 0; r < 12; r++) for (let i = 0; i < arr.length; i++) { arr[i] += i * 0.5; s += arr[(i * 7919) & (arr.length - 1)]!; }
  return s;
}

if (process.argv[2] === "--child-spin") {
  const { Worker } = await import("node:worker_threads");
  const n = Number(process.argv[3]);
  const kind = process.argv[4] ?? "spin";
  // Threads start first and wait: only the loops are timed.
  const workers = Array.from({ length: n }, () => new Worker(new URL(import.meta.url), { argv: ["--spin-thread", kind] }));
  await Promise.all(workers.map((w) => new Promise((ready) => w.once("message", ready))));
  const t0 = process.hrtime.bigint();
  await Promise.all(workers.map((w) => new Promise((done) => { w.once("exit", done); w.postMessage("go"); })));
  process.stdout.write(JSON.stringify({ secs: Number(process.hrtime.bigint() - t0) / 1e9 }) + "\n");
  process.exit(0);
}
if (process.argv[2] === "--spin-thread") {
  const { parentPort } = await import("node:worker_threads");
  parentPort!.once("message", () => {
    if (process.argv[3] === "churn") churn();
    else spin();
    process.exit(0);
  });
  parentPort!.postMessage("ready");
}

// ---------------------------------------------------------------------------

interface Flags { quick: boolean; linearity: boolean; startup: boolean; runs: number }

function parseFlags(argv: string[]): Flags {
  const f: Flags = { quick: false, linearity: true, startup: true, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--quick") f.quick = true;
    else if (a === "--no-linearity") f.linearity = false;
    else if (a === "--no-startup") f.startup = false;
    else if (a === "--runs") f.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run bench -- [--quick] [--no-linearity] [--no-startup] [--runs N]");
      process.exit(0);
    } else {
      console.error(`bench: unknown flag ${a}`);
      process.exit(2);
    }
  }
  return f;
}

/** All .txt files under `dirs`, sorted, walking in sorted order. */
function listFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".txt")) out.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

interface Run {
  secs: number;
  /** Peak resident set size, MB (0 when unknown). */
  rssMB: number;
  /**
   * CPU seconds (user + system, all threads; NaN when unknown). Steadier than
   * the wall clock on a shared VM, and it shows what threads cost: a second
   * V8 isolate compiles the whole pipeline again.
   */
  cpuSecs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const haveGnuTime = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M", "true"], { encoding: "utf8" }).status === 0;

/**
 * Runs a command, stdout to /dev/null (or captured), timing it by the wall
 * clock and taking its peak RSS from GNU time, else by polling /proc.
 */
async function timed(cmd: string[], opts: { capture?: boolean; input?: string } = {}): Promise<Run> {
  const timeFile = join(work, `time-${Math.random().toString(36).slice(2)}`);
  const argv = haveGnuTime ? ["/usr/bin/time", "-f", "%M %U %S", "-o", timeFile, ...cmd] : cmd;
  const devnull = openSync("/dev/null", "w");
  const t0 = process.hrtime.bigint();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: repoRoot, stdio: [opts.input ? "pipe" : "ignore", opts.capture ? "pipe" : devnull, "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (s: string) => { stdout += s; });
  child.stderr!.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
  if (opts.input) child.stdin!.end(opts.input);
  let polledKB = 0;
  const poll = haveGnuTime ? null : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) polledKB = Math.max(polledKB, Number(m[1]));
    } catch { /* gone */ }
  }, 20);
  const status = await new Promise<number | null>((r) => child.on("close", (code) => r(code)));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (poll) clearInterval(poll);
  closeSync(devnull);
  let rssKB = polledKB;
  let cpuSecs = NaN;
  if (haveGnuTime) {
    try {
      const [kb, user, sys] = readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
      rssKB = kb ?? 0;
      cpuSecs = (user ?? NaN) + (sys ?? NaN);
    } catch { rssKB = 0; }
    rmSync(timeFile, { force: true });
  }
  return { secs, rssMB: rssKB / 1024, cpuSecs, status, stdout, stderr };
}

/** The fastest of `n` runs. */
async function best(n: number, cmd: string[], opts: { capture?: boolean } = {}): Promise<Run> {
  let b: Run | null = null;
  for (let i = 0; i < n; i++) {
    const r = await timed(cmd, opts);
    if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
    if (!b || r.secs < b.secs) b = r;
  }
  return b!;
}

/** Counts the lines `cmd` writes (claims), streaming, without keeping them. */
async function countLines(cmd: string[]): Promise<{ lines: number; secs: number }> {
  const t0 = process.hrtime.bigint();
  const child = spawn(cmd[0]!, cmd.slice(1), { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let lines = 0;
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => { for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++; });
  child.stderr.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
  const status = await new Promise<number | null>((r) => child.on("close", (c) => r(c)));
  if (status !== 0) throw new Error(`${cmd.join(" ")} failed (${status}): ${stderr.slice(0, 2000)}`);
  return { lines, secs: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const claimsCmd = (jobs: number, args: string[]) => [process.execPath, bin, "extract", "--quiet", "--jobs", String(jobs), ...args];
/** The same with worker threads whatever the input size (runs under 48 MB otherwise stay in the main thread). */
const threadedCmd = (jobs: number, args: string[]) => ["env", "CLAIMS_TUNING=parallelmin=0", ...claimsCmd(jobs, args)];

/**
 * Writes `files` joined into one file (each document opened by an `RSS` line), `copies` times over or until `bytes`.
 * With `oneDocument`, no line that opens or closes a document is written (`RSS` lines, lines that are only a URL, `date`
 * headers): the whole file is one document, as a book or a transcript is, which the chunker cuts inside.
 */
async function writeJoined(path: string, files: string[], opts: { copies?: number; bytes?: number; oneDocument?: boolean }): Promise<number> {
  const out: WriteStream = createWriteStream(path);
  let written = 0;
  const put = (b: Buffer | string) => new Promise<void>((r) => { written += typeof b === "string" ? Buffer.byteLength(b) : b.length; if (out.write(b)) r(); else out.once("drain", () => r()); });
  for (let c = 0; ; c++) {
    if (opts.copies !== undefined && c >= opts.copies) break;
    if (opts.bytes !== undefined && written >= opts.bytes) break;
    for (const f of files) {
      if (opts.bytes !== undefined && written >= opts.bytes) break;
      if (opts.oneDocument) {
        await put(readFileSync(f, "utf8").split("\n").filter((l) => !DOCUMENT_BREAK.test(l)).join("\n") + "\n\n");
        continue;
      }
      await put("RSS\n");
      await put(readFileSync(f));
      await put("\n");
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return written;
}

/** Lines that open or close a document in src/segment.ts: `RSS`, a lone URL, a `date YYYY-MM-DD` header. */
const DOCUMENT_BREAK = /^\s*(?:RSS|<?https?:\/\/\S+?>?|date\s+\d{4}-\d{2}-\d{2}\b.*)\s*$/i;

const mb = (bytes: number) => bytes / 1e6;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => s.padEnd(n);

let work = "";

async function mainBench(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const started = process.hrtime.bigint();
  if (!existsSync(corpusRoot)) {
    console.log(`bench: skipped: ${corpusRoot} is absent (the corpora live in ../shared beside the repository; a user's clone has none).`);
    return;
  }
  const dirs = CORPUS_DIRS.map((d) => join(corpusRoot, d)).filter((d) => existsSync(d));
  const files = listFiles(dirs);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  work = mkdtempSync(join(tmpdir(), "claims-bench-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.on("SIGINT", () => { cleanup(); process.exit(130); });
  try {
    const cores = availableParallelism();
    console.log(`claims bench — ${new Date().toISOString()}`);
    console.log(`machine: ${cores} cores (${cpus()[0]?.model ?? "?"}), ${f1(totalmem() / 2 ** 30)} GiB, node ${process.version}; peak RSS from ${haveGnuTime ? "GNU time" : "/proc polling"}`);
    console.log(`corpus: ${files.length} files, ${f1(mb(bytes))} MB (${dirs.map((d) => d.slice(corpusRoot.length + 1)).join(", ")})`);
    console.log("");

    // --- the corpus as it is: yardsticks and claims
    const rows: string[] = [];
    const row = (name: string, r: Run, b: number, extra = "") => rows.push(`  ${pad(name, 34)} ${f2(r.secs).padStart(7)} s ${f1(mb(b) / r.secs).padStart(7)} MB/s ${r.rssMB ? f1(r.rssMB).padStart(7) + " MB" : "       ?"} ${Number.isNaN(r.cpuSecs) ? "" : `cpu ${f2(r.cpuSecs).padStart(6)} s`}  ${extra}`);
    // Every file read once before anything is timed: the first tool must not pay for a cold page cache.
    for (const f of files) readFileSync(f);
    const tok = await best(flags.runs, [process.execPath, fileURLToPath(import.meta.url), "--child-tokenize", ...dirs], { capture: true });
    const tokInfo = JSON.parse(tok.stdout) as { tokens: number; bytes: number };
    if (tokInfo.bytes !== bytes) throw new Error(`WordTokenizer read ${tokInfo.bytes} bytes, expected ${bytes}`);
    const grep = await best(flags.runs, ["grep", "-c", "-r", "--include=*.txt", "said", ...dirs]);
    const count = await countLines(claimsCmd(Math.min(2, cores), dirs));
    const j1 = await best(flags.runs, claimsCmd(1, dirs));
    const j2 = await best(flags.runs, claimsCmd(2, dirs));
    const j2t = await best(flags.runs, threadedCmd(2, dirs));
    row("natural WordTokenizer (node)", tok, bytes, `${tokInfo.tokens} tokens`);
    row("grep -c said", grep, bytes);
    row("claims extract --jobs 1", j1, bytes, `${Math.round(count.lines / j1.secs)} claims/s`);
    row("claims extract --jobs 2", j2, bytes, `${Math.round(count.lines / j2.secs)} claims/s (under 48 MB: one thread)`);
    row("claims extract --jobs 2, threads", j2t, bytes, `${Math.round(count.lines / j2t.secs)} claims/s (threads forced)`);
    console.log(`Corpus as files (${files.length} files, ${f1(mb(bytes))} MB, ${count.lines} claims); wall time incl. start-up, MB/s, peak RSS, CPU time (user + system, all threads):`);
    for (const r of rows) console.log(r);
    const ratios = {
      vsTok: tok.secs / j1.secs,
      vsGrep: grep.secs / j1.secs,
      speedup: j1.secs / j2.secs,
    };
    console.log(`  ratios (throughput, claims --jobs 1 / yardstick): vs WordTokenizer ${f2(ratios.vsTok)}× (target ≥ 1), vs grep ${f2(ratios.vsGrep)}×; --jobs 2 vs WordTokenizer ${f2(tok.secs / j2.secs)}×`);
    console.log(`  --jobs 2 speed-up: ${f2(ratios.speedup)}× (target ≥ 1.7 on 2 cores); with threads forced: ${f2(j1.secs / j2t.secs)}×`);
    // What two threads of this machine give at best (best of 3 each), for reading the speed-up above.
    const spinTime = (n: number, kind: string) => {
      let bestSecs = Infinity;
      for (let r = 0; r < 3; r++) {
        const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child-spin", String(n), kind], { encoding: "utf8" });
        bestSecs = Math.min(bestSecs, (JSON.parse(out.stdout) as { secs: number }).secs);
      }
      return bestSecs;
    };
    const ceiling = (kind: string) => (2 * spinTime(1, kind)) / spinTime(2, kind);
    console.log(`  this machine, 2 threads vs 1 (same work per thread, best of 3): integer loop ${f2(ceiling("spin"))}×, loop with memory traffic ${f2(ceiling("churn"))}×`);
    console.log("");

    // --- linearity
    if (flags.linearity) {
      const once = join(work, "corpus-x1.txt");
      const four = join(work, "corpus-x4.txt");
      const fifty = join(work, "corpus-50MB.txt");
      const b1 = await writeJoined(once, files, { copies: 1 });
      const b4 = await writeJoined(four, files, { copies: 4 });
      const b50 = await writeJoined(fifty, files, { bytes: 50e6 });
      const r1 = await best(flags.runs, claimsCmd(1, [once]));
      const r4 = await best(1, claimsCmd(1, [four]));
      const r50 = await best(1, claimsCmd(1, [fifty]));
      const r50j2 = await best(1, threadedCmd(2, [fifty]));
      console.log("Linearity (the corpus joined into one file, each document opened by an RSS line; --jobs 1 unless said):");
      console.log(`  x1 file  ${f1(mb(b1))} MB: ${f2(r1.secs)} s, ${f1(mb(b1) / r1.secs)} MB/s, peak ${f1(r1.rssMB)} MB`);
      console.log(`  x4 file  ${f1(mb(b4))} MB: ${f2(r4.secs)} s, ${f1(mb(b4) / r4.secs)} MB/s, peak ${f1(r4.rssMB)} MB`);
      console.log(`  4× figure: time(x4) / time(x1) = ${f2(r4.secs / r1.secs)} (linear: 4; target ≤ 4.4)`);
      console.log(`  one 50 MB file: ${f2(r50.secs)} s, ${f1(mb(b50) / r50.secs)} MB/s, peak ${f1(r50.rssMB)} MB vs many small files ${f1(mb(bytes) / j1.secs)} MB/s → ${f2((mb(b50) / r50.secs) / (mb(bytes) / j1.secs))}× (target ≥ 1)`);
      console.log(`  one 50 MB file, --jobs 2 (threads forced): ${f2(r50j2.secs)} s, ${f1(mb(b50) / r50j2.secs)} MB/s, peak ${f1(r50j2.rssMB)} MB (speed-up ${f2(r50.secs / r50j2.secs)}×; CPU ${f2(r50j2.cpuSecs)} s vs ${f2(r50.cpuSecs)} s with one thread)`);
      rmSync(four, { force: true });
      rmSync(fifty, { force: true });
      console.log("");
    }

    // --- memory at scale
    if (!flags.quick) {
      const big = join(work, "gigabyte");
      mkdirSync(big);
      let total = 0;
      let copies = 0;
      let linked = true;
      while (total < 1e9) {
        const dir = join(big, `copy-${String(copies).padStart(3, "0")}`);
        mkdirSync(dir);
        files.forEach((f, i) => {
          const to = join(dir, `${String(i).padStart(5, "0")}.txt`);
          if (linked) {
            try { linkSync(f, to); } catch { linked = false; }
          }
          if (!linked) copyFileSync(f, to);
        });
        total += bytes;
        copies++;
      }
      const rg = await best(1, claimsCmd(cores, [big]));
      console.log(`1 GB corpus (${copies} copies of the corpus, ${copies * files.length} files, ${f1(mb(total))} MB${linked ? ", hard links" : ""}; --jobs ${cores}):`);
      console.log(`  ${f2(rg.secs)} s, ${f1(mb(total) / rg.secs)} MB/s, CPU ${f2(rg.cpuSecs)} s, peak RSS ${f1(rg.rssMB)} MB (target ≤ 200 MB)`);
      rmSync(big, { recursive: true, force: true });
      const one = join(work, "corpus-200MB.txt");
      const b200 = await writeJoined(one, files, { bytes: 200e6 });
      const r200 = await best(1, claimsCmd(cores, [one]));
      console.log(`One 200 MB file (${f1(mb(b200))} MB; --jobs ${cores}):`);
      console.log(`  ${f2(r200.secs)} s, ${f1(mb(b200) / r200.secs)} MB/s, CPU ${f2(r200.cpuSecs)} s, peak RSS ${f1(r200.rssMB)} MB (target ≤ 200 MB)`);
      rmSync(one, { force: true });
      // The same bytes as one document (no document breaks): pieces are cut inside it, at paragraphs.
      const doc = join(work, "document-200MB.txt");
      const d200 = await writeJoined(doc, files, { bytes: 200e6, oneDocument: true });
      const rd = await best(1, claimsCmd(cores, [doc]));
      console.log(`One 200 MB document (${f1(mb(d200))} MB, no document breaks; --jobs ${cores}):`);
      console.log(`  ${f2(rd.secs)} s, ${f1(mb(d200) / rd.secs)} MB/s, CPU ${f2(rd.cpuSecs)} s, peak RSS ${f1(rd.rssMB)} MB (target ≤ 200 MB)`);
      rmSync(doc, { force: true });
      console.log("");
    } else {
      console.log("1 GB corpus and 200 MB file: skipped (--quick)");
      console.log("");
    }

    // --- start-up
    if (flags.startup) {
      const doc = join(repoRoot, "seeds", readdirSync(join(repoRoot, "seeds")).sort()[0]!);
      const hf = spawnSync("hyperfine", ["--version"], { encoding: "utf8" });
      if (hf.status === 0) {
        const json = join(work, "hyperfine.json");
        const r = spawnSync("hyperfine", ["-N", "--warmup", "3", "--runs", "30", "--export-json", json,
          `${process.execPath} -e 0`, `${process.execPath} ${bin} extract ${doc}`, `${process.execPath} ${bin} check ${doc}`], { encoding: "utf8" });
        if (r.status === 0) {
          const res = (JSON.parse(readFileSync(json, "utf8")) as { results: { command: string; mean: number; stddev: number; median: number }[] }).results;
          const base = res[0]!.median;
          console.log(`Start-up (hyperfine, 30 runs, median; one document: seeds/${doc.split("/").pop()}):`);
          for (const x of res) console.log(`  ${pad(x.command.replace(process.execPath, "node").replace(bin, "bin/claims.js").replace(repoRoot + "/", ""), 60)} ${(x.median * 1000).toFixed(1).padStart(7)} ms ± ${(x.stddev * 1000).toFixed(1)}  ${f2(x.median / base)}× node -e 0 (target ≤ 2.5×)`);
        } else {
          console.log(`Start-up: hyperfine failed: ${r.stderr.slice(0, 500)}`);
        }
      } else {
        const runs = 15;
        const measure = async (cmd: string[]) => { const t: number[] = []; for (let i = 0; i < runs; i++) t.push((await timed(cmd)).secs); return t.sort((a, b) => a - b)[runs >> 1]!; };
        const base = await measure([process.execPath, "-e", "0"]);
        const ex = await measure([process.execPath, bin, "extract", doc]);
        const ch = await measure([process.execPath, bin, "check", doc]);
        console.log(`Start-up (hyperfine not installed; median of ${runs}): node -e 0 ${(base * 1000).toFixed(1)} ms; extract ${(ex * 1000).toFixed(1)} ms (${f2(ex / base)}×); check ${(ch * 1000).toFixed(1)} ms (${f2(ch / base)}×)`);
      }
      console.log("");
    }
  } finally {
    cleanup();
  }
  console.log(`Total bench time: ${f1(Number(process.hrtime.bigint() - started) / 1e9)} s`);
}

// The child modes above end their process (or thread) themselves.
if (!process.argv[2]?.startsWith("--child-") && process.argv[2] !== "--spin-thread") await mainBench();
