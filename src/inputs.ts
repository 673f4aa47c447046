/**
 * Command-line arguments → input paths, and reading one input.
 *
 * Output contract of `resolveInputs` (so output is byte-identical across
 * platforms and runs):
 * - Paths are as the user gave them, or joined onto what they gave, with `/`
 *   separators and lexically normalised like `path.join` does (`./a.md` →
 *   `a.md`, `d//x` → `d/x`). Relative paths are relative to `opts.cwd`.
 * - Deduplicated, sorted by UTF-16 code unit order (the default JS sort,
 *   independent of locale); `-` (stdin), if given, comes first, once.
 * - Errors come in argument order (then walk order, which is sorted), one per
 *   problem; every other argument is still processed.
 */
import { constants, type Dirent, type Stats } from "node:fs";
import { lstat, open, readdir, stat } from "node:fs/promises";
import { posix, resolve, sep } from "node:path";
import type fg from "fast-glob";

/** A path that could not be used, with a short human reason. */
export interface InputError {
  path: string;
  message: string;
}

/** The result of `resolveInputs`. */
export interface ResolvedInputs {
  inputs: InputList;
  errors: InputError[];
  /**
   * Directory arguments that gave no input file (`no .txt or .md files`, with the number of links to directories
   * the walk did not follow): not errors (an empty folder in a hook is fine), but a run that reads nothing because
   * the corpus is a tree of symbolic links should say so.
   */
  warnings: InputError[];
}

/** How often `InputList` stores a path whole, so `at(i)` decodes at most this many. */
const RESTART = 16;

/**
 * A read-only list of input paths, stored compactly: a walk of a big tree
 * gives hundreds of thousands of paths that share long prefixes, and as
 * separate strings they cost 12-16 MB of the main thread's heap (187,000 paths) for
 * the whole run. Front coding, as in sorted-string tables: each path is the
 * first `shared[i]` code units of the one before it plus its own suffix, and
 * every `RESTART`th path is stored whole. The suffixes are one joined string;
 * code-unit slices and concatenation give back exactly the strings stored
 * (surrogate pairs included), so no encoding round trip can change a path.
 */
export class InputList implements Iterable<string> {
  readonly #text: string;
  /** `#ends[i]`: where path i's suffix ends in `#text` (it starts at `#ends[i - 1]`, or 0). */
  readonly #ends: Uint32Array;
  readonly #shared: Uint32Array;

  /** `paths` in the order given (callers sort and deduplicate). */
  constructor(paths: readonly string[]) {
    const n = paths.length;
    const ends = new Uint32Array(n);
    const shared = new Uint32Array(n);
    const parts: string[] = [];
    let end = 0;
    for (let i = 0; i < n; i++) {
      const p = paths[i]!;
      const k = i % RESTART === 0 ? 0 : commonPrefix(paths[i - 1]!, p);
      shared[i] = k;
      end += p.length - k;
      ends[i] = end;
      parts.push(p.slice(k));
    }
    this.#text = parts.join("");
    this.#ends = ends;
    this.#shared = shared;
  }

  get length(): number {
    return this.#ends.length;
  }

  /** The path at `i` (negative counts from the end, like `Array#at`), or undefined when out of range. */
  at(i: number): string | undefined {
    const n = this.length;
    i = Math.trunc(i);
    if (i < 0) i += n;
    if (!(i >= 0 && i < n)) return undefined;
    let p = "";
    for (let j = i - (i % RESTART); j <= i; j++) p = this.#next(p, j);
    return p;
  }

  /** Whether `path` is in the list. */
  includes(path: string): boolean {
    for (const p of this) if (p === path) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    let p = "";
    for (let i = 0; i < this.length; i++) {
      p = this.#next(p, i);
      yield p;
    }
  }

  /** Path i, given path i - 1 (ignored at a restart point). */
  #next(prev: string, i: number): string {
    const suffix = this.#text.slice(i === 0 ? 0 : this.#ends[i - 1]!, this.#ends[i]!);
    const k = this.#shared[i]!;
    return k === 0 ? suffix : prev.slice(0, k) + suffix;
  }
}

/** Length of the longest common prefix of `a` and `b`, in UTF-16 code units. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Files a directory walk picks up (explicit files and glob matches may be anything). */
const WALK_EXTENSION = /\.(?:txt|md)$/i;

/**
 * Expands arguments into input paths. Each argument is:
 * - `-`: standard input, kept as `-`;
 * - an existing regular file (any name): taken as is;
 * - an existing directory (or a link to one): walked recursively for
 *   `.txt`/`.md` files (case-insensitive). Inside the walk, entries whose name
 *   starts with `.` are skipped; links to files are taken, links to
 *   directories are not descended into (as git, ripgrep and fd do by default,
 *   and as our globs' `**` does, so `dir` and `dir/**` agree; a link back to a
 *   parent cannot make the walk endless); FIFOs, sockets and devices are
 *   skipped silently; symlink loops, dangling `.txt`/`.md` links and
 *   unreadable directories are reported;
 * - otherwise, when it contains glob syntax, a fast-glob pattern (`/`
 *   separators, hidden files not matched, symlinked directories not descended
 *   into by `**`) whose matching regular files (or links to them) are taken;
 * - otherwise an error.
 * FIFOs, sockets and devices named explicitly are errors and never opened.
 */
export async function resolveInputs(args: string[], opts: { cwd?: string } = {}): Promise<ResolvedInputs> {
  const cwd = opts.cwd ?? process.cwd();
  // Duplicates are kept here and dropped after sorting (they are then
  // adjacent): a Set of every path would cost megabytes more at the peak.
  const found: string[] = [];
  const errors: InputError[] = [];
  const warnings: InputError[] = [];
  const seenErrors = new Set<string>();
  const report = (path: string, message: string): void => {
    const key = `${path}\0${message}`;
    if (seenErrors.has(key)) return;
    seenErrors.add(key);
    errors.push({ path, message });
  };
  let stdin = false;

  for (const arg of args) {
    if (arg === "-") {
      stdin = true;
      continue;
    }
    const shown = normalise(arg);
    const abs = resolve(cwd, arg);
    let st: Stats;
    try {
      st = await stat(abs);
    } catch (err) {
      const code = errorCode(err);
      if ((code === "ENOENT" || code === "ENOTDIR") && !(await exists(abs)) && (await fastGlob()).isDynamicPattern(arg)) {
        await expandGlob(arg, cwd, found, report);
      } else {
        report(shown, await describeMissing(err, abs));
      }
      continue;
    }
    if (st.isFile()) found.push(shown);
    else if (st.isDirectory()) {
      const before = found.length;
      const unfollowed = await walk(shown, abs, st, found, report);
      if (found.length === before) warnings.push({ path: shown, message: emptyWalk(unfollowed) });
    }
    else report(shown, `not a regular file (${kindOf(st)})`);
  }

  found.sort(byCodeUnits);
  // Drop duplicates, now adjacent, in place: the same set, in the same order, as sorting a Set.
  let kept = 0;
  for (let i = 0; i < found.length; i++) if (kept === 0 || found[i] !== found[kept - 1]) found[kept++] = found[i]!;
  found.length = kept;
  if (stdin) found.unshift("-");
  return { inputs: new InputList(found), errors, warnings };
}

/** What a directory argument that gave no file is told: how many directory links were left alone, if any. */
function emptyWalk(unfollowed: number): string {
  if (unfollowed === 0) return "no .txt or .md files";
  const links = unfollowed === 1 ? "1 link to a directory" : `${unfollowed} links to directories`;
  return `no .txt or .md files (${links} not followed; name the linked directories themselves)`;
}

/**
 * Reads a whole file, or all of standard input for `-`. Rejects with an Error
 * whose message is short and human (`no such file or directory`, `permission
 * denied`, `is a directory`, `not a regular file (FIFO)`, …); the Node error
 * is kept as `cause`. Relative paths resolve against `process.cwd()`.
 */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === "-") return readStdin();
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
    // writer; with it, open returns at once and fstat rejects it below.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new Error(describeFsError(err), { cause: err });
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new Error("is a directory");
    if (!st.isFile()) throw new Error(`not a regular file (${kindOf(st)})`);
    return await handle.readFile();
  } catch (err) {
    if (err instanceof Error && !("code" in err)) throw err; // ours, already human
    throw new Error(describeFsError(err), { cause: err });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * A path for display and output: the platform separator becomes `/`. On
 * POSIX this is the identity, because there `\` is an ordinary file-name
 * character and rewriting it would name a different file; on Windows, where
 * `\` is a separator, every `\` becomes `/`.
 */
export function toDisplayPath(p: string): string {
  return sep === "\\" ? p.replaceAll("\\", "/") : p;
}

/** Display path, lexically normalised; trailing slashes dropped (but `/` stays `/`). */
function normalise(p: string): string {
  const n = posix.normalize(toDisplayPath(p));
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}

/** fast-glob, loaded on first use: it is the slowest module to load and only globs need it. */
async function fastGlob(): Promise<typeof fg> {
  return (await import("fast-glob")).default;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Report = (path: string, message: string) => void;

/**
 * Walks one directory argument. Iterative (no recursion depth limit); entries
 * are visited in sorted order so error order is stable. Symlinked directories
 * are never entered; `visited` (device:inode of every directory entered) also
 * guards against cycles made without symlinks (bind mounts), so every real
 * directory is listed at most once and the work is linear in the tree.
 * Returns how many links to directories it left alone.
 */
async function walk(shown: string, abs: string, rootStat: Stats, found: string[], report: Report): Promise<number> {
  let unfollowed = 0;
  const visited = new Set<string>([identity(rootStat)]);
  const stack: { shown: string; abs: string }[] = [{ shown, abs }];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir.abs, { withFileTypes: true });
    } catch (err) {
      report(dir.shown, describeFsError(err));
      continue;
    }
    entries.sort((a, b) => byCodeUnits(a.name, b.name));
    const subdirs: { shown: string; abs: string }[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const childShown = posix.join(dir.shown, entry.name);
      const childAbs = resolve(dir.abs, entry.name);
      if (entry.isFile()) {
        if (WALK_EXTENSION.test(entry.name)) found.push(childShown);
      } else if (entry.isDirectory()) {
        let st: Stats;
        try {
          st = await stat(childAbs);
        } catch (err) {
          report(childShown, describeFsError(err));
          continue;
        }
        const id = identity(st);
        if (visited.has(id)) continue;
        visited.add(id);
        subdirs.push({ shown: childShown, abs: childAbs });
      } else if (entry.isSymbolicLink()) {
        // Links to files count; links to directories are not followed (counted, for the warning of an empty walk).
        try {
          const target = await stat(childAbs);
          if (target.isFile() && WALK_EXTENSION.test(entry.name)) found.push(childShown);
          else if (target.isDirectory()) unfollowed++;
        } catch (err) {
          // A dangling link is only worth a word when it looks like an input.
          if (errorCode(err) !== "ENOENT" || WALK_EXTENSION.test(entry.name)) {
            report(childShown, await describeMissing(err, childAbs));
          }
        }
      }
      // FIFOs, sockets, devices: skipped silently (never opened).
    }
    // Reverse so the stack pops them in sorted order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return unfollowed;
}

/**
 * Expands one glob. Symbolic links are not followed by the walk (a link to a
 * parent would make `**` descend until ELOOP), but a matched link is stat-ed
 * and taken when it leads to a regular file.
 */
async function expandGlob(pattern: string, cwd: string, found: string[], report: Report): Promise<void> {
  const shownPattern = toDisplayPath(pattern);
  let entries: fg.Entry[];
  try {
    const glob = await fastGlob();
    entries = await glob(pattern, {
      cwd,
      dot: false,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      suppressErrors: true,
    });
  } catch (err) {
    report(shownPattern, err instanceof Error ? `invalid glob: ${err.message}` : "invalid glob");
    return;
  }
  let matched = 0;
  for (const entry of entries) {
    const shown = normalise(entry.path);
    let isFile = entry.dirent.isFile();
    if (entry.dirent.isSymbolicLink()) {
      try {
        isFile = (await stat(resolve(cwd, entry.path))).isFile();
      } catch (err) {
        if (errorCode(err) !== "ENOENT") report(shown, describeFsError(err));
        continue;
      }
    }
    if (isFile) {
      found.push(shown);
      matched++;
    }
  }
  if (matched === 0) report(shownPattern, "glob matched no files");
}

/** Whether anything (even a dangling symlink) is at `abs`. */
async function exists(abs: string): Promise<boolean> {
  try {
    await lstat(abs);
    return true;
  } catch {
    return false;
  }
}

/** Like `describeFsError`, but says when ENOENT comes from a dangling symlink. */
async function describeMissing(err: unknown, abs: string): Promise<string> {
  if (errorCode(err) === "ENOENT" && (await exists(abs))) return "no such file or directory (broken symbolic link)";
  return describeFsError(err);
}

function identity(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return "FIFO";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  if (st.isDirectory()) return "directory";
  return "unknown type";
}

function errorCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err && typeof err.code === "string" ? err.code : undefined;
}

/** A short, human message for a Node file-system error (no path, no stack). */
function describeFsError(err: unknown): string {
  switch (errorCode(err)) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    case "ELOOP":
      return "symbolic link loop";
    case "ENAMETOOLONG":
      return "file name too long";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EIO":
      return "input/output error";
    default: {
      const code = errorCode(err);
      if (code) return `cannot read (${code})`;
      return err instanceof Error ? err.message : String(err);
    }
  }
}

/** All of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    }
  } catch (err) {
    throw new Error(describeFsError(err), { cause: err });
  }
  return Buffer.concat(chunks);
}
