/**
 * `pretty`: claims for a person reading a terminal. Each file and document
 * gets a header; each claim shows its sentence with the speaker, cue and
 * content told apart, then one labelled line per field:
 *
 * ```
 * docs/update.txt
 *   document 0: Iran Update, February 18, 2024 (2024-02-18)
 *   https://www.understandingwar.org/backgrounder/iran-update-february-18-2024
 *
 *   #1 at 2:1
 *     {Nine Iranian and Iraqi sources} <told> Reuters that [[Ghaani chose ...]].[8]
 *     speaker:    Nine Iranian and Iraqi sources (anonymous)
 *     cue:        told (tell, speech)
 *     outlet:     Reuters
 *     kind:       mixed
 *     confidence: 0.85
 *     citations:  [8] https://www.reuters.com/...
 * ```
 *
 * With colour the parts are coloured; without it they are bracketed
 * (`{speaker}`, `<cue>`, `[[content]]`), so the output never relies on colour
 * alone. All document text passes through `terminalSafe` first.
 */
import type { ChalkInstance } from "chalk";
import type { Claim } from "../../claim.js";
import { terminalSafe } from "../../color-level.js";
import type { Span } from "../../types.js";
import type { ExtractFormatterFactory } from "./index.js";

type Role = "content" | "outlet" | "speaker" | "cue";

/** How each part looks without colour; outlet has no marks (its own line names it). */
const MARKS: Record<Role, [string, string]> = {
  speaker: ["{", "}"],
  cue: ["<", ">"],
  content: ["[[", "]]"],
  outlet: ["", ""],
};

function style(c: ChalkInstance, role: Role): (s: string) => string {
  switch (role) {
    case "speaker":
      return c.cyan.bold;
    case "cue":
      return c.magenta.bold;
    case "content":
      return c.green;
    case "outlet":
      return c.blue;
  }
}

/**
 * The sentence with the claim's parts marked. Offsets are code points of the
 * whole text, so they are made relative to the sentence and applied to its
 * code points (not UTF-16 units); a part that runs past either end of the
 * sentence (content continued in the next one) is clamped to it.
 */
function highlight(claim: Claim, c: ChalkInstance, colour: boolean): string {
  const cps = Array.from(terminalSafe(claim.sentence.text));
  const roleAt: (Role | null)[] = new Array<Role | null>(cps.length).fill(null);
  const clamp = (v: number) => Math.min(cps.length, Math.max(0, v - claim.sentence.start));
  const mark = (span: { start: number | null; end: number | null } | null, role: Role) => {
    if (!span || span.start === null || span.end === null) return;
    // Later roles win where spans overlap: the cue and speaker are the smaller, sharper parts.
    for (let i = clamp(span.start); i < clamp(span.end); i++) roleAt[i] = role;
  };
  // (A content its tag interrupts is marked part by part: the tag between is not content.)
  for (const part of claim.content.parts ?? [claim.content]) mark(part, "content");
  mark(claim.outlet, "outlet");
  mark(claim.speaker, "speaker");
  mark(claim.cue, "cue");

  let out = "";
  let i = 0;
  while (i < cps.length) {
    const role = roleAt[i] ?? null;
    let j = i + 1;
    while (j < cps.length && roleAt[j] === role) j++;
    const text = cps.slice(i, j).join("");
    if (role === null) out += text;
    else if (colour) out += style(c, role)(text);
    else out += MARKS[role][0] + text + MARKS[role][1];
    i = j;
  }
  return out;
}

/** True when `span` lies wholly inside the claim's sentence. */
function insideSentence(claim: Claim, span: Span): boolean {
  return span.start >= claim.sentence.start && span.end <= claim.sentence.end;
}

/** The pretty extract formatter. */
export const pretty: ExtractFormatterFactory = (ctx) => {
  const c = ctx.color;
  const colour = c.level > 0;
  const label = (name: string) => c.dim(`${name}:`.padEnd(12));
  const safe = terminalSafe;
  let lastFile: string | null = null;
  let lastDoc: number | null = null;

  return {
    begin() {
      const legend = colour
        ? `${style(c, "speaker")("speaker")} ${style(c, "cue")("cue")} ${style(c, "content")("content")} ${style(c, "outlet")("outlet")}`
        : "{speaker} <cue> [[content]]";
      return c.dim("legend: ") + legend + "\n";
    },

    claim(claim, index) {
      const lines: string[] = [];
      if (claim.file !== lastFile) {
        lines.push("", c.bold.underline(safe(claim.file === "-" ? "<stdin>" : claim.file)));
        lastFile = claim.file;
        lastDoc = null;
      }
      const doc = claim.document;
      if (doc.index !== lastDoc) {
        let head = `document ${doc.index}: ${doc.title === null ? c.dim("(untitled)") : c.bold(safe(doc.title))}`;
        if (doc.date !== null) head += ` (${safe(doc.date)})`;
        lines.push(`  ${head}`);
        if (doc.url !== null) lines.push(`  ${c.underline(safe(doc.url))}`);
        lastDoc = doc.index;
      }

      lines.push("", `  ${c.bold(`#${index + 1}`)} at ${claim.sentence.line}:${claim.sentence.column}`);
      lines.push(`    ${highlight(claim, c, colour)}`);

      const sp = claim.speaker;
      const who = sp.text === null ? c.dim("(not named)") : style(c, "speaker")(safe(sp.text));
      const about = sp.resolved ? `${sp.type}, resolved → ${safe(sp.resolved.text)}` : sp.type;
      lines.push(`    ${label("speaker")}${who} (${about})`);
      const cue = claim.cue;
      lines.push(`    ${label("cue")}${style(c, "cue")(safe(cue.text))} (${safe(cue.lemma)}, ${cue.type})`);
      if (claim.outlet) lines.push(`    ${label("outlet")}${style(c, "outlet")(safe(claim.outlet.text))}`);
      if (claim.addressee) lines.push(`    ${label("addressee")}${safe(claim.addressee.text)}`);
      // The highlighted sentence cannot show content that lies outside it.
      if (!insideSentence(claim, claim.content)) {
        lines.push(`    ${label("content")}${style(c, "content")(safe(claim.content.text))}`);
      }
      lines.push(`    ${label("kind")}${claim.kind}`);
      lines.push(`    ${label("confidence")}${claim.confidence.toFixed(2)}`);

      if (claim.citations.length === 0) {
        lines.push(`    ${label("citations")}${c.dim("none")}`);
      } else {
        claim.citations.forEach((cit, k) => {
          const lead = k === 0 ? label("citations") : " ".repeat(12);
          const marker = `[${cit.n}]`;
          if (cit.urls.length === 0) {
            lines.push(`    ${lead}${marker} ${c.dim("(no endnote)")}`);
            return;
          }
          // One URL per line, aligned under the first, so each can be clicked or copied whole.
          cit.urls.forEach((url, u) => {
            const head = u === 0 ? `${lead}${marker} ` : " ".repeat(12 + marker.length + 1);
            lines.push(`    ${head}${c.underline(safe(url))}`);
          });
        });
      }
      return lines.join("\n") + "\n";
    },

    end(count) {
      return "\n" + c.bold(count === 0 ? "no claims" : `${count} claim${count === 1 ? "" : "s"}`) + "\n";
    },
  };
};
