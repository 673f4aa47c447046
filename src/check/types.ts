/**
 * The shapes `claims check` rules are written against. A rule is data (id,
 * description, default severity) plus one pure function from a prepared
 * context to findings; the registry (`registry.ts`) lists them, and the
 * runner (`index.ts`) turns findings into `Diagnostic`s with positions and
 * the configured severity.
 */
import type { Claim } from "../claim.js";
import type { DecodeWarning } from "../decode.js";
import type { Marker } from "../markers.js";
import type { Paragraph } from "../paragraphs.js";
import type { Document } from "../segment.js";
import type { Severity } from "../types.js";

/** A rule's severity as configured: one of the diagnostic severities, or "off". */
export type RuleSeverity = Severity;

/** One document of a file, with what several rules need computed once. */
export interface CheckDocument {
  doc: Document;
  /** UTF-16 range of the body (the text before the endnote list). */
  bodyStart: number;
  bodyEnd: number;
  /** Citation markers in the body, outside titles, captions and headers, in order. */
  markers: Marker[];
  /** Every number some body marker names. */
  cited: Set<number>;
}

/** What a rule sees: one decoded file, segmented. Lazily computed parts are memoised. */
export interface RuleContext {
  /** The path as the user gave it ("-" for standard input). */
  file: string;
  /** The decoded text (BOM removed). */
  text: string;
  documents: CheckDocument[];
  /** Warnings `decode()` raised for the file's bytes (empty when checking a string). */
  decodeWarnings: DecodeWarning[];
  /** UTF-16 index in `text` of byte `byteOffset` of the file, or null when the bytes are unknown. */
  indexOfByte(byteOffset: number): number | null;
  /** 1-based line and column (code points) of UTF-16 index `i`. */
  position(i: number): { line: number; column: number };
  /** UTF-16 index in `text` of code-point offset `cp` (claims carry code-point offsets). */
  indexOfCodePoint(cp: number): number;
  /** The paragraphs of a document's body (memoised). */
  paragraphs(d: CheckDocument): Paragraph[];
  /** The claims of the whole text (memoised); [] when no extractor was given. */
  claims(): Claim[];
}

/** A rule's finding, in UTF-16 indices of `RuleContext.text`; `end` exclusive. */
export interface Finding {
  start: number;
  end: number;
  message: string;
}

/** A check rule. Rules are pure and never throw on any text. */
export interface Rule {
  /** Kebab-case id, used in config files, `--rule` and every diagnostic. */
  id: string;
  /** One sentence saying what the rule reports. */
  description: string;
  defaultSeverity: RuleSeverity;
  /** True when the rule reads `claims()`, so the runner loads the extraction pipeline only when needed. */
  needsClaims?: boolean;
  run(ctx: RuleContext): Finding[];
}
