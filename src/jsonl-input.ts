/**
 * `--input-format jsonl`: documents as JSON lines, one record per line
 * (`{"id" | "file", "text", "url"?, "title"?, "date"?}`), the record stream
 * of GNU parallel `--pipe`, Hadoop Streaming and Spark's `RDD.pipe`. The
 * stream is cut into batches of whole lines (src/jobs.ts parses and extracts
 * them, in a worker when there are several); line numbers are kept so that a
 * bad line can be reported as `source:line`.
 */
import type { Job } from "./jobs.js";

/** About this many bytes of records per job. */
export const JSONL_BATCH_BYTES = 1 << 20;

/** The jobs for a stream of JSON lines; `source` names it in messages ("-" for stdin). */
export async function* jsonlJobs(stream: AsyncIterable<Uint8Array | string>, source: string, batchBytes = JSONL_BATCH_BYTES): AsyncGenerator<Job> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let first = true;
  const cut = (final: boolean): Job | null => {
    if (size === 0) return null;
    let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (first && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    first = false;
    const end = final ? buf.length : buf.lastIndexOf(10) + 1;
    if (end === 0) {
      parts = [buf];
      size = buf.length;
      return null;
    }
    const piece = buf.subarray(0, end);
    const rest = buf.subarray(end);
    parts = rest.length ? [Buffer.from(rest)] : [];
    size = rest.length;
    // A copy that owns its buffer: decoded where the job runs, moved (not copied) to a worker.
    const job: Job = { kind: "jsonl", text: new Uint8Array(piece), source, firstLine: line, bytes: piece.length };
    for (let i = piece.indexOf(10); i >= 0; i = piece.indexOf(10, i + 1)) line++;
    return job;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    parts.push(buf);
    size += buf.length;
    if (size >= batchBytes) {
      const job = cut(false);
      if (job) yield job;
    }
  }
  const job = cut(true);
  if (job) yield job;
}
