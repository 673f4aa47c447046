/**
 * Pairing double quotation marks inside a paragraph. Whether a mark opens or
 * closes is read from its neighbours (a mark after a word and before a space
 * closes, whatever its shape), so mismatched marks such as
 * `understanding.“[33]` still close. Pairs nest; a mark that opens and is
 * never closed runs to the end of the paragraph (quotes that continue over
 * several paragraphs reopen on each).
 */
import type { Token } from "./tokens.js";

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when it runs to the paragraph's end. */
  close: number;
  /** UTF-16 range of the quoted text (inside the marks). */
  start: number;
  end: number;
}

/** (Also the invisible format characters, bidi marks and zero-width spaces, that pasted text may carry before a mark.) */
const SPACE_OR_EDGE = /[\s([{\-—–/\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

const DOUBLE_OPENERS = new Set(['"', "“", "``", "«"]);

/** True when `t`, an opening double mark, starts a new sentence right after the open double quote at token `o` finished one ("A. "B"). */
function continuesQuote(tokens: Token[], o: number, t: Token, text: string): boolean {
  if (!DOUBLE_OPENERS.has(t.text) || !DOUBLE_OPENERS.has(tokens[o]!.text)) return false;
  let k = t.start - 1;
  if (k < 0 || !/[ \t]/.test(text[k]!)) return false;
  while (k >= 0 && /[ \t]/.test(text[k]!)) k--;
  return k > tokens[o]!.end && /[.!?…]/.test(text[k]!);
}

/** Decides each quote token's role, pairs them and sets token depths. Returns the pairs, outermost first. */
export function pairQuotes(tokens: Token[], text: string, paragraphEnd: number): Quote[] {
  const stack: number[] = [];
  const quotes: Quote[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "quote") continue;
    const before = t.start > 0 ? text[t.start - 1]! : " ";
    const after = t.end < text.length ? text[t.end]! : " ";
    const leftEdge = SPACE_OR_EDGE.test(before) || t.start === 0;
    // "[" counts as an edge: a citation marker right after a closing mark (`understanding.“[33]`).
    const rightEdge = /[\s.,;:!?)\[\]\-—–]/.test(after) || t.end >= paragraphEnd;
    let role: "open" | "close";
    if (t.text === "``") role = "open";
    else if (t.text === "“" || t.text === "«") role = !leftEdge && rightEdge ? "close" : "open";
    else if (t.text === "”" || t.text === "»") role = leftEdge && !rightEdge ? "open" : "close";
    else role = leftEdge && !rightEdge ? "open" : !leftEdge ? "close" : stack.length ? "close" : "open";
    // "” … the train has left,” wrote X": a closing mark that opens its paragraph closes nothing; it is a
    // mistyped opening mark.
    if (role === "close" && i === 0 && (t.text === "”" || t.text === "''")) role = "open";
    if (role === "open" && stack.length && continuesQuote(tokens, stack[stack.length - 1]!, t, text)) {
      // A quoted passage that runs over several paragraphs reopens on each without
      // closing the last; where the paragraph breaks were lost ("A. "B." in one
      // paragraph) the reopening mark after a finished sentence continues the open
      // quotation instead of nesting a new one inside it.
      t.role = null;
      continue;
    }
    if (role === "open") {
      t.role = "open";
      stack.push(i);
    } else if (stack.length) {
      // A curly closer pairs with the nearest curly opener when there is one, so an
      // unclosed straight quote inside (“X claimed "Y,” he said) does not steal it.
      const curly = t.text !== '"' && t.text !== "''";
      let at = stack.length - 1;
      if (curly) {
        let c = at;
        while (c >= 0 && (tokens[stack[c]!]!.text === '"' || tokens[stack[c]!]!.text === "''")) c--;
        if (c >= 0) at = c;
      }
      const o = stack[at]!;
      stack.length = at;
      t.role = "close";
      quotes.push({ open: o, close: i, start: tokens[o]!.end, end: t.start });
    }
  }
  while (stack.length) {
    const o = stack.pop()!;
    quotes.push({ open: o, close: -1, start: tokens[o]!.end, end: paragraphEnd });
  }
  quotes.sort((a, b) => a.open - b.open);
  // Depths by a difference array: linear however deeply quotes nest.
  const diff = new Int32Array(tokens.length + 1);
  for (const q of quotes) {
    const last = q.close < 0 ? tokens.length - 1 : q.close - 1;
    if (last >= q.open + 1) { diff[q.open + 1]!++; diff[last + 1]!--; }
  }
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) { depth += diff[k]!; tokens[k]!.depth = depth; }
  return quotes;
}
