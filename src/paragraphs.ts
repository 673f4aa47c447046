/**
 * Paragraphs of a document body. A non-blank line is a paragraph, except
 * that a hard-wrapped line (no final punctuation, next line starting in
 * lower case or with a comma or full stop) runs on into the next line, also
 * across a short name that an HTML conversion set on a line of its own.
 * Citation markers that open a line ("[3] Russian forces...", "[3]Russian",
 * or "[3]" alone) close the previous
 * paragraph's last sentence, so they are moved to it. Headings (short lines
 * without final punctuation) are paragraphs that hold no claims.
 */
import type { Document } from "./segment.js";
import type { Line } from "./lines.js";
import { MARKER_AT } from "./markers.js";

export interface Paragraph {
  /** UTF-16 range in the file's text. */
  start: number;
  end: number;
  /** Short line without final punctuation: a section heading. */
  heading: boolean;
}

const FINAL = /[.!?…:;"”’'\])]\s*$/;
const FINAL_CHAR = /[.!?…:;"”’'\])]/;
const SPACE = /\s/;
/** A line that cannot open a paragraph: it starts in lower case or with punctuation that continues a sentence (the possessive ’ of a name on the line before). */
const RUNS_ON = /^(?:\p{Ll}|[,.;:)’])/u;
/** At most this many words in a name set on its own line. */
const BROKEN_NAME_WORDS = 6;

/** FINAL.test(text.slice(start, end)) in time independent of the range's length (a wrapped paragraph grows line by line). */
function endsFinal(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && SPACE.test(text[i - 1]!)) i--;
  return i > start && FINAL_CHAR.test(text[i - 1]!);
}

/** Paragraphs of `doc`'s body, in order, with excluded ranges (title, caption...) cut out. */
export function paragraphs(doc: Document, text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let pending: Paragraph | null = null;
  const flush = () => {
    if (pending && pending.end > pending.start) out.push(pending);
    pending = null;
  };
  for (let li = 0; li < doc.body.length; li++) {
    const line = doc.body[li]!;
    let [s, e] = visibleRange(line, doc.excluded);
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s >= e) { flush(); continue; }
    // Leading markers close the previous paragraph.
    let k = s;
    for (;;) {
      MARKER_AT.lastIndex = k;
      const m = MARKER_AT.exec(text);
      if (!m || k + m[0].length > e) break;
      k += m[0].length;
      while (k < e && (text[k] === " " || text[k] === "\t")) k++;
    }
    const prev: Paragraph | null = pending ?? out[out.length - 1] ?? null;
    if (k > s && prev && !prev.heading) {
      let me = k;
      while (me > s && /\s/.test(text[me - 1]!)) me--;
      prev.end = me;
      s = k;
      if (s >= e) continue;
    }
    const lineText = text.slice(s, e);
    if (pending) {
      const p: Paragraph = pending;
      if (!endsFinal(text, p.start, p.end) && (RUNS_ON.test(lineText) || italicBreak(doc, li, lineText, text))) {
        p.end = e;
        p.heading = false;
        continue;
      }
      flush();
    }
    pending = { start: s, end: e, heading: isHeading(lineText) };
  }
  flush();
  return out;
}

/**
 * True when `lineText` (line `li` of the body) is a name that a conversion
 * from HTML set on its own line because it was in italics ("...told the" /
 * "Washington Post" / "on March 6 that ..."): a short line without final
 * punctuation, between an unfinished line and a line that continues the
 * sentence. A heading is never followed by a line in lower case.
 */
function italicBreak(doc: Document, li: number, lineText: string, text: string): boolean {
  if (lineText.length > 60 || FINAL.test(lineText) || !/^[\p{Lu}\d]/u.test(lineText)) return false;
  if (lineText.split(/\s+/).length > BROKEN_NAME_WORDS) return false;
  const next = doc.body[li + 1];
  if (!next) return false;
  let [s, e] = visibleRange(next, doc.excluded);
  while (s < e && SPACE.test(text[s]!)) s++;
  return s < e && RUNS_ON.test(text.slice(s, Math.min(e, s + 2)));
}

/** The part of a line outside the document's excluded ranges (which only ever cut a line's start or all of it). */
function visibleRange(line: Line, excluded: Document["excluded"]): [number, number] {
  let s = line.start;
  let e = line.end;
  for (const x of excluded) {
    if (x.end <= s || x.start >= e) continue;
    if (x.start <= s) s = Math.max(s, x.end);
    else e = Math.min(e, x.start);
  }
  return [s, Math.max(s, e)];
}

function isHeading(t: string): boolean {
  // Length first: a 10 MB line is not split into words just to learn it is no heading.
  if (t.length >= 120 || FINAL.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}
