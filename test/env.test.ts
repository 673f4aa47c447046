/**
 * Supply chain and environment: the CLI never loads natural's root module
 * (it runs dotenv, which reads `.env` into process.env and logs to stdout),
 * never loads dotenv at all, is unaffected by a `.env` in the working
 * directory, and opens no network connection (no network module is imported
 * by the shipped code).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { bin, repoRoot } from "./helpers.js";
import { childEnv, outputProblems, parseJsonl, runCli } from "./cli-run.js";

let root = "";

/**
 * A --require hook (NODE_OPTIONS reaches worker threads too): notes that it
 * is active in each thread, records every load of dotenv or natural's root
 * the moment it happens (worker threads are terminated, so they never see
 * "exit"), and at the main thread's exit the require cache and the probe
 * variable. ESM imports of CommonJS packages go through Module._load as well.
 */
const HOOK = String.raw`
const Module = require("node:module");
const fs = require("node:fs");
const { isMainThread } = require("node:worker_threads");
const thread = isMainThread ? "main" : "worker";
const note = (o) => fs.appendFileSync(process.env.LOAD_REPORT, JSON.stringify({ thread, ...o }) + "\n");
const bad = (s) => /^dotenv(\/|$)/.test(s) || /^natural\/?$/.test(s) || /^natural\/lib\/natural\/?(index(\.js)?)?$/.test(s) || /[\\/]node_modules[\\/](dotenv([\\/]|$)|natural[\\/]?$|natural[\\/]lib[\\/]natural[\\/]?(index\.js)?$)/.test(s);
note({ kind: "hooked" });
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (bad(request)) note({ kind: "bad", request });
  return load.apply(this, arguments);
};
process.on("exit", () => note({ kind: "exit", cache: Object.keys(require.cache).filter(bad), probe: process.env.CLAIMS_PROBE ?? null }));
`;

const DOTENV = [
  "DOTENV_CONFIG_DEBUG=true",
  "CLAIMS_PROBE=1",
  "CLAIMS_TUNING=chunk=1,batch=1",
  "NO_COLOR=",
  "FORCE_COLOR=3",
  "this line is noise = = =",
  "export EXPORTED=1",
  "MULTI=\"a",
  "b\"",
  "",
].join("\n");

before(() => {
  root = mkdtempSync(join(tmpdir(), "claims-env-"));
  writeFileSync(join(root, ".env"), DOTENV);
  writeFileSync(join(root, "hook.cjs"), HOOK);
  writeFileSync(join(root, "ok.txt"), "Smith said the bridge was closed.\n“It will reopen,” he said.\n");
});

after(() => rmSync(root, { recursive: true, force: true }));

interface ReportLine { thread: string; kind: string; request?: string; cache?: string[]; probe?: string | null }
const readReport = (path: string): ReportLine[] => readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as ReportLine);

/** Every .js/.cjs/.mjs file under a directory. */
function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsFiles(p));
    else if (/\.(?:c|m)?js$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Module specifiers a compiled file imports or requires (static and dynamic). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const re = /\b(?:import|export)\s[^'"]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return out;
}

const NETWORK = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns|inspector)(?:\/.*)?$|^(?:undici|node-fetch|axios|got|ws)(?:\/|$)/;
const NATURAL_ROOT = /^natural(?:\/lib\/natural(?:\/index(?:\.js)?)?|\/lib\/natural\/util(?:\/.*)?)?\/?$/;

describe("supply chain: what the shipped code imports", () => {
  const files = [...jsFiles(join(repoRoot, "dist", "src")), join(repoRoot, "bin", "claims.js")];

  test("no import of natural's root (or its util/, which loads storage → dotenv), nor of dotenv", () => {
    assert.ok(files.length > 10);
    const found = files.flatMap((f) => specifiers(readFileSync(f, "utf8")).filter((s) => NATURAL_ROOT.test(s) || /^dotenv(\/|$)/.test(s)).map((s) => `${relative(repoRoot, f)}: ${s}`));
    assert.deepEqual(found, []);
  });

  test("bench imports only natural submodules", () => {
    const benchDir = join(repoRoot, "dist", "bench");
    let benchFiles: string[] = [];
    try { benchFiles = jsFiles(benchDir); } catch { /* not built */ }
    const found = benchFiles.flatMap((f) => specifiers(readFileSync(f, "utf8")).filter((s) => NATURAL_ROOT.test(s)).map((s) => `${relative(repoRoot, f)}: ${s}`));
    assert.deepEqual(found, []);
  });

  test("no network: no http/https/net/tls/dgram/dns module, no fetch or WebSocket", () => {
    const found: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      for (const s of specifiers(src)) if (NETWORK.test(s)) found.push(`${relative(repoRoot, f)}: imports ${s}`);
      if (/\bfetch\s*\(|\bnew\s+WebSocket\b|\bXMLHttpRequest\b/.test(src)) found.push(`${relative(repoRoot, f)}: uses fetch/WebSocket/XMLHttpRequest`);
    }
    assert.deepEqual(found, []);
  });

  test("natural's WordTokenizer submodule (the bench's baseline) loads without dotenv", () => {
    const report = join(root, "report-natural.jsonl");
    const r = spawnSync(process.execPath, ["--require", join(root, "hook.cjs"), "-e", `require(${JSON.stringify(join(repoRoot, "node_modules", "natural", "lib", "natural", "tokenizers", "regexp_tokenizer.js"))})`], {
      cwd: root, env: childEnv({ LOAD_REPORT: report, DOTENV_CONFIG_DEBUG: "true" }), encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "");
    assert.deepEqual(readReport(report), [
      { thread: "main", kind: "hooked" },
      { thread: "main", kind: "exit", cache: [], probe: null },
    ]);
  });
});

describe("environment: a hostile .env in the working directory", () => {
  test("the detector works: loading dotenv is seen and fills process.env from .env (control)", () => {
    const report = join(root, "report-control.jsonl");
    const r = spawnSync(process.execPath, ["--require", join(root, "hook.cjs"), "-e", `require(${JSON.stringify(join(repoRoot, "node_modules", "dotenv"))}).config()`], {
      cwd: root, env: childEnv({ LOAD_REPORT: report }), encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    const rep = readReport(report);
    assert.ok(rep.some((l) => l.kind === "bad"), "the load of dotenv is seen");
    const exit = rep.find((l) => l.kind === "exit")!;
    assert.ok(exit.cache!.length > 0, "dotenv in require.cache");
    assert.equal(exit.probe, "1", ".env was loaded");
  });

  for (const jobs of ["1", "2"]) {
    test(`claims extract --jobs ${jobs}: stdout is pure JSONL, stderr empty, nothing from .env loaded (main thread and workers)`, async () => {
      const report = join(root, `report-${jobs}.jsonl`);
      const env = childEnv({
        LOAD_REPORT: report,
        DOTENV_CONFIG_DEBUG: "true",
        // Force worker threads even for a tiny run, so that they are covered too.
        ...(jobs === "2" ? { CLAIMS_TUNING: "parallelmin=0,batch=1" } : {}),
        NODE_OPTIONS: `--require ${join(root, "hook.cjs")}`,
      });
      writeFileSync(join(root, "ok2.txt"), "Jones said the road was open.\n");
      const r = await runCli(["extract", "--jobs", jobs, "ok.txt", "ok2.txt"], { cwd: root, env });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, "", "nothing on stderr");
      const claims = parseJsonl(r.stdout);
      assert.deepEqual(outputProblems(claims, root), []);
      assert.deepEqual(claims.map((c) => [c.file, c.speaker.text]), [["ok.txt", "Smith"], ["ok.txt", "he"], ["ok2.txt", "Jones"]]);
      const rep = readReport(report);
      assert.deepEqual(rep.filter((l) => l.kind === "bad"), [], "dotenv or natural's root loaded");
      assert.deepEqual(rep.filter((l) => l.kind === "exit"), [{ thread: "main", kind: "exit", cache: [], probe: null }]);
      if (jobs === "2") assert.ok(rep.some((l) => l.thread === "worker" && l.kind === "hooked"), "worker threads ran (and were watched)");
    });
  }

  test("in-process: importing every module and running main leaves process.env untouched", () => {
    const modules = jsFiles(join(repoRoot, "dist", "src")).filter((f) => !/[\\/]worker\.js$/.test(f) && f.endsWith(".js"));
    const script = `
      const before = JSON.stringify(process.env);
      for (const m of ${JSON.stringify(modules)}) await import(m);
      const { main } = await import(${JSON.stringify(join(repoRoot, "dist", "src", "cli.js"))});
      const { PassThrough } = await import("node:stream");
      const out = new PassThrough(); let text = ""; out.on("data", (d) => (text += d));
      const err = new PassThrough(); let etext = ""; err.on("data", (d) => (etext += d));
      const code = await main(["extract", "--jobs", "1", "ok.txt"], { stdout: out, stderr: err, stdin: new PassThrough(), env: process.env, cwd: process.cwd() });
      process.stderr.write(JSON.stringify({ code, lines: text.split("\\n").filter(Boolean).length, etext, same: before === JSON.stringify(process.env), probe: process.env.CLAIMS_PROBE ?? null }));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, env: childEnv({ DOTENV_CONFIG_DEBUG: "true" }), encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "", "nothing printed to stdout by importing");
    assert.deepEqual(JSON.parse(r.stderr), { code: 0, lines: 2, etext: "", same: true, probe: null });
  });

  test("the bin runs from another directory with the same output (cwd's .env irrelevant)", async () => {
    const here = await runCli(["extract", join(root, "ok.txt")], { cwd: root, env: childEnv() });
    const there = await runCli(["extract", join(root, "ok.txt")], { cwd: tmpdir(), env: childEnv() });
    assert.equal(here.stdout, there.stdout);
    assert.ok(here.stdout.length > 0);
    void bin;
  });
});
