/**
 * Start-up: how `bin/claims.js` loads the command line.
 *
 * Most of a short run (`claims check one.txt` in a pre-commit hook) is not
 * extraction but V8 compiling ~50 modules and then, function by function,
 * the code the run touches. Node 20 has no compile cache for ES modules
 * (`module.enableCompileCache` came in Node 22.1), so the build
 * (scripts/build-bundle.mjs) also writes the CLI as one CommonJS file,
 * `cli.bundle.cjs`, runs it once over sample documents and saves V8's code
 * cache for everything that run compiled (`cli.bundle.cjs.cache`). Here the
 * bundle is compiled with that cache, so a run starts with its functions
 * already compiled.
 *
 * The bundle is only a faster way to load the same modules: it is built
 * from dist/src by esbuild, after tsc, and every fallback path runs the ES
 * modules themselves (`./cli.js`), with the same output:
 * - no bundle (a build without the bundle step), or a bundle older than
 *   `cli.js` (tsc ran again after it: the bundle would be stale);
 * A cache V8 rejects (another Node version) costs only the speed-up.
 *
 * The bundle leaves the packages (commander, fast-glob, ajv, chalk) and
 * color.js (it imports chalk, an ES-module-only package) outside. It cannot
 * `import()` them itself: a vm script needs a dynamic-import hook, which V8
 * drops from functions restored from a code cache. So the build rewrites
 * its `import(x)` calls to `__import(x)`, a parameter of the wrapper that
 * this module fills with its own `import()`: specifiers resolve from
 * dist/src, as they do from the modules themselves.
 */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

/** The bundle's file name, next to this module in dist/src. */
export const BUNDLE_FILE = "cli.bundle.cjs";
/** The code cache's file name, next to the bundle. */
export const CACHE_FILE = `${BUNDLE_FILE}.cache`;

/** What the bundle exports: the CLI module's `main` and `run`. */
export type CliModule = typeof import("./cli.js");

/** A compiled bundle: its exports, and the script (to write its code cache from). */
export interface LoadedBundle {
  cli: CliModule;
  script: import("node:vm").Script;
  /** True when a cache was given and V8 refused it (another V8 version or flags). */
  cacheRejected: boolean;
}

/**
 * Compiles and runs the bundle at `bundlePath` with the code cache
 * `cachedData` (if any) and returns its exports. The wrapper is CommonJS's
 * plus `__import` (see above),
 * so the bundle's `require` and `__filename` are its own.
 */
export function loadBundle(bundlePath: string, cachedData?: Buffer): LoadedBundle {
  const source = readFileSync(bundlePath, "utf8");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`, {
    filename: bundlePath,
    cachedData,
  });
  const module = { exports: {} as CliModule };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const importFromHere = (specifier: string): Promise<unknown> => import(specifier);
  wrapper(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath), importFromHere);
  return { cli: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/** The fresh bundle's path, or null when the ES modules must be used (see the module comment). */
export function freshBundle(dir: string): string | null {
  const bundle = join(dir, BUNDLE_FILE);
  try {
    return statSync(bundle).mtimeMs >= statSync(join(dir, "cli.js")).mtimeMs ? bundle : null;
  } catch {
    return null;
  }
}

/** Runs the command line on `process.argv`, from the cached bundle when there is a fresh one. */
export async function launch(): Promise<void> {
  const bundle = freshBundle(dirname(fileURLToPath(import.meta.url)));
  if (bundle === null) return (await import("./cli.js")).run();
  // A cache older than the bundle is another bundle's: V8 would check it only
  // against the source's length. No cache: the bundle still saves the module loading.
  let cache: Buffer | undefined;
  try {
    const path = join(dirname(bundle), CACHE_FILE);
    if (statSync(path).mtimeMs >= statSync(bundle).mtimeMs) cache = readFileSync(path);
  } catch {
    cache = undefined;
  }
  loadBundle(bundle, cache).cli.run();
}
