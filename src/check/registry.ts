/**
 * The registry of `claims check` rules: one table, in the order rules are
 * documented and listed (SARIF `rules`, `--help`). Each rule lives in its
 * own file under `rules/`; adding a rule means adding its file and one row
 * here.
 */
import type { CheckRuleInfo } from "../formats/check/index.js";
import { danglingCitation } from "./rules/dangling-citation.js";
import { duplicateEndnote } from "./rules/duplicate-endnote.js";
import { emptyDocument } from "./rules/empty-document.js";
import { malformedEndnote } from "./rules/malformed-endnote.js";
import { unbalancedQuote } from "./rules/unbalanced-quote.js";
import { uncitedClaim } from "./rules/uncited-claim.js";
import { undecodableText } from "./rules/undecodable-text.js";
import { unusedEndnote } from "./rules/unused-endnote.js";
import type { Rule, RuleSeverity } from "./types.js";

/** Every rule, in a stable order. */
export const RULES: readonly Rule[] = Object.freeze([
  danglingCitation,
  unusedEndnote,
  duplicateEndnote,
  malformedEndnote,
  uncitedClaim,
  unbalancedQuote,
  undecodableText,
  emptyDocument,
]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The rule with id `id`, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Every rule's id, in registry order. */
export function ruleIds(): string[] {
  return RULES.map((r) => r.id);
}

/** A complete severity table: every rule at its default. */
export function defaultSeverities(): Record<string, RuleSeverity> {
  return Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
}

/** What the formatters are told about the rules, at the severities in effect. */
export function ruleInfos(severities: Record<string, RuleSeverity> = defaultSeverities()): CheckRuleInfo[] {
  return RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: severities[r.id] ?? r.defaultSeverity }));
}
