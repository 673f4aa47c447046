/**
 * The library API of `claims`: what the command line does, as functions.
 *
 * ```js
 * import { extract, check, validateClaim } from "claims";
 * const claims = extract(text, { file: "report.txt" });
 * const diagnostics = check(text, { file: "report.txt", rules: { "uncited-claim": "off" } });
 * ```
 *
 * Offsets in claims and diagnostics count Unicode code points; lines and
 * columns are 1-based (see `Span`, `Diagnostic`).
 */
import type { Claim } from "./claim.js";
import { checkDecoded, checkText, type CheckTextOptions, type RuleSeverity } from "./check/index.js";
import { decode } from "./decode.js";
import { extractText, type DocumentHints } from "./extract.js";
import type { Diagnostic } from "./types.js";
import { claimValidator, type ValidationResult } from "./validate.js";

export type { Citation, Claim, ClaimDocument, ClaimKind, Cue, CueType, NullSpan, Speaker, SpeakerType } from "./claim.js";
export type { Diagnostic, InputWarning, Position, Severity, Span } from "./types.js";
export type { DocumentHints } from "./extract.js";
export type { Decoded, DecodeWarning } from "./decode.js";
export type { JsonlLineErrors, SchemaError, ValidationResult } from "./validate.js";
export type { Rule, RuleContext, RuleSeverity, Finding } from "./check/index.js";
export { RULES as checkRules, ruleInfos as checkRuleInfos, defaultSeverities } from "./check/index.js";
export { checkFormatters, type CheckFormatter, type CheckFormatterContext, type CheckRuleInfo } from "./formats/check/index.js";
export { extractFormatters, type ExtractFormatter, type ExtractFormatterFactory } from "./formats/extract/index.js";
export { claimSchemaPath, claimValidator, validateJsonl } from "./validate.js";
export { decode } from "./decode.js";
export { makeChalk, colorLevel } from "./color.js";

/** Options of `extract`. */
export interface ExtractOptions extends DocumentHints {
  /** Written into every claim's `file`; "-" when omitted. */
  file?: string;
}

/** The attributed claims of a text, in document order (what `claims extract` writes, one per line). */
export function extract(text: string, opts: ExtractOptions = {}): Claim[] {
  const { file = "-", ...hints } = opts;
  return extractText(text, file, hints);
}

/** Options of `check`. */
export interface CheckOptions {
  /** Written into every diagnostic's `file`; "-" when omitted. */
  file?: string;
  /** Severities by rule id over the defaults ("off" disables a rule); an unknown id or severity throws. */
  rules?: Record<string, RuleSeverity>;
}

/**
 * The diagnostics of `claims check` for one text, ordered by position. Given
 * bytes, it decodes them first (as the command does), so invalid UTF-8 is
 * reported by `undecodable-text`; a binary file yields no diagnostics.
 */
export function check(input: string | Uint8Array, opts: CheckOptions = {}): Diagnostic[] {
  const options: CheckTextOptions = { file: opts.file ?? "-", rules: opts.rules, extractText };
  if (typeof input === "string") return checkText(input, options);
  return checkDecoded(decode(input), input, options);
}

/** Validates one claim record against `schemas/claim.schema.json`. */
export function validateClaim(value: unknown): ValidationResult {
  return claimValidator()(value);
}
