/**
 * `claims check` as a library: the rules on fixture documents
 * (test/fixtures/check/<case>/input.* with expected.json beside), each rule's
 * edge cases, severities and configuration, positions in code points, and
 * robustness on arbitrary text.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import fc from "fast-check";
import { ConfigError, findConfig, loadConfig, loadSeverities, parseRuleFlags } from "../src/check/config.js";
import { RULES, checkText, defaultSeverities, needsClaims, resolveSeverities, ruleInfos } from "../src/check/index.js";
import { fencedCode } from "../src/check/rules/unbalanced-quote.js";
import { usableUrl } from "../src/check/rules/malformed-endnote.js";
import { extractUrls } from "../src/endnotes.js";
import { extractText } from "../src/extract.js";
import { check } from "../src/index.js";
import { segment } from "../src/segment.js";
import type { Diagnostic } from "../src/types.js";
import { fixturesDir, repoRoot } from "./helpers.js";

const casesDir = join(fixturesDir, "check");
const cases = readdirSync(casesDir).sort();

/** The fields expected.json records (start/end offsets are checked by the position tests). */
function row(d: Diagnostic) {
  return { rule: d.rule, severity: d.severity, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, message: d.message };
}

function inputOf(c: string): string {
  const name = readdirSync(join(casesDir, c)).find((f) => f.startsWith("input."));
  assert.ok(name, `${c} has an input file`);
  return `${c}/${name}`;
}

const rulesOf = (ds: Diagnostic[]) => ds.map((d) => d.rule);

describe("check fixtures", () => {
  for (const c of cases) {
    it(c, (t) => {
      const file = inputOf(c);
      const got = check(readFileSync(join(casesDir, file)), { file }).map(row);
      const expectedPath = join(casesDir, c, "expected.json");
      if (process.env.UPDATE_FIXTURES === "1") {
        writeFileSync(expectedPath, JSON.stringify(got, null, 2) + "\n");
        t.diagnostic(`UPDATE_FIXTURES=1: wrote test/fixtures/check/${c}/expected.json (${got.length} diagnostics)`);
        return;
      }
      const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as unknown[];
      assert.deepEqual(got, expected, `${file}: run UPDATE_FIXTURES=1 npm test to accept a deliberate change`);
    });
  }

  it("cover every rule, and a clean document", () => {
    const seen = new Set<string>();
    for (const c of cases) {
      for (const r of JSON.parse(readFileSync(join(casesDir, c, "expected.json"), "utf8")) as { rule: string }[]) seen.add(r.rule);
    }
    assert.deepEqual([...seen].sort(), RULES.map((r) => r.id).sort());
    assert.deepEqual(JSON.parse(readFileSync(join(casesDir, "clean", "expected.json"), "utf8")), []);
  });
});

describe("rule registry", () => {
  it("has the eight rules with the documented defaults", () => {
    assert.deepEqual(defaultSeverities(), {
      "dangling-citation": "error",
      "unused-endnote": "warning",
      "duplicate-endnote": "error",
      "malformed-endnote": "error",
      "uncited-claim": "warning",
      "unbalanced-quote": "warning",
      "undecodable-text": "error",
      "empty-document": "warning",
    });
  });

  it("has one file per rule under src/check/rules, named by its id", () => {
    const files = readdirSync(join(repoRoot, "src", "check", "rules")).filter((f) => f.endsWith(".ts"));
    assert.deepEqual(files.map((f) => f.replace(/\.ts$/, "")).sort(), RULES.map((r) => r.id).sort());
  });

  it("gives every rule a kebab-case id and a description", () => {
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.description.length > 10, r.id);
    }
    assert.deepEqual(ruleInfos({ ...defaultSeverities(), "unused-endnote": "off" }).find((r) => r.id === "unused-endnote")?.defaultSeverity, "off");
  });
});

describe("severities", () => {
  const text = readFileSync(join(casesDir, "dangling-citation", "input.txt"), "utf8");

  it("turns a rule off, or changes its severity", () => {
    assert.ok(rulesOf(checkText(text)).includes("dangling-citation"));
    assert.ok(!rulesOf(checkText(text, { rules: { "dangling-citation": "off" } })).includes("dangling-citation"));
    const warned = checkText(text, { rules: { "dangling-citation": "warning" } }).filter((d) => d.rule === "dangling-citation");
    assert.ok(warned.length > 0 && warned.every((d) => d.severity === "warning"));
  });

  it("rejects unknown rules and severities", () => {
    assert.throws(() => checkText(text, { rules: { "no-such-rule": "off" } }), /unknown rule "no-such-rule"/);
    assert.throws(() => resolveSeverities({ "dangling-citation": "fatal" as never }), /unknown severity/);
  });

  it("loads the extraction pipeline only when a claim rule is on and the text has markers", () => {
    assert.equal(needsClaims("no markers here", defaultSeverities()), false);
    assert.equal(needsClaims("Putin said so.[1]", defaultSeverities()), true);
    assert.equal(needsClaims("Putin said so.[1]", { ...defaultSeverities(), "uncited-claim": "off" }), false);
  });
});

describe("configuration", () => {
  const root = mkdtempSync(join(tmpdir(), "claims-config-"));
  after(() => rmSync(root, { recursive: true, force: true }));

  it("finds .claimsrc.json upward from the working directory, stopping at the repository top", () => {
    mkdirSync(join(root, "repo", ".git"), { recursive: true });
    mkdirSync(join(root, "repo", "docs", "deep"), { recursive: true });
    writeFileSync(join(root, ".claimsrc.json"), `{"rules": {"uncited-claim": "error"}}`);
    // Above the repository: not used from inside it.
    assert.equal(findConfig(join(root, "repo", "docs", "deep")), null);
    writeFileSync(join(root, "repo", ".claimsrc.json"), `{"rules": {"uncited-claim": "off", "unused-endnote": "warn"}}`);
    assert.equal(findConfig(join(root, "repo", "docs", "deep")), join(root, "repo", ".claimsrc.json"));
    const { severities, configFile } = loadSeverities({ cwd: join(root, "repo", "docs"), ruleFlags: ["unused-endnote=error"] });
    assert.equal(configFile, join(root, "repo", ".claimsrc.json"));
    assert.equal(severities["uncited-claim"], "off");
    // Flags win over the file.
    assert.equal(severities["unused-endnote"], "error");
    assert.equal(severities["dangling-citation"], "error");
  });

  it("reports bad files and flags as ConfigError", () => {
    const bad = (content: string) => {
      const p = join(root, `bad-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(p, content);
      return () => loadConfig(p);
    };
    assert.throws(bad("{ not json"), (e: unknown) => e instanceof ConfigError && /not valid JSON/.test(e.message));
    assert.throws(bad(`{"rules": {"nope": "off"}}`), /unknown rule "nope"/);
    assert.throws(bad(`{"rules": {"uncited-claim": "loud"}}`), /severity must be/);
    assert.throws(bad(`{"rulez": {}}`), /unknown key "rulez"/);
    assert.throws(bad(`[1]`), /JSON object/);
    assert.deepEqual(loadConfig(join(root, "repo", ".claimsrc.json")).rules, { "uncited-claim": "off", "unused-endnote": "warning" });
    assert.throws(() => loadConfig(join(root, "missing.json")), /no such file/);
    assert.deepEqual(parseRuleFlags(["uncited-claim=off", "unused-endnote:error"]), { "uncited-claim": "off", "unused-endnote": "error" });
    assert.throws(() => parseRuleFlags(["uncited-claim"]), /expected <rule>=<severity>/);
    assert.throws(() => parseRuleFlags(["nope=off"]), /unknown rule/);
    assert.throws(() => parseRuleFlags(["uncited-claim=loud"]), /severity must be/);
  });
});

describe("dangling-citation, unused-endnote, duplicate-endnote", () => {
  it("needs an endnote list: markers alone are not dangling", () => {
    const ds = checkText("The ministry said that the talks failed.[4]\n");
    assert.deepEqual(rulesOf(ds).filter((r) => r !== "uncited-claim"), []);
  });

  it("expands ranges and lists of numbers", () => {
    const text = "Officials said so.[1-3] Others agreed.[4, 6]\n\n[1] https://a.example/1\n[2] https://a.example/2\n[4] https://a.example/4\n[5] https://a.example/5\n";
    const ds = checkText(text);
    assert.deepEqual(
      ds.filter((d) => d.rule !== "uncited-claim").map((d) => [d.rule, d.message]),
      [
        ["dangling-citation", "Citation [3] has no endnote (the endnote list runs [1] to [5])"],
        ["dangling-citation", "Citation [6] has no endnote (the endnote list runs [1] to [5])"],
        ["unused-endnote", "Endnote [5] is never cited in the text"],
      ],
    );
  });

  it("keeps an explanatory endnote and a URL broken over lines inside the list", () => {
    const long = "This endnote explains the sourcing at length and runs well past two hundred characters, because ISW sometimes writes a paragraph of context into an endnote instead of a list of links, which used to end the list.";
    const text = [
      "Russian forces attacked near Izyum.[1] Ukrainian sources said so.[2][3]",
      "",
      "[1] https://t.me/a/1",
      `[2] ${long}`,
      "[3] https://odin.example.mil/WEG/Asset/Shahed-129_(MALE)",
      "Unmanned_Aerial_Vehicle",
      "(UAV)",
      "[4] https://t.me/a/4 ;",
      "https://t.me/a/5 ;",
      "https://t.me/a/6",
      "[5] https://t.me/a/7",
      "",
    ].join("\n");
    const docs = segment(text);
    assert.equal(docs.length, 1, "a URL line inside the endnote list does not start a new document");
    assert.deepEqual(docs[0]!.endnotes?.notes.map((n) => n.n), [1, 2, 3, 4, 5]);
    const ds = checkText(text).filter((d) => d.rule !== "uncited-claim");
    assert.deepEqual(ds.map((d) => [d.rule, d.message.replace(/:.*/, "")]), [
      ["malformed-endnote", "Endnote [2] has no usable URL"],
      ["unused-endnote", "Endnote [4] is never cited in the text"],
      ["unused-endnote", "Endnote [5] is never cited in the text"],
    ]);
  });

  it("reports each repeat of an endnote number once, pointing at the first", () => {
    const text = "A said so.[1]\n\n[1] https://a.example/1\n[1] https://a.example/2\n[1] https://a.example/3\n";
    const ds = checkText(text).filter((d) => d.rule === "duplicate-endnote");
    assert.deepEqual(ds.map((d) => [d.line, d.message]), [
      [4, "Endnote [1] is listed again (first at line 3)"],
      [5, "Endnote [1] is listed again (first at line 3)"],
    ]);
  });
});

describe("malformed-endnote", () => {
  it("takes obfuscated URLs as usable", () => {
    assert.deepEqual(extractUrls("https://www dot ukrinform.ua/rubric/1; https://meduza(dot)io/feature/2; https://president.gov dot by/ru"), [
      "https://www.ukrinform.ua/rubric/1",
      "https://meduza.io/feature/2",
      "https://president.gov.by/ru",
    ]);
    for (const u of ["https://t.me/x", "http://localhost/x", "www.example.com/a"]) assert.ok(usableUrl(u), u);
    for (const u of ["https://tme/x", "ttps://t.me/x", "https://", "ftp://example.com/x", "https://www"]) assert.ok(!usableUrl(u), u);
  });
});

describe("unbalanced-quote", () => {
  const quotes = (text: string) => checkText(text).filter((d) => d.rule === "unbalanced-quote");

  it("accepts balanced, nested and mis-shaped quotation marks", () => {
    assert.deepEqual(quotes("He said “we will ‘never’ leave” and “stay.”\n"), []);
    assert.deepEqual(quotes('She said "no" twice: "no."\n'), []);
    // A closing mark shaped like an opener, before a citation marker.
    assert.deepEqual(quotes("Shtayyeh said Hamas “is ready to reach an understanding.“[33] A delegation came.\n"), []);
  });

  it("reports a quotation left open, but not one continued into the next paragraph", () => {
    assert.equal(quotes("He said “we will stay.\n\nThen he left.\n").length, 1);
    assert.equal(quotes("He said: “we will stay.\n\n“And we will win,” he added.\n").length, 0);
  });

  it("ignores Markdown code", () => {
    assert.deepEqual(quotes('Run `jq "select(.a` now.\n\n```sh\necho "unclosed\n```\n'), []);
    assert.deepEqual(fencedCode("a\n```js\nx\n```\nb\n~~~\nopen"), [
      { start: 2, end: 13 },
      { start: 16, end: 24 },
    ]);
  });
});

describe("undecodable-text", () => {
  it("places invalid bytes by their byte offset, in code points", () => {
    // "😀" is 4 bytes and 1 code point; the bad byte is the 6th byte and the 3rd code point.
    const bytes = Buffer.concat([Buffer.from("😀a"), Buffer.from([0xff]), Buffer.from("b\nc")]);
    const [d] = check(bytes, { file: "x.txt" });
    assert.equal(d!.rule, "undecodable-text");
    assert.deepEqual([d!.line, d!.column, d!.start, d!.end], [1, 3, 2, 3]);
    assert.match(d!.message, /^Invalid UTF-8 at byte 5 \(1 invalid sequence\)/);
  });

  it("places invalid UTF-16 and skips a BOM", () => {
    // UTF-16LE BOM, "ab", a lone high surrogate, "c".
    const bytes = Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x62, 0, 0x00, 0xd8, 0x63, 0]);
    const [d] = check(bytes);
    assert.deepEqual([d!.rule, d!.line, d!.column], ["undecodable-text", 1, 3]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("ab"), Buffer.from([0xc3])]);
    const [e] = check(bom);
    assert.deepEqual([e!.line, e!.column, e!.message.includes("byte 5")], [1, 3, true]);
  });

  it("reports control characters, even a NUL past the binary sniffing window", () => {
    const text = "x".repeat(9000) + "\u0000\nok\tfine\fpage\r\n\u007f\u0085\n";
    const ds = check(Buffer.from(text)).filter((d) => d.rule === "undecodable-text");
    assert.deepEqual(ds.map((d) => [d.line, d.column, d.message]), [
      [1, 9001, "Control character U+0000 (NUL) in the text"],
      [3, 1, "2 control characters in the text, starting with U+007F (DEL)"],
    ]);
  });

  it("returns nothing for a binary file (the command says it skipped it)", () => {
    assert.deepEqual(check(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])), []);
  });
});

describe("empty-document", () => {
  it("reports empty and blank files once", () => {
    assert.deepEqual(checkText("").map((d) => [d.rule, d.line, d.column, d.message]), [["empty-document", 1, 1, "File is empty"]]);
    assert.deepEqual(checkText(" \n\n\t\n").map((d) => d.message), ["File holds only white space"]);
    assert.deepEqual(checkText("RSS\nHeadline only\n").map((d) => d.message), ["File has no body text"]);
  });
});

describe("uncited-claim", () => {
  it("only in documents that use markers, and only when an extractor is given", () => {
    const marked = "The ministry said that talks failed.[1] Officials said that talks would resume.\n\n[1] https://a.example/1\n";
    assert.equal(checkText(marked, { extractText }).filter((d) => d.rule === "uncited-claim").length, 1);
    assert.equal(checkText(marked).filter((d) => d.rule === "uncited-claim").length, 0);
    assert.equal(check("Officials said that talks would resume.\n").length, 0);
  });
});

describe("positions", () => {
  it("count code points, lines end at LF, CRLF or CR, and findings come in order", () => {
    // Line 1 is body text (not a title): lower case, finished.
    const text = "😀 he said “we stay here and fight on.\r\n\r\nZ said so.[2]\r\r[1] https://a.example/1\r\n";
    const ds = check(text, { file: "p.txt" }).filter((d) => d.rule !== "uncited-claim");
    assert.deepEqual(ds.map((d) => [d.rule, d.line, d.column, d.start, d.end, d.endLine, d.endColumn]), [
      ["unbalanced-quote", 1, 11, 10, 11, 1, 12],
      ["dangling-citation", 3, 11, 51, 54, 3, 14],
      ["unused-endnote", 5, 1, 56, 59, 5, 4],
    ]);
    const cps = [...text];
    assert.equal(cps.slice(ds[1]!.start, ds[1]!.end).join(""), "[2]");
    assert.equal(cps.slice(ds[0]!.start, ds[0]!.end).join(""), "“");
  });

  it("place uncited claims after astral characters correctly", () => {
    const text = "𝐀𝐁 The ministry said that talks failed.[1] Officials said that talks would resume.\n\n[1] https://a.example/1\n";
    const [d] = check(text).filter((x) => x.rule === "uncited-claim");
    assert.ok(d);
    assert.equal([...text].slice(d.start, d.end).join(""), "Officials said that talks would resume.");
    assert.equal(d.column, d.start + 1);
  });
});

describe("robustness", () => {
  const alphabet = fc.constantFrom(
    "a", "Z", " ", "\n", "\r\n", "\r", ".", "said", " that ", "[1]", "[2-3]", "[", "]", "“", "”", '"', "«", "»",
    "\n[1] https://a.example/x", "\n[2] ", " dot com", "RSS\n", "https://b.example\n", "😀", "\u0000", "\u0007", "`", "```\n",
  );
  it("never throws; every diagnostic's position matches its offset; in order", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join("")), (text) => {
        const ds = check(text, { file: "f" });
        const cps = [...text];
        let prev = -1;
        for (const d of ds) {
          assert.ok(d.start >= 0 && d.end >= d.start && d.end <= cps.length, JSON.stringify(d));
          const before = cps.slice(0, d.start).join("");
          const lines = before.split(/\r\n|\r|\n/);
          // A CR at the very end of `before` might be half of a CRLF: positions count CRLF once.
          if (!(before.endsWith("\r") && cps[d.start] === "\n")) {
            assert.equal(d.line, lines.length, JSON.stringify({ text, d }));
            assert.equal(d.column, [...lines[lines.length - 1]!].length + 1);
          }
          assert.ok(d.start >= prev);
          prev = d.start;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("checks the whole of a large document quickly", () => {
    const para = "Russian officials said that forces advanced near Bakhmut.[1] The General Staff reported “heavy fighting” nearby.[2]\n\n";
    const text = para.repeat(400) + "[1] https://a.example/1\n[2] https://a.example/2\n";
    const t0 = performance.now();
    const ds = check(text);
    assert.deepEqual(ds, []);
    assert.ok(performance.now() - t0 < 5000);
  });
});
