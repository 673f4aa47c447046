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
function isProse(text: string): boolean {
  let run = 0;
  for (const word of text.split(/\s+/)) {
    if (/^[A-Za-z]{3,}[,.]?$/.test(word)) { if (++run >= 4) return true; }
    else run = 0;
  }
  return false;
}

/** The URLs in an endnote's text, de-obfuscated (" dot " → "."), in order. */
export function extractUrls(text: string): string[] {
  const plain = text.replace(/(\S) dot ([a-z]{2,6})\b/gi, "$1.$2");
  const urls: string[] = [];
  for (const part of plain.split(/[\s;]+/)) {
    const m = /^(?:https?:\/\/|www\.)\S+/i.exec(part);
    if (m) urls.push(m[0].replace(/[),.]+$/, ""));
  }
  return urls;
}

/**
 * Finds the endnote list at the end of `lines[from..to)`: the longest run of
 * trailing lines that are blank, "[n] ..." lines or URL continuation lines,
 * holding at least one "[n]" line with a URL. Returns null when there is none.
 */
export function findEndnotes(lines: Line[], from: number, to: number): EndnoteList | null {
  let first = -1;
  let sawUrlNote = false;
  for (let i = to - 1; i >= from; i--) {
    const t = lines[i]!.text;
    if (!/\S/.test(t)) continue;
    const m = ENDNOTE_LINE.exec(t);
    if (m) {
      const urlish = hasUrl(m[2]!);
      // A long prose line that merely starts with a marker is body text whose
      // marker was pushed to the start of the line; it ends the list.
      if (!urlish && m[2]!.length > 200) break;
      if (urlish) sawUrlNote = true;
      first = i;
      continue;
    }
    if (hasUrl(t) && !isProse(t)) continue;
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
