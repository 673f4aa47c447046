/**
 * Endnote lists: the "[12] https://... ; https://..." block that closes an
 * ISW-style report. An endnote may run over several lines (continuation
 * lines hold more URLs) and URLs may be obfuscated as "example dot com".
 */
import type { Line } from "./lines.js";

export interface Endnote {
  n: number;
  urls: string[];
  /** UTF-16 range of the endnote's text, from its "[n]" to the end of its last line. */
  start: number;
  end: number;
  /** Line index (into the lines given) of the "[n]" line. */
  lineIndex: number;
}

export interface EndnoteList {
  /** Index (into the lines given) of the first line of the list. */
  firstLine: number;
  /** UTF-16 index where the list starts; the body ends before it. */
  start: number;
  notes: Endnote[];
}

const ENDNOTE_LINE = /^\s*\[(\d{1,6})\]\s*(.*)$/;
const URLISH = /https?:\/\/|www\.|\S \bdot (?:com|org|net|gov|mil|il|ua|ru|ir|iq|sy|lb|ye|uk|de|fr|info|io|me|tv|news|co|pub)\b/i;

/** True when a line holds a URL (or an obfuscated one). */
export function hasUrl(text: string): boolean {
  return URLISH.test(text);
}

/** True when a line, URLs aside, has a run of four or more plain words (a sentence, not a URL list). */
export function isProse(text: string): boolean {
  let run = 0;
  for (const word of text.split(/\s+/)) {
    if (/^[A-Za-z]{3,}[,.]?$/.test(word)) { if (++run >= 4) return true; }
    else run = 0;
  }
  return false;
}

/** The URLs in an endnote's text, de-obfuscated (" dot " → "."), in order. */
export function extractUrls(text: string): string[] {
  // "www dot example.com", "gov dot ua/x", "meduza(dot)io", "site[dot]ru": any
  // " dot " between any two words (prose around it never starts a URL).
  const plain = /dot/i.test(text) ? text.replace(/(\S) dot (?=\S)/gi, "$1.").replace(/(?<=\w)\s*[([]dot[)\]]\s*(?=\w)/gi, ".") : text;
  const urls: string[] = [];
  for (const part of plain.split(/[\s;]+/)) {
    const m = /^(?:https?:\/\/|www\.)\S+/i.exec(part);
    if (m) urls.push(m[0].replace(/[),.]+$/, ""));
  }
  return urls;
}

/** Most non-note lines taken between two consecutively numbered notes. */
const MAX_CONTINUATION_LINES = 6;

/** Index of the nearest "[n]" line at or above `i` with at most MAX_CONTINUATION_LINES other non-blank lines between, or -1. */
function noteAbove(lines: Line[], i: number, from: number): number {
  let others = 0;
  for (let k = i; k >= from; k--) {
    const t = lines[k]!.text;
    if (!/\S/.test(t)) continue;
    if (ENDNOTE_LINE.test(t)) return k;
    if (++others > MAX_CONTINUATION_LINES) return -1;
  }
  return -1;
}

/**
 * Finds the endnote list at the end of `lines[from..to)`: the longest run of
 * trailing lines that are blank, "[n] ..." lines or URL continuation lines,
 * holding at least one "[n]" line with a URL. Returns null when there is none.
 */
export function findEndnotes(lines: Line[], from: number, to: number): EndnoteList | null {
  let first = -1;
  let sawUrlNote = false;
  /** Number of the "[n]" line at `first`: the lowest-placed note found so far. */
  let lowest = -1;
  for (let i = to - 1; i >= from; i--) {
    const t = lines[i]!.text;
    if (!/\S/.test(t)) continue;
    const m = ENDNOTE_LINE.exec(t);
    if (m) {
      const n = Number(m[1]);
      const urlish = hasUrl(m[2]!);
      // A long prose line that merely starts with a marker is body text whose
      // marker was pushed to the start of the line; it ends the list, unless
      // its number continues the list's numbering (an explanatory endnote).
      if (!urlish && m[2]!.length > 200 && !(lowest > 0 && n === lowest - 1)) break;
      if (urlish) sawUrlNote = true;
      first = i;
      lowest = n;
      continue;
    }
    if (hasUrl(t) && !isProse(t)) continue;
    // Other lines (a source's title, a URL broken over lines, the rest of an
    // explanatory note) belong to the list when the note just above them
    // continues its numbering.
    if (lowest > 0) {
      const above = noteAbove(lines, i, from);
      if (above >= 0 && Number(ENDNOTE_LINE.exec(lines[above]!.text)![1]) === lowest - 1) {
        i = above + 1;
        continue;
      }
    }
    break;
  }
  if (first < 0 || !sawUrlNote) return null;
  const notes: Endnote[] = [];
  let current: Endnote | null = null;
  let text = "";
  for (let i = first; i < to; i++) {
    const line = lines[i]!;
    const m = ENDNOTE_LINE.exec(line.text);
    if (m) {
      if (current) { current.urls = extractUrls(text); notes.push(current); }
      current = { n: Number(m[1]), urls: [], start: line.start + line.text.indexOf("["), end: line.end, lineIndex: i };
      text = m[2]!;
    } else if (current && /\S/.test(line.text)) {
      text += " " + line.text;
      current.end = line.end;
    }
  }
  if (current) { current.urls = extractUrls(text); notes.push(current); }
  return { firstLine: first, start: lines[first]!.start, notes };
}
