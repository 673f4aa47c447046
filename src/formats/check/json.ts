/**
 * `json`: every diagnostic in one JSON array, for programs. Keys are written
 * in one fixed order (that of `Diagnostic`) whatever order the objects were
 * built in, so outputs diff cleanly; optional end positions appear only when
 * known.
 */
import type { Diagnostic } from "../../types.js";
import type { CheckFormatter } from "./index.js";

/** `d` with its keys in the documented order and nothing else. */
function ordered(d: Diagnostic): Diagnostic {
  const o: Diagnostic = {
    file: d.file,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    start: d.start,
    end: d.end,
  };
  if (d.endLine !== undefined) o.endLine = d.endLine;
  if (d.endColumn !== undefined) o.endColumn = d.endColumn;
  return o;
}

/** The json check formatter: `[...]` and a newline (`[]` when there are no findings). */
export const json: CheckFormatter = (diagnostics) => JSON.stringify(diagnostics.map(ordered), null, 2) + "\n";
