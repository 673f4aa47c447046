/**
 * A worker thread that cuts one big file into pieces (src/chunker.ts) for a
 * parallel run, so that the main thread, which only hands jobs out and
 * writes results in order, stays small: cutting allocates a lot (decoding,
 * segmenting what is pending), and a worker's heap can be kept small while
 * the main thread's cannot. The main thread asks for each piece in turn
 * (`next`), so the reader never runs ahead of the run.
 */
import { parentPort, workerData } from "node:worker_threads";
import { chunkFile, type ChunkOptions } from "./chunker.js";
import type { Job } from "./jobs.js";
import { collectIfBuffersAbove } from "./gc.js";

export interface ReaderData {
  path: string;
  file: string;
  opts: Partial<ChunkOptions>;
}

export type ReaderReply = { job: Job } | { done: true } | { error: string };

const port = parentPort;
if (port) {
  const { path, file, opts } = workerData as ReaderData;
  const pieces = chunkFile(path, file, opts);
  port.on("message", (msg: "next") => {
    if (msg !== "next") return;
    pieces.next().then(
      (r) => {
        collectIfBuffersAbove();
        if (r.done) return port.postMessage({ done: true } satisfies ReaderReply);
        port.postMessage({ job: r.value } satisfies ReaderReply);
      },
      (err: Error) => port.postMessage({ error: err.stack ?? String(err) } satisfies ReaderReply),
    );
  });
}
