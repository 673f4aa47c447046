/**
 * Core data shapes shared by every stage.
 *
 * Offset unit (the one place it is defined for code; the schema says the same
 * for users): `start`/`end` count Unicode code points from the start of the
 * decoded text of the file (after a byte-order mark is removed), `end`
 * exclusive. `line` and `column` are 1-based; lines end at LF, CRLF or CR;
 * `column` counts code points from the start of the line. Inside the
 * pipeline, stages work on JavaScript strings and UTF-16 indices; they are
 * converted to code points exactly once, by `TextIndex`, when a span leaves
 * the pipeline.
 */

/** A position in a source text (see the module comment for units). */
export interface Position {
  /** Code points from the start of the text. */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** 1-based column, in code points. */
  column: number;
}

/** A slice of the source text with its position; `text === source.slice(start, end)` in code points. */
export interface Span {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Severity of a `claims check` finding. */
export type Severity = "error" | "warning" | "info" | "off";

/** One finding of `claims check` (and of input loading). */
export interface Diagnostic {
  /** The path as the user gave it (or "-" for stdin). */
  file: string;
  /** Rule id, e.g. "dangling-citation". */
  rule: string;
  severity: Exclude<Severity, "off">;
  message: string;
  /** 1-based line and column (code points) of the start of the finding. */
  line: number;
  column: number;
  /** Code point offsets of the finding in the decoded text. */
  start: number;
  end: number;
  /** Optional 1-based end line/column. */
  endLine?: number;
  endColumn?: number;
}

/** A warning raised while reading or decoding an input (never fatal on its own). */
export interface InputWarning {
  file: string;
  message: string;
  /** Byte offset in the file where the problem was found, when it has one. */
  byteOffset?: number;
}
