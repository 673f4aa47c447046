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

/** Options and inputs of a command line in the conservative subset both fast paths accept. */
export interface ScannedArgs<K extends string> {
  inputs: string[];
  quiet: boolean;
  color: boolean | undefined;
  values: [K, string][];
}

/**
 * Scans `argv` for `command`: inputs, `-q`/`--quiet`, `--no-color`, and the
 * value options named in `valueOptions` (`--opt value`, `--opt=value`,
 * `-o value`). Returns null for anything else, so that commander decides.
 */
export function scanArgs<K extends string>(argv: readonly string[], command: string, valueOptions: Readonly<Record<string, K>>): ScannedArgs<K> | null {
  if (argv[0] !== command) return null;
  const out: ScannedArgs<K> = { inputs: [], quiet: false, color: undefined, values: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      out.inputs.push(a);
      continue;
    }
    if (a === "-q" || a === "--quiet") { out.quiet = true; continue; }
    if (a === "--no-color") { out.color = false; continue; }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const key = Object.prototype.hasOwnProperty.call(valueOptions, name) ? valueOptions[name]! : undefined;
    if (!key) return null;
    let value: string | undefined;
    if (name !== a) value = a.slice(eq + 1);
    else {
      value = argv[++i];
      if (value === undefined || (value.startsWith("-") && value !== "-")) return null;
    }
    out.values.push([key, value]);
  }
  return out;
}

/** The parsed `extract` command line, or null when commander must parse it. */
export function parseFastExtract(argv: string[]): FastExtract | null {
  const scanned = scanArgs(argv, "extract", VALUE_OPTIONS);
  if (!scanned) return null;
  const opts: ExtractCommandOptions = { format: "jsonl", inputFormat: "text" };
  if (scanned.quiet) opts.quiet = true;
  if (scanned.color === false) opts.color = false;
  for (const [key, value] of scanned.values) {
    if (key === "jobs") opts.jobs = value;
    else opts[key] = value;
  }
  return { inputs: scanned.inputs, opts };
}
