import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SARIF_SCHEMA_PARTS, sarifValidator } from "./sarif-schema.js";
import fc from "fast-check";
import type { Claim } from "../src/claim.js";
import { makeChalk } from "../src/color.js";
import { checkFormatters, type CheckFormatterContext } from "../src/formats/check/index.js";
import { escapeData, escapeProperty } from "../src/formats/check/github.js";
import { extractFormatters, type ExtractFormatterFactory } from "../src/formats/extract/index.js";
import type { Diagnostic } from "../src/types.js";
import { fixturesDir, needsShared } from "./helpers.js";

const ANSI = /\u001b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(ANSI, "");

// ---------------------------------------------------------------------------
// check formatters

const SPACEY = "docs/my notes, draft.md";
const TRICKY_MESSAGE = "50% of [8]: missing, see\nline 2\r";

/** Several files, every severity, awkward messages and paths; deliberately not sorted. */
const diagnostics: Diagnostic[] = [
  {
    file: "docs/report.md",
    rule: "dangling-citation",
    severity: "error",
    message: "Citation [9] has no endnote: 100% unresolved",
    line: 12,
    column: 40,
    start: 500,
    end: 503,
    endLine: 12,
    endColumn: 43,
  },
  {
    file: "docs/report.md",
    rule: "unattributed-quote",
    severity: "warning",
    message: "Quotation has no speaker",
    line: 3,
    column: 1,
    start: 40,
    end: 90,
  },
  {
    file: SPACEY,
    rule: "dangling-citation",
    severity: "error",
    message: TRICKY_MESSAGE,
    line: 3,
    column: 5,
    start: 60,
    end: 64,
    endLine: 3,
    endColumn: 9,
  },
  {
    file: SPACEY,
    rule: "vague-source",
    severity: "info",
    message: "Source “officials” is vague, unnamed",
    line: 7,
    column: 10,
    start: 130,
    end: 139,
    endLine: 7,
    endColumn: 19,
  },
  {
    // A rule the context does not list (input loading): SARIF must still describe it.
    file: "notes/ü#1.txt",
    rule: "decode",
    severity: "warning",
    message: "Invalid UTF-8 at byte 17, replaced",
    line: 1,
    column: 18,
    start: 17,
    end: 18,
  },
  {
    file: "docs/report.md",
    rule: "vague-source",
    severity: "warning",
    message: "Source “sources” is vague",
    line: 3,
    column: 120,
    start: 160,
    end: 167,
  },
];

function ctx(level: 0 | 1 = 0): CheckFormatterContext {
  return {
    color: makeChalk(level),
    version: "0.1.0",
    rules: [
      {
        id: "dangling-citation",
        description: "A citation marker has no endnote",
        helpUri: "https://example.org/rules/dangling-citation",
        defaultSeverity: "error",
      },
      { id: "unattributed-quote", description: "A quotation without a speaker", defaultSeverity: "warning" },
      { id: "vague-source", description: "A vague source", defaultSeverity: "info" },
      { id: "off-rule", description: "A rule switched off", defaultSeverity: "off" },
    ],
  };
}

describe("check formatter registry", () => {
  it("has exactly the five formats and nothing inherited", () => {
    assert.deepEqual(Object.keys(checkFormatters).sort(), ["github", "json", "sarif", "stylish", "unix"]);
    assert.equal(checkFormatters["constructor"], undefined);
    assert.equal(checkFormatters["toString"], undefined);
  });
  it("every format is deterministic", () => {
    for (const [name, f] of Object.entries(checkFormatters)) {
      assert.equal(f(diagnostics, ctx()), f(diagnostics, ctx()), name);
    }
  });
});

describe("stylish", () => {
  const out = checkFormatters.stylish!(diagnostics, ctx());
  const lines = out.split("\n");

  it("prints nothing for no diagnostics", () => {
    assert.equal(checkFormatters.stylish!([], ctx()), "");
  });

  it("has a header per file in order of first appearance and a summary", () => {
    const headers = lines.filter((l) => l !== "" && !l.startsWith(" ") && !l.startsWith("✖"));
    assert.deepEqual(headers, ["docs/report.md", SPACEY, "notes/ü#1.txt"]);
    assert.equal(lines.at(-2), "✖ 6 problems (2 errors, 3 warnings, 1 info)");
    assert.ok(out.endsWith("\n"));
  });

  it("sorts a file's rows by position and aligns the columns", () => {
    const block = lines.slice(lines.indexOf("docs/report.md") + 1, lines.indexOf("docs/report.md") + 4);
    assert.match(block[0]!, /^ {3}3:1 {4}warning {2}Quotation has no speaker {22}unattributed-quote$/);
    assert.match(block[1]!, /^ {3}3:120 {2}warning {2}Source “sources” is vague/);
    assert.match(block[2]!, /^ {2}12:40 {3}error {4}Citation \[9\]/);
    // Severity, message and rule start in the same column on every row of the file.
    for (const word of ["Quotation", "Source", "Citation"]) {
      assert.equal(block.find((l) => l.includes(word))!.indexOf(word), block[0]!.indexOf("Quotation"));
    }
    const ruleCols = block.map((l) => l.search(/(unattributed-quote|vague-source|dangling-citation)$/));
    assert.equal(new Set(ruleCols).size, 1);
  });

  it("keeps a multi-line message on one row", () => {
    const rows = lines.filter((l) => /^ +\d+:\d+ /.test(l));
    assert.equal(rows.length, diagnostics.length);
    assert.ok(rows.some((l) => /  50% of \[8\]: missing, see line 2 +dangling-citation$/.test(l)));
  });

  it("is plain text without colour and styled with it", () => {
    assert.doesNotMatch(out, ANSI);
    const coloured = checkFormatters.stylish!(diagnostics, ctx(1));
    assert.match(coloured, /\u001b\[31merror\u001b\[39m/);
    assert.match(coloured, /\u001b\[33mwarning\u001b\[39m/);
    assert.equal(strip(coloured), out);
  });

  it("writes 1 problem in the singular and leaves out infos when there are none", () => {
    const one = checkFormatters.stylish!([diagnostics[1]!], ctx());
    assert.match(one, /✖ 1 problem \(0 errors, 1 warning\)\n$/);
  });
});

describe("json", () => {
  const KEYS = ["file", "rule", "severity", "message", "line", "column", "start", "end"];

  it("round-trips the diagnostics", () => {
    const out = checkFormatters.json!(diagnostics, ctx());
    assert.ok(out.endsWith("]\n"));
    assert.deepEqual(JSON.parse(out), diagnostics);
  });

  it("writes keys in one order whatever order they were built in", () => {
    const shuffled = diagnostics.map((d) => Object.fromEntries(Object.entries(d).reverse()) as unknown as Diagnostic);
    assert.equal(checkFormatters.json!(shuffled, ctx()), checkFormatters.json!(diagnostics, ctx()));
    const parsed = JSON.parse(checkFormatters.json!(diagnostics, ctx())) as object[];
    assert.deepEqual(Object.keys(parsed[0]!), [...KEYS, "endLine", "endColumn"]);
    assert.deepEqual(Object.keys(parsed[1]!), KEYS);
  });

  it("drops properties that are not part of a diagnostic", () => {
    const extra = { ...diagnostics[1]!, secret: "x" } as Diagnostic;
    assert.deepEqual(Object.keys((JSON.parse(checkFormatters.json!([extra], ctx())) as object[])[0]!), KEYS);
  });

  it("is an empty array for no diagnostics", () => {
    assert.equal(checkFormatters.json!([], ctx()), "[]\n");
  });
});

describe("unix", () => {
  const LINE = /^(.*):(\d+):(\d+): (error|warning|info): (.*) \[([^\]]+)\]$/;

  it("writes one parseable line per diagnostic", () => {
    const out = checkFormatters.unix!(diagnostics, ctx());
    assert.ok(out.endsWith("\n"));
    const lines = out.slice(0, -1).split("\n");
    assert.equal(lines.length, diagnostics.length);
    lines.forEach((line, i) => {
      const m = LINE.exec(line);
      assert.ok(m, line);
      const d = diagnostics[i]!;
      assert.deepEqual(
        [m[1], Number(m[2]), Number(m[3]), m[4], m[5], m[6]],
        [d.file, d.line, d.column, d.severity, d.message.replace(/\s*[\r\n]+\s*/g, " ").trimEnd(), d.rule],
      );
    });
  });

  it("prints nothing for no diagnostics", () => {
    assert.equal(checkFormatters.unix!([], ctx()), "");
  });
});

describe("github", () => {
  const out = checkFormatters.github!(diagnostics, ctx());
  const lines = out.slice(0, -1).split("\n");

  it("escapes data and properties exactly as the runner expects", () => {
    assert.equal(
      lines[2],
      "::error file=docs/my notes%2C draft.md,line=3,col=5,endLine=3,endColumn=9,title=dangling-citation::50%25 of [8]: missing, see%0Aline 2%0D",
    );
    assert.equal(
      lines[0],
      "::error file=docs/report.md,line=12,col=40,endLine=12,endColumn=43,title=dangling-citation::Citation [9] has no endnote: 100%25 unresolved",
    );
  });

  it("maps severities to error, warning and notice and omits unknown ends", () => {
    assert.equal(lines.length, diagnostics.length);
    assert.deepEqual(
      lines.map((l) => /^::(\w+) /.exec(l)?.[1]),
      ["error", "warning", "error", "notice", "warning", "warning"],
    );
    assert.equal(lines[1], "::warning file=docs/report.md,line=3,col=1,title=unattributed-quote::Quotation has no speaker");
  });

  it("escapes properties with : and , and data without them", () => {
    assert.equal(escapeProperty("a:b,c%d\r\ne"), "a%3Ab%2Cc%25d%0D%0Ae");
    assert.equal(escapeData("a:b,c%d\r\ne"), "a:b,c%25d%0D%0Ae");
    // Already-escaped-looking text is escaped again, so it reads back literally.
    assert.equal(escapeData("%0A"), "%250A");
  });

  it("escaping is reversible and leaves no separators behind (property test)", () => {
    const unescape = (s: string) =>
      s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("%", ":", ",", "\r", "\n", "a", "0", "A", "D", "ü") }), (s) => {
        const p = escapeProperty(s);
        assert.doesNotMatch(p, /[:,\r\n]/);
        assert.equal(unescape(p), s);
        const d = escapeData(s);
        assert.doesNotMatch(d, /[\r\n]/);
        assert.equal(unescape(d), s);
      }),
    );
  });
});

describe("sarif", () => {
  type Sarif = {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; defaultConfiguration: Record<string, unknown> }[] } };
      columnKind: string;
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri?: string; uriBaseId?: string }; region: Record<string, number> } }[];
      }[];
    }[];
  };
  const text = checkFormatters.sarif!(diagnostics, ctx());
  const log = JSON.parse(text) as Sarif;
  const run = log.runs[0]!;

  it("describes the tool, every rule and every result", () => {
    assert.equal(log.$schema, "https://json.schemastore.org/sarif-2.1.0.json");
    assert.equal(log.version, "2.1.0");
    assert.equal(log.runs.length, 1);
    assert.equal(run.tool.driver.name, "claims");
    assert.equal(run.tool.driver.version, "0.1.0");
    assert.equal(run.columnKind, "unicodeCodePoints");
    assert.deepEqual(
      run.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration]),
      [
        ["dangling-citation", { level: "error" }],
        ["unattributed-quote", { level: "warning" }],
        ["vague-source", { level: "note" }],
        ["off-rule", { enabled: false }],
        ["decode", { level: "warning" }],
      ],
    );
    assert.equal(run.results.length, diagnostics.length);
    run.results.forEach((r, i) => {
      assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
      assert.equal(r.ruleId, diagnostics[i]!.rule);
      assert.equal(r.message.text, diagnostics[i]!.message);
    });
    assert.deepEqual(
      run.results.map((r) => r.level),
      ["error", "warning", "error", "note", "warning", "warning"],
    );
  });

  it("encodes paths as relative URI references", () => {
    const uris = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    assert.deepEqual(uris[0], { uri: "docs/report.md", uriBaseId: "%SRCROOT%" });
    assert.equal(uris[2]!.uri, "docs/my%20notes,%20draft.md");
    assert.equal(uris[4]!.uri, "notes/%C3%BC%231.txt");
    assert.equal(decodeURIComponent(uris[2]!.uri!), SPACEY);
  });

  it("gives regions in code points with exclusive ends", () => {
    assert.deepEqual(run.results[2]!.locations[0]!.physicalLocation.region, {
      startLine: 3,
      startColumn: 5,
      endLine: 3,
      endColumn: 9,
      charOffset: 60,
      charLength: 4,
    });
    assert.deepEqual(run.results[1]!.locations[0]!.physicalLocation.region, {
      startLine: 3,
      startColumn: 1,
      charOffset: 40,
      charLength: 50,
    });
  });

  it("handles absolute paths and standard input", () => {
    const abs = JSON.parse(
      checkFormatters.sarif!([{ ...diagnostics[1]!, file: "/srv/a b/c.md" }, { ...diagnostics[1]!, file: "-" }], ctx()),
    ) as Sarif;
    const locs = abs.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    assert.deepEqual(locs[0], { uri: "file:///srv/a%20b/c.md" });
    assert.equal(locs[1]!.uri, undefined);
  });

  describe("against the SARIF 2.1.0 schema", { skip: needsShared(...SARIF_SCHEMA_PARTS) }, () => {
    const validate = sarifValidator();

    it("is valid", () => {
      assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 2));
      const empty = JSON.parse(checkFormatters.sarif!([], ctx())) as Sarif;
      assert.ok(validate(empty), JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(empty.runs[0]!.results, []);
    });

    it("stops being valid when corrupted (so the check above can fail)", () => {
      const corrupt = (f: (s: Sarif) => void) => {
        const s = JSON.parse(text) as Sarif;
        f(s);
        return validate(s);
      };
      assert.equal(corrupt((s) => ((s.runs[0]!.results[0] as { level: string }).level = "fatal")), false);
      assert.equal(corrupt((s) => ((s as { version: string }).version = "2.0.0")), false);
      assert.equal(corrupt((s) => delete (s.runs[0]!.tool.driver as { name?: string }).name), false);
      assert.equal(corrupt((s) => (s.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0)), false);
      // An unencoded space is not a URI reference.
      assert.equal(
        corrupt((s) => (s.runs[0]!.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri = SPACEY)),
        false,
      );
    });
  });
});

// ---------------------------------------------------------------------------
// extract formatters

const sample = JSON.parse(readFileSync(join(fixturesDir, "claim-sample.json"), "utf8")) as Claim;

/** The sample moved into another document of the same file, with no outlet or citations. */
function secondClaim(): Claim {
  const c = structuredClone(sample);
  c.document = { index: 1, title: null, url: null, date: null };
  c.outlet = null;
  c.citations = [];
  c.speaker.resolved = { text: "Esmail Ghaani", start: 3, end: 16, line: 1, column: 4 };
  c.speaker.type = "person";
  c.confidence = 0.5;
  return c;
}

function run(factory: ExtractFormatterFactory, claims: Claim[], level: 0 | 1 = 0): string {
  const f = factory({ color: makeChalk(level) });
  let out = f.begin();
  claims.forEach((c, i) => (out += f.claim(c, i)));
  return out + f.end(claims.length);
}

describe("extract formatter registry", () => {
  it("has jsonl, json and pretty and nothing inherited", () => {
    assert.deepEqual(Object.keys(extractFormatters).sort(), ["json", "jsonl", "pretty"]);
    assert.equal(extractFormatters["constructor"], undefined);
  });
});

describe("jsonl", () => {
  it("writes one claim per line, equal to the input, and nothing else", () => {
    const claims = [sample, secondClaim()];
    const out = run(extractFormatters.jsonl!, claims);
    const lines = out.split("\n");
    assert.equal(lines.pop(), "");
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => JSON.parse(l) as Claim), claims);
    // Key order is the record's, untouched.
    assert.equal(lines[0], JSON.stringify(sample));
  });
  it("writes nothing for no claims", () => {
    assert.equal(run(extractFormatters.jsonl!, []), "");
  });
});

describe("json", () => {
  it("is a valid JSON array for 0, 1 and several claims", () => {
    assert.deepEqual(JSON.parse(run(extractFormatters.json!, [])), []);
    assert.deepEqual(JSON.parse(run(extractFormatters.json!, [sample])), [sample]);
    const claims = [sample, secondClaim(), sample];
    assert.deepEqual(JSON.parse(run(extractFormatters.json!, claims)), claims);
  });
  it("does not depend on the indices the caller passes", () => {
    const f = extractFormatters.json!({ color: makeChalk(0) });
    const out = f.begin() + f.claim(sample, 5) + f.claim(sample, 0) + f.end(2);
    assert.deepEqual(JSON.parse(out), [sample, sample]);
  });
  it("streams: each claim's text stands on its own line", () => {
    const out = run(extractFormatters.json!, [sample, sample]);
    assert.equal(out, `[\n${JSON.stringify(sample)},\n${JSON.stringify(sample)}\n]\n`);
  });
});

describe("pretty", () => {
  const plain = run(extractFormatters.pretty!, [sample, secondClaim()]);
  const plainLines = plain.split("\n");

  it("marks speaker, cue and content in the sentence without colour", () => {
    assert.doesNotMatch(plain, ANSI);
    assert.ok(
      plain.includes(
        "{Nine Iranian and Iraqi sources} <told> Reuters that [[Ghaani chose to pause attacks to “avoid a similar escalation” with the United States]].[8]",
      ),
      plain,
    );
  });

  it("labels each field", () => {
    assert.ok(plainLines.includes("    speaker:    Nine Iranian and Iraqi sources (anonymous)"), plain);
    assert.ok(plainLines.includes("    speaker:    Nine Iranian and Iraqi sources (person, resolved → Esmail Ghaani)"));
    assert.ok(plainLines.includes("    cue:        told (tell, speech)"));
    assert.ok(plainLines.includes("    outlet:     Reuters"));
    assert.ok(plainLines.includes("    kind:       mixed"));
    assert.ok(plainLines.includes("    confidence: 0.85"));
    assert.ok(plainLines.includes("    citations:  none"));
  });

  it("prints each citation URL on its own line", () => {
    const [u1, u2] = sample.citations[0]!.urls;
    assert.ok(plainLines.includes(`    citations:  [8] ${u1}`), plain);
    assert.ok(plainLines.includes(`                    ${u2}`), plain);
  });

  it("heads each file once and each document", () => {
    assert.equal(plainLines.filter((l) => l === sample.file).length, 1);
    assert.ok(plainLines.includes("  document 0: Iran Update, February 18, 2024 (2024-02-18)"));
    assert.ok(plainLines.includes(`  ${sample.document.url}`));
    assert.ok(plainLines.includes("  document 1: (untitled)"));
    assert.ok(plainLines.includes("  #1 at 2:1") && plainLines.includes("  #2 at 2:1"));
    assert.match(plain, /\n2 claims\n$/);
    assert.match(run(extractFormatters.pretty!, []), /no claims\n$/);
  });

  it("uses colour instead of marks when it has colour", () => {
    const coloured = run(extractFormatters.pretty!, [sample], 1);
    assert.match(coloured, ANSI);
    assert.ok(coloured.includes("\u001b[36m\u001b[1mNine Iranian and Iraqi sources\u001b[22m\u001b[39m"));
    assert.ok(coloured.includes("\u001b[35m\u001b[1mtold\u001b[22m\u001b[39m"));
    const text = strip(coloured);
    assert.ok(text.includes("Nine Iranian and Iraqi sources told Reuters that Ghaani chose"));
    assert.ok(!text.includes("{Nine"));
  });

  it("slices by code points, not UTF-16 units", () => {
    // Two astral characters before the speaker shift UTF-16 indices by 2 but code points by 1 each.
    const c = structuredClone(sample);
    const shift = 3; // "𝕏𝕐 " is three code points (five UTF-16 units)
    c.sentence.text = "𝕏𝕐 " + c.sentence.text;
    c.sentence.end += shift;
    for (const s of [c.speaker, c.cue, c.outlet!, c.content]) {
      s.start! += shift;
      s.end! += shift;
    }
    // The sentence still starts where it did; only the spans inside it moved.
    const out = run(extractFormatters.pretty!, [c]);
    assert.ok(out.includes("𝕏𝕐 {Nine Iranian and Iraqi sources} <told> Reuters that [[Ghaani chose"), out);
    assert.ok(out.includes("United States]].[8]"));
  });

  it("clamps content that runs on into the next sentence and prints it whole", () => {
    const c = structuredClone(sample);
    c.content = {
      text: "Ghaani chose to pause attacks to “avoid a similar escalation” with the United States.[8] He left",
      start: sample.content.start,
      end: sample.sentence.end + 8,
      line: sample.content.line,
      column: sample.content.column,
    };
    const out = run(extractFormatters.pretty!, [c]);
    assert.ok(out.includes("that [[Ghaani chose to pause attacks to “avoid a similar escalation” with the United States.[8]]]\n"), out);
    assert.ok(out.includes(`    content:    ${c.content.text}\n`));
    // Content wholly inside the sentence gets no separate line.
    assert.ok(!plain.includes("content:"));
  });

  it("never passes control characters from the document to the terminal", () => {
    const c = structuredClone(sample);
    c.sentence.text = c.sentence.text.replace("Nine", "\u001b[2J"); // same code point count
    c.speaker.text = "\u001b[2J Iranian and Iraqi sources";
    const out = run(extractFormatters.pretty!, [c], 1);
    assert.doesNotMatch(out, /\u001b\[2J/);
    assert.ok(strip(out).includes("\u241b[2J Iranian and Iraqi sources told"));
  });
});
