/** The SARIF 2.1.0 schema from ../shared as a compiled validator, for the tests of the sarif format. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import type { ValidateFunction } from "ajv";
import { sharedDir } from "./helpers.js";

/** Where the schema lives under ../shared (for `needsShared`). */
export const SARIF_SCHEMA_PARTS = ["schemas", "sarif-schema-2.1.0.json"] as const;

/**
 * Compiles the schema (draft-04, hence ajv-draft-04). Without ajv-formats:
 * these format checks are enough to catch unencoded URIs.
 */
export function sarifValidator(): ValidateFunction {
  const AjvDraft04 = AjvDraft04Module.default;
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  const URI_REF = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat("uri-reference", URI_REF);
  ajv.addFormat("uri", (s: string) => URI_REF.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(readFileSync(join(sharedDir, ...SARIF_SCHEMA_PARTS), "utf8")) as object);
}
