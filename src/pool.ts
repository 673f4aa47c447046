/**
 * Running jobs (src/jobs.ts): in this thread, or on a pool of worker threads
 * (src/worker.ts), and putting the results back in input order.
 *
 * `runOrdered` pulls jobs from a source, hands them to an executor, and emits
 * each result once all earlier ones are emitted; at most `maxInFlight` jobs
 * are between the source and the output at any time (running, queued, or
 * done and waiting for an earlier one), so memory stays bounded whatever the
 * input size, and a slow reader of the output slows the whole run down
 * instead of filling memory.
 */
import { createRequire } from "node:module";
import type { ResourceLimits, Worker } from "node:worker_threads";
import type { Job, JobResult } from "./jobs.js";
import type { WorkerReply, WorkerRequest } from "./worker.js";
import { reapplyHeapFlags } from "./gc.js";

/** node:worker_threads, loaded by the first worker spawned: a run on one thread (most short runs) never pays for it (~4 ms of start-up). */
let workerThreads: typeof import("node:worker_threads") | undefined;
const require = createRequire(import.meta.url);

/** Something that runs jobs. */
export interface Executor {
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

/** Runs jobs in this thread, one at a time, yielding to the event loop between them. */
export class InlineExecutor implements Executor {
  private runJob: ((job: Job) => JobResult) | null = null;

  async run(job: Job): Promise<JobResult> {
    this.runJob ??= (await import("./jobs.js")).runJob;
    // Let output drain and timers (progress) run between jobs.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.runJob(job);
  }

  async close(): Promise<void> {}
}

interface Slot {
  worker: Worker;
  busy: number;
}

/** A fixed-size pool of worker threads, started by `start` (or on demand). */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { job: Job; resolve: (r: JobResult) => void; reject: (e: Error) => void; slot: Slot }>();
  private inline: InlineExecutor | null = null;
  private seq = 0;
  private closed = false;

  /**
   * `limits`: V8 heap limits of each worker. A small young generation and an
   * old generation capped well above what one job keeps alive make V8
   * collect sooner, which keeps the resident size of a run with several
   * workers low at no measurable cost in time. Measured with `--jobs 2` (on
   * one 200 MB file and on a 1 GB corpus), a worker's heap between jobs is
   * 21–28 MB (old generation 12–17 MB, code 3–4 MB, young generation 2–4
   * MB): the 4 MB young generation is a cap (a parallel run keeps it at
   * 2 MB, src/gc.ts), and the 128 MB old generation only stops a
   * pathological job, which is then redone in this thread (`fail`).
   */
  constructor(
    private readonly size: number,
    private readonly limits: ResourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 },
    private readonly script = new URL("./worker.js", import.meta.url),
  ) {}

  /**
   * Starts every worker and waits until all are online. A worker starting
   * up sets V8's flags back to their defaults (see `leanHeapFlags`
   * in src/gc.ts); each worker's "online" handler (`spawn`) sets them again,
   * so once all are online, before this thread does anything that could
   * grow its heap, they hold.
   */
  async start(): Promise<void> {
    while (this.slots.length < this.size) this.spawn();
    await Promise.all(this.slots.map((s) => new Promise<void>((resolve) => {
      s.worker.once("online", () => resolve());
      s.worker.once("error", () => resolve());
      s.worker.once("exit", () => resolve());
    })));
  }

  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error("worker pool closed"));
    const slot = this.pick();
    const seq = this.seq++;
    slot.busy++;
    return new Promise<JobResult>((resolve, reject) => {
      this.waiting.set(seq, { job, resolve, reject, slot });
      const msg: WorkerRequest = { seq, job };
      // Copied, not transferred: a job must survive its worker (see `fail`).
      slot.worker.postMessage(msg);
    });
  }

  /** An idle worker, else a new one while below size, else the least busy. */
  private pick(): Slot {
    let best: Slot | null = null;
    for (const s of this.slots) if (!best || s.busy < best.busy) best = s;
    if (best && best.busy === 0) return best;
    if (this.slots.length < this.size) return this.spawn();
    return best!;
  }

  private spawn(): Slot {
    workerThreads ??= require("node:worker_threads") as typeof import("node:worker_threads");
    const worker = new workerThreads.Worker(this.script, { resourceLimits: this.limits });
    const slot: Slot = { worker, busy: 0 };
    worker.once("online", reapplyHeapFlags);
    worker.on("message", (reply: WorkerReply) => {
      const w = this.waiting.get(reply.seq);
      if (!w) return;
      this.waiting.delete(reply.seq);
      slot.busy--;
      if (reply.result) w.resolve(reply.result);
      else w.reject(new Error(reply.error ?? "worker failed"));
    });
    const fail = (err: Error) => {
      // A job that needs more memory than a worker may use (a pathological
      // input: megabytes of one paragraph) is done again in this thread,
      // which has no such limit; so are the jobs queued behind it.
      const oom = (err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      for (const [seq, w] of this.waiting) {
        if (w.slot !== slot) continue;
        this.waiting.delete(seq);
        if (oom) {
          this.inline ??= new InlineExecutor();
          this.inline.run(w.job).then(w.resolve, w.reject);
        } else {
          w.reject(err);
        }
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`worker thread exited (code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}

/**
 * Runs every job of `source` on `exec` and calls `emit` with the results in
 * source order. Stops early (without error) when `stopped()` turns true, e.g.
 * when the reader of the output has gone away, or when `signal` aborts
 * (SIGINT). Rejects on the first executor failure (an internal error).
 */
export async function runOrdered(
  source: AsyncIterable<Job>,
  exec: Executor,
  emit: (r: JobResult) => Promise<void>,
  opts: { maxInFlight: number; stopped?: () => boolean; signal?: AbortSignal },
): Promise<void> {
  const done = new Map<number, JobResult>();
  let next = 0;
  let submitted = 0;
  let inFlight = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => { const w = wake; wake = null; w?.(); };
  let draining = false;

  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      while (!failure && done.has(next)) {
        const r = done.get(next)!;
        done.delete(next);
        next++;
        await emit(r);
        inFlight--;
        signal();
      }
    } catch (err) {
      failure ??= err as Error;
    } finally {
      draining = false;
      signal();
    }
  };

  const stopped = () => failure !== null || (opts.signal?.aborted ?? false) || (opts.stopped?.() ?? false);
  opts.signal?.addEventListener("abort", signal, { once: true });
  for await (const job of source) {
    if (stopped()) break;
    while (inFlight >= opts.maxInFlight && !stopped()) await new Promise<void>((r) => { wake = r; });
    if (stopped()) break;
    const seq = submitted++;
    inFlight++;
    exec.run(job).then(
      (r) => { done.set(seq, r); void drain(); },
      (err: Error) => { failure ??= err; signal(); },
    );
  }
  while (!stopped() && (next < submitted || draining)) await new Promise<void>((r) => { wake = r; });
  if (failure) throw failure;
}
