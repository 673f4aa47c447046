/**
 * Sentence splitting inside one paragraph. Linear: one pass over candidate
 * boundaries, constant work at each. A sentence keeps the closing quotes and
 * citation markers that follow its final punctuation ("...Baghdad.[1]",
 * "...understanding.“[33]", "...attacks. [2][3]"), also when a marker is
 * glued to the next word ("...forces.[1]Russian").
 */
import { ABBREVIATIONS, PLACE_LIKE_TITLES, SENTENCE_OPENERS } from "./lexicon/words.js";
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
    if (!SPACE.test(c) && !(sawMarker && /[\p{L}\p{N}“"‘]/u.test(c)) && !glued(text, m.index, j, from, to)) continue;
    const k = skipSpace(text, j, to);
    if (k >= to) break;
    const next = text[k]!;
    if (LOWER.test(next)) continue;
    // "“Is it over?” Trump said.": a quoted question or exclamation and the frame that closes it are one sentence.
    if (m[0] !== "." && m[0] !== "…" && QUOTE_CLOSERS.has(text[j - 1]!) && namedCueFollows(text, k, to)) continue;
    // "“… are missing.” Trump said.": a full stop inside the quotation where a comma belongs; the tag that
    // closes its own sentence right after the cue is the quotation's, not a sentence of its own.
    if (m[0] === "." && QUOTE_CLOSERS.has(text[j - 1]!) && namedCueFollows(text, k, to, true)) continue;
    // "… Hepatitis C.[57] ISW reported …": a citation marker closes a sentence, so the word before the full stop
    // ends it even when it looks like an initial or an abbreviation.
    if (m[0] === "." && !sawMarker && isAbbreviation(text, m.index, from) && !opensSentence(text, k, to)) continue;
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

const QUOTE_CLOSERS = new Set(["”", '"', "’", "'"]);

/**
 * "… Trump said.Trump claimed …", "… the authorities."We …": a full stop with the next sentence glued to it,
 * as scraped text often has. Only after a lower-case word of two letters or more (not "U.S.Army", not an
 * abbreviation) and before a capitalised word in lower case after its first letter ("Trump", "The"), outside
 * links and addresses ("example.com/News"). Constant work: a few characters either side.
 */
function glued(text: string, dot: number, j: number, from: number, to: number): boolean {
  if (text[dot] !== "." || j + 1 >= to || !/\p{Lu}/u.test(text[j]!) || !/\p{Ll}/u.test(text[j + 1]!)) return false;
  if (dot - 2 < from || !/\p{Ll}/u.test(text[dot - 1]!) || !/\p{Ll}/u.test(text[dot - 2]!)) return false;
  let i = dot;
  while (i > from && dot - i < 40 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) i--;
  if (i > from && /[./@:_\-]/.test(text[i - 1]!)) return false;
  return !isAbbreviation(text, dot, from);
}
/** Words that open a clause right after a cue ("said that", "said he"). */
const CLAUSE_OPENERS = new Set(["that", "he", "she", "they", "it", "we", "i", "you", "there", "this"]);

/**
 * At `k`: up to five capitalised words (a name, a title, initials) and then a finite
 * cue verb that may close its sentence ("Trump said", "Sen. Jo Roe told"): the words
 * after a quotation are its speaker and cue, not a new sentence. With `closing`, only when a full stop
 * follows the cue ("Trump said."). Bounded: at most six words are read.
 */
function namedCueFollows(text: string, k: number, to: number, closing = false): boolean {
  let i = k;
  for (let n = 0; n < 6 && i < to; n++) {
    let e = i;
    while (e < to && /[\p{L}\p{N}.'’-]/u.test(text[e]!)) e++;
    if (e === i) return false;
    const word = text.slice(i, e).replace(/[.’'-]+$/, "");
    if (n > 0 && !/^\p{Lu}/u.test(word)) {
      const forms = CUE_FORMS.get(word);
      const form = forms?.find((f) => f.verb.postposed === true && (f.role === "past" || f.role === "s") && !f.particle);
      if (!form) return false;
      // (`closing`: only a cue that ends its sentence, "Trump said.")
      if (closing) return text[e - 1] === "." && (e >= to || /\s/.test(text[e]!));
      // "“Why?” Roe said he ...": a clause after the cue is its own content; the question stays a sentence of its own.
      let a = e;
      while (a < to && text[a] === " ") a++;
      let b = a;
      while (b < to && /\p{L}/u.test(text[b]!)) b++;
      const after = text.slice(a, b);
      return !(CLAUSE_OPENERS.has(after) || (form.verb.object !== "addressee" && /^(?:the|a|an|his|her|their|its|our)$/.test(after)));
    }
    if (!/^\p{Lu}/u.test(word)) return false;
    i = e;
    while (i < to && text[i] === " ") i++;
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
  // "the 1970s.", "the 20th.": letters glued to a number end a numeral, no initial or abbreviation.
  if (i > from && /\p{N}/u.test(text[i - 1]!)) return false;
  // "in Dover, Del. Officials said": after a place and its comma, "Del." is the state and may end the sentence.
  if (PLACE_LIKE_TITLES.has(word) && i - 2 >= from && text[i - 1] === " " && text[i - 2] === ",") return false;
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
