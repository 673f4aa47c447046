/**
 * `empty-document`: a file with no body text at all, or one document of a
 * multi-document file (an ISW update, an RSS item) that has a title,
 * headline, caption or endnotes but no body text.
 */
import type { Finding, Rule } from "../types.js";
import { preview } from "../util.js";

export const emptyDocument: Rule = {
  id: "empty-document",
  description: "A file, or a document within a file, with no body text",
  defaultSeverity: "warning",
  run(ctx) {
    const { text } = ctx;
    const empty = ctx.documents.filter((d) => ctx.paragraphs(d).length === 0);
    if (empty.length === ctx.documents.length) {
      const message = /\S/.test(text) ? "File has no body text" : text.length === 0 ? "File is empty" : "File holds only white space";
      return [{ start: 0, end: 0, message }];
    }
    const out: Finding[] = [];
    for (const d of empty) {
      // Point at the document's first non-blank character and its line.
      let s = d.doc.start;
      while (s < d.doc.end && /\s/.test(text[s]!)) s++;
      let e = s;
      while (e < d.doc.end && text[e] !== "\n" && text[e] !== "\r") e++;
      const name = d.doc.title ? ` (“${preview(d.doc.title, 50)}”)` : "";
      out.push({ start: s, end: e, message: `Document ${d.doc.index + 1}${name} has no body text` });
    }
    return out;
  },
};
