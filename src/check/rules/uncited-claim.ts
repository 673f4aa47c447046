/**
 * `uncited-claim`: an attributed claim (as `claims extract` finds it) with
 * no citation marker, in a document that cites its sources with markers.
 * A sentence without a marker borrows the markers of the next marked
 * sentence in its paragraph (as extraction does), so only claims with no
 * marker up to the end of their paragraph are reported; several claims in
 * one sentence make one finding.
 */
import type { Finding, Rule } from "../types.js";
import { preview } from "../util.js";

export const uncitedClaim: Rule = {
  id: "uncited-claim",
  description: "An attributed claim without a citation marker, in a document that uses citation markers",
  defaultSeverity: "warning",
  needsClaims: true,
  run(ctx) {
    const marked = new Set(ctx.documents.filter((d) => d.markers.length > 0).map((d) => d.doc.index));
    if (marked.size === 0) return [];
    const out: Finding[] = [];
    const bySentence = new Map<number, { finding: Finding; count: number; first: string }>();
    for (const c of ctx.claims()) {
      if (c.citations.length > 0 || !marked.has(c.document.index)) continue;
      const who = c.speaker.text ? `by “${preview(c.speaker.text, 40)}”` : "with no named speaker";
      const what = `${who} (cue “${preview(c.cue.text, 30)}”)`;
      const prev = bySentence.get(c.sentence.start);
      if (prev) { prev.count++; continue; }
      const start = ctx.indexOfCodePoint(c.sentence.start);
      const end = ctx.indexOfCodePoint(c.sentence.end);
      const finding: Finding = { start, end, message: "" };
      bySentence.set(c.sentence.start, { finding, count: 1, first: what });
      out.push(finding);
    }
    for (const { finding, count, first } of bySentence.values()) {
      const more = count > 1 ? ` (and ${count - 1} more claim${count > 2 ? "s" : ""} in this sentence)` : "";
      finding.message = `Claim ${first} has no citation marker${more}`;
    }
    return out;
  },
};
