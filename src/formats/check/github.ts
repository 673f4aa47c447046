/**
 * `github`: GitHub Actions workflow commands, which the runner turns into
 * annotations on the pull request:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=rule::message`.
 *
 * Escaping follows the runner's rules (actions/toolkit `command.ts`): the
 * message escapes `%`, CR and LF; property values escape those and also `:`
 * and `,`, which would otherwise end the value. `%` goes first so that the
 * escapes themselves are not escaped again.
 */
import type { Diagnostic } from "../../types.js";
import type { CheckFormatter } from "./index.js";

/** Escape a command's data (the message). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a command property value (file, title). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND: Record<Diagnostic["severity"], string> = {
  error: "error",
  warning: "warning",
  // GitHub has no "info" annotation; "notice" is its lowest level.
  info: "notice",
};

/** The github check formatter; "" when there are no findings. */
export const github: CheckFormatter = (diagnostics) =>
  diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined) props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(d.rule)}`);
      return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}\n`;
    })
    .join("");
