/**
 * `dangling-citation`: a citation marker names an endnote the document's
 * endnote list does not have. Only documents with an endnote list are
 * checked (a wire story's "[1]" has nothing to point at).
 */
import type { Finding, Rule } from "../types.js";

export const danglingCitation: Rule = {
  id: "dangling-citation",
  description: "A citation marker names an endnote that the document's endnote list does not have",
  defaultSeverity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const d of ctx.documents) {
      const notes = d.doc.endnotes?.notes;
      if (!notes || notes.length === 0) continue;
      const have = new Set(notes.map((n) => n.n));
      let lo = Infinity;
      let hi = -Infinity;
      for (const n of have) { lo = Math.min(lo, n); hi = Math.max(hi, n); }
      const range = lo === hi ? `[${lo}]` : `[${lo}] to [${hi}]`;
      for (const m of d.markers) {
        const missing = [...new Set(m.numbers.filter((n) => !have.has(n)))];
        if (missing.length === 0) continue;
        const what = missing.length === 1 ? `Citation [${missing[0]}] has no endnote` : `Citations ${missing.map((n) => `[${n}]`).join(", ")} have no endnotes`;
        out.push({ start: m.start, end: m.end, message: `${what} (the endnote list runs ${range})` });
      }
    }
    return out;
  },
};
