/**
 * A fast path for `claims check [options] [inputs...]`, the line a
 * pre-commit hook runs on every commit, parsed without loading commander.
 * Only a conservative subset is taken: the options of `check` spelled as
 * `claims check --help` shows them (`--opt value`, `--opt=value`, `-f
 * value`), `-` for stdin, and `--`. Anything else (help, an unknown or
 * bundled option, a value that looks like an option, a missing value)
 * returns null, and commander parses the line, so the two paths cannot
 * disagree on anything the fast path accepts.
 */
import type { CheckCommandOptions } from "../commands/check.js";
import { scanArgs } from "../fast-argv.js";

export interface FastCheck {
  inputs: string[];
  opts: Omit<CheckCommandOptions, "version">;
}

const VALUE_OPTIONS: Record<string, "format" | "rule" | "config" | "maxWarnings"> = {
  "-f": "format",
  "--format": "format",
  "-r": "rule",
  "--rule": "rule",
  "-c": "config",
  "--config": "config",
  "--max-warnings": "maxWarnings",
};

/** The parsed `check` command line, or null when commander must parse it. */
export function parseFastCheck(argv: readonly string[]): FastCheck | null {
  const scanned = scanArgs(argv, "check", VALUE_OPTIONS);
  if (!scanned) return null;
  const opts: FastCheck["opts"] = { format: "stylish", rule: [] };
  if (scanned.quiet) opts.quiet = true;
  if (scanned.color === false) opts.color = false;
  for (const [key, value] of scanned.values) {
    if (key === "rule") opts.rule!.push(value);
    else opts[key] = value;
  }
  return { inputs: scanned.inputs, opts };
}
