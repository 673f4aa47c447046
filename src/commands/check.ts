/**
 * `claims check`: lint documents for citation and quotation problems.
 * Inputs → bytes → decode → rules (src/check/) → one report on stdout in
 * the chosen format; input errors and the summary go to stderr.
 *
 * Exit codes: 0 no error-level findings (warnings allowed, up to
 * `--max-warnings`), 1 error-level findings or too many warnings, 2 a usage,
 * configuration, input or internal error (the other inputs are still
 * checked). Heavy modules load only when needed: the extraction pipeline
 * only for documents with citation markers while `uncited-claim` is on.
 */
import { ConfigError, loadSeverities } from "../check/config.js";
import { needsClaims, ruleInfos, runChecks, type ClaimExtractor } from "../check/index.js";
import { summaryLines } from "../check/summary.js";
import { colorLevel, plainChalk, type ColorLevel } from "../color-level.js";
import { decode } from "../decode.js";
import { checkFormatters } from "../formats/check/index.js";
import { readInput, resolveInputs } from "../inputs.js";
import { warn, type Io } from "../io.js";
import { Output } from "../output.js";
import type { Diagnostic } from "../types.js";

export interface CheckCommandOptions {
  format: string;
  /** false for `--no-color`. */
  color?: boolean;
  /** `--rule id=severity`, repeatable. */
  rule?: string[];
  /** `--config <path>`. */
  config?: string;
  /** `--max-warnings <n>`. */
  maxWarnings?: string;
  /** No summary on stderr. */
  quiet?: boolean;
  /** The package version (SARIF names it). */
  version: string;
}

/** Runs the check command; returns the exit code. */
export async function checkCommand(args: string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  const formatter = checkFormatters[opts.format];
  if (!formatter) {
    warn(io, `claims check: unknown format "${opts.format}" (one of: ${Object.keys(checkFormatters).join(", ")})`);
    return 2;
  }
  let maxWarnings = Infinity;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings.trim())) {
      warn(io, `claims check: --max-warnings must be a whole number ≥ 0, not "${opts.maxWarnings}"`);
      return 2;
    }
    maxWarnings = Number(opts.maxWarnings);
  }
  let severities;
  try {
    ({ severities } = loadSeverities({ cwd: io.cwd, configPath: opts.config, ruleFlags: opts.rule ?? [] }));
  } catch (err) {
    if (err instanceof ConfigError) {
      warn(io, `claims check: ${err.message}`);
      return 2;
    }
    throw err;
  }
  if (args.length === 0) {
    if ((io.stdin as { isTTY?: boolean }).isTTY) {
      warn(io, "claims check: no input (give files, directories, globs, or - for standard input; see claims check --help)");
      return 2;
    }
    args = ["-"];
  }

  let code = 0;
  const { inputs, errors, warnings } = await resolveInputs(args, { cwd: io.cwd });
  for (const e of errors) {
    warn(io, `claims check: ${e.path}: ${e.message}`);
    code = 2;
  }
  for (const w of warnings) warn(io, `claims check: warning: ${w.path}: ${w.message}`);
  if (inputs.length === 0 && errors.length === 0 && warnings.length === 0) warn(io, "claims check: warning: no .txt or .md files to check");
  let extractText: ClaimExtractor | undefined;
  const diagnostics: Diagnostic[] = [];
  let files = 0;
  let documents = 0;
  for (const path of inputs) {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(path === "-" || path.startsWith("/") ? path : `${io.cwd}/${path}`);
    } catch (err) {
      warn(io, `claims check: ${path}: ${(err as Error).message}`);
      code = 2;
      continue;
    }
    const decoded = decode(bytes);
    if (decoded.binary) {
      warn(io, `claims check: ${path}: warning: binary file, skipped`);
      continue;
    }
    if (!extractText && needsClaims(decoded.text, severities)) {
      extractText = (await import("../extract.js")).extractText;
    }
    try {
      const r = runChecks(decoded.text, { file: path, rules: severities, extractText, decoded, bytes });
      diagnostics.push(...r.diagnostics);
      documents += r.documents;
      files++;
    } catch (err) {
      warn(io, `claims check: ${path}: internal error: ${(err as Error).stack ?? String(err)}`);
      code = 2;
    }
  }

  // Chalk loads only for output that is coloured (src/color-level.ts: start-up time).
  const chalkAt = async (level: ColorLevel) => (level === 0 ? plainChalk() : (await import("../color.js")).makeChalk(level));
  const chalk = await chalkAt(colorLevel({ stream: io.stdout, env: io.env, flag: opts.color }));
  const out = new Output(io.stdout);
  await out.write(formatter(diagnostics, { color: chalk, version: opts.version, rules: ruleInfos(severities) }));
  await out.flush();
  if (!opts.quiet) {
    const errChalk = await chalkAt(colorLevel({ stream: io.stderr, env: io.env, flag: opts.color }));
    for (const line of summaryLines({ diagnostics, files, documents }, errChalk)) warn(io, line);
  }

  if (code !== 0) return code;
  const errorsFound = diagnostics.some((d) => d.severity === "error");
  const warningsFound = diagnostics.filter((d) => d.severity === "warning").length;
  if (errorsFound) return 1;
  if (warningsFound > maxWarnings) {
    warn(io, `claims check: ${warningsFound} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}
