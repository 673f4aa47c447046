#!/usr/bin/env node
// Writes dist/src/cli.bundle.cjs (the CLI as one CommonJS file) and its V8
// code cache, dist/src/cli.bundle.cjs.cache; src/launch.ts says why and how
// bin/claims.js uses them. Run last in the build: it bundles the compiled
// dist/src/cli.js, so that the bundle is newer than every module it holds.
//
// Left outside the bundle, loaded with import() at run time as before
// (through the launcher's import(), see below):
// the packages (commander, fast-glob, ajv, chalk) and color.js, the one
// module that imports an ES-module-only package (chalk).
//
// The cache holds what V8 compiled while the bundle ran `claims check` and
// `claims extract` over the seeds (the commands a pre-commit hook and a
// first try run), so those start with their functions compiled. Without
// seeds (a package without them) the cache holds only the eagerly
// compiled top level.
import { build } from "esbuild";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Writable, Readable } from "node:stream";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { BUNDLE_FILE, CACHE_FILE, loadBundle } = await import("../dist/src/launch.js");
const out = join(root, "dist", "src", BUNDLE_FILE);
// First, so that a build that fails below cannot leave an old cache beside a
// new bundle (V8 checks a cache against the source's length, not its text).
rmSync(join(root, "dist", "src", CACHE_FILE), { force: true });

/** Keeps `import("./color.js")` a real import of the ES module (it imports chalk). */
const colorOutside = {
  name: "color-outside",
  setup(b) {
    b.onResolve({ filter: /(^|\/)color\.js$/ }, () => ({ path: "./color.js", external: true }));
  },
};

await build({
  entryPoints: [join(root, "dist", "src", "cli.js")],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  plugins: [colorOutside],
  // The modules find package.json, the schema, the validator and the worker
  // from their own URL: in the bundle that is the bundle's, in the same folder.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
  legalComments: "none",
});

// The bundle's import() calls become calls of `__import`, a parameter that
// src/launch.ts fills with its own import(): V8 does not keep the vm's
// dynamic-import hook on functions restored from a code cache, and Node 20
// warns that the hook is experimental. Only calls with a string literal are
// expected here; anything else fails the build rather than slipping through.
const text = readFileSync(out, "utf8");
const calls = text.match(/(?<![\w$.])import\(/g) ?? [];
const literal = /(?<![\w$.])import\(("(?:\.\/color\.js|[@a-z][\w@/.-]*)")\)/g;
const rewritten = text.replace(literal, "__import($1)");
if ((rewritten.match(/(?<![\w$.])import\(/g) ?? []).length !== 0 || calls.length === 0) {
  throw new Error(`build-bundle: ${out} has import() calls other than of a package or ./color.js`);
}
writeFileSync(out, rewritten);

const { cli, script } = loadBundle(out);
const seeds = join(root, "seeds");
let files = [];
try {
  files = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f) => join(seeds, f));
} catch {
  files = [];
}
if (files.length) {
  const sink = () => new Writable({ write(_chunk, _enc, done) { done(); } });
  const io = () => ({ stdout: sink(), stderr: sink(), stdin: Readable.from([]), env: {}, cwd: root });
  await cli.main(["check", ...files], io());
  await cli.main(["extract", "--jobs", "1", ...files], io());
  await cli.main(["extract", files[0]], io());
}
writeFileSync(join(root, "dist", "src", CACHE_FILE), script.createCachedData());
console.error(`build-bundle: wrote ${out} and its code cache (${files.length ? `warmed on ${files.length} seed files` : "no seeds: top level only"})`);
