/**
 * `unix`: one finding per line as `file:line:col: severity: message [rule]`,
 * the shape editors' quickfix/compilation modes and `grep`-style tools read.
 */
import type { CheckFormatter } from "./index.js";

/** The unix check formatter; "" when there are no findings. */
export const unix: CheckFormatter = (diagnostics) =>
  diagnostics
    .map((d) => {
      // One line per finding is the whole contract, so a multi-line message is joined.
      const message = d.message.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ").trim();
      return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.rule}]\n`;
    })
    .join("");
