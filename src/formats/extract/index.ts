/**
 * Output formats of `claims extract`: the one registry table of extract
 * formatters. Extraction streams (a claim is written as soon as its file is
 * done), so a formatter is a small object with three pure-text steps rather
 * than one function over the whole list; each is made fresh per run by its
 * factory because some (json, pretty) remember what they already wrote.
 */
import type { ChalkInstance } from "chalk";
import type { Claim } from "../../claim.js";
import { json } from "./json.js";
import { jsonl } from "./jsonl.js";
import { pretty } from "./pretty.js";

/** One run's formatter: the caller writes `begin()`, then `claim()` per claim, then `end()`. */
export interface ExtractFormatter {
  /** Text before the first claim. */
  begin(): string;
  /** Text for one claim; `index` counts claims from 0 across the whole run. */
  claim(c: Claim, index: number): string;
  /** Text after the last claim; `count` is how many were written. */
  end(count: number): string;
}

/** What an extract formatter may use besides the claims. */
export interface ExtractFormatterContext {
  /** Styles for human-readable formats; a level-0 instance yields plain text. */
  color: ChalkInstance;
}

/** Makes a fresh formatter for one run. */
export type ExtractFormatterFactory = (ctx: ExtractFormatterContext) => ExtractFormatter;

/**
 * The extract formatters by `--format` name; `jsonl` is the default. No
 * prototype, so "constructor" or "toString" find nothing.
 */
export const extractFormatters: Record<string, ExtractFormatterFactory> = Object.assign(
  Object.create(null) as Record<string, ExtractFormatterFactory>,
  { jsonl, json, pretty },
);
