/**
 * Keeping garbage from piling up between the threads of a parallel run.
 *
 * The records come back from the workers as big strings (one per job);
 * once written they are garbage, but big strings live in V8's large-object
 * space, which only a full collection frees, and the main thread allocates
 * so little else that V8 runs one rarely: tens of megabytes of written
 * records would wait for it. So the main thread runs a full collection after
 * every few megabytes of records written (a few milliseconds on its small
 * heap). Workers read files into buffers (memory outside the heap, freed
 * only when a collection finds them dead): past a few megabytes of it, a
 * worker collects too.
 */
import { createRequire } from "node:module";
import v8 from "node:v8";

/** `gc()` is a full collection; (in Node 20, `gc({ type: "major" })` runs only a scavenge). */
type Gc = () => void;
let gc: Gc | null | undefined;

function getGc(): Gc | null {
  if (gc !== undefined) return gc;
  try {
    v8.setFlagsFromString("--expose-gc");
    // node:vm loads here, on the first collection, not at every start.
    const vm = createRequire(import.meta.url)("node:vm") as typeof import("node:vm");
    gc = vm.runInNewContext("gc") as Gc;
  } catch {
    gc = null;
  }
  return gc;
}

/** Runs a full collection when this thread holds more than `limit` bytes outside the heap. */
export function collectIfBuffersAbove(limit = 16 << 20): void {
  if (v8.getHeapStatistics().external_memory > limit) getGc()?.();
}

/** A full collection now. */
export function collectNow(): void {
  getGc()?.();
}

/**
 * V8 flags for a run on worker threads, which keep its resident size down;
 * `on` false sets them back to V8's defaults (Node 20), before this thread
 * extracts itself (a run too small for threads) and at the end of the run.
 * The flags are process-wide: they hold for the workers too.
 *
 * - The young generation does not grow (`--semi-space-growth-factor=1`; V8
 *   doubles it, up to 2 × 16 MB, as objects keep surviving scavenges). A
 *   main thread that only hands jobs out and writes results (and walks the
 *   input tree before that) grew it to the full 32 MB within seconds, all of
 *   it resident, though it keeps a few megabytes alive: on a 1 GB corpus
 *   (187,000 files) with `--jobs 2` its heap was 55–60 MB, and held at its
 *   initial 2 × 1 MB 24–29 MB, the steady RSS of the run 145 MB instead of
 *   180 MB. The workers' young generation then stays at 2 MB instead of
 *   their 4 MB limit: CPU time on one 200 MB file was the same (83.3 s
 *   against 84.7 s).
 * - Functions of more than 8000 bytes of bytecode are not optimized
 *   (`--max-optimized-bytecode-size`, default 61440). In this pipeline that
 *   is the generated schema validator, and was the 46 KB `verbFrame`
 *   (src/attributions.ts, since split into parts that each stay under the
 *   cap, so worker threads optimize it): TurboFan took about 1 s to
 *   compile that `verbFrame`, again after each deoptimization, in every
 *   thread, and its compilation memory (V8 `peak_malloced_memory`)
 *   reached 23–30 MB per thread, released at once but counted in the peak
 *   whenever two threads compiled together. On one
 *   200 MB file with `--jobs 2` (young generation held,
 *   no reader thread), peak RSS was 178, 184 and 198 MB in three runs
 *   without it, 161, 161 and 176 MB in three with it, CPU time the same
 *   within this host's noise (106–112 s both ways in alternated runs).
 *
 * A worker thread starting up undoes flags set at run time (measured: the
 * main thread's young generation grew to 32 MB again once the workers were
 * online; flags given on the command line stay), so `reapplyHeapFlags` runs again when they are
 * (`WorkerPool.start`).
 */
export function leanHeapFlags(on: boolean): void {
  if (on === lean) return; // a run on one thread never touches V8's flags
  // A user who set either flag (`node --max-semi-space-size=… bin/claims.js`, NODE_OPTIONS) keeps their own tuning.
  if (on && userTunesHeap()) return;
  lean = on;
  setFlags(on);
}

/**
 * Whether the process was started with V8 flags of its own matching `flags` (command line or NODE_OPTIONS); by
 * default, the heap and compiler flags `leanHeapFlags` sets.
 */
function userTunesHeap(flags = /--(?:semi-space-growth-factor|max-semi-space-size|max-optimized-bytecode-size)\b/): boolean {
  return flags.test([...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" "));
}

let lean = false;

function setFlags(on: boolean): void {
  try {
    v8.setFlagsFromString(`--semi-space-growth-factor=${on ? 1 : 2}`);
    v8.setFlagsFromString(`--max-optimized-bytecode-size=${on ? 8000 : 61440}`);
  } catch {
    /* a runtime without these flags: nothing to tune */
  }
}

/**
 * Bounds how far V8 lets the old generation grow past what survived the last
 * full collection, for a run that extracts in this thread (`on` false sets
 * V8's default back). By default V8 lets it grow to up to four times that
 * before collecting again: extraction keeps 25–30 MB alive, and one thread
 * extracting a big file reached 115–155 MB of heap (peak RSS 190–296 MB on
 * one 112 MB document, 207 MB on a 77 MB file of many). At 50 % growth the
 * heap stays near 75 MB (peak RSS about 150 MB on 9 MB, 2 more full
 * collections of a few milliseconds each per 100 MB of input; measured in
 * the README's Memory).
 */
export function boundHeapGrowth(on: boolean): void {
  // A user's own `--heap-growing-percent` stands.
  if (on === bounded || (on && userTunesHeap(/--heap-growing-percent\b/))) return;
  bounded = on;
  try {
    v8.setFlagsFromString(`--heap-growing-percent=${on ? HEAP_GROWING_PERCENT : 0}`);
  } catch {
    /* a runtime without the flag: nothing to bound */
  }
}

/** The old generation's growth between full collections in an in-thread run (percent; V8's own is dynamic, up to 300). */
export const HEAP_GROWING_PERCENT = 50;
let bounded = false;

/** Sets the flags of `leanHeapFlags` again when they are on (after a worker thread started: see there). */
export function reapplyHeapFlags(): void {
  if (lean) setFlags(true);
}

/** Counts what was released; runs a full collection after every `every` units. */
export class Releaser {
  private pending = 0;
  constructor(private readonly every = 2 << 20) {}

  released(units: number): void {
    this.pending += units;
    if (this.pending < this.every) return;
    this.pending = 0;
    getGc()?.();
  }
}
