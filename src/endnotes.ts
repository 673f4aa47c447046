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

/** Top-level domains an obfuscated host may end in ("rbcdot ru", "t dotme"). */
const TLDS = "com|org|net|gov|mil|edu|int|il|ua|ru|ir|iq|sy|lb|ye|uk|de|fr|by|su|kz|ge|md|eu|info|io|me|tv|news|co|pub|media|online|site";

/**
 * Where a URL may start: a scheme (also one that lost its first letters,
 * "ttps://", "tps://", "ps://", or its colon, "https//"), "www.", or a bare
 * host with a path ("facebook.com/x", not "gov.ua/x", the tail of a host
 * whose start was lost). The one-character lookbehinds keep
 * "www." and bare hosts from starting inside another token (a path, a query).
 */
const URL_START = new RegExp(
  String.raw`https?\s?:\/\/+|https?\/\/+|(?<![\w=\/:%.@-])(?:h?t?tps?|ps):\/\/+|(?<![\w.\/=@%:-])(?:www\.|(?!(?:${TLDS})\.)[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:${TLDS})(?=\/))`,
  "gi",
);
/** After a ";" inside a query: the ";" separates URLs rather than belonging to the query. */
const SEPARATING_SEMICOLON = /^(?:%20|%C2%A0)*(?:\s|$|;|https?:|www\.)/i;
/** Junk a URL may end with: sentence punctuation, quotes, an encoded space before the next URL. */
const TRAILING_JUNK = /(?:[.,;:'"([{\u2019\u201D\u00BB\u2026]|%20|%C2%A0)+$/i;

/** `text` with obfuscated dots restored: "example dot com", "example. dot com", "example%20dot%20com", "example(dot)com", and inside a URL's host "exampledot com", "example dotcom". */
function deobfuscate(text: string): string {
  if (!/dot/i.test(text)) return text;
  let plain = text
    .replace(/(\S)\.?(?:\s+dot\s+|%20dot%20)\.?(?=\S)/gi, "$1.")
    .replace(/(?<=\w)\s*[([]dot[)\]]\s*(?=\w)/gi, ".");
  // "dot" glued to one side of its space, or written after the dot it stands
  // for ("example.dot com"); only
  // inside a host ("https://rbcdot ru/x"), since prose has words ending in "dot".
  plain = plain.replace(new RegExp(String.raw`(\w)(?:dot | dot|\.dot\s)(?=(?:${TLDS})\b)`, "gi"), (m: string, c: string, at: number) => {
    const run = /\S*$/.exec(plain.slice(Math.max(0, at - 200), at + 1))![0];
    return /^\S*(?:\/\/|www\.)[\w.-]*$/i.test(run) ? c + "." : m;
  });
  return plain;
}

/** True when a URL starts at `at` in `text` (where a URL already being read must stop). */
function gluedUrlStart(text: string, at: number): boolean {
  return /^https?:\/\//i.test(text.slice(at, at + 8)) && !/[=\/:%]/.test(text[at - 1] ?? "");
}

/** Index just past the URL starting at `from` (its scheme or host start already read up to `pos`). */
function urlEnd(text: string, from: number, pos: number): number {
  let query = false;
  let j = pos;
  // (Character codes first: this loop runs over every character of every URL in an endnote list, a third of an ISW report.)
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const ch = text[j]!;
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(ch))) {
      const next = continuation(text, from, j);
      if (next < 0) break;
      j = next - 1;
      continue;
    }
    if (ch === ";" && (!query || SEPARATING_SEMICOLON.test(text.slice(j + 1, j + 40)))) break;
    if (ch === "?" || ch === "#") query = true;
    if ((c === 104 || c === 72) && j > pos && gluedUrlStart(text, j)) break;
  }
  return j;
}

/**
 * Where a URL interrupted by white space at `ws` goes on, or -1. Two cases,
 * both kept as written: a line break inside a URL, when the next line starts
 * with a path-like piece ("..._Long_" / "Endurance_(MALE)") or the URL broke
 * after a hyphen ("march-13-" / "2023"); a
 * space inside the host, when nothing after the host has been read and the
 * next word carries on the host and path ("https://example gov/news/1").
 */
function continuation(text: string, from: number, ws: number): number {
  if (text[ws] === "\n" || text[ws] === "\r") {
    const line = /^[\r\n]+([^\s;]*)/.exec(text.slice(ws, ws + 400))!;
    const token = line[1]!;
    const before = text[ws - 1] ?? ";";
    if (!token || !(/[_%\/]/.test(token) || before === "-") || /^[\[(]/.test(token) || /:\/\/|www\./i.test(token) || /[;,.]/.test(before)) return -1;
    // "https://twit" / "ter.com/x": a host without a dot goes on even into what looks like a host.
    if (startsUrl(token) && hostOf(text.slice(from, ws)).includes(".")) return -1;
    return ws + line[0].length - token.length;
  }
  if (text[ws] !== " ") return -1;
  const host = hostOf(text.slice(from, ws));
  if (host.includes("/")) return -1;
  const word = /^ ([a-z0-9-]+(?:\.[a-z0-9-]+)*\/[^\s;]+)/i.exec(text.slice(ws, ws + 400));
  // "https://radiosputnik ria.ru/x": a host without a dot is cut, whatever follows.
  return word && (!host.includes(".") ? !SCHEME_OR_WWW.test(word[1]!) : !startsUrl(word[1]!)) ? ws + 1 : -1;
}

/** What follows the scheme of `url` (all of it when it has none). */
function hostOf(url: string): string {
  return url.replace(/^[^\s:\/]*\s?:?\/+/, "");
}

/** A scheme (also one that lost its first letters, as URL_START reads them) or "www." at a token's start. */
const SCHEME_OR_WWW = /^(?:h?t?tps?:|ps:|www\.)/i;
const BARE_HOST = new RegExp(String.raw`^(?!(?:${TLDS})\.)[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:${TLDS})\/`, "i");

/** True when `token` starts a URL of its own: a scheme, "www." or a bare host with a path. */
function startsUrl(token: string): boolean {
  return SCHEME_OR_WWW.test(token) || BARE_HOST.test(token);
}

/** `url` without trailing punctuation and without closing brackets it does not open. */
function trimUrl(url: string): string {
  // Brackets counted once, then updated as closers are cut (linear time).
  const count: Record<string, number> = { "(": 0, ")": 0, "[": 0, "]": 0, "{": 0, "}": 0 };
  for (const ch of url) if (ch in count) count[ch]!++;
  const OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  let end = url.length;
  for (;;) {
    const junk = TRAILING_JUNK.exec(url.slice(Math.max(0, end - 12), end));
    if (junk) {
      for (const ch of junk[0]) if (ch in count) count[ch]!--;
      end -= junk[0].length;
      continue;
    }
    const last = url[end - 1];
    if (last && OPENER[last] && count[last]! > count[OPENER[last]!]!) {
      count[last]!--;
      end--;
      continue;
    }
    return url.slice(0, end);
  }
}

/**
 * The URLs in an endnote's text, in order, de-obfuscated (" dot " → ".") but
 * otherwise as written: a URL may sit in brackets or quotes, be glued to the
 * next one or to an encoded space ("a;%20https://b"), keep a ";" inside its
 * query ("?a=1&amp;b=2"), run over a line break, or carry a damaged scheme
 * ("ttps://", kept as written, never repaired: `claims check` reports it).
 */
export function extractUrls(text: string): string[] {
  const plain = deobfuscate(text);
  const urls: string[] = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(plain); m; m = URL_START.exec(plain)) {
    const end = urlEnd(plain, m.index, m.index + m[0].length);
    // A URL broken over lines is joined back without the break.
    const url = trimUrl(plain.slice(m.index, end).replace(/[\r\n]+/g, ""));
    // After a scheme, a host with a dot or a path: "https://" or "https://www"
    // alone (the rest of the URL lost in the source) is no URL.
    if (!/\/\/$/.test(m[0]) || /[./]/.test(url.slice(m[0].length))) urls.push(url);
    URL_START.lastIndex = Math.max(end, m.index + 1);
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
      // A line break, not a space: a URL broken over lines is joined back.
      text += "\n" + line.text;
      current.end = line.end;
    }
  }
  if (current) { current.urls = extractUrls(text); notes.push(current); }
  return { firstLine: first, start: lines[first]!.start, notes };
}
