/**
 * The claim record as written to JSONL. Key order here is the key order of
 * the output (records are built field by field in this order, never merged),
 * and every field is described in `schemas/claim.schema.json`.
 */
import type { Span } from "./types.js";

export type SpeakerType = "person" | "organization" | "media" | "government" | "anonymous" | "unknown";
export type CueType = "speech" | "writing" | "belief" | "evidence" | "stance";
export type ClaimKind = "direct" | "indirect" | "mixed";

/** A span whose fields are all null: a speaker the text does not name. */
export interface NullSpan {
  text: null;
  start: null;
  end: null;
  line: null;
  column: null;
}

export interface ClaimDocument {
  index: number;
  title: string | null;
  url: string | null;
  date: string | null;
}

export type Speaker = (Span | NullSpan) & {
  resolved: Span | null;
  type: SpeakerType;
};

export type Cue = Span & { lemma: string; type: CueType };

/**
 * What was claimed. `parts` is there only when the claim's own tag interrupts it (“Q1,” X said, “Q2”): the
 * quoted words on each side of the tag, in order, each a span of its own, while `text` runs from Q1 to Q2.
 */
export type Content = Span & { parts?: Span[] };

export interface Citation {
  n: number;
  urls: string[];
  marker: Span;
}

/** One attributed claim, exactly as serialised. */
export interface Claim {
  file: string;
  document: ClaimDocument;
  sentence: Span;
  speaker: Speaker;
  cue: Cue;
  outlet: Span | null;
  addressee: Span | null;
  content: Content;
  kind: ClaimKind;
  citations: Citation[];
  confidence: number;
}
