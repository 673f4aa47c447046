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
  if (argv[0] !== "check") return null;
  const opts: FastCheck["opts"] = { format: "stylish", rule: [] };
  const inputs: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      inputs.push(a);
      continue;
    }
    if (a === "-q" || a === "--quiet") { opts.quiet = true; continue; }
    if (a === "--no-color") { opts.color = false; continue; }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const key = VALUE_OPTIONS[name];
    if (!key) return null;
    let value: string | undefined;
    if (name !== a) value = a.slice(eq + 1);
    else {
      value = argv[++i];
      if (value === undefined || value.startsWith("-")) return null;
    }
    if (key === "rule") opts.rule!.push(value);
    else opts[key] = value;
  }
  return { inputs, opts };
}
