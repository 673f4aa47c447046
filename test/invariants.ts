/**
 * Invariants every claim record must satisfy, checked independently of the
 * pipeline (shared by the fuzz, hostile-file and determinism tests):
 * - the record is valid against the schema;
 * - every span (sentence, speaker, speaker.resolved, cue, outlet, addressee,
 *   content and its parts, citations[].marker) slices the text to exactly its `text` by code
 *   points, with start ≤ end;
 * - its line/column agree with its offset, recomputed here from the text
 *   (lines end at LF, CRLF or CR; columns count code points);
 * - content is never empty; records come in document order.
 */
import type { Claim } from "../src/claim.js";
import type { Span } from "../src/types.js";
import { claimValidator } from "../src/validate.js";

/** Code-point view of a text, built without the pipeline's TextIndex. */
export class CodePoints {
  /** UTF-16 index of each code point; utf16[length] === text.length. */
  readonly utf16: Int32Array;
  /** Code-point offset where each line starts (lineStarts[0] === 0). */
  readonly lineStarts: number[] = [0];
  /** Number of code points. */
  readonly length: number;
  /** Array.from(text), kept only for texts small enough to afford it. */
  private readonly array: string[] | null;

  constructor(readonly text: string) {
    const utf16: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; ) {
      utf16.push(i);
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      cp++;
      if (c === 0x0a) this.lineStarts.push(cp);
      else if (c === 0x0d && text.charCodeAt(i) !== 0x0a) this.lineStarts.push(cp);
    }
    utf16.push(text.length);
    this.utf16 = Int32Array.from(utf16);
    this.length = cp;
    this.array = cp <= 200_000 ? Array.from(text) : null;
  }

  /** The text between code-point offsets. */
  slice(start: number, end: number): string {
    if (this.array) return this.array.slice(start, end).join("");
    return this.text.slice(this.utf16[start], this.utf16[end]);
  }

  /** 1-based line and column of a code-point offset. */
  lineColumn(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

/** Every non-null span of a record, with a name for messages. */
export function spansOf(c: Claim): [string, Span][] {
  const out: [string, Span][] = [["sentence", c.sentence]];
  if (c.speaker.text !== null) out.push(["speaker", c.speaker as Span]);
  if (c.speaker.resolved) out.push(["speaker.resolved", c.speaker.resolved]);
  out.push(["cue", c.cue]);
  if (c.outlet) out.push(["outlet", c.outlet]);
  if (c.addressee) out.push(["addressee", c.addressee]);
  out.push(["content", c.content]);
  c.content.parts?.forEach((x, i) => out.push([`content.parts[${i}]`, x]));
  c.citations.forEach((x, i) => out.push([`citations[${i}].marker`, x.marker]));
  return out;
}

/**
 * Problems with the records of one text (an empty array when all hold).
 * `cp` may be passed to reuse the code-point view of a large text.
 */
export function claimProblems(text: string, claims: Claim[], cp: CodePoints = new CodePoints(text)): string[] {
  const validate = claimValidator();
  const problems: string[] = [];
  let lastDoc = -1;
  const contents = new Set<string>();
  claims.forEach((c, i) => {
    const where = `claim ${i}`;
    const r = validate(JSON.parse(JSON.stringify(c)));
    if (!r.valid) problems.push(`${where}: schema: ${r.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`);
    if (c.speaker.text === null && (c.speaker.start !== null || c.speaker.end !== null || c.speaker.line !== null || c.speaker.column !== null)) {
      problems.push(`${where}: speaker: null text with non-null position`);
    }
    if (c.speaker.text === null && c.speaker.resolved) problems.push(`${where}: speaker: resolved without a speaker`);
    for (const [name, s] of spansOf(c)) {
      const bad = (msg: string) => problems.push(`${where}: ${name} ${JSON.stringify(s)}: ${msg}`);
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) { bad("offsets are not integers"); continue; }
      if (s.start < 0 || s.end > cp.length) { bad(`offsets outside the text (0..${cp.length})`); continue; }
      if (s.start > s.end) { bad("start > end"); continue; }
      const slice = cp.slice(s.start, s.end);
      if (slice !== s.text) bad(`text differs from the code-point slice ${JSON.stringify(slice)}`);
      const lc = cp.lineColumn(s.start);
      if (lc.line !== s.line || lc.column !== s.column) bad(`line/column should be ${lc.line}:${lc.column}`);
    }
    if (c.content.text.length === 0 || c.content.start === c.content.end) problems.push(`${where}: empty content`);
    const parts = c.content.parts;
    if (parts && !(parts.length === 2 && parts[0]!.start === c.content.start && parts[1]!.end === c.content.end && parts[0]!.end < parts[1]!.start && parts.every((x) => x.text.length > 0))) {
      problems.push(`${where}: content.parts must be two non-empty spans in order that open and close the content`);
    }
    if (c.cue.text.length === 0) problems.push(`${where}: empty cue`);
    if (c.document.index < lastDoc) problems.push(`${where}: document index goes back (${lastDoc} → ${c.document.index})`);
    if (c.document.index !== lastDoc) contents.clear();
    lastDoc = c.document.index;
    const key = `${c.content.start}:${c.content.end}`;
    if (contents.has(key)) problems.push(`${where}: two claims with the same content range ${key} in document ${c.document.index}`);
    contents.add(key);
    const ns = c.citations.map((x) => x.n);
    if (ns.some((n, k) => k > 0 && n <= ns[k - 1]!)) problems.push(`${where}: citations not sorted/unique by n: ${ns.join(",")}`);
    if (!(c.confidence >= 0 && c.confidence <= 1)) problems.push(`${where}: confidence ${c.confidence} outside [0, 1]`);
  });
  return problems;
}

/** A short, printable form of a (possibly huge) text for failure messages. */
export function preview(text: string, max = 400): string {
  return JSON.stringify(text.length > max ? text.slice(0, max) + `… (${text.length} UTF-16 units)` : text);
}
