/** Paths and guards shared by the tests. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (tests run from dist/test/, sources live in test/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** `../shared` beside the repository: corpora, gold and schemas. Absent on a user's clone. */
export const sharedDir = resolve(repoRoot, "..", "shared");
/** The CLI entry point. */
export const bin = join(repoRoot, "bin", "claims.js");
/** Where file fixtures live. */
export const fixturesDir = join(repoRoot, "test", "fixtures");

/**
 * `skip` option for tests that need `../shared`: false when it is there,
 * otherwise a message saying why the test is skipped.
 */
export function needsShared(...parts: string[]): false | string {
  const p = join(sharedDir, ...parts);
  return existsSync(p) ? false : `skipped: ${p} is absent (../shared holds corpora and gold; a user's clone has none)`;
}
