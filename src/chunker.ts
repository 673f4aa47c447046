/**
 * Big files in bounded memory: a file is read in blocks, decoded piece by
 * piece, and cut into pieces of about `target` UTF-16 units, each extracted
 * as a `text` job (src/jobs.ts) with the position where it starts, so that
 * its records equal those of extracting the whole file at once.
 *
 * Where to cut. Extraction works document by document (src/segment.ts), and
 * segmentation starts afresh after each document, so a cut at the start of a
 * document changes nothing. The pending text always starts at such a cut;
 * `segment` itself, run over the complete lines pending, says where the
 * later documents start (an `RSS` marker line goes with the document it
 * opens). A cut is refused where the piece's first line could be read as a
 * `date YYYY-MM-DD` header, which only the first document of a file may have.
 *
 * A document longer than `hardMax` (a whole book, a 200 MB transcript) is cut
 * inside, at paragraph boundaries chosen so that the next piece does not
 * start with what would be a title, a citation marker or a quotation; its
 * title, URL, date and endnote URLs come from the whole document (the end of
 * it is found by a first, extraction-free pass over the rest of the
 * document: `lookahead`). Inside such a document, references to a speaker
 * named in an earlier piece are not resolved: records can differ from
 * whole-file extraction there, and only there.
 *
 * Decoding matches `decode` (src/decode.ts) byte for byte: the BOM, the
 * binary sniff of the first 8 KiB, U+FFFD for malformed input (pieces are cut
 * where no malformed sequence can straddle them) and one warning naming the
 * first malformed byte and the count.
 */
import { isUtf8 } from "node:buffer";
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { BINARY_SNIFF_BYTES, looksBinary, scanInvalidUtf16le, scanInvalidUtf8 } from "./decode.js";
import { hasUrl } from "./endnotes.js";
import type { Base, DocMeta, Job } from "./jobs.js";
import { describeFsError, fileKind } from "./read-file.js";
import { findDate, isTitleLike, segment, type Document } from "./segment.js";
import { narrow } from "./utf8.js";

export interface ChunkOptions {
  /** Aim for pieces of about this many UTF-16 units. */
  target: number;
  /** A document longer than this is cut inside, at paragraph boundaries. */
  hardMax: number;
  /** Bytes per read. */
  readSize: number;
  /** Files at least this big (bytes) are cut; smaller ones are read whole. Default: twice `target`. */
  minFile?: number;
}

/**
 * Pieces of 64 Ki units, read in blocks of 64 KiB, from files of 512 KiB
 * up; documents over 1 Mi units are cut inside (few real documents are; the
 * extraction time of one document grows faster than its length, so longer
 * pieces would cost more than they save).
 *
 * Why 64 Ki: a piece is handed to a worker thread and its records come back
 * as one message each, memory the C allocator gives and takes back in
 * another thread. Pieces of 256 Ki (messages of 0.25–2 MB) left glibc's
 * arenas holding tens of megabytes: on a 30 MB file with `--jobs 2`, peak
 * RSS was 178–188 MB with 256 Ki pieces, 165 MB with 128 Ki, 154–159 MB
 * with 64 Ki, CPU time the same within noise (a piece still costs ~30 ms to
 * extract against well under 1 ms to hand over).
 */
export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { target: 1 << 16, hardMax: 1 << 20, readSize: 1 << 16, minFile: 1 << 19 };

/** Files at least this big go through the chunker rather than being read whole (bytes). */
export function chunkThreshold(opts: ChunkOptions = DEFAULT_CHUNK_OPTIONS): number {
  return opts.minFile ?? 2 * opts.target;
}

const BREAK = /\r\n|\r|\n/g;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
// Copies of src/segment.ts's rules (not exported there); the chunker tests compare with whole-file extraction.
const DATE_HEADER = /^\s*date\s+\d{4}-\d{2}-\d{2}\b/i;
const URL_LINE = /^\s*<?(https?:\/\/\S+?)>?\s*$/;
const ENDNOTE_LINE = /^\s*\[(\d{1,6})\]\s*(.*)$/;

/**
 * The jobs for one file: `text` pieces in order (the last one carries the
 * decoding warning and counts the file as done), or one `note` when the file
 * cannot be read or is binary.
 */
export async function* chunkFile(path: string, file: string, opts: Partial<ChunkOptions> = {}): AsyncGenerator<Job> {
  const o = { ...DEFAULT_CHUNK_OPTIONS, ...opts };
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    yield note(`claims: ${file}: ${describeFsError(err)}`);
    return;
  }
  try {
    let problem: string | null = null;
    try {
      const st = await fh.stat();
      if (st.isDirectory()) problem = "is a directory";
      else if (!st.isFile()) problem = `not a regular file (${fileKind(st)})`;
    } catch (err) {
      problem = describeFsError(err);
    }
    if (problem) {
      yield note(`claims: ${file}: ${problem}`);
      return;
    }
    yield* new FileChunker(fh, file, o).run();
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function note(message: string): Job {
  return { kind: "note", messages: [message], failed: true, bytes: 0, files: 1 };
}

/** Reads `size` bytes at `position` (fewer at end of file), into `into` when given (a buffer of at least `size` bytes). */
async function readAt(fh: FileHandle, position: number, size: number, into?: Buffer): Promise<Uint8Array> {
  const buf = into ?? Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const { bytesRead } = await fh.read(buf, got, size - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === size ? buf : buf.subarray(0, got);
}

// ---------------------------------------------------------------------------
// decoding in pieces

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * Decodes a file block by block. Each block is cut where decoding it alone
 * gives what decoding the whole file gives: UTF-8 before a byte that is not a
 * continuation byte (the WHATWG decoder ends any sequence there), UTF-16 at
 * an even offset that does not split a surrogate pair; the rest is carried.
 */
class PieceDecoder {
  invalid = 0;
  firstInvalid = -1;
  private readonly utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  private readonly utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

  constructor(
    readonly encoding: Encoding,
    /** File offset of the next byte to decode (the BOM counts). */
    public offset: number,
    private carry: Uint8Array = new Uint8Array(0),
  ) {}

  clone(): PieceDecoder {
    return new PieceDecoder(this.encoding, this.offset, this.carry.slice());
  }

  /** Decodes what can be decoded of the carried bytes plus `bytes`; `final` at end of file. */
  decode(bytes: Uint8Array, final: boolean): string {
    const buf = this.carry.length ? Buffer.concat([this.carry, bytes]) : bytes;
    const cut = final ? buf.length : this.safeCut(buf);
    const piece = buf.subarray(0, cut);
    // A copy: `buf` may be a read buffer that is about to be reused (Buffer's own `slice` would be a view of it).
    this.carry = new Uint8Array(buf.subarray(cut));
    let text: string;
    if (this.encoding === "utf-8") {
      text = this.utf8.decode(piece);
      if (!isUtf8(piece)) this.note(scanInvalidUtf8(piece));
    } else {
      const le = this.encoding === "utf-16le" ? piece : swapBytes(piece);
      text = this.utf16.decode(le);
      this.note(scanInvalidUtf16le(le));
    }
    this.offset += cut;
    return text;
  }

  private note(scan: { count: number; first: number }): void {
    if (scan.count === 0) return;
    if (this.firstInvalid < 0) this.firstInvalid = this.offset + scan.first;
    this.invalid += scan.count;
  }

  private safeCut(buf: Uint8Array): number {
    if (this.encoding === "utf-8") {
      for (let i = buf.length - 1; i >= 0 && i >= buf.length - 8; i--) {
        if ((buf[i]! & 0xc0) !== 0x80) return i;
      }
      // A long run of continuation bytes: malformed whichever way it is cut.
      return buf.length;
    }
    let cut = buf.length - (buf.length % 2);
    if (cut >= 2 && cut < buf.length + 1) {
      // Keep a lead surrogate with the trail that may follow: cut before the last unit when it is a lead.
      const hi = this.encoding === "utf-16le" ? buf[cut - 1]! : buf[cut - 2]!;
      if (hi >= 0xd8 && hi <= 0xdb) cut -= 2;
    }
    return cut;
  }

  /** The warning `decode` gives for the whole file, or null. */
  warning(): string | null {
    if (this.invalid === 0) return null;
    const what = this.invalid === 1 ? "1 invalid sequence" : `${this.invalid} invalid sequences`;
    const enc = this.encoding === "utf-8" ? "UTF-8" : "UTF-16";
    return `invalid ${enc} at byte ${this.firstInvalid} (${what}); decoded with U+FFFD`;
  }
}

function swapBytes(piece: Uint8Array): Uint8Array {
  const out = new Uint8Array(piece.length);
  const even = piece.length - (piece.length % 2);
  for (let i = 0; i < even; i += 2) {
    out[i] = piece[i + 1]!;
    out[i + 1] = piece[i]!;
  }
  if (even < piece.length) out[even] = piece[even]!;
  return out;
}

// ---------------------------------------------------------------------------
// cutting

/** State of a document too long to hold: cut inside at paragraph boundaries. */
interface Huge {
  meta: DocMeta;
  /** Index (within `segment(pending)`) of the huge document while its start is still pending; 0 once cut inside. */
  local: number;
}

class FileChunker {
  private pending = "";
  private readPos = 0;
  private decoder!: PieceDecoder;
  private base: Base & { column: number } = { offset: 0, line: 0, column: 0, doc: 0 };
  private huge: Huge | null = null;
  /** Dry runs (`lookahead`) emit nothing and stop at the end of the huge document, keeping its last piece here. */
  private dry = false;
  private tail: Document | null = null;
  private stop = false;

  constructor(private readonly fh: FileHandle, private readonly file: string, private readonly o: ChunkOptions) {}

  async *run(): AsyncGenerator<Job> {
    const first = await readAt(this.fh, 0, Math.max(this.o.readSize, BINARY_SNIFF_BYTES + 3));
    let encoding: Encoding = "utf-8";
    let bom = 0;
    if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) { encoding = "utf-16le"; bom = 2; }
    else if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) { encoding = "utf-16be"; bom = 2; }
    else if (first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) bom = 3;
    if (encoding === "utf-8" && looksBinary(first.subarray(bom))) {
      yield { kind: "note", messages: [`claims: ${this.file}: binary file, skipped`], failed: true, bytes: 0, files: 1 };
      return;
    }
    this.decoder = new PieceDecoder(encoding, bom);
    this.readPos = first.length;
    const eof = first.length < Math.max(this.o.readSize, BINARY_SNIFF_BYTES + 3);
    this.pending = this.decoder.decode(first.subarray(bom), eof);
    yield* this.loop(eof);
  }

  private async *loop(eof: boolean): AsyncGenerator<Job> {
    // Read ahead: the next block is being read while the pieces cut from
    // what is pending are extracted (in this thread, a read awaited only
    // after them left the thread idle for a tenth of the run).
    // Two read buffers, used in turn: one is being filled while the other is
    // decoded (into strings, so it is free again once decoded). Fresh
    // buffers for every block churned the allocator: freed blocks
    // raise glibc's mmap threshold, later ones then come from its arenas,
    // which keep the memory.
    const buffers = [Buffer.allocUnsafe(this.o.readSize), Buffer.allocUnsafe(this.o.readSize)];
    let turn = 0;
    const readNext = (): Promise<Uint8Array> => {
      const p = readAt(this.fh, this.readPos, this.o.readSize, buffers[turn++ & 1]);
      p.catch(() => undefined); // awaited below, unless the run stops first
      return p;
    };
    let ahead = eof ? null : readNext();
    while (ahead) {
      yield* this.drain(false);
      if (this.stop) return;
      const block = await ahead;
      this.readPos += block.length;
      eof = block.length < this.o.readSize;
      ahead = eof ? null : readNext();
      this.pending += this.decoder.decode(block, eof);
    }
    yield* this.drain(true);
  }

  /** Emits the pieces that can be cut from what is pending; all of it when `final`. */
  private async *drain(final: boolean): AsyncGenerator<Job> {
    const { target, hardMax } = this.o;
    for (;;) {
      if (this.stop) return;
      const complete = completeEnd(this.pending, final);
      // An unfinished line longer than a document may be (a file without line breaks):
      // it is cut inside, as the inside of an overlong document.
      const overlong = this.pending.length - complete >= hardMax;
      if (!final && complete < target && !overlong) return;
      const docs = segment(this.pending.slice(0, complete));
      const cut = this.lastDocCut(docs, complete);
      if (this.huge) {
        const huge = this.huge;
        const doc = docs[huge.local];
        const ended = cut && cut.k > huge.local ? cut : doc && doc.url !== null && docs.length === huge.local + 1 ? { pos: complete, k: huge.local + 1 } : null;
        if (ended) {
          if (this.dry) { this.tail = doc ?? null; this.stop = true; return; }
          yield* this.emit(ended.pos, this.base.doc + ended.k, huge.meta);
          this.huge = null;
          continue;
        }
        if (final && this.pending.length <= hardMax) {
          if (this.dry) { this.tail = doc ?? segment(this.pending)[huge.local] ?? null; this.stop = true; return; }
          yield* this.emit(this.pending.length, 0, huge.meta, true);
          return;
        }
        const start = huge.local === 0 || !docs[huge.local] ? 0 : docStart(this.pending, docs[huge.local]!);
        let p = paragraphCut(this.pending, start, complete, target >> 2);
        if (p <= 0 && (complete >= hardMax || (overlong && complete > target >> 2))) p = complete;
        if (p <= 0 && overlong) p = forcedCut(this.pending, target);
        if (p > 0) {
          if (this.dry) { this.advance(p); huge.local = 0; continue; }
          yield* this.emit(p, huge.meta.index, huge.meta);
          huge.local = 0;
          continue;
        }
        return;
      }
      if (final && this.pending.length <= target + (target >> 1)) {
        yield* this.emit(this.pending.length, 0, undefined, true);
        return;
      }
      if (cut) {
        yield* this.emit(cut.pos, this.base.doc + cut.k);
        continue;
      }
      if (complete >= hardMax || overlong || (final && this.pending.length > hardMax)) {
        await this.enterHuge(overlong || final ? segment(this.pending) : docs, final);
        continue;
      }
      if (final) {
        yield* this.emit(this.pending.length, 0, undefined, true);
        return;
      }
      return;
    }
  }

  /** The last document start in `docs` (after the first) where the pending text may be cut. */
  private lastDocCut(docs: Document[], complete: number): { pos: number; k: number } | null {
    for (let k = docs.length - 1; k >= 1; k--) {
      const pos = docStart(this.pending, docs[k]!);
      if (pos > 0 && pos < complete && dateSafe(this.pending, pos, complete)) return { pos, k };
    }
    return null;
  }

  /**
   * Starts cutting inside the last pending document: its title and date
   * header come from its start (pending), its URL and endnotes from its end,
   * found by a dry run over the rest of it.
   */
  private async enterHuge(docs: Document[], eof: boolean): Promise<void> {
    const local = Math.max(0, docs.length - 1);
    const head = docs[local];
    const index = this.base.doc + local;
    const meta: DocMeta = { index, title: head?.title ?? null, url: null, date: head?.date ?? null, notes: [] };
    const dry = new FileChunker(this.fh, this.file, this.o);
    dry.dry = true;
    dry.pending = this.pending;
    dry.readPos = this.readPos;
    dry.decoder = this.decoder.clone();
    dry.base = { ...this.base };
    dry.huge = { meta, local };
    for await (const _ of dry.loop(eof)) { /* a dry run yields nothing */ }
    const tail = dry.tail;
    if (tail) {
      meta.url = tail.url;
      if (meta.date === null) meta.date = findDate(tail.url);
      const notes = new Map<number, string[]>();
      for (const n of tail.endnotes?.notes ?? []) if (!notes.has(n.n)) notes.set(n.n, n.urls);
      meta.notes = [...notes];
    }
    this.huge = { meta, local };
  }

  /** Drops the first `cut` units of pending, moving the base past them. */
  private advance(cut: number, doc?: number): string {
    const text = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    if (this.dry) return text;
    const pairs = countMatches(text, SURROGATE_PAIR);
    const cp = text.length - pairs;
    let breaks = 0;
    let lastBreakEnd = -1;
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) { breaks++; lastBreakEnd = m.index + m[0].length; }
    this.base.offset += cp;
    this.base.line += breaks;
    this.base.column = breaks ? codePoints(text.slice(lastBreakEnd)) : this.base.column + cp;
    if (doc !== undefined) this.base.doc = doc;
    return text;
  }

  private *emit(cut: number, nextDoc: number, meta?: DocMeta, last = false): Generator<Job> {
    const base = { ...this.base };
    const text = this.advance(cut, nextDoc);
    if (this.dry) return;
    const job: Job = { kind: "text", text: narrow(text), file: this.file, bytes: byteLength(text, this.decoder.encoding), files: last ? 1 : 0 };
    if (base.offset || base.line || base.doc || base.column) job.base = base;
    if (meta) job.meta = meta;
    if (last) {
      const w = this.decoder.warning();
      if (w) job.messages = [`claims: ${this.file}: warning: ${w}`];
    }
    yield job;
  }
}

function byteLength(text: string, encoding: Encoding): number {
  return encoding === "utf-8" ? Buffer.byteLength(text, "utf8") : 2 * text.length;
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function codePoints(text: string): number {
  return text.length - countMatches(text, SURROGATE_PAIR);
}

/** End of the last complete line of `text` (a final CR may yet be followed by LF); all of it when `final`. */
function completeEnd(text: string, final: boolean): number {
  if (final) return text.length;
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--; // "\r" then maybe "\n": not yet complete
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** Where a document starts for cutting: its first line, or the `RSS` marker line just before it. */
function docStart(text: string, doc: Document): number {
  const s = doc.start;
  if (s === 0) return 0;
  const prevEnd = text.charCodeAt(s - 1) === 10 && s >= 2 && text.charCodeAt(s - 2) === 13 ? s - 2 : s - 1;
  const prevStart = lineStartBefore(text, prevEnd);
  return text.slice(prevStart, prevEnd).trim() === "RSS" ? prevStart : s;
}

/** Start of the line that ends at `end`. */
function lineStartBefore(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** The line starting at `pos`: [start, end) without its break, and where the next line starts. */
function lineAt(text: string, pos: number, limit: number): { end: number; next: number } {
  BREAK.lastIndex = pos;
  const m = BREAK.exec(text);
  if (!m || m.index >= limit) return { end: limit, next: limit };
  return { end: m.index, next: m.index + m[0].length };
}

/**
 * False when the piece starting at `pos` would read a date header that the
 * whole file does not: the first line of a file's first document (or right
 * after `RSS`) may be `date YYYY-MM-DD`, so no piece may start with one.
 */
function dateSafe(text: string, pos: number, limit: number): boolean {
  let p = pos;
  while (p < limit) {
    const { end, next } = lineAt(text, p, limit);
    const line = text.slice(p, end);
    const t = line.trim();
    if (t === "RSS" || t === "") { p = next; continue; }
    return !DATE_HEADER.test(line);
  }
  return false;
}

/**
 * A cut inside one overlong line, before `limit`: after a sentence end
 * (". " before a capital) if there is one in the second half, else at the
 * last space or tab, never inside a surrogate pair.
 */
function forcedCut(text: string, limit: number): number {
  const end = Math.min(text.length - 1, limit);
  for (let i = end - 1; i > end >> 1; i--) {
    if (text.charCodeAt(i) !== 32) continue;
    const before = text.charCodeAt(i - 1);
    if ((before === 46 || before === 33 || before === 63) && /\p{Lu}/u.test(text[i + 1] ?? "")) return i + 1;
  }
  for (let i = end - 1; i > end >> 1; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return i + 1;
  }
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}


/**
 * The last paragraph boundary in text[from, limit) (after `min`) where a
 * document may be cut: a line that starts a paragraph (it starts with a
 * capital or a digit, so it does not run on from a hard-wrapped line, and not
 * with a quotation mark, marker or bracket) and could not be a title or a
 * date header; the last non-blank line before it is not an endnote or a URL
 * line. Returns 0 when there is none.
 */
function paragraphCut(text: string, from: number, limit: number, min: number): number {
  let lastNonBlank: [number, number] | null = null;
  const cands: { pos: number; prev: [number, number] }[] = [];
  for (let p = from; p < limit;) {
    const { end, next } = lineAt(text, p, limit);
    if (next === p) break;
    const blank = !/\S/.test(text.slice(p, end));
    if (!blank && lastNonBlank && p > min && end < limit) cands.push({ pos: p, prev: lastNonBlank });
    if (!blank) lastNonBlank = [p, end];
    p = next;
  }
  for (let i = cands.length - 1; i >= 0; i--) {
    const { pos, prev } = cands[i]!;
    const { end } = lineAt(text, pos, limit);
    const line = text.slice(pos, end);
    const before = text.slice(prev[0], prev[1]);
    if (!/^\s*[\p{Lu}\p{N}]/u.test(line)) continue;
    if (line.trim() === "RSS" || URL_LINE.test(line) || DATE_HEADER.test(line) || isTitleLike(line)) continue;
    if (ENDNOTE_LINE.test(before) || hasUrl(before)) continue;
    return pos;
  }
  return 0;
}
