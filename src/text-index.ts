/**
 * Converts UTF-16 indices (what JavaScript strings use inside the pipeline)
 * into the positions written to users: code-point offsets and 1-based
 * line/column (see src/types.ts for the unit).
 *
 * Invariant: for every span made here,
 * `[...text].slice(span.start, span.end).join("") === span.text`.
 * Building the index is one linear pass; each lookup is O(log n).
 */
import type { Position, Span } from "./types.js";

const LINE_BREAK = /\r\n|\r|\n/g;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export class TextIndex {
  /** UTF-16 index where each line starts; lineStarts[0] === 0. */
  private readonly lineStarts: number[] = [0];
  /** UTF-16 index of the second unit of each surrogate pair, sorted. */
  private readonly pairTails: number[] = [];

  constructor(readonly text: string) {
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
      this.lineStarts.push(m.index + m[0].length);
    }
    SURROGATE_PAIR.lastIndex = 0;
    for (let m = SURROGATE_PAIR.exec(text); m; m = SURROGATE_PAIR.exec(text)) {
      this.pairTails.push(m.index + 1);
    }
  }

  /** Code points before UTF-16 index `i`. */
  codePointOffset(i: number): number {
    const tails = this.pairTails;
    if (tails.length === 0) return i;
    // number of pair tails strictly before i (a tail at i means i splits no pair
    // only if it is not a tail; spans never split pairs, see `span`).
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tails[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return i - lo;
  }

  /** Position of UTF-16 index `i`. */
  position(i: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const offset = this.codePointOffset(i);
    return { offset, line: lo + 1, column: offset - this.codePointOffset(starts[lo]!) + 1 };
  }

  /** The span of text between UTF-16 indices `start` and `end`. */
  span(start: number, end: number): Span {
    const p = this.position(start);
    return { text: this.text.slice(start, end), start: p.offset, end: this.codePointOffset(end), line: p.line, column: p.column };
  }
}
