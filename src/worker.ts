/**
 * A worker thread of `claims extract --jobs N`: runs the jobs the main
 * thread sends (src/jobs.ts) and sends back each result with its sequence
 * number; the main thread puts results back in input order (src/pool.ts).
 */
import { parentPort } from "node:worker_threads";
import { runJob, type Job, type JobResult } from "./jobs.js";
import { collectIfBuffersAbove } from "./gc.js";

export interface WorkerRequest {
  seq: number;
  job: Job;
}

export interface WorkerReply {
  seq: number;
  result?: JobResult;
  /** Set when the job threw: an internal error, reported by the main thread. */
  error?: string;
}

const port = parentPort;
if (port) {
  port.on("message", (msg: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq: msg.seq, result: runJob(msg.job) };
    } catch (err) {
      reply = { seq: msg.seq, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(reply);
    collectIfBuffersAbove();
  });
}
