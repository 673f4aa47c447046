/**
 * `malformed-endnote`: an endnote with no usable URL: none at all, or only
 * strings that do not parse as an http(s) URL with a host name. Obfuscated
 * URLs ("example dot com") count once de-obfuscated, as `claims extract`
 * reads them.
 */
import type { Finding, Rule } from "../types.js";
import { preview } from "../util.js";

/** True when `u` parses as an http(s) URL whose host has a dot (or is localhost). */
export function usableUrl(u: string): boolean {
  let url: URL;
  try {
    url = new URL(/^www\./i.test(u) ? `http://${u}` : u);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const host = url.hostname;
  return host === "localhost" || (/\./.test(host) && !host.startsWith(".") && !host.endsWith(".."));
}

export const malformedEndnote: Rule = {
  id: "malformed-endnote",
  description: "An endnote with no usable URL",
  defaultSeverity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const d of ctx.documents) {
      const notes = d.doc.endnotes?.notes;
      if (!notes) continue;
      for (const note of notes) {
        if (note.urls.some(usableUrl)) continue;
        const body = ctx.text.slice(note.start, note.end).replace(/^\s*\[\d+\]\s*/, "");
        const why = body.trim() === "" ? "is empty" : `has no usable URL: “${preview(body, 50)}”`;
        out.push({ start: note.start, end: note.end, message: `Endnote [${note.n}] ${why}` });
      }
    }
    return out;
  },
};
