/**
 * `stylish`: the default, ESLint-like report for a person at a terminal.
 *
 * ```
 * docs/report.md
 *    3:14  error    Citation [9] has no endnote  dangling-citation
 *   12:1   warning  ...                          ...
 *
 * ✖ 2 problems (1 error, 1 warning)
 * ```
 */
import type { ChalkInstance } from "chalk";
import { terminalSafe } from "../../color-level.js";
import type { Diagnostic } from "../../types.js";
import type { CheckFormatter } from "./index.js";

/** Width of `s` in code points (close enough to terminal cells for alignment). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function padRight(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

/** A message on one row: line breaks would break the table, so they become spaces. */
function oneLine(message: string): string {
  return terminalSafe(message.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ")).trimEnd();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function paintSeverity(c: ChalkInstance, severity: Diagnostic["severity"]): string {
  if (severity === "error") return c.red(severity);
  if (severity === "warning") return c.yellow(severity);
  return c.blue(severity);
}

/** The stylish check formatter; "" when there is nothing to report. */
export const stylish: CheckFormatter = (diagnostics, ctx) => {
  if (diagnostics.length === 0) return "";
  const c = ctx.color;

  // Files in order of first appearance; the caller decides which file comes first.
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const out: string[] = [];
  for (const [file, list] of byFile) {
    // Read top to bottom, like the file (Array#sort is stable for ties).
    const rows = [...list].sort((a, b) => a.line - b.line || a.column - b.column);
    const lineW = Math.max(...rows.map((d) => String(d.line).length));
    const colW = Math.max(...rows.map((d) => String(d.column).length));
    const sevW = Math.max(...rows.map((d) => d.severity.length));
    const messages = rows.map((d) => oneLine(d.message));
    const msgW = Math.max(...messages.map(width));

    out.push(c.underline(terminalSafe(file === "-" ? "<stdin>" : file)));
    rows.forEach((d, i) => {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      else infos++;
      // Line right-aligned and column left-aligned keep the ":" in one column.
      const pos = `${String(d.line).padStart(lineW)}:${String(d.column).padEnd(colW)}`;
      const sev = paintSeverity(c, d.severity) + " ".repeat(sevW - d.severity.length);
      out.push(`  ${c.dim(pos)}  ${sev}  ${padRight(messages[i]!, msgW)}  ${c.dim(terminalSafe(d.rule))}`);
    });
    out.push("");
  }

  const total = errors + warnings + infos;
  let summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  if (infos > 0) summary += `, ${infos} info`;
  summary += ")";
  const paint = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  out.push(paint.bold(summary));
  return out.join("\n") + "\n";
};
