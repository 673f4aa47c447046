/**
 * Output formats of `claims check`: the one registry table of check
 * formatters. Each formatter lives in its own file and is a pure function
 * from diagnostics to the complete output text; the CLI picks one by name
 * (`--format <name>`) and writes what it returns.
 */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../types.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import { unix } from "./unix.js";

/** What a rule tells the formatters about itself (SARIF lists every rule). */
export interface CheckRuleInfo {
  id: string;
  description: string;
  helpUri?: string;
  /** "error" | "warning" | "info" | "off". */
  defaultSeverity: string;
}

/** Everything a check formatter may use besides the diagnostics. */
export interface CheckFormatterContext {
  /** Styles for human-readable formats; a level-0 instance yields plain text. */
  color: ChalkInstance;
  /** The version of `claims`, for formats that name their tool. */
  version: string;
  /** Every known rule, in a stable order. */
  rules: CheckRuleInfo[];
  /** Where to read about the tool (SARIF `tool.driver.informationUri`); omitted when unknown. */
  informationUri?: string;
}

/**
 * A check formatter: the whole output for `diagnostics`, newline-terminated,
 * or "" when the format prints nothing for no findings.
 */
export type CheckFormatter = (diagnostics: Diagnostic[], ctx: CheckFormatterContext) => string;

/**
 * The check formatters by `--format` name; `stylish` is the default. The
 * table has no prototype so that a name like "constructor" or "toString"
 * finds nothing instead of an Object method.
 */
export const checkFormatters: Record<string, CheckFormatter> = Object.assign(Object.create(null) as Record<string, CheckFormatter>, {
  stylish,
  json,
  unix,
  github,
  sarif,
});
