/**
 * The summary `claims check` prints on stderr after its report: totals, then
 * one row per rule with findings (severity, count, files), most frequent
 * first, and how to switch a noisy rule off.
 */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../types.js";
import { RULES } from "./registry.js";
import { plural } from "./util.js";

export interface SummaryInput {
  diagnostics: Diagnostic[];
  /** Files checked (read and decoded, binary ones excluded). */
  files: number;
  /** Documents in those files. */
  documents: number;
}

/** The summary lines (no trailing newline); [] when there are no findings. */
export function summaryLines({ diagnostics, files, documents }: SummaryInput, c: ChalkInstance): string[] {
  if (diagnostics.length === 0) return [];
  const byRule = new Map<string, { severity: Diagnostic["severity"]; count: number; files: Set<string> }>();
  const affected = new Set<string>();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    affected.add(d.file);
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
    let r = byRule.get(d.rule);
    if (!r) byRule.set(d.rule, (r = { severity: d.severity, count: 0, files: new Set() }));
    r.count++;
    r.files.add(d.file);
  }
  const counts = [plural(errors, "error"), plural(warnings, "warning")];
  if (infos) counts.push(`${infos} info`);
  const head =
    `claims check: ${plural(diagnostics.length, "problem")} (${counts.join(", ")}) in ` +
    `${files === 1 && affected.size === 1 ? "1 file" : `${affected.size} of ${plural(files, "file")}`} (${plural(documents, "document")} checked)`;
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const rows = [...byRule.entries()].sort(
    (a, b) => severityRank(a[1].severity) - severityRank(b[1].severity) || b[1].count - a[1].count || (order.get(a[0]) ?? 99) - (order.get(b[0]) ?? 99),
  );
  const idW = Math.max(...rows.map(([id]) => id.length));
  const countW = Math.max(...rows.map(([, r]) => String(r.count).length));
  const lines = [errors ? c.red(head) : c.yellow(head)];
  for (const [id, r] of rows) {
    const sev = r.severity.padEnd(7);
    lines.push(
      `  ${id.padEnd(idW)}  ${r.severity === "error" ? c.red(sev) : r.severity === "warning" ? c.yellow(sev) : c.blue(sev)}  ${String(r.count).padStart(countW)} in ${plural(r.files.size, "file")}`,
    );
  }
  lines.push(c.dim(`  (change a rule's severity with --rule <rule>=error|warning|info|off or in .claimsrc.json)`));
  return lines;
}

function severityRank(s: Diagnostic["severity"]): number {
  return s === "error" ? 0 : s === "warning" ? 1 : 2;
}
