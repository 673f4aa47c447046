import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Claim } from "../src/claim.js";
import { claimSchemaPath, claimValidator, precompiledValidatorPath, validateJsonl } from "../src/validate.js";
import { fixturesDir, repoRoot } from "./helpers.js";

const sample = JSON.parse(readFileSync(join(fixturesDir, "claim-sample.json"), "utf8")) as Claim;

/** A copy of the sample with `change` applied (the sample itself stays valid). */
function mutated(change: (c: Record<string, any>) => void): unknown {
  const c = structuredClone(sample) as unknown as Record<string, any>;
  change(c);
  return c;
}

// Each validator in use is checked: the default (precompiled when built) and run-time compiled.
const validators = [
  ["default", () => claimValidator()],
  ["compiled at run time", () => claimValidator({ precompiled: false })],
] as const;

describe("claimValidator", () => {
  it("finds the schema in the package root", () => {
    assert.equal(claimSchemaPath(), join(repoRoot, "schemas", "claim.schema.json"));
  });

  it("uses the precompiled validator exactly when it is built from the current schema", () => {
    const file = precompiledValidatorPath();
    let fresh = false;
    if (existsSync(file)) {
      const hash = createHash("sha256").update(readFileSync(claimSchemaPath(), "utf8")).digest("hex");
      fresh = (createRequire(import.meta.url)(file) as { schemaSha256?: string }).schemaSha256 === hash;
    }
    assert.equal(claimValidator().source, fresh ? "precompiled" : "compiled");
    assert.equal(claimValidator({ precompiled: false }).source, "compiled");
  });

  it("is built once and reused", () => {
    assert.equal(claimValidator(), claimValidator());
    assert.equal(claimValidator({ precompiled: false }), claimValidator({ precompiled: false }));
  });

  const cases: [string, (c: Record<string, any>) => void, { path: string; message: RegExp }][] = [
    ["a missing top-level field", (c) => delete c.confidence, { path: "/confidence", message: /required/ }],
    ["a missing nested field", (c) => delete c.cue.lemma, { path: "/cue/lemma", message: /required/ }],
    ["a missing field in a nullable span", (c) => delete c.outlet.line, { path: "/outlet/line", message: /required/ }],
    ["an extra top-level field", (c) => (c.score = 1), { path: "/score", message: /not allowed/ }],
    ["an extra field in a citation marker", (c) => (c.citations[0].marker.url = "x"), { path: "/citations/0/marker/url", message: /not allowed/ }],
    ["a string for a number", (c) => (c.confidence = "0.85"), { path: "/confidence", message: /^must be number$/ }],
    ["a fraction for an integer", (c) => (c.sentence.line = 1.5), { path: "/sentence/line", message: /^must be integer$/ }],
    ["a number for a nullable string", (c) => (c.speaker.text = 3), { path: "/speaker/text", message: /^must be string or null$/ }],
    ["a number for a span or null", (c) => (c.addressee = 3), { path: "/addressee", message: /^must be null or object$/ }],
    ["a bad field inside a span or null", (c) => (c.outlet.text = 3), { path: "/outlet/text", message: /^must be string$/ }],
    ["a bad kind", (c) => (c.kind = "quoted"), { path: "/kind", message: /"direct", "indirect", "mixed"/ }],
    ["a bad speaker type", (c) => (c.speaker.type = "robot"), { path: "/speaker/type", message: /one of/ }],
    ["a bad cue type", (c) => (c.cue.type = "gesture"), { path: "/cue/type", message: /one of/ }],
    ["a negative offset", (c) => (c.content.start = -1), { path: "/content/start", message: /^must be >= 0$/ }],
    ["a negative marker offset", (c) => (c.citations[0].marker.end = -3), { path: "/citations/0/marker/end", message: />= 0/ }],
    ["a zero line", (c) => (c.cue.line = 0), { path: "/cue/line", message: />= 1/ }],
    ["confidence above 1", (c) => (c.confidence = 1.2), { path: "/confidence", message: /<= 1/ }],
    ["an array for the record", (c) => void c, { path: "", message: /object/ }],
  ];

  for (const [vname, get] of validators) {
    describe(vname, () => {
      it("accepts the hand-made sample claim", () => {
        assert.deepEqual(get()(sample), { valid: true, errors: [] });
      });

      it("accepts a claim with an unnamed speaker and no citations", () => {
        const c = mutated((c) => {
          Object.assign(c.speaker, { text: null, start: null, end: null, line: null, column: null, type: "anonymous" });
          c.citations = [];
          c.outlet = null;
        });
        assert.equal(get()(c).valid, true);
      });

      for (const [name, change, expected] of cases) {
        it(`rejects ${name} at ${expected.path || "the root"}`, () => {
          const value = name === "an array for the record" ? [sample] : mutated(change);
          const r = get()(value);
          assert.equal(r.valid, false);
          assert.ok(r.errors.length >= 1);
          assert.equal(r.errors[0]!.path, expected.path, JSON.stringify(r.errors));
          assert.match(r.errors[0]!.message, expected.message);
        });
      }
    });
  }

  it("both validators report the same errors", () => {
    const a = claimValidator();
    const b = claimValidator({ precompiled: false });
    for (const [, change] of cases) {
      const v = mutated(change);
      assert.deepEqual(a(v), b(v));
    }
  });
});

describe("validateJsonl", () => {
  it("returns only the invalid lines, numbered from 1", () => {
    const good = JSON.stringify(sample);
    const bad = JSON.stringify(mutated((c) => (c.kind = "quoted")));
    const text = [good, "", bad, "{not json", "   ", good + "\r", ""].join("\n");
    const r = validateJsonl(text);
    assert.deepEqual(
      r.map((e) => e.line),
      [3, 4],
    );
    assert.equal(r[0]!.errors[0]!.path, "/kind");
    assert.equal(r[1]!.errors.length, 1);
    assert.equal(r[1]!.errors[0]!.path, "");
    assert.match(r[1]!.errors[0]!.message, /JSON/);
  });

  it("is empty for valid or empty input", () => {
    assert.deepEqual(validateJsonl(""), []);
    assert.deepEqual(validateJsonl("\n\n"), []);
    assert.deepEqual(validateJsonl(`\uFEFF${JSON.stringify(sample)}\r\n${JSON.stringify(sample)}\n`), []);
  });

  it("rejects JSON that is not an object", () => {
    assert.deepEqual(validateJsonl("42\nnull"), [
      { line: 1, errors: [{ path: "", message: "must be object" }] },
      { line: 2, errors: [{ path: "", message: "must be object" }] },
    ]);
  });
});
