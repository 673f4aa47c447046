/**
 * A fast path for the most common command line, `claims extract [options]
 * [inputs...]`, parsed without loading commander (which, with what it pulls
 * in, is a fifth of the start-up time of a one-document run). Only a
 * conservative subset is taken: the options of `extract` spelled exactly as
 * `claims extract --help` shows them (`--opt value`, `--opt=value`, `-f
 * value`), `-` for stdin, and `--`. Anything else (help, a version flag, an
 * unknown or bundled option, a value that looks like an option, another
 * command) returns null, and commander parses the line as before, so the
 * two paths cannot disagree on anything the fast path accepts.
 */
import type { ExtractCommandOptions } from "./commands/extract.js";

export interface FastExtract {
  inputs: string[];
  opts: ExtractCommandOptions;
}

const VALUE_OPTIONS: Record<string, "format" | "jobs" | "inputFormat"> = {
  "-f": "format",
  "--format": "format",
  "-j": "jobs",
  "--jobs": "jobs",
  "--input-format": "inputFormat",
};

/** The parsed `extract` command line, or null when commander must parse it. */
export function parseFastExtract(argv: string[]): FastExtract | null {
  if (argv[0] !== "extract") return null;
  const opts: ExtractCommandOptions = { format: "jsonl", inputFormat: "text" };
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
      if (value === undefined || (value.startsWith("-") && value !== "-")) return null;
    }
    if (key === "jobs") opts.jobs = value;
    else opts[key] = value;
  }
  return { inputs, opts };
}
