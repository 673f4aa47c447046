/**
 * `claims check` end to end: the real binary on the fixture documents in
 * every format, exit codes, configuration, colour, help and version.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { SARIF_SCHEMA_PARTS, sarifValidator } from "./sarif-schema.js";
import { parseFastCheck } from "../src/check/argv.js";
import { RULES } from "../src/check/index.js";
import { check } from "../src/index.js";
import type { Diagnostic } from "../src/types.js";
import { bin, fixturesDir, needsShared, repoRoot } from "./helpers.js";

const casesDir = join(fixturesDir, "check");
const ANSI = /\u001b\[[0-9;]*m/;

/** The environment without anything that changes colour or config decisions. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "NODE_TEST_CONTEXT", "GITHUB_ACTIONS"]) delete env[k];
  return env;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function claims(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string | Buffer } = {}): Result {
  const env = { ...baseEnv(), ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? casesDir, env, input: opts.input ?? "", encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp = "";
/** An empty config, so that no .claimsrc.json above the checkout can change the results. */
let noConfig = "";
before(() => {
  tmp = mkdtempSync(join(tmpdir(), "claims-check-cli-"));
  noConfig = join(tmp, "empty.claimsrc.json");
  writeFileSync(noConfig, "{}\n");
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const inputs = readdirSync(casesDir)
  .sort()
  .map((c) => `${c}/${readdirSync(join(casesDir, c)).find((f) => f.startsWith("input."))!}`);
/** What the library says about every fixture, in the command's input order. */
const expected: Diagnostic[] = [...inputs].sort().flatMap((file) => check(readFileSync(join(casesDir, file)), { file }));

describe("check: every format on the fixtures", () => {
  it("json equals the library's diagnostics", () => {
    const r = claims(["check", "--config", noConfig, "--format", "json", ...inputs]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), expected);
    assert.match(r.stderr, /^claims check: \d+ problems \(\d+ errors, \d+ warnings\) in \d+ of 13 files/);
  });

  it("unix writes one parseable line per finding", () => {
    const r = claims(["check", "--config", noConfig, "--format", "unix", ...inputs]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines.length, expected.length);
    lines.forEach((l, i) => {
      const d = expected[i]!;
      assert.equal(l, `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`);
    });
  });

  it("stylish groups by file and ends with a summary", () => {
    const r = claims(["check", "--config", noConfig, ...inputs]);
    assert.equal(r.code, 1);
    for (const f of new Set(expected.map((d) => d.file))) assert.ok(r.stdout.includes(`\n${f}\n`) || r.stdout.startsWith(`${f}\n`), f);
    const errors = expected.filter((d) => d.severity === "error").length;
    const warnings = expected.length - errors;
    assert.ok(r.stdout.endsWith(`✖ ${expected.length} problems (${errors} errors, ${warnings} warnings)\n`), r.stdout.slice(-200));
    assert.doesNotMatch(r.stdout, ANSI);
  });

  it("github writes one workflow command per finding", () => {
    const r = claims(["check", "--config", noConfig, "--format", "github", ...inputs]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines.length, expected.length);
    lines.forEach((l, i) => {
      const d = expected[i]!;
      const level = d.severity === "info" ? "notice" : d.severity;
      assert.equal(
        l,
        `::${level} file=${d.file},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${d.rule}::${d.message}`,
      );
    });
  });

  describe("sarif", () => {
    it("lists every rule and every finding", () => {
      const r = claims(["check", "--config", noConfig, "--format", "sarif", ...inputs]);
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
      assert.deepEqual(log.runs[0]!.tool.driver.rules.map((x) => x.id), RULES.map((x) => x.id));
      assert.deepEqual(log.runs[0]!.results.map((x) => x.ruleId), expected.map((d) => d.rule));
    });

    it("validates against the SARIF 2.1.0 schema", { skip: needsShared(...SARIF_SCHEMA_PARTS) }, () => {
      const validate = sarifValidator();
      for (const args of [inputs, ["clean/input.txt"]]) {
        const r = claims(["check", "--config", noConfig, "--format", "sarif", ...args]);
        assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 2));
      }
    });
  });

  it("github escapes paths and messages as the runner expects", () => {
    const dir = join(tmp, "gh");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a,b:c%.txt"), "Officials said so.[1][2]\n\n[1] 100% made up\n[2] https://a.example/2\n");
    const r = claims(["check", "--config", noConfig, "--format", "github", "a,b:c%.txt"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      "::error file=a%2Cb%3Ac%25.txt,line=3,col=1,endLine=3,endColumn=17,title=malformed-endnote::Endnote [1] has no usable URL: “100%25 made up”\n",
    );
  });
});

describe("check: exit codes and streams", () => {
  it("0 and no output at all for a clean document", () => {
    const r = claims(["check", "--config", noConfig, "clean/input.txt"]);
    assert.deepEqual(r, { code: 0, stdout: "", stderr: "" });
    const j = claims(["check", "--config", noConfig, "--format", "json", "clean/input.txt"]);
    assert.deepEqual([j.code, j.stdout, j.stderr], [0, "[]\n", ""]);
  });

  it("0 with warnings only; --max-warnings turns too many into 1", () => {
    assert.equal(claims(["check", "--config", noConfig, "unused-endnote/input.txt"]).code, 0);
    assert.equal(claims(["check", "--config", noConfig, "--max-warnings", "2", "unused-endnote/input.txt"]).code, 0);
    const r = claims(["check", "--config", noConfig, "--max-warnings", "1", "unused-endnote/input.txt"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /2 warnings, more than --max-warnings 1/);
  });

  it("1 for error-level findings; a rule switched off no longer counts", () => {
    assert.equal(claims(["check", "--config", noConfig, "dangling-citation/input.txt"]).code, 1);
    const r = claims(["check", "--config", noConfig, "--rule", "dangling-citation=off", "dangling-citation/input.txt"]);
    assert.deepEqual([r.code, r.stdout], [0, ""]);
    const w = claims(["check", "--config", noConfig, "-r", "dangling-citation=warning", "--format", "unix", "dangling-citation/input.txt"]);
    assert.equal(w.code, 0);
    assert.match(w.stdout, /: warning: Citation \[3\] has no endnote/);
  });

  it("2 for a missing input, after checking the others", () => {
    const r = claims(["check", "--config", noConfig, "--format", "json", "no-such.txt", "dangling-citation/input.txt"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^claims check: no-such\.txt: no such file or directory$/m);
    assert.equal((JSON.parse(r.stdout) as Diagnostic[]).filter((d) => d.rule === "dangling-citation").length, 2);
  });

  it("2 for usage and configuration errors, with a message on stderr and nothing on stdout", () => {
    for (const [args, message] of [
      [["check", "--format", "xml", "clean/input.txt"], /unknown format "xml" \(one of: stylish, json, unix, github, sarif\)/],
      [["check", "--rule", "nope=off", "clean/input.txt"], /unknown rule "nope"/],
      [["check", "--rule", "uncited-claim", "clean/input.txt"], /expected <rule>=<severity>/],
      [["check", "--max-warnings", "many", "clean/input.txt"], /--max-warnings must be a whole number/],
      [["check", "--config", "no-such.json", "clean/input.txt"], /no-such\.json: no such file/],
      [["check", "--no-such-option", "clean/input.txt"], /unknown option/],
    ] as [string[], RegExp][]) {
      const r = claims(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, "");
    }
  });

  it("skips a binary file with a warning", () => {
    writeFileSync(join(tmp, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = claims(["check", "--config", noConfig, join(tmp, "image.png"), "clean/input.txt"]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /image\.png: warning: binary file, skipped/);
  });

  it("reads standard input for - (and when no input is named)", () => {
    const text = readFileSync(join(casesDir, "dangling-citation", "input.txt"));
    for (const args of [["-"], []]) {
      const r = claims(["check", "--config", noConfig, "--format", "unix", ...args], { input: text });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^-:3:138: error: Citation \[3\] has no endnote/);
    }
    const s = claims(["check", "--config", noConfig, "-"], { input: text });
    assert.match(s.stdout, /^<stdin>\n/);
  });

  it("says so when a directory holds nothing to check", () => {
    mkdirSync(join(tmp, "nothing-here"), { recursive: true });
    writeFileSync(join(tmp, "nothing-here", "data.json"), "{}");
    const r = claims(["check", "--config", noConfig, join(tmp, "nothing-here")]);
    assert.deepEqual([r.code, r.stdout], [0, ""]);
    assert.match(r.stderr, /^claims check: warning: .*nothing-here: no \.txt or \.md files$/m);
  });

  it("walks directories for .txt and .md files", () => {
    const r = claims(["check", "--config", noConfig, "--format", "json", "."]);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout), expected);
  });

  it("prints a per-rule summary on stderr, and none with --quiet", () => {
    const r = claims(["check", "--config", noConfig, "--format", "json", ...inputs]);
    const lines = r.stderr.trimEnd().split("\n");
    for (const rule of new Set(expected.map((d) => d.rule))) {
      const n = expected.filter((d) => d.rule === rule).length;
      const files = new Set(expected.filter((d) => d.rule === rule).map((d) => d.file)).size;
      assert.ok(lines.some((l) => new RegExp(`^  ${rule} +(error|warning) +${n} in ${files} files?$`).test(l)), `${rule}\n${r.stderr}`);
    }
    assert.equal(claims(["check", "--config", noConfig, "-q", ...inputs]).stderr, "");
  });
});

describe("check: configuration file", () => {
  it("uses the nearest .claimsrc.json from the working directory; --config and --rule override", () => {
    const repo = join(tmp, "repo");
    mkdirSync(join(repo, ".git"), { recursive: true });
    mkdirSync(join(repo, "docs"), { recursive: true });
    writeFileSync(join(repo, "docs", "a.txt"), readFileSync(join(casesDir, "dangling-citation", "input.txt")));
    writeFileSync(join(repo, ".claimsrc.json"), JSON.stringify({ rules: { "dangling-citation": "warning" } }));
    const found = claims(["check", "--format", "unix", "a.txt"], { cwd: join(repo, "docs") });
    assert.equal(found.code, 0);
    assert.match(found.stdout, /: warning: Citation \[3\]/);
    const flag = claims(["check", "--format", "unix", "--rule", "dangling-citation=error", "a.txt"], { cwd: join(repo, "docs") });
    assert.equal(flag.code, 1);
    writeFileSync(join(repo, "other.json"), JSON.stringify({ rules: { "dangling-citation": "off" } }));
    const other = claims(["check", "--config", "../other.json", "a.txt"], { cwd: join(repo, "docs") });
    assert.deepEqual([other.code, other.stdout], [0, ""]);
    writeFileSync(join(repo, ".claimsrc.json"), "{ broken");
    const broken = claims(["check", "a.txt"], { cwd: join(repo, "docs") });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /\.claimsrc\.json: not valid JSON/);
  });
});

describe("terminal manners", () => {
  const file = "dangling-citation/input.txt";
  it("colours only when asked to: FORCE_COLOR, not NO_COLOR, not --no-color, never on a pipe by default", () => {
    assert.doesNotMatch(claims(["check", "--config", noConfig, file]).stdout, ANSI);
    const forced = claims(["check", "--config", noConfig, file], { env: { FORCE_COLOR: "1" } });
    assert.match(forced.stdout, ANSI);
    assert.match(forced.stderr, ANSI);
    assert.doesNotMatch(claims(["check", "--config", noConfig, file], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout, ANSI);
    const flag = claims(["check", "--config", noConfig, "--no-color", file], { env: { FORCE_COLOR: "3" } });
    assert.doesNotMatch(flag.stdout + flag.stderr, ANSI);
    // Machine formats never carry colour.
    assert.doesNotMatch(claims(["check", "--config", noConfig, "--format", "json", file], { env: { FORCE_COLOR: "1" } }).stdout, ANSI);
  });

  it("claims --version prints the package version on stdout", () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
    for (const flag of ["--version", "-V"]) assert.deepEqual(claims([flag]), { code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("claims check --help prints usage, rules, exit codes and examples on stdout", () => {
    const r = claims(["check", "--help"]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /^Usage: claims check \[options\] \[inputs\.\.\.\]/);
    for (const s of ["--format <name>", "--rule <rule=severity>", "--config <path>", "--max-warnings <n>", "--no-color", "Exit status:", "Examples:", "claims check docs/ --rule uncited-claim=off"]) {
      assert.ok(r.stdout.includes(s), s);
    }
    for (const rule of RULES) assert.ok(r.stdout.includes(rule.id), rule.id);
  });

  it("claims --help lists the check command", () => {
    const r = claims(["--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^\s+check \[options\] \[inputs\.\.\.\]/m);
  });
});

describe("check: the commander-free fast path", () => {
  it("takes plain lines and leaves everything else to commander", () => {
    assert.deepEqual(parseFastCheck(["check", "a.md", "-", "--format=json", "-r", "uncited-claim=off", "--rule", "unused-endnote=error", "-q", "--no-color", "-c", "x.json", "--max-warnings", "3", "--", "--odd.md"]), {
      inputs: ["a.md", "-", "--odd.md"],
      opts: { format: "json", rule: ["uncited-claim=off", "unused-endnote=error"], quiet: true, color: false, config: "x.json", maxWarnings: "3" },
    });
    assert.deepEqual(parseFastCheck(["check"]), { inputs: [], opts: { format: "stylish", rule: [] } });
    for (const argv of [["extract", "a"], ["check", "--help"], ["check", "-h"], ["check", "-fjson"], ["check", "--format"], ["check", "--format", "--quiet"], ["check", "--nope"], ["check", "-qr", "x=off"]]) {
      assert.equal(parseFastCheck(argv), null, argv.join(" "));
    }
  });

  it("gives what commander gives (the same line both ways)", () => {
    const file = "dangling-citation/input.txt";
    // Attached short-option values ("-funix") are commander's alone; the fast path takes "-f unix".
    const fastArgs = ["check", "--config", noConfig, "-f", "unix", "-r", "dangling-citation=warning", "--max-warnings", "1", file];
    const slowArgs = ["check", "--config", noConfig, "-funix", "-rdangling-citation=warning", "--max-warnings", "1", file];
    assert.ok(parseFastCheck(fastArgs) && !parseFastCheck(slowArgs));
    const fast = claims(fastArgs);
    assert.equal(fast.code, 1);
    assert.match(fast.stdout, /: warning: Citation \[3\]/);
    assert.deepEqual(claims(slowArgs), fast);
  });
});
