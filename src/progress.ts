/**
 * The progress line of long runs: on a terminal only (never in a pipe or a
 * log), on stderr, rewritten in place at most ten times a second, shown only
 * once a run has taken more than a second, and cleared at the end (and
 * before any warning is printed, so that warnings stay readable).
 */
import type { Writable } from "node:stream";

export interface ProgressCounts {
  files: number;
  bytes: number;
  count: number;
}

export class Progress {
  private files = 0;
  private bytes = 0;
  private claims = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly stream: Writable & { isTTY?: boolean; columns?: number },
    private readonly enabled: boolean,
    private readonly unit = "files",
    private readonly delayMs = 1000,
  ) {}

  /** Adds a finished job's counts; redraws when due. */
  update(r: ProgressCounts): void {
    this.files += r.files;
    this.bytes += r.bytes;
    this.claims += r.count;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(now);
  }

  /** The line as it would be drawn now. */
  line(now = Date.now()): string {
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const mb = this.bytes / 1e6;
    return `claims: ${this.files} ${this.unit}, ${mb.toFixed(1)} MB, ${this.claims} claims, ${(mb / secs).toFixed(1)} MB/s, ${Math.round(this.claims / secs)} claims/s`;
  }

  private draw(now: number): void {
    let text = this.line(now);
    const width = this.stream.columns;
    if (width && text.length >= width) text = text.slice(0, width - 1);
    this.stream.write(`\r${text}\u001b[K`);
    this.shown = true;
  }

  /** Removes the line (before a warning, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\u001b[K");
    this.shown = false;
  }
}
