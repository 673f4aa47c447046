/**
 * One unit of `claims extract` work and how it is done: a job goes in, the
 * claims JSONL of that job comes out as one string (plus the stderr lines it
 * produced). The same `runJob` runs in the main thread (`--jobs 1`, small
 * runs) and in worker threads (src/worker.ts), so both give the same bytes.
 *
 * Kinds of job:
 * - `files`: whole (small) files, a batch of them; the worker reads and
 *   decodes them itself (`bytes` is only an estimate, for scheduling).
 * - `text`: a piece of a big file (src/chunker.ts), or all of standard
 *   input; `base` says where the piece starts in the whole file, so its
 *   records are shifted to the offsets, lines and document indices that
 *   extracting the whole file would give; `meta` carries what only the whole
 *   of a huge document can tell (its URL, date and endnote list).
 * - `jsonl`: a batch of JSON-lines document records (`--input-format jsonl`);
 *   offsets refer to each record's `text`.
 * - `note`: no work, only messages (a skipped binary file, a read error met
 *   by the main thread), so that they come out in input order.
 */
import type { Claim } from "./claim.js";
import type { Span } from "./types.js";
import { decode } from "./decode.js";
import { extractText, type DocumentHints } from "./extract.js";
import { jsonl } from "./formats/extract/jsonl.js";
import { readFileChecked } from "./read-file.js";
import { textOf, type Text } from "./utf8.js";

export type { Text } from "./utf8.js";
import { claimValidator } from "./validate.js";

/** Where a piece of a file starts in the whole file. */
export interface Base {
  /** Code points before the piece. */
  offset: number;
  /** Line breaks before the piece. */
  line: number;
  /** Code points before the piece on its first line: 0 (pieces start at a line start) but for a cut inside an overlong line. */
  column?: number;
  /** Documents of the file that ended before the piece. */
  doc: number;
}

/** What the whole of one (huge) document says, for the pieces cut from its middle. */
export interface DocMeta {
  /** The document's index within its file. */
  index: number;
  title: string | null;
  url: string | null;
  date: string | null;
  /** Endnote number → URLs, first note of a number only (as `extractText` looks them up). */
  notes: [number, string[]][];
}

export type Job =
  | { kind: "files"; items: { path: string; file: string }[]; bytes: number }
  | { kind: "text"; text: Text; file: string; base?: Base; meta?: DocMeta; bytes: number; files: number; messages?: string[]; failed?: boolean }
  | { kind: "jsonl"; text: Text; source: string; firstLine: number; bytes: number }
  | { kind: "note"; messages: string[]; failed: boolean; bytes: number; files: number };

export interface JobResult {
  /** Claims JSONL, one record per line (UTF-8 bytes when made in a worker thread). */
  out: Text;
  count: number;
  /** Input bytes the job covered, and input files (or records) it finished, for progress. */
  bytes: number;
  files: number;
  /** Lines for stderr, in order. */
  messages: string[];
  /** True when anything failed (exit status 2). */
  failed: boolean;
}

const format = jsonl({} as never);

/** Does one job. Never throws for bad input; an exception here is an internal error. */
export function runJob(job: Job): JobResult {
  switch (job.kind) {
    case "files": {
      const r = emptyResult(0, 0);
      for (const item of job.items) {
        const one = runFile(item.path, item.file);
        r.out += one.out as string;
        r.count += one.count;
        r.bytes += one.bytes;
        r.files += one.files;
        r.messages.push(...one.messages);
        r.failed ||= one.failed;
      }
      return r;
    }
    case "text": {
      const r = emptyResult(job.bytes, job.files);
      if (job.messages) r.messages.push(...job.messages);
      if (job.failed) r.failed = true;
      const claims = extractText(textOf(job.text), job.file);
      if (job.base || job.meta) for (const c of claims) relocate(c, job.base, job.meta);
      write(claims, job.file, r);
      return r;
    }
    case "jsonl":
      return runJsonl(job);
    case "note":
      return { out: "", count: 0, bytes: job.bytes, files: job.files, messages: job.messages, failed: job.failed };
  }
}

function emptyResult(bytes: number, files: number): JobResult {
  return { out: "", count: 0, bytes, files, messages: [], failed: false };
}

function runFile(path: string, file: string): JobResult {
  const r = emptyResult(0, 1);
  const decoded = readDecoded(path, file, r);
  if (!decoded) return r;
  if (decoded.binary) {
    r.messages.push(`claims: ${file}: binary file, skipped`);
    r.failed = true;
    return r;
  }
  for (const w of decoded.warnings) r.messages.push(`claims: ${file}: warning: ${w.message}`);
  write(extractText(decoded.text, file), file, r);
  return r;
}

/** Reads and decodes a file; the bytes die here, young, before extraction starts. */
function readDecoded(path: string, file: string, r: JobResult): ReturnType<typeof decode> | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileChecked(path);
  } catch (err) {
    r.messages.push(`claims: ${file}: ${(err as Error).message}`);
    r.failed = true;
    return null;
  }
  r.bytes = bytes.length;
  return decode(bytes);
}

/** Validates and formats claims into `r`; a record that fails the schema is reported, not written. */
function write(claims: Claim[], file: string, r: JobResult): void {
  const validate = claimValidator();
  let out = "";
  for (const claim of claims) {
    const result = validate(claim);
    if (!result.valid) {
      r.messages.push(`claims: ${file}: internal error: a record failed the schema (${result.errors.map((e) => `${e.path} ${e.message}`).join("; ")}); not written`);
      r.failed = true;
      continue;
    }
    out += format.claim(claim, r.count++);
  }
  r.out = (r.out as string) + out;
}

/**
 * Moves a claim extracted from a piece of a file to where it stands in the
 * whole file: code-point offsets and lines shift by the piece's base (columns
 * do not: pieces start at a line start), document indices by the documents
 * before the piece; for the pieces of a huge document, its title, URL, date
 * and endnote URLs come from `meta`. Keys keep their order (mutation in place).
 */
export function relocate(c: Claim, base: Base | undefined, meta: DocMeta | undefined): void {
  if (base && (base.offset !== 0 || base.line !== 0 || base.column)) {
    const column = base.column ?? 0;
    const shift = (s: Span | null | { start: null }): void => {
      if (!s || s.start === null) return;
      const span = s as Span;
      span.start += base.offset;
      span.end += base.offset;
      if (span.line === 1) span.column += column;
      span.line += base.line;
    };
    shift(c.sentence);
    shift(c.speaker as Span | { start: null });
    shift(c.speaker.resolved);
    shift(c.cue);
    shift(c.outlet);
    shift(c.addressee);
    shift(c.content);
    if (c.content.parts) for (const part of c.content.parts) shift(part);
    for (const cite of c.citations) shift(cite.marker);
  }
  if (base) c.document.index += base.doc;
  if (meta && c.document.index === meta.index) {
    c.document.title = meta.title;
    c.document.url = meta.url;
    c.document.date = meta.date;
    const notes = new Map(meta.notes);
    for (const cite of c.citations) cite.urls = [...(notes.get(cite.n) ?? [])];
  }
}

// ---------------------------------------------------------------------------
// JSON-lines document records

/** One document record of `--input-format jsonl`. */
export interface DocumentRecord {
  file: string;
  text: string;
  hints: DocumentHints;
}

/**
 * Parses one JSONL line into a document record: an object with `text` (a
 * string) and `file` or `id` (a string; an `id` may be a number), and
 * optionally `url`, `title`, `date` (strings or null). Other keys are
 * ignored. Returns a short reason when the line is not such a record.
 */
export function parseDocumentRecord(line: string): DocumentRecord | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "not a JSON object";
  const o = v as Record<string, unknown>;
  if (typeof o.text !== "string") return `"text" must be a string`;
  let file: string;
  if (typeof o.file === "string" && o.file !== "") file = o.file;
  else if (o.file !== undefined && o.file !== null) return `"file" must be a non-empty string`;
  else if (typeof o.id === "string" && o.id !== "") file = o.id;
  else if (typeof o.id === "number" && Number.isFinite(o.id)) file = String(o.id);
  else return `needs "file" or "id" (a non-empty string)`;
  const hints: DocumentHints = {};
  for (const key of ["url", "title", "date"] as const) {
    const x = o[key];
    if (x === undefined || x === null) continue;
    if (typeof x !== "string") return `"${key}" must be a string or null`;
    hints[key] = x;
  }
  return { file, text: o.text, hints };
}

function runJsonl(job: Extract<Job, { kind: "jsonl" }>): JobResult {
  const r = emptyResult(job.bytes, 0);
  const lines = textOf(job.text).split("\n");
  // The batch ends with a newline (or is the unterminated last line): drop the empty tail.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") continue;
    const rec = parseDocumentRecord(line);
    if (typeof rec === "string") {
      r.messages.push(`claims: ${job.source}:${job.firstLine + i}: ${rec}; line skipped`);
      r.failed = true;
      continue;
    }
    r.files++;
    write(extractText(rec.text, rec.file, rec.hints), rec.file, r);
  }
  return r;
}
