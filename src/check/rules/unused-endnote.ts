/**
 * `unused-endnote`: an endnote that no citation marker in the document's
 * body names. A number listed twice is reported once, at its first entry
 * (`duplicate-endnote` reports the others).
 */
import type { Finding, Rule } from "../types.js";

export const unusedEndnote: Rule = {
  id: "unused-endnote",
  description: "An endnote that no citation marker in the text refers to",
  defaultSeverity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    for (const d of ctx.documents) {
      const notes = d.doc.endnotes?.notes;
      if (!notes) continue;
      const seen = new Set<number>();
      for (const note of notes) {
        if (seen.has(note.n)) continue;
        seen.add(note.n);
        if (d.cited.has(note.n)) continue;
        out.push({ start: note.start, end: note.start + `[${note.n}]`.length, message: `Endnote [${note.n}] is never cited in the text` });
      }
    }
    return out;
  },
};
