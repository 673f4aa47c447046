/**
 * Running the check rules over one text: segment it into documents, prepare
 * what several rules share (body ranges, markers, paragraphs, claims), run
 * every enabled rule and turn findings into `Diagnostic`s (code-point
 * positions, configured severities), ordered by position. Pure: no I/O.
 */
import type { Claim } from "../claim.js";
import type { DecodeWarning, Decoded } from "../decode.js";
import { findMarkers } from "../markers.js";
import { paragraphs, type Paragraph } from "../paragraphs.js";
import { segment } from "../segment.js";
import { TextIndex } from "../text-index.js";
import type { Diagnostic } from "../types.js";
import { RULES, defaultSeverities, ruleById, ruleIds } from "./registry.js";
import type { CheckDocument, RuleContext, RuleSeverity } from "./types.js";

export type { CheckDocument, Finding, Rule, RuleContext, RuleSeverity } from "./types.js";
export { RULES, defaultSeverities, ruleById, ruleIds, ruleInfos } from "./registry.js";

/** Extracts claims from a text (src/extract.ts's `extractText`); injected so the pipeline loads only when needed. */
export type ClaimExtractor = (text: string, file: string) => Claim[];

export interface CheckTextOptions {
  /** Written into every diagnostic; "-" (standard input) when omitted. */
  file?: string;
  /** Severities by rule id over the defaults ("off" disables a rule). Unknown ids throw. */
  rules?: Record<string, RuleSeverity>;
  /** The claim extractor for `uncited-claim`; without one that rule finds nothing. */
  extractText?: ClaimExtractor;
  /** What `decode()` said about the bytes `text` came from, and the bytes, for positions of bad bytes. */
  decoded?: Pick<Decoded, "warnings" | "encoding">;
  bytes?: Uint8Array;
}

/** The severity table in effect: defaults, then `overrides`. Throws on an unknown rule id or severity. */
export function resolveSeverities(...layers: (Record<string, RuleSeverity> | undefined)[]): Record<string, RuleSeverity> {
  const out = defaultSeverities();
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, sev] of Object.entries(layer)) {
      if (!ruleById(id)) throw new Error(`unknown rule "${id}" (rules: ${ruleIds().join(", ")})`);
      if (!isSeverity(sev)) throw new Error(`rule "${id}": unknown severity ${JSON.stringify(sev)} (one of: error, warning, info, off)`);
      out[id] = sev;
    }
  }
  return out;
}

/** True for "error" | "warning" | "info" | "off". */
export function isSeverity(s: unknown): s is RuleSeverity {
  return s === "error" || s === "warning" || s === "info" || s === "off";
}

/** True when checking `text` at `severities` would read claims (so the caller should load the extractor). */
export function needsClaims(text: string, severities: Record<string, RuleSeverity>): boolean {
  // Claims are only checked in documents with markers; no "[digit" means none.
  return RULES.some((r) => r.needsClaims && severities[r.id] !== "off") && /\[\d/.test(text);
}

/**
 * Checks one decoded text; diagnostics in order of position (then registry
 * order). A rule that throws is a bug: the error is rethrown naming the rule.
 */
export function checkText(text: string, opts: CheckTextOptions = {}): Diagnostic[] {
  return runChecks(text, opts).diagnostics;
}

/** `checkText`, also saying how many documents the text holds. */
export function runChecks(text: string, opts: CheckTextOptions = {}): { diagnostics: Diagnostic[]; documents: number } {
  const file = opts.file ?? "-";
  const severities = resolveSeverities(opts.rules);
  const ctx = makeContext(text, file, opts);
  const index = ctx.textIndex;
  const out: { d: Diagnostic; order: number; at: number }[] = [];
  RULES.forEach((rule, order) => {
    const severity = severities[rule.id]!;
    if (severity === "off") return;
    let findings;
    try {
      findings = rule.run(ctx);
    } catch (err) {
      throw new Error(`rule ${rule.id} failed on ${file}: ${(err as Error).message}`, { cause: err });
    }
    for (const f of findings) {
      const s = index.position(f.start);
      const e = index.position(Math.max(f.start, f.end));
      out.push({
        d: {
          file,
          rule: rule.id,
          severity,
          message: f.message,
          line: s.line,
          column: s.column,
          start: s.offset,
          end: e.offset,
          endLine: e.line,
          endColumn: e.column,
        },
        order,
        at: f.start,
      });
    }
  });
  out.sort((a, b) => a.at - b.at || a.order - b.order);
  return { diagnostics: out.map((x) => x.d), documents: ctx.documents.length };
}

function makeContext(text: string, file: string, opts: CheckTextOptions): RuleContext & { textIndex: TextIndex } {
  const textIndex = new TextIndex(text);
  const documents: CheckDocument[] = segment(text).map((doc) => {
    const bodyStart = doc.body[0]?.start ?? doc.start;
    const bodyEnd = doc.body[doc.body.length - 1]?.end ?? bodyStart;
    const markers = findMarkers(text, bodyStart, bodyEnd).filter(
      (m) => !doc.excluded.some((x) => m.start < x.end && m.end > x.start),
    );
    const cited = new Set<number>();
    for (const m of markers) for (const n of m.numbers) cited.add(n);
    return { doc, bodyStart, bodyEnd, markers, cited };
  });
  const paras = new Map<CheckDocument, Paragraph[]>();
  let claims: Claim[] | undefined;
  let pairStarts: number[] | undefined;
  return {
    file,
    text,
    textIndex,
    documents,
    decodeWarnings: opts.decoded?.warnings ?? [],
    position: (i) => textIndex.position(i),
    indexOfByte: (byteOffset) => indexOfByte(text, opts.bytes, opts.decoded?.encoding, byteOffset),
    indexOfCodePoint(cp) {
      pairStarts ??= surrogatePairStarts(text);
      // Pairs before code point `cp`: each adds one UTF-16 unit.
      let lo = 0;
      let hi = pairStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pairStarts[mid]! - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
    paragraphs(d) {
      let p = paras.get(d);
      if (!p) paras.set(d, (p = paragraphs(d.doc, text)));
      return p;
    },
    claims() {
      return (claims ??= opts.extractText ? opts.extractText(text, file) : []);
    },
  };
}

function surrogatePairStarts(text: string): number[] {
  const out: number[] = [];
  const re = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/**
 * UTF-16 index in the decoded text of byte `byteOffset` of the file. The
 * bytes before the first malformed sequence are valid, so decoding them
 * gives exactly the text before it. Null when the bytes are unknown.
 */
function indexOfByte(text: string, bytes: Uint8Array | undefined, encoding: Decoded["encoding"] | undefined, byteOffset: number): number | null {
  if (!bytes || byteOffset < 0 || byteOffset > bytes.length) return null;
  let i: number;
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    i = Math.max(0, Math.floor((byteOffset - 2) / 2));
  } else {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    i = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(bom, Math.max(bom, byteOffset))).length;
  }
  return Math.min(i, text.length);
}

/** Checks decoded bytes (see `decode()`); a binary file yields no diagnostics (callers say it was skipped). */
export function checkDecoded(decoded: Decoded, bytes: Uint8Array, opts: Omit<CheckTextOptions, "decoded" | "bytes"> = {}): Diagnostic[] {
  if (decoded.binary) return [];
  return checkText(decoded.text, { ...opts, decoded, bytes });
}

/** Re-exported for callers that only hold warnings. */
export type { DecodeWarning };
