/**
 * Configuring `claims check`: rule severities from `.claimsrc.json` and
 * `--rule id=severity` flags.
 *
 * `.claimsrc.json` is looked for in the working directory and then in each
 * parent, stopping at the first directory that has one, at the top of the
 * git repository (a directory holding `.git`), or at the file-system root.
 * Its shape: `{ "rules": { "uncited-claim": "warning", "unused-endnote": "off" } }`
 * (a `$schema` key is allowed; nothing else is). Later layers win:
 * defaults < config file < `--rule` flags.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isSeverity, resolveSeverities } from "./index.js";
import { ruleById, ruleIds } from "./registry.js";
import type { RuleSeverity } from "./types.js";

export const CONFIG_FILE = ".claimsrc.json";

/** A configuration problem: the command reports it and exits 2. */
export class ConfigError extends Error {}

/** The nearest `.claimsrc.json` from `cwd` up to the repository top, or null. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git"))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads and validates a config file; throws ConfigError with a message naming the file. */
export function loadConfig(path: string): { rules: Record<string, RuleSeverity> } {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ConfigError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(`${path}: must hold a JSON object`);
  for (const key of Object.keys(value)) {
    if (key !== "rules" && key !== "$schema") throw new ConfigError(`${path}: unknown key "${key}" (allowed: "rules")`);
  }
  const rules = (value as { rules?: unknown }).rules ?? {};
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) throw new ConfigError(`${path}: "rules" must be an object`);
  const out: Record<string, RuleSeverity> = {};
  for (const [id, sev] of Object.entries(rules)) {
    if (!ruleById(id)) throw new ConfigError(`${path}: unknown rule "${id}" (rules: ${ruleIds().join(", ")})`);
    const s = normaliseSeverity(sev);
    if (!s) throw new ConfigError(`${path}: rule "${id}": severity must be "error", "warning", "info" or "off", not ${JSON.stringify(sev)}`);
    out[id] = s;
  }
  return { rules: out };
}

/** "warn" is accepted for "warning"; anything else must be a severity name. */
function normaliseSeverity(s: unknown): RuleSeverity | null {
  if (s === "warn") return "warning";
  return isSeverity(s) ? s : null;
}

/** Parses `--rule` values (`id=severity`, also `id:severity`); throws ConfigError. */
export function parseRuleFlags(flags: string[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  for (const flag of flags) {
    const m = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(flag);
    if (!m) throw new ConfigError(`--rule ${flag}: expected <rule>=<severity>, e.g. --rule uncited-claim=off`);
    const [, id, sev] = m;
    if (!ruleById(id!)) throw new ConfigError(`--rule ${flag}: unknown rule "${id}" (rules: ${ruleIds().join(", ")})`);
    const s = normaliseSeverity(sev);
    if (!s) throw new ConfigError(`--rule ${flag}: severity must be error, warning, info or off`);
    out[id!] = s;
  }
  return out;
}

/**
 * The severities in effect for a run started in `cwd`: defaults, then the
 * config file (`configPath`, or the one found from `cwd`), then the flags.
 * Returns the table and the config file used (null when none).
 */
export function loadSeverities(opts: { cwd: string; configPath?: string; ruleFlags?: string[] }): {
  severities: Record<string, RuleSeverity>;
  configFile: string | null;
} {
  const configFile = opts.configPath !== undefined ? resolve(opts.cwd, opts.configPath) : findConfig(opts.cwd);
  const fromFile = configFile ? loadConfig(configFile).rules : undefined;
  const fromFlags = parseRuleFlags(opts.ruleFlags ?? []);
  return { severities: resolveSeverities(fromFile, fromFlags), configFile };
}
