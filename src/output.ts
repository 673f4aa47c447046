/**
 * Writing to stdout without losing output or corrupting a line: whole
 * records are written in large chunks, backpressure is honoured, and a
 * closed pipe (EPIPE, e.g. `claims extract ... | head -1`) stops the run
 * quietly instead of throwing.
 */
import type { Writable } from "node:stream";

export class Output {
  private buffer: string[] = [];
  private size = 0;
  /** Set once the reader has gone away; further writes are dropped. */
  closed = false;
  /** With `keepErrors`: the first write error other than a closed pipe (ENOSPC, EIO…), for the caller to report. */
  error: NodeJS.ErrnoException | null = null;

  constructor(private readonly stream: Writable, private readonly chunk = 1 << 16, opts: { keepErrors?: boolean } = {}) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") this.closed = true;
      else if (opts.keepErrors) {
        this.closed = true;
        this.error ??= err;
      } else throw err;
    });
  }

  /**
   * Queues text (always whole records); flushes when the buffer is large.
   * UTF-8 bytes (records made in a worker thread) are written as they are,
   * after what is queued.
   */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.closed || !text.length) return;
    if (typeof text !== "string") {
      await this.flush();
      if (!this.closed) await this.put(text);
      return;
    }
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) await this.flush();
  }

  /** Writes what is queued, waiting for the stream to drain if it asks. */
  async flush(): Promise<void> {
    if (this.closed || this.size === 0) return;
    const data = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    await this.put(data);
  }

  private async put(data: string | Uint8Array): Promise<void> {
    const ok = this.stream.write(data);
    if (!ok && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => { this.stream.off("drain", done); this.stream.off("error", done); this.stream.off("close", done); resolve(); };
        this.stream.on("drain", done);
        this.stream.on("error", done);
        this.stream.on("close", done);
      });
    }
  }
}
