/** `duplicate-endnote`: one number listed twice (or more) in an endnote list; each repeat is reported. */
import type { Finding, Rule } from "../types.js";

export const duplicateEndnote: Rule = {
  id: "duplicate-endnote",
  description: "An endnote number that appears more than once in the endnote list",
  defaultSeverity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const d of ctx.documents) {
      const notes = d.doc.endnotes?.notes;
      if (!notes) continue;
      const first = new Map<number, number>();
      for (const note of notes) {
        const at = first.get(note.n);
        if (at === undefined) { first.set(note.n, note.start); continue; }
        out.push({
          start: note.start,
          end: note.start + `[${note.n}]`.length,
          message: `Endnote [${note.n}] is listed again (first at line ${ctx.position(at).line})`,
        });
      }
    }
    return out;
  },
};

