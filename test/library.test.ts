/**
 * The package as a dependency: a temporary project whose node_modules/claims
 * links to this checkout imports `extract`, `check` and the rest by the
 * package name (through package.json "exports"), at run time and in the
 * type checker. The CLI and the library give the same answers.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as lib from "../src/index.js";
import { bin, fixturesDir, repoRoot } from "./helpers.js";

let project = "";
before(() => {
  project = mkdtempSync(join(tmpdir(), "claims-consumer-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", type: "module", private: true }));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(repoRoot, join(project, "node_modules", "claims"), "dir");
  // The type checker resolves `claims`' own imports (chalk's types) from the checkout's node_modules.
  symlinkSync(join(repoRoot, "node_modules", "@types"), join(project, "node_modules", "@types"), "dir");
});
after(() => rmSync(project, { recursive: true, force: true }));

const ISW = readFileSync(join(fixturesDir, "check", "dangling-citation", "input.txt"), "utf8");

describe("import ... from \"claims\"", () => {
  it("works at run time from another project", () => {
    const script = `
      import { extract, check, validateClaim, checkFormatters, extractFormatters, checkRules, decode } from "claims";
      import schema from "claims/schema" with { type: "json" };
      const text = ${JSON.stringify(ISW)};
      const claims = extract(text, { file: "a.txt" });
      const diagnostics = check(text, { file: "a.txt" });
      const off = check(text, { rules: { "dangling-citation": "off" } });
      console.log(JSON.stringify({
        claims: claims.length,
        valid: claims.every((c) => validateClaim(c).valid),
        invalid: validateClaim({}).valid,
        rules: diagnostics.map((d) => d.rule),
        off: off.map((d) => d.rule),
        formats: Object.keys(checkFormatters).sort(),
        extractFormats: Object.keys(extractFormatters).sort(),
        ruleIds: checkRules.map((r) => r.id),
        unix: checkFormatters.unix(diagnostics, { color: null, version: "x", rules: [] }).split("\\n")[0],
        decoded: decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text,
        schema: schema.title,
      }));
    `;
    const r = spawnSync(process.execPath, ["--no-warnings", "--input-type=module", "-e", script], { cwd: project, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.ok((out.claims as number) >= 2);
    assert.equal(out.valid, true);
    assert.equal(out.invalid, false);
    assert.deepEqual(out.rules, ["dangling-citation", "dangling-citation"]);
    assert.deepEqual(out.off, []);
    assert.deepEqual(out.formats, ["github", "json", "sarif", "stylish", "unix"]);
    assert.deepEqual(out.extractFormats, ["json", "jsonl", "pretty"]);
    assert.equal((out.ruleIds as string[]).length, 8);
    assert.match(out.unix as string, /^a\.txt:3:138: error: Citation \[3\] has no endnote/);
    assert.equal(out.decoded, "a");
    assert.equal(out.schema, "Attributed claim");
  });

  it("type-checks in a TypeScript project (NodeNext)", { skip: existsSync(join(repoRoot, "node_modules", "typescript")) ? false : "typescript is not installed" }, () => {
    writeFileSync(
      join(project, "use.ts"),
      `import { extract, check, validateClaim, type Claim, type Diagnostic, type Span, type CheckOptions } from "claims";
const claims: Claim[] = extract("Officials said that talks failed.", { file: "a.txt", url: null });
const span: Span = claims[0]!.content;
const diagnostics: Diagnostic[] = check(new Uint8Array([0x61]), { rules: { "uncited-claim": "off" } } satisfies CheckOptions);
const line: number = diagnostics[0]?.line ?? span.line;
// @ts-expect-error a severity is one of four names
check("x", { rules: { "uncited-claim": "loud" } });
export const ok: boolean = validateClaim(claims[0]).valid && line > 0;
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] }, files: ["use.ts"] }),
    );
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", project], { cwd: project, encoding: "utf8" });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe("the CLI uses the library", () => {
  it("claims check --format json equals check()", () => {
    const file = join(fixturesDir, "check", "malformed-endnote", "input.txt");
    const r = spawnSync(process.execPath, [bin, "check", "--format", "json", "-q", file], { encoding: "utf8" });
    assert.deepEqual(JSON.parse(r.stdout), lib.check(readFileSync(file), { file }));
  });

  it("claims extract --format json equals extract()", () => {
    const file = join(fixturesDir, "check", "uncited-claim", "input.txt");
    const r = spawnSync(process.execPath, [bin, "extract", "--format", "json", "-q", file], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), lib.extract(readFileSync(file, "utf8"), { file }));
  });
});
