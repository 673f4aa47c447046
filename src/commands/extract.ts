/**
 * `claims extract`: inputs → jobs → claims JSONL on stdout, in input order.
 *
 * - Streaming: small files are read whole (in batches), big files are cut
 *   into pieces at document boundaries (src/chunker.ts), standard input is
 *   read whole when small and spilled to a temporary file when big; JSON-lines
 *   input (`--input-format jsonl`) is cut into batches of lines. Memory is
 *   bounded by the number of jobs in flight, not by the input.
 * - Parallel: `--jobs N` (default: the number of cores) runs the jobs on N
 *   worker threads (src/pool.ts); results are written in input order, so the
 *   output is the same, byte for byte, whatever N is. A run too small to
 *   gain from threads runs in this thread.
 * - Light start: modules only some runs need (the formatter registry and
 *   chalk for `--format pretty`, the extraction pipeline when no worker runs
 *   it) load on first use.
 */
import { availableParallelism, tmpdir } from "node:os";
import { constants, statSync } from "node:fs";
import { mkdtemp, open, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { chunkFile, chunkThreshold, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from "../chunker.js";
import { decode } from "../decode.js";
import { resolveInputs } from "../inputs.js";
import { warn, type Io } from "../io.js";
import type { Job, JobResult } from "../jobs.js";
import { textOf } from "../utf8.js";
import { jsonlJobs } from "../jsonl-input.js";
import { Output } from "../output.js";
import { InlineExecutor, runOrdered, WorkerPool, type Executor } from "../pool.js";
import { boundHeapGrowth, collectNow, Releaser, leanHeapFlags } from "../gc.js";
import { Progress } from "../progress.js";
import { describeFsError, fileKind } from "../read-file.js";
import type { Claim } from "../claim.js";

export interface ExtractCommandOptions {
  format: string;
  color?: boolean;
  quiet?: boolean;
  /** `--jobs N`: worker threads (a number or a numeric string); default: the number of cores. */
  jobs?: string | number;
  /** `--input-format`: `text` (default) or `jsonl`. */
  inputFormat?: string;
}

/** Files are handed to workers in batches of up to this many bytes or files. */
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;
/**
 * Runs of files with less input than this run in this thread: every worker
 * thread compiles the pipeline anew (about 3 s of CPU before it runs at full
 * speed), which on the 2-core machine measured (`npm run bench`) made two
 * threads slower than one up to about 50 MB (0.82× on 19 MB, 0.92× on 50 MB,
 * 1.24× faster on 200 MB).
 */
const PARALLEL_MIN_BYTES = 48 << 20;
/** Input whose size is not known beforehand (standard input, JSON lines) is peeked this far before threads start. */
const PEEK_BYTES = 1 << 20;

/** Runs the extract command; returns the exit code (0 ok, 2 when any input or record failed, or on a usage error). */
export async function extractCommand(args: string[], opts: ExtractCommandOptions, io: Io): Promise<number> {
  const format = opts.format ?? "jsonl";
  let formatter: { begin(): string; claim(c: Claim, i: number): string; end(n: number): string } | null = null;
  if (format !== "jsonl") {
    const { extractFormatters } = await import("../formats/extract/index.js");
    const factory = extractFormatters[format];
    if (!factory) {
      warn(io, `claims: unknown format "${format}" (one of: ${Object.keys(extractFormatters).join(", ")})`);
      return 2;
    }
    const { colorLevel, makeChalk } = await import("../color.js");
    formatter = factory({ color: makeChalk(colorLevel({ stream: io.stdout, env: io.env, flag: opts.color })) });
  }
  const jobs = parseJobs(opts.jobs);
  if (typeof jobs === "string") {
    warn(io, `claims: ${jobs}`);
    return 2;
  }
  const inputFormat = opts.inputFormat ?? "text";
  if (inputFormat !== "text" && inputFormat !== "jsonl") {
    warn(io, `claims: unknown input format "${inputFormat}" (one of: text, jsonl)`);
    return 2;
  }

  const tuning = tuningFromEnv(io.env);
  const out = new Output(io.stdout, undefined, { keepErrors: true });
  const progress = new Progress(io.stderr, !opts.quiet && io.stderr.isTTY === true, inputFormat === "jsonl" ? "records" : "files", tuning.progressDelay);
  let code = 0;
  // A parallel run keeps the heaps small from the start (the walk of a big tree included); see gc.ts.
  if (jobs > 1) leanHeapFlags(true);
  const { inputs, errors, warnings } = await resolveInputs(args.length ? args : ["-"], { cwd: io.cwd });
  for (const e of errors) { warn(io, `claims: ${e.path}: ${e.message}`); code = 2; }
  for (const w of warnings) warn(io, `claims: warning: ${w.path}: ${w.message}`);
  // Walking a big tree leaves tens of megabytes of garbage: collect it before workers start.
  if (inputs.length >= 10_000) collectNow();

  const ctx: SourceContext = { io, inputFormat, tuning };
  const source = peekable(jobSource(inputs, ctx));
  // Whether threads would pay off: files by their sizes, streams by peeking at their start.
  const streamed = inputFormat === "jsonl" || inputs.includes("-");
  const small = jobs === 1 || (streamed ? await source.fill(Math.min(PEEK_BYTES, tuning.parallelMin)) : sizeBelow(inputs, io.cwd, tuning.parallelMin));
  let exec: Executor;
  if (jobs === 1 || small) {
    exec = new InlineExecutor();
    leanHeapFlags(false);
    boundHeapGrowth(true);
  } else {
    const pool = new WorkerPool(jobs, tuning.workerLimits);
    await pool.start();
    exec = pool;
  }

  const releaser = exec instanceof WorkerPool ? new Releaser() : null;
  let count = 0;
  const emit = async (r: JobResult): Promise<void> => {
    if (r.messages.length) {
      progress.clear();
      for (const m of r.messages) warn(io, m);
    }
    if (r.failed) code = 2;
    if (formatter) {
      let text = "";
      for (const line of textOf(r.out).split("\n")) if (line) text += formatter.claim(JSON.parse(line) as Claim, count++);
      await out.write(text);
    } else {
      count += r.count;
      await out.write(r.out);
    }
    releaser?.released(r.out.length);
    progress.update(r);
  };

  // SIGINT/SIGTERM: stop taking jobs, write out the whole records already
  // made, exit 128 + signal number (a second signal kills at once).
  const stop = new AbortController();
  let interrupted: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (interrupted) {
      for (const s of SIGNALS) process.off(s, onSignal);
      process.kill(process.pid, sig);
      return;
    }
    interrupted = sig;
    stop.abort();
  };
  const handleSignals = io.stdout === process.stdout;
  if (handleSignals) for (const s of SIGNALS) process.on(s, onSignal);

  try {
    if (formatter) await out.write(formatter.begin());
    // N + 2 jobs in flight: one running on each worker, and two more so that
    // a worker never waits for this thread to cut or read the next one. A job
    // is at most 256 KB of files or one piece of 64 K characters (plus its
    // records), so all of them hold a few megabytes: on one 200 MB file with
    // --jobs 2 this thread's heap was 10–16 MB in all.
    await runOrdered(source, exec, emit, { maxInFlight: jobs + 2, stopped: () => out.closed, signal: stop.signal });
    if (formatter && !interrupted) await out.write(formatter.end(count));
    await out.flush();
  } catch (err) {
    progress.clear();
    warn(io, `claims: internal error: ${(err as Error).stack ?? String(err)}`);
    code = 2;
  } finally {
    progress.clear();
    if (handleSignals) for (const s of SIGNALS) process.off(s, onSignal);
    await exec.close();
    leanHeapFlags(false);
    boundHeapGrowth(false);
  }
  if (out.error) {
    const e = out.error;
    warn(io, `claims: cannot write the output: ${e.code === "ENOSPC" ? "no space left on device" : e.code === "EIO" ? "input/output error" : e.message}`);
    return 2;
  }
  if (interrupted) return 128 + (interrupted === "SIGINT" ? 2 : 15);
  return code;
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/** `--jobs`: a positive integer; absent, 0 or "auto" → the number of cores. A string is an error message. */
export function parseJobs(v: string | number | undefined): number | string {
  if (v === undefined || v === "auto" || v === 0 || v === "0") return availableParallelism();
  const n = typeof v === "number" ? v : /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 1024) return `--jobs must be a positive integer (got "${v}")`;
  return n;
}

/**
 * Internal knobs, for tests and benchmarks of the chunked and parallel paths:
 * `CLAIMS_TUNING="chunk=2000,hardmax=40000,batch=1,parallelmin=0"` sets the
 * piece size and the overlong-document size of big files (UTF-16 units;
 * with `chunk` set, files from twice that many bytes are cut, not 512 KB),
 * the files per batch, the input size below which a run stays in this
 * thread (bytes), `progressdelay` (ms) before the progress line shows, and
 * the heap limits of worker threads (`young`, `old`, MB).
 */
export interface Tuning {
  chunk: ChunkOptions;
  batchFiles: number;
  batchBytes: number;
  parallelMin: number;
  /** Milliseconds before the progress line first shows. */
  progressDelay: number;
  /** Heap limits of each worker thread (MB): `young=4,old=128`. */
  workerLimits: { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number };
}

export function tuningFromEnv(env: NodeJS.ProcessEnv): Tuning {
  const kv = new Map<string, number>();
  for (const part of (env.CLAIMS_TUNING ?? "").split(",")) {
    const [k, v] = part.split("=");
    const n = Number(v);
    if (k && v !== undefined && Number.isFinite(n) && n >= 0) kv.set(k.trim(), n);
  }
  const target = kv.get("chunk") || DEFAULT_CHUNK_OPTIONS.target;
  const hardMax = kv.get("hardmax") || (kv.has("chunk") ? 8 * target : DEFAULT_CHUNK_OPTIONS.hardMax);
  return {
    chunk: { target, hardMax, readSize: Math.min(DEFAULT_CHUNK_OPTIONS.readSize, Math.max(4096, target)), minFile: kv.has("chunk") ? 2 * target : DEFAULT_CHUNK_OPTIONS.minFile },
    batchFiles: kv.get("batch") || BATCH_FILES,
    batchBytes: kv.has("batch") ? Infinity : BATCH_BYTES,
    parallelMin: kv.get("parallelmin") ?? PARALLEL_MIN_BYTES,
    progressDelay: kv.get("progressdelay") ?? 1000,
    workerLimits: { maxYoungGenerationSizeMb: kv.get("young") || 4, maxOldGenerationSizeMb: kv.get("old") || 128 },
  };
}

interface SourceContext {
  io: Io;
  inputFormat: string;
  tuning: Tuning;
}

/** Whether the inputs (files) add up to less than `limit` bytes; stops statting once they reach it. */
function sizeBelow(inputs: Iterable<string>, cwd: string, limit: number): boolean {
  let total = 0;
  for (const input of inputs) {
    try { total += statSync(resolvePath(cwd, input)).size; } catch { /* its reader reports it */ }
    if (total >= limit) return false;
  }
  return true;
}

/** The jobs for all inputs, in input order. */
async function* jobSource(inputs: Iterable<string>, ctx: SourceContext): AsyncGenerator<Job> {
  const threshold = chunkThreshold(ctx.tuning.chunk);
  let batch: { path: string; file: string }[] = [];
  let batchBytes = 0;
  const flush = (): Job | null => {
    if (batch.length === 0) return null;
    const job: Job = { kind: "files", items: batch, bytes: batchBytes };
    batch = [];
    batchBytes = 0;
    return job;
  };
  for (const input of inputs) {
    const path = input === "-" ? "-" : resolvePath(ctx.io.cwd, input);
    let size = 0;
    if (path !== "-") {
      try { size = statSync(path).size; } catch { /* the reader reports it */ }
    }
    if (path === "-" || ctx.inputFormat === "jsonl" || size >= threshold) {
      const j = flush();
      if (j) yield j;
      if (path === "-") yield* stdinJobs(ctx);
      else if (ctx.inputFormat === "jsonl") yield* jsonlFileJobs(path, input);
      else yield* bigFile(path, input, ctx);
      continue;
    }
    batch.push({ path, file: input });
    batchBytes += size;
    if (batchBytes >= ctx.tuning.batchBytes || batch.length >= ctx.tuning.batchFiles) yield flush()!;
  }
  const j = flush();
  if (j) yield j;
}

/** Standard input: JSON lines, or one document read whole (spilled to a temporary file and cut when big). */
async function* stdinJobs(ctx: SourceContext): AsyncGenerator<Job> {
  const stdin = ctx.io.stdin;
  if (ctx.inputFormat === "jsonl") {
    try {
      yield* jsonlJobs(stdin as AsyncIterable<Uint8Array>, "-");
    } catch (err) {
      yield readError("-", err);
    }
    return;
  }
  const threshold = chunkThreshold(ctx.tuning.chunk);
  const parts: Buffer[] = [];
  let size = 0;
  let dir: string | null = null;
  try {
    let spill: FileHandle | null = null;
    try {
      for await (const chunk of stdin as Readable) {
        const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
        if (spill) { await spill.write(buf); continue; }
        parts.push(buf);
        size += buf.length;
        if (size >= threshold) {
          dir = await mkdtemp(join(tmpdir(), "claims-stdin-"));
          spill = await open(join(dir, "stdin"), "w");
          for (const p of parts) await spill.write(p);
          parts.length = 0;
        }
      }
    } catch (err) {
      yield readError("-", err);
      return;
    } finally {
      await spill?.close();
    }
    if (dir) {
      const spilled = join(dir, "stdin");
      yield* bigFile(spilled, "-", ctx);
      return;
    }
    const bytes = Buffer.concat(parts);
    const decoded = decode(bytes);
    if (decoded.binary) {
      yield { kind: "note", messages: ["claims: -: binary file, skipped"], failed: true, bytes: bytes.length, files: 1 };
      return;
    }
    yield {
      kind: "text", text: decoded.text, file: "-", bytes: bytes.length, files: 1,
      messages: decoded.warnings.map((w) => `claims: -: warning: ${w.message}`),
    };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * The pieces of a big file, cut in this thread whether the run is parallel
 * or not. (They were cut in a reader thread of their own, to keep this
 * thread's heap small; with its young generation held small (src/gc.ts) it
 * stays small anyway, and a fourth thread cost more than it saved: on one
 * 200 MB file with `--jobs 2`, peak RSS over the first 30 s was 184 MB with
 * the reader thread and 167 MB without, the average 149 MB and 134 MB; over
 * whole runs, 199 MB with it, 178–198 MB in three without.)
 */
function bigFile(path: string, shown: string, ctx: SourceContext): AsyncGenerator<Job> {
  return chunkFile(path, shown, ctx.tuning.chunk);
}

/** A JSON-lines file (`--input-format jsonl` with paths). */
async function* jsonlFileJobs(path: string, shown: string): AsyncGenerator<Job> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await fh.stat();
    if (st.isDirectory()) throw new Error("is a directory");
    if (!st.isFile()) throw new Error(`not a regular file (${fileKind(st)})`);
  } catch (err) {
    await fh?.close().catch(() => undefined);
    yield readError(shown, err);
    return;
  }
  try {
    yield* jsonlJobs(fh.createReadStream({ highWaterMark: 1 << 20, autoClose: false }), shown);
  } catch (err) {
    yield readError(shown, err);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function readError(shown: string, err: unknown): Job {
  const message = err instanceof Error && !("code" in err) ? err.message : describeFsError(err);
  return { kind: "note", messages: [`claims: ${shown}: ${message}`], failed: true, bytes: 0, files: 0 };
}

function resolvePath(cwd: string, p: string): string {
  return p.startsWith("/") ? p : `${cwd}/${p}`;
}

function jobBytes(job: Job): number {
  return job.kind === "note" ? 0 : job.kind === "files" ? job.bytes : job.bytes;
}

/** An async source that can be filled ahead (to look at the size of a run before choosing how to run it). */
function peekable(src: AsyncGenerator<Job>): AsyncIterable<Job> & { fill(bytes: number): Promise<boolean> } {
  const buffered: Job[] = [];
  let ended = false;
  return {
    /**
     * Buffers jobs until there are two and `bytes` of input, or the end; true
     * when the whole run is smaller than `bytes` or one job (nothing to share).
     */
    async fill(bytes: number): Promise<boolean> {
      let total = 0;
      while (total < bytes || buffered.length < 2) {
        const r = await src.next();
        if (r.done) { ended = true; return true; }
        buffered.push(r.value);
        total += jobBytes(r.value);
      }
      return false;
    },
    async *[Symbol.asyncIterator]() {
      try {
        while (buffered.length) yield buffered.shift()!;
        if (ended) return;
        for (let r = await src.next(); !r.done; r = await src.next()) yield r.value;
      } finally {
        await src.return(undefined);
      }
    },
  };
}
