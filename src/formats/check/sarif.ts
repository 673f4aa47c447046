/**
 * `sarif`: a SARIF 2.1.0 log, for code-scanning services (GitHub code
 * scanning, Azure DevOps) and SARIF viewers.
 *
 * The log is deterministic (no timestamps, no absolute paths added) so that
 * the same input yields the same bytes. Columns and character offsets are in
 * code points, as everywhere in `claims`, and the run says so
 * (`columnKind: "unicodeCodePoints"`) because SARIF's default is UTF-16.
 */
import { sep } from "node:path";
import type { Diagnostic } from "../../types.js";
import type { CheckFormatter, CheckRuleInfo } from "./index.js";

type SarifLevel = "error" | "warning" | "note" | "none";

const LEVEL: Record<string, SarifLevel> = { error: "error", warning: "warning", info: "note" };

/**
 * Percent-encode one path segment for a URI reference: everything RFC 3986
 * does not allow in a segment (space, `%`, `#`, `?`, non-ASCII as UTF-8...) is
 * escaped; sub-delimiters such as `,` `;` `=` `&` `+` `$` and `@` stay as they
 * are, like `encodeURI` would leave them. `:` stays too except in the first
 * segment of a relative reference, where it would read as a scheme.
 */
function encodeSegment(segment: string, colonAllowed: boolean): string {
  const enc = encodeURIComponent(segment).replace(/%(24|26|2B|2C|3B|3D|40)/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return colonAllowed ? enc.replace(/%3A/g, ":") : enc;
}

/**
 * The artifact location of `file`: a relative reference for relative paths
 * (resolved by consumers against the checkout, `%SRCROOT%`), a `file://` URI
 * for absolute ones, and a description only for standard input, which has no
 * URI.
 */
function artifactLocation(file: string): Record<string, unknown> {
  if (file === "-") return { description: { text: "standard input" } };
  // The path is as the user typed it; on Windows that means backslashes.
  const p = sep === "\\" ? file.replace(/\\/g, "/") : file;
  const drive = /^[A-Za-z]:\//.exec(p);
  if (p.startsWith("/") || drive) {
    const abs = drive ? `/${p}` : p;
    const encoded = abs
      .split("/")
      .map((s) => encodeSegment(s, true))
      .join("/");
    return { uri: `file://${encoded}` };
  }
  const rel = p.replace(/^(?:\.\/)+/, "");
  const encoded = rel
    .split("/")
    .map((s, i) => encodeSegment(s, i > 0))
    .join("/");
  return { uri: encoded, uriBaseId: "%SRCROOT%" };
}

function region(d: Diagnostic): Record<string, number> {
  const r: Record<string, number> = {};
  // SARIF requires 1-based lines/columns; a file-level finding may carry none.
  if (d.line >= 1) r.startLine = d.line;
  if (d.line >= 1 && d.column >= 1) r.startColumn = d.column;
  if (d.endLine !== undefined && d.endLine >= 1) r.endLine = d.endLine;
  // Our endColumn, like SARIF's, is the column just past the finding.
  if (d.endColumn !== undefined && d.endColumn >= 1) r.endColumn = d.endColumn;
  if (d.start >= 0) {
    r.charOffset = d.start;
    r.charLength = Math.max(0, d.end - d.start);
  }
  return r;
}

function ruleDescriptor(rule: CheckRuleInfo): Record<string, unknown> {
  const o: Record<string, unknown> = {
    id: rule.id,
    shortDescription: { text: rule.description || rule.id },
  };
  if (rule.helpUri) o.helpUri = rule.helpUri;
  // "off" rules are listed (they exist) but marked disabled rather than given a level.
  o.defaultConfiguration =
    rule.defaultSeverity === "off" ? { enabled: false } : { level: LEVEL[rule.defaultSeverity] ?? "warning" };
  return o;
}

/** The sarif check formatter: a complete SARIF log (with an empty `results` when clean). */
export const sarif: CheckFormatter = (diagnostics, ctx) => {
  const rules = [...ctx.rules];
  const index = new Map<string, number>();
  rules.forEach((r, i) => {
    if (!index.has(r.id)) index.set(r.id, i);
  });
  // A finding from a rule the caller did not list (e.g. input loading) still
  // needs a descriptor for its ruleIndex to point at.
  for (const d of diagnostics) {
    if (!index.has(d.rule)) {
      index.set(d.rule, rules.length);
      rules.push({ id: d.rule, description: d.rule, defaultSeverity: d.severity });
    }
  }

  const results = diagnostics.map((d) => {
    const physicalLocation: Record<string, unknown> = { artifactLocation: artifactLocation(d.file) };
    const r = region(d);
    if (Object.keys(r).length > 0) physicalLocation.region = r;
    return {
      ruleId: d.rule,
      ruleIndex: index.get(d.rule)!,
      level: LEVEL[d.severity] ?? "warning",
      message: { text: d.message },
      locations: [{ physicalLocation }],
    };
  });

  const driver: Record<string, unknown> = { name: "claims", version: ctx.version };
  if (ctx.informationUri) driver.informationUri = ctx.informationUri;
  driver.rules = rules.map(ruleDescriptor);

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        columnKind: "unicodeCodePoints",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
