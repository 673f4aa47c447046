/**
 * The start-up bundle (src/launch.ts, scripts/build-bundle.mjs): the bin
 * runs the CLI from dist/src/cli.bundle.cjs with V8's code cache. These
 * tests hold that the bundle is used, that its cache is accepted, that it
 * behaves as the ES modules do (same bytes out, the modules it leaves
 * outside still load), and that a stale bundle is never used.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { BUNDLE_FILE, CACHE_FILE, freshBundle, loadBundle } from "../src/launch.js";
import { main } from "../src/cli.js";
import type { Io } from "../src/io.js";
import { repoRoot } from "./helpers.js";
import { childEnv, runCli } from "./cli-run.js";

const distSrc = join(repoRoot, "dist", "src");
const seeds = readdirSync(join(repoRoot, "seeds")).filter((f) => f.endsWith(".txt")).sort().map((f) => join(repoRoot, "seeds", f));

/** An Io whose stdout is collected. */
function captureIo(): { io: Io; out: () => string } {
  const chunks: string[] = [];
  const sink = (keep: boolean) => new Writable({ write(chunk, _enc, done) { if (keep) chunks.push(String(chunk)); done(); } });
  return { io: { stdout: sink(true), stderr: sink(false), stdin: Readable.from([]), env: {}, cwd: repoRoot }, out: () => chunks.join("") };
}

describe("start-up bundle", () => {
  test("the build leaves a fresh bundle whose code cache V8 accepts", () => {
    const bundle = freshBundle(distSrc);
    assert.equal(bundle, join(distSrc, BUNDLE_FILE), "the bin would fall back to the ES modules");
    const loaded = loadBundle(bundle!, readFileSync(join(distSrc, CACHE_FILE)));
    assert.equal(loaded.cacheRejected, false);
    assert.equal(typeof loaded.cli.main, "function");
  });

  test("the bundle writes the same bytes as the ES modules, for extract and check", async () => {
    const { cli } = loadBundle(join(distSrc, BUNDLE_FILE), readFileSync(join(distSrc, CACHE_FILE)));
    for (const argv of [["extract", "--jobs", "1", ...seeds], ["check", "-f", "json", ...seeds]]) {
      const a = captureIo(), b = captureIo();
      const codeA = await cli.main(argv, a.io);
      const codeB = await main(argv, b.io);
      assert.equal(codeA, codeB);
      assert.ok(a.out().length > (argv[0] === "extract" ? 1000 : 0), `${argv[0]} wrote ${a.out().length} bytes`);
      assert.equal(a.out(), b.out(), argv.join(" "));
    }
  });

  test("what the bundle leaves outside still loads through the bin: commander, chalk, the worker threads", async () => {
    const help = await runCli(["extract", "--help"], { cwd: repoRoot });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: claims extract/);
    const colored = await runCli(["extract", "-f", "pretty", seeds[0]!], { cwd: repoRoot, env: { ...childEnv(), NO_COLOR: undefined, FORCE_COLOR: "1" } });
    assert.equal(colored.status, 0, colored.stderr);
    assert.match(colored.stdout, /\u001b\[/, "pretty output is coloured");
    const one = await runCli(["extract", "--jobs", "1", ...seeds], { cwd: repoRoot });
    // parallelmin=0: threads even for three small files (they load dist/src/worker.js, found from the bundle's URL).
    const two = await runCli(["extract", "--jobs", "2", ...seeds], { cwd: repoRoot, env: { ...childEnv(), CLAIMS_TUNING: "parallelmin=0,batch=1" } });
    assert.equal(two.status, 0, two.stderr);
    assert.ok(one.stdout.length > 1000);
    assert.equal(two.stdout, one.stdout);
  });

  test("a bundle older than the modules (tsc ran after it) is not used", () => {
    const dir = mkdtempSync(join(tmpdir(), "claims-launch-"));
    try {
      writeFileSync(join(dir, BUNDLE_FILE), "");
      writeFileSync(join(dir, "cli.js"), "");
      utimesSync(join(dir, BUNDLE_FILE), 1000, 1000);
      utimesSync(join(dir, "cli.js"), 2000, 2000);
      assert.equal(freshBundle(dir), null);
      utimesSync(join(dir, BUNDLE_FILE), 3000, 3000);
      assert.equal(freshBundle(dir), join(dir, BUNDLE_FILE));
      rmSync(join(dir, BUNDLE_FILE));
      assert.equal(freshBundle(dir), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
