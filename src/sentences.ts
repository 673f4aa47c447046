/**
 * Sentence splitting inside one paragraph. Linear: one pass over candidate
 * boundaries, constant work at each. A sentence keeps the closing quotes and
 * citation markers that follow its final punctuation ("...Baghdad.[1]",
 * "...understanding.“[33]", "...attacks. [2][3]"), also when a marker is
 * glued to the next word ("...forces.[1]Russian").
 */
import { ABBREVIATIONS, SENTENCE_OPENERS } from "./lexicon/words.js";
import { CUE_FORMS } from "./lexicon/index.js";
import { MARKER_AT } from "./markers.js";

export interface Sentence {
  /** UTF-16 range in the file's text, trimmed of surrounding white space. */
  start: number;
  end: number;
}

const TERMINAL = /[.!?…]+/g;
const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»", "“"]);
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;

/** Splits text[from, to) into sentences. */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, from, to);
  TERMINAL.lastIndex = from;
  for (let m = TERMINAL.exec(text); m && m.index < to; m = TERMINAL.exec(text)) {
    let j = Math.min(m.index + m[0].length, to);
    while (j < to && CLOSERS.has(text[j]!)) j++;
    let sawMarker = false;
    for (;;) {
      let k = j;
      while (k < to && (text[k] === " " || text[k] === "\t")) k++;
      MARKER_AT.lastIndex = k;
      const mk = MARKER_AT.exec(text);
      if (!mk || k + mk[0].length > to) break;
      j = k + mk[0].length;
      sawMarker = true;
    }
    TERMINAL.lastIndex = Math.max(TERMINAL.lastIndex, j);
    if (j >= to) break;
    const c = text[j]!;
    if (!SPACE.test(c) && !(sawMarker && /[\p{L}\p{N}“"‘]/u.test(c))) continue;
    const k = skipSpace(text, j, to);
    if (k >= to) break;
    const next = text[k]!;
    if (LOWER.test(next)) continue;
    // "“Will we win?” Smith asked.": a quoted question or exclamation and its speech tag are one sentence.
    if (m[0] !== "." && j > m.index + m[0].length && speechTagAt(text, k, to)) continue;
    if (m[0] === "." && isAbbreviation(text, m.index, from) && !opensSentence(text, k, to)) continue;
    if (/[\d]/.test(next) && m[0] === "." && /\b(?:no|nos|p|pp|art|sec|vol)$/i.test(text.slice(Math.max(from, m.index - 4), m.index))) continue;
    if (start < j) out.push({ start, end: trimEnd(text, start, j) });
    start = k;
  }
  if (start < to) {
    const end = trimEnd(text, start, to);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * A short speech tag opens at k: up to four words, one of them a cue verb form
 * ("Smith said", "Mrs. Roe asked", "the mayor told reporters"), then a comma or
 * the sentence's end. Constant work: at most 60 characters are read.
 */
function speechTagAt(text: string, k: number, to: number): boolean {
  const end = Math.min(to, k + 60);
  const words = /[\p{L}’'.-]+|[,.;!?]/gu;
  words.lastIndex = k;
  let cue = false;
  for (let n = 0, m = words.exec(text); m && m.index < end && n < 6; m = words.exec(text), n++) {
    const w = m[0];
    if (w === "," || w === "." || w === ";") return cue;
    if (w === "!" || w === "?") return false;
    if (CUE_FORMS.has(w.toLowerCase().replace(/\.$/, ""))) {
      cue = true;
      if (w.endsWith(".")) return true;
    }
  }
  return false;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && SPACE.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end;
}

/** The word before a period is an abbreviation or a single initial ("J." in "Donald J. Trump"). */
function isAbbreviation(text: string, dot: number, from: number): boolean {
  let i = dot;
  while (i > from && /[\p{L}.'’]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{L}$/u.test(word)) return true; // an initial
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // "U.S", "e.g"
}

/** The word at k usually opens a sentence ("The", "He"), so a preceding abbreviation still ends one. */
function opensSentence(text: string, k: number, to: number): boolean {
  let e = k;
  while (e < to && /\p{L}/u.test(text[e]!)) e++;
  return SENTENCE_OPENERS.has(text.slice(k, e).toLowerCase());
}
