/**
 * Segmenting a file into documents. A file may hold several:
 * - ISW updates, each closed by a line that is only its URL and (after the
 *   first) opened by a title line;
 * - `RSS` blocks: a line "RSS", a headline, a blank line, a photo caption,
 *   then the body;
 * - a leading `date YYYY-MM-DD` header.
 * Titles, headlines, captions, the closing URL line and the endnote list are
 * not body text: no claim comes from them.
 */
import { findEndnotes, hasUrl, isProse, type EndnoteList } from "./endnotes.js";
import { isBlank, splitLines, type Line } from "./lines.js";
import { EDITORS_NOTE_LABELS, MONTHS } from "./lexicon/words.js";

export interface Document {
  index: number;
  title: string | null;
  url: string | null;
  date: string | null;
  /** UTF-16 range of the whole document in the file's text. */
  start: number;
  end: number;
  /** Lines of the body (the text claims come from), in order, blank lines included. */
  body: Line[];
  /** UTF-16 ranges inside the document that are not body text (headline, caption, title). */
  excluded: { start: number; end: number; reason: string }[];
  endnotes: EndnoteList | null;
}

const URL_LINE = /^\s*<?(https?:\/\/\S+?)>?\s*$/;
const DATE_HEADER = /^(\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*)/i;
const CAPTION_CREDIT = /\b(?:Photo|Image|Picture|Credit|Photograph)\s*:|\(credit:|\b(?:REUTERS|AFP|AP|Getty Images|EPA|Xinhua|Anadolu)\/|\/(?:REUTERS|AFP|AP|Getty Images|EPA)\b/;
const TERMINAL = /[.!?…"”’'\])]\s*$/;

/** True for a caption line: it carries a photo credit. */
export function isCaption(text: string): boolean {
  return CAPTION_CREDIT.test(text);
}

/**
 * True for a paragraph that opens with an editor's note label ("Editor’s note: Roe is a serial liar ... who has
 * pledged to ..."): the labelled sentence is the outlet's note on its own article; it characterises and reports no
 * one's claim. (Not corrections: "Correction: ISW misquoted Roe. Roe assessed that C" restates the claim rightly.)
 */
export function isEditorsNote(text: string): boolean {
  text = text.trimStart();
  const colon = text.indexOf(":");
  if (colon < 0 || colon > 20) return false;
  return EDITORS_NOTE_LABELS.has(text.slice(0, colon).trim().toLowerCase().replace(/[’‘`]/g, "'"));
}

/** A line that can be a title: short, and not a finished sentence unless title-cased. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 220 || URL_LINE.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 25) return false;
  if (!TERMINAL.test(t)) return true;
  const long = words.filter((w) => /^[\p{L}]{4,}/u.test(w));
  const capped = long.filter((w) => /^\p{Lu}/u.test(w));
  return long.length >= 2 && capped.length / long.length >= 0.7;
}

/** A date (YYYY-MM-DD) in a title ("February 19, 2024") or URL slug ("february-19-2024"). */
export function findDate(text: string | null): string | null {
  if (!text) return null;
  const m = /\b(january|february|march|april|may|june|july|august|september|october|november|december)[ -](\d{1,2}),?[ -](\d{4})\b/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Draft {
  lines: Line[];
  title: string | null;
  url: string | null;
  date: string | null;
  excluded: { start: number; end: number; reason: string }[];
  rss: boolean;
}

/**
 * Splits `text` into documents. Pure; linear in the text.
 */
export function segment(text: string): Document[] {
  const lines = splitLines(text);
  const drafts: Draft[] = [];
  let draft: Draft = { lines: [], title: null, url: null, date: null, excluded: [], rss: false };
  const hasContent = (d: Draft) => d.lines.some((l) => !isBlank(l));
  const close = () => {
    if (hasContent(draft) || draft.url || draft.title) drafts.push(draft);
    draft = { lines: [], title: null, url: null, date: null, excluded: [], rss: false };
    inNotes = false;
  };
  let lastNonBlank: Line | null = null;
  let lastWasProse = false;
  let inNotes = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === "RSS") {
      close();
      draft.rss = true;
      draft.excluded.push({ start: line.start, end: line.end, reason: "rss marker" });
      lastNonBlank = null;
      lastWasProse = false;
      continue;
    }
    const url = URL_LINE.exec(line.text);
    if (url && lastNonBlank && lastWasProse) {
      draft.url = url[1]!;
      draft.excluded.push({ start: line.start, end: line.end, reason: "document url" });
      draft.lines.push(line);
      close();
      lastNonBlank = null;
      lastWasProse = false;
      continue;
    }
    if (i === 0 || (draft.lines.length === 0 && drafts.length === 0 && !draft.date)) {
      const d = DATE_HEADER.exec(line.text);
      if (d) {
        draft.date = d[2]!;
        const cut = line.start + d[1]!.length;
        draft.excluded.push({ start: line.start, end: cut, reason: "date header" });
      }
    }
    draft.lines.push(line);
    if (!isBlank(line)) {
      lastNonBlank = line;
      // Inside an endnote list ("[n] URL" lines, their continuation lines,
      // stray words of non-English source titles) a URL line is part of the
      // list, not the closing line of a document; a line of real prose ends
      // the list.
      const noteLine = /^\s*\[\d+\]/.test(line.text);
      if (noteLine && hasUrl(line.text)) inNotes = true;
      else if (inNotes && !hasUrl(line.text) && isProse(line.text)) inNotes = false;
      lastWasProse = !inNotes && !URL_LINE.test(line.text) && !noteLine;
    }
  }
  close();
  return drafts.map((d, index) => finish(d, index, text));
}

function finish(d: Draft, index: number, text: string): Document {
  const lines = d.lines;
  const nonBlank = lines.map((l, i) => ({ l, i })).filter(({ l }) => !isBlank(l) && !d.excluded.some((x) => x.start <= l.start && x.end >= l.end));
  let title = d.title;
  const first = nonBlank[0];
  if (first) {
    const firstText = lineTextAfterExclusions(first.l, d.excluded, text);
    const next = lines[first.i + 1];
    const followedByBlank = !next || isBlank(next);
    if (d.rss || (isTitleLike(firstText) && (followedByBlank || !TERMINAL.test(firstText.trim())) && nonBlank.length > 1)) {
      title = firstText.trim();
      const s = first.l.start + first.l.text.indexOf(title);
      d.excluded.push({ start: s, end: s + title.length, reason: d.rss ? "headline" : "title" });
      if (d.rss) {
        const second = nonBlank[1];
        if (second && second.i > first.i + 1 && isCaption(second.l.text)) {
          d.excluded.push({ start: second.l.start, end: second.l.end, reason: "photo caption" });
        }
      }
    }
  }
  const endnotes = findEndnotes(lines, 0, lines.length);
  const body = endnotes ? lines.slice(0, endnotes.firstLine) : lines;
  const start = lines[0]?.start ?? 0;
  const end = lines[lines.length - 1]?.end ?? start;
  return {
    index,
    title,
    url: d.url,
    date: d.date ?? findDate(title) ?? findDate(d.url),
    start,
    end,
    body,
    excluded: d.excluded.sort((a, b) => a.start - b.start),
    endnotes,
  };
}

function lineTextAfterExclusions(line: Line, excluded: { start: number; end: number }[], text: string): string {
  let s = line.start;
  for (const x of excluded) if (x.start <= s && x.end > s) s = x.end;
  return text.slice(s, line.end);
}
