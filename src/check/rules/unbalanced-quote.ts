/**
 * `unbalanced-quote`: a double quotation mark that opens a quotation never
 * closed in its paragraph. Marks are paired as `claims extract` pairs them
 * (`pairQuotes`: the role of a mark comes from its neighbours, so a
 * mis-shaped closing mark still closes). A quotation that runs on into the
 * next paragraph, which then opens with a quotation mark, is the usual
 * style for long quotations and is not reported; nor are marks in Markdown
 * code (fenced blocks and `inline spans`), which are not prose.
 */
import { pairQuotes } from "../../quotes.js";
import { tokenize, type Token } from "../../tokens.js";
import type { Finding, Rule } from "../types.js";
import { preview } from "../util.js";

const OPENING = /^["“«„]/;

/**
 * The marks left open, less those that are really closers: a mark right
 * after a word and right before a citation marker (`understanding.“[33]`)
 * closes whatever opened before it, though its neighbours made the pairing
 * read it as an opener.
 */
function unclosed(marks: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const m of marks) {
    const before = m.start > 0 ? text[m.start - 1]! : " ";
    const closes = !/\s/.test(before) && /^\[\d/.test(text.slice(m.end, m.end + 2));
    // A stray closer is not this rule's business either way.
    if (closes) out.pop();
    else out.push(m);
  }
  return out;
}

/** UTF-16 ranges of Markdown fenced code blocks (``` or ~~~ fences; an unclosed fence runs to the end). */
export function fencedCode(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!/^ {0,3}(?:```|~~~)/m.test(text)) return out;
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { start: number; mark: string } | null = null;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const mark = m[1]!;
    if (!open) open = { start: m.index, mark };
    else if (mark[0] === open.mark[0] && mark.length >= open.mark.length && m[0].trim() === mark) {
      out.push({ start: open.start, end: m.index + m[0].length });
      open = null;
    }
  }
  if (open) out.push({ start: open.start, end: text.length });
  return out;
}

/** UTF-16 ranges of Markdown inline code spans (`...`) in text[from, to). */
function inlineCode(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes("`")) return out;
  const span = /(`+)[^`]+?\1(?!`)/g;
  for (let m = span.exec(slice); m; m = span.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

export const unbalancedQuote: Rule = {
  id: "unbalanced-quote",
  description: "A double quotation mark opened and never closed in its paragraph",
  defaultSeverity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    const { text } = ctx;
    if (!/["“”«»]/.test(text)) return out;
    const fences = fencedCode(text);
    for (const d of ctx.documents) {
      const paras = ctx.paragraphs(d);
      for (let pi = 0; pi < paras.length; pi++) {
        const p = paras[pi]!;
        // Fast path: no double quotation mark at all.
        if (!/["“”«»]/.test(text.slice(p.start, p.end))) continue;
        if (fences.some((f) => p.start < f.end && p.end > f.start)) continue;
        const code = inlineCode(text, p.start, p.end);
        const tokens = tokenize(text, p.start, p.end, () => 0).filter(
          (t) => t.kind !== "quote" || !code.some((c) => t.start >= c.start && t.start < c.end),
        );
        const quotes = pairQuotes(tokens, text, p.end);
        const open = unclosed(quotes.filter((q) => q.close < 0).map((q) => tokens[q.open]!), text);
        if (open.length === 0) continue;
        const next = paras[pi + 1];
        // Continued into the next paragraph, which reopens the quotation.
        if (next && OPENING.test(text.slice(next.start, next.start + 1))) continue;
        for (const mark of open) {
          out.push({
            start: mark.start,
            end: mark.end,
            message: `Quotation opened here is never closed in its paragraph: ${mark.text}${preview(text.slice(mark.end, p.end), 40)}`,
          });
        }
      }
    }
    return out;
  },
};
