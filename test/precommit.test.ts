/**
 * The pre-commit hook (`.pre-commit-hooks.yaml`, id `claims-check`) for real:
 * a temporary git repository whose `.pre-commit-config.yaml` uses this
 * checkout as its hook repository; committing a good document passes and
 * committing one with a dangling citation is refused with the rule's message.
 *
 * pre-commit installs a `language: node` hook by cloning the hook repository
 * at `rev`, running `npm install` there (dev dependencies included, so the
 * `prepare` script can build dist/), `npm pack`, and `npm install -g` of the
 * tarball. It clones what is committed; `pre-commit try-repo` would add
 * uncommitted changes to tracked files but not new, untracked files. So the
 * test commits a snapshot of this working tree (tracked and untracked files,
 * .gitignore respected) to a scratch repository and points `repo:`/`rev:` at
 * that: it tests the working tree as it is, and installs the hook once for
 * both commits. Nothing is installed into this checkout; the npm registry
 * (or npm's cache) is needed, as for any node hook.
 *
 * Skipped, with a message, when `pre-commit` or `git` is not on PATH (.ci/run
 * installs pre-commit with apt).
 */
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fixturesDir, repoRoot } from "./helpers.js";

function available(cmd: string): boolean {
  const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

function skipReason(): false | string {
  if (!available("git")) return "skipped: git is not on PATH";
  if (!available("pre-commit")) return "skipped: pre-commit is not on PATH (install it, e.g. `apt-get install pre-commit` as .ci/run does, or `pipx install pre-commit`)";
  const inside = spawnSync("git", ["-C", repoRoot, "rev-parse", "--is-inside-work-tree"], { encoding: "utf8" });
  if (inside.status !== 0) return `skipped: ${repoRoot} is not a git checkout`;
  return false;
}

/** The environment for git and pre-commit: no GIT_* from an enclosing hook, a fixed identity, a private pre-commit store. */
function env(store: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("GIT_") && !k.startsWith("PRE_COMMIT")) e[k] = v;
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  return {
    ...e,
    PRE_COMMIT_HOME: store,
    GIT_AUTHOR_NAME: "claims test",
    GIT_AUTHOR_EMAIL: "test@example.invalid",
    GIT_COMMITTER_NAME: "claims test",
    GIT_COMMITTER_EMAIL: "test@example.invalid",
    GIT_CONFIG_NOSYSTEM: "1",
  };
}

function run(cmd: string, args: string[], cwd: string, environment: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env: environment, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const git = (cwd: string, e: NodeJS.ProcessEnv, ...args: string[]) => run("git", ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], cwd, e);

describe("pre-commit hook claims-check", { skip: skipReason() }, () => {
  const root = mkdtempSync(join(tmpdir(), "claims-pre-commit-"));
  after(() => rmSync(root, { recursive: true, force: true }));

  it("lets a good document be committed and refuses one with a dangling citation", { timeout: 600_000 }, () => {
    const e = env(join(root, "store"));

    // 1. A snapshot of this working tree, committed to a scratch repository.
    const hooks = join(root, "claims");
    const files = ok(git(repoRoot, e, "ls-files", "-z", "--cached", "--others", "--exclude-standard"), "git ls-files").split("\0").filter(Boolean);
    let copied = 0;
    for (const f of files) {
      let st;
      try {
        st = lstatSync(join(repoRoot, f));
      } catch {
        continue; // deleted in the working tree
      }
      if (!st.isFile()) continue;
      mkdirSync(dirname(join(hooks, f)), { recursive: true });
      copyFileSync(join(repoRoot, f), join(hooks, f));
      copied++;
    }
    assert.ok(copied > 10 && files.includes(".pre-commit-hooks.yaml"), "the checkout has .pre-commit-hooks.yaml");
    ok(git(hooks, e, "init", "-q"), "git init");
    ok(git(hooks, e, "add", "-A"), "git add");
    ok(git(hooks, e, "commit", "-q", "--no-verify", "-m", "snapshot of the working tree"), "git commit");
    const rev = ok(git(hooks, e, "rev-parse", "HEAD"), "git rev-parse").trim();

    // 2. A repository that uses the hook.
    const work = join(root, "work");
    mkdirSync(work);
    ok(git(work, e, "init", "-q"), "git init");
    writeFileSync(join(work, ".pre-commit-config.yaml"), `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${rev}\n    hooks:\n      - id: claims-check\n`);
    ok(git(work, e, "add", ".pre-commit-config.yaml"), "git add");
    ok(git(work, e, "commit", "-q", "-m", "use claims-check"), "git commit");
    ok(run("pre-commit", ["install"], work, e), "pre-commit install");

    const commit = (name: string, fixture: string) => {
      copyFileSync(join(fixturesDir, "check", fixture, "input.txt"), join(work, name));
      ok(git(work, e, "add", name), "git add");
      const r = git(work, e, "commit", "-m", `add ${name}`);
      return { status: r.status, output: r.stdout + r.stderr };
    };

    // The first commit installs the hook's environment (npm install, build, pack).
    const good = commit("good.md", "clean");
    assert.equal(good.status, 0, good.output);
    assert.match(good.output, /claims check\.+Passed/);

    // Warnings do not block a commit.
    const warned = commit("notes.txt", "unused-endnote");
    assert.equal(warned.status, 0, warned.output);

    const bad = commit("bad.txt", "dangling-citation");
    assert.notEqual(bad.status, 0, bad.output);
    assert.match(bad.output, /claims check\.+Failed/);
    assert.match(bad.output, /bad\.txt/);
    assert.match(bad.output, /3:138 +error +Citation \[3\] has no endnote \(the endnote list runs \[1\] to \[4\]\) +dangling-citation/);
    assert.match(bad.output, /- exit code: 1/);

    const log = ok(git(work, e, "log", "--format=%s"), "git log").trim().split("\n");
    assert.deepEqual(log, ["add notes.txt", "add good.md", "use claims-check"]);
    // The refused file is still staged, not committed.
    assert.match(ok(git(work, e, "status", "--porcelain"), "git status"), /^A {2}bad\.txt$/m);

    // The hook's manifest is what the README documents.
    const manifest = readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8");
    assert.match(manifest, /^- id: claims-check$/m);
    assert.match(manifest, /^ {2}entry: claims check$/m);
    assert.match(manifest, /^ {2}language: node$/m);
  });
});
