/**
 * `undecodable-text`: bytes that are not valid in the file's encoding
 * (reported by `decode()`, once per file, at the first bad sequence, with
 * their count) and control characters in the text: C0 controls other than
 * tab, line feed, carriage return and form feed, DEL, and C1 controls. Each
 * run of adjacent control characters is one finding.
 */
import type { Finding, Rule } from "../types.js";
import { plural } from "../util.js";

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]+/g;

const C0_NAMES = [
  "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
];

/** "U+0000 (NUL)", "U+007F (DEL)", "U+0085". */
export function describeControl(c: string): string {
  const code = c.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = code < 0x20 ? C0_NAMES[code] : code === 0x7f ? "DEL" : undefined;
  return name ? `${hex} (${name})` : hex;
}

export const undecodableText: Rule = {
  id: "undecodable-text",
  description: "Bytes that are not valid text in the file's encoding, or control characters in the text",
  defaultSeverity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const w of ctx.decodeWarnings) {
      const at = w.byteOffset === undefined ? null : ctx.indexOfByte(w.byteOffset);
      const start = at ?? 0;
      const message = w.message.charAt(0).toUpperCase() + w.message.slice(1);
      out.push({ start, end: Math.min(ctx.text.length, start + (at === null ? 0 : 1)), message });
    }
    CONTROL.lastIndex = 0;
    for (let m = CONTROL.exec(ctx.text); m; m = CONTROL.exec(ctx.text)) {
      const run = m[0];
      const first = describeControl(run);
      const message =
        run.length === 1
          ? `Control character ${first} in the text`
          : `${plural(run.length, "control character")} in the text, starting with ${first}`;
      out.push({ start: m.index, end: m.index + run.length, message });
    }
    return out;
  },
};
