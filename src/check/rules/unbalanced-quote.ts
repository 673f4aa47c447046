/**
 * `unbalanced-quote`: a double quotation mark that opens a quotation never
 * closed in its paragraph. Marks are paired as `claims extract` pairs them
 * (`pairQuotes`: the role of a mark comes from its neighbours, so a
 * mis-shaped closing mark still closes). A quotation that runs on into the
 * next paragraph, which then opens with a quotation mark, is the usual
 * style for long quotations and is not reported.
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

export const unbalancedQuote: Rule = {
  id: "unbalanced-quote",
  description: "A double quotation mark opened and never closed in its paragraph",
  defaultSeverity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    const { text } = ctx;
    for (const d of ctx.documents) {
      const paras = ctx.paragraphs(d);
      for (let pi = 0; pi < paras.length; pi++) {
        const p = paras[pi]!;
        // Fast path: no double quotation mark at all.
        if (!/["“”«»]/.test(text.slice(p.start, p.end))) continue;
        const tokens = tokenize(text, p.start, p.end, () => 0);
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
