import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./helpers.js";
import { InputList, readInput, resolveInputs, toDisplayPath } from "../src/inputs.js";

const NO_FIFO = "skipped: mkfifo is unavailable or failed";
let root = "";
let haveFifo = false;
let socketServer: Server | undefined;
let haveSocket = false;
/** Why chmod 000 tests are skipped (running as root reads anything), or false. */
let chmodSkip: false | string = false;

const file = (rel: string, content = `content of ${rel}\n`): void => {
  mkdirSync(join(root, rel, ".."), { recursive: true });
  writeFileSync(join(root, rel), content);
};
/** `resolveInputs` with the list as a plain array, for `deepEqual`. */
const resolveList = async (args: string[], opts: { cwd?: string } = {}) => {
  const { inputs, errors } = await resolveInputs(args, opts);
  return { inputs: [...inputs], errors };
};
/** The warnings `resolveInputs` gives for `args` (run from the test tree's root). */
const warningsHere = async (args: string[]) => (await resolveInputs(args, { cwd: root })).warnings;
const resolveHere = (args: string[]) => resolveList(args, { cwd: root });

before(async () => {
  root = mkdtempSync(join(tmpdir(), "claims-inputs-"));
  // tree/: a clean tree (no errors expected when walked).
  for (const f of [
    "tree/a.md",
    "tree/b.TXT",
    "tree/c.json",
    "tree/notes.Md",
    "tree/Zed.md",
    "tree/space name.txt",
    "tree/weird[1].md",
    "tree/weird1.md",
    "tree/.hidden.md",
    "tree/.hiddendir/x.md",
    "tree/dirmd.md/x.txt",
    "tree/sub/c.md",
    "tree/sub/deep/d.txt",
    "tree/sub/deep/e.markdown",
  ]) {
    file(f);
  }
  symlinkSync("..", join(root, "tree/sub/up")); // back to tree/: must not recurse forever
  symlinkSync(".", join(root, "tree/sub/self"));
  symlinkSync("a.md", join(root, "tree/linkfile.md"));
  mkdirSync(join(root, "empty/nested"), { recursive: true });
  file("empty/nested/readme.rst");
  // links/: a corpus made of links to directories, which the walk does not follow.
  mkdirSync(join(root, "links"));
  symlinkSync(join(root, "tree/sub"), join(root, "links/sub"));
  symlinkSync(join(root, "tree/sub/deep"), join(root, "links/deep"));
  // nasty/: a symlink loop and a dangling link beside a good file.
  file("nasty/ok.md");
  symlinkSync("loop2", join(root, "nasty/loop1"));
  symlinkSync("loop1", join(root, "nasty/loop2"));
  symlinkSync("missing.md", join(root, "nasty/broken.md"));
  symlinkSync("missing.png", join(root, "nasty/broken.png")); // not an input name: ignored
  // A FIFO inside the tree (skipped by walks) and one outside (named explicitly).
  const mk = (p: string) => spawnSync("mkfifo", [join(root, p)]);
  haveFifo = mk("pipe").status === 0 && mk("tree/fifo.md").status === 0;
  // A socket named explicitly.
  const sockPath = join(root, "sock");
  haveSocket = await new Promise<boolean>((ok) => {
    const server = createServer();
    server.once("error", () => ok(false));
    server.listen(sockPath, () => {
      socketServer = server;
      ok(true);
    });
  });
  // locked/: a file nobody may read, in a directory nobody may enter.
  file("locked.txt");
  chmodSync(join(root, "locked.txt"), 0o000);
  file("lockeddir/f.txt");
  chmodSync(join(root, "lockeddir"), 0o000);
  try {
    readFileSync(join(root, "locked.txt"));
    readdirSync(join(root, "lockeddir"));
    chmodSkip = "skipped: running with privileges (e.g. as root) that ignore chmod 000, so permission errors cannot occur";
  } catch {
    chmodSkip = false;
  }
});

after(async () => {
  if (socketServer) await new Promise<void>((done) => socketServer!.close(() => done()));
  if (root) {
    chmodSync(join(root, "lockeddir"), 0o755);
    rmSync(root, { recursive: true, force: true });
  }
});

/** What walking tree/ yields, in code-unit order ("Z" < "a"). */
const treeFiles = [
  "Zed.md",
  "a.md",
  "b.TXT",
  "dirmd.md/x.txt",
  "linkfile.md",
  "notes.Md",
  "space name.txt",
  "sub/c.md",
  "sub/deep/d.txt",
  "weird1.md",
  "weird[1].md",
];

describe("resolveInputs: directories", () => {
  test("walks recursively for .txt/.md (any case); skips hidden, other extensions, FIFOs, symlinked dirs", async () => {
    const { inputs, errors } = await resolveHere(["tree"]);
    assert.deepEqual(errors, []);
    assert.deepEqual(inputs, treeFiles.map((f) => `tree/${f}`));
  });

  test("output is sorted by code units and uses / separators", async () => {
    const { inputs } = await resolveHere(["tree"]);
    assert.deepEqual(inputs, [...inputs].sort());
    assert.ok(inputs.every((p) => !p.includes("\\")), "no backslash separators");
  });

  test("absolute directory gives absolute paths joined with /", async () => {
    const { inputs, errors } = await resolveList([join(root, "tree", "sub")]);
    assert.deepEqual(errors, []);
    const base = toDisplayPath(join(root, "tree", "sub"));
    assert.deepEqual(inputs, [`${base}/c.md`, `${base}/deep/d.txt`]);
  });

  test("`tree/`, `./tree` and `tree` name the same files; duplicates collapse", async () => {
    const plain = await resolveHere(["tree"]);
    for (const variant of [["tree/"], ["./tree"], ["tree", "./tree/", "tree/a.md", "./tree/a.md"]]) {
      assert.deepEqual(await resolveHere(variant), plain, variant.join(" "));
    }
  });

  test("`.` as the directory yields paths without a ./ prefix", async () => {
    const { inputs } = await resolveList(["."], { cwd: join(root, "tree", "sub") });
    assert.deepEqual(inputs, ["c.md", "deep/d.txt"]);
  });

  test("a symlink to a directory named explicitly is walked (once: the link back inside is not followed)", async () => {
    const { inputs, errors } = await resolveHere(["tree/sub/up"]);
    assert.deepEqual(errors, []);
    assert.deepEqual(inputs, treeFiles.map((f) => `tree/sub/up/${f}`));
  });

  test("a directory with no inputs is not an error, but a warning", async () => {
    assert.deepEqual(await resolveHere(["empty"]), { inputs: [], errors: [] });
    assert.deepEqual(await warningsHere(["empty"]), [{ path: "empty", message: "no .txt or .md files" }]);
  });

  test("a directory of links to directories gives nothing, and the warning counts the links left alone", async () => {
    assert.deepEqual(await resolveHere(["links"]), { inputs: [], errors: [] });
    assert.deepEqual(await warningsHere(["links"]), [
      { path: "links", message: "no .txt or .md files (2 links to directories not followed; name the linked directories themselves)" },
    ]);
    // Named themselves, they are walked; a directory that gave files is no warning.
    assert.deepEqual((await resolveHere(["links/deep"])).inputs, ["links/deep/d.txt"]);
    assert.deepEqual(await warningsHere(["links/deep", "tree"]), []);
  });

  test("symlink loops and dangling input-named links are reported; the rest is kept", async () => {
    const { inputs, errors } = await resolveHere(["nasty"]);
    assert.deepEqual(inputs, ["nasty/ok.md"]);
    assert.deepEqual(errors, [
      { path: "nasty/broken.md", message: "no such file or directory (broken symbolic link)" },
      { path: "nasty/loop1", message: "symbolic link loop" },
      { path: "nasty/loop2", message: "symbolic link loop" },
    ]);
  });
});

describe("resolveInputs: explicit arguments", () => {
  test("`-` comes first and only once; explicit files of any extension are kept", async () => {
    const { inputs, errors } = await resolveHere(["tree/c.json", "-", "tree/a.md", "-", "tree/Zed.md"]);
    assert.deepEqual(errors, []);
    assert.deepEqual(inputs, ["-", "tree/Zed.md", "tree/a.md", "tree/c.json"]);
  });

  test("an existing path with glob characters is taken literally", async () => {
    assert.deepEqual(await resolveHere(["tree/weird[1].md"]), { inputs: ["tree/weird[1].md"], errors: [] });
  });

  test("missing paths, loops and dangling links: one error each, in argument order, rest processed", async () => {
    const { inputs, errors } = await resolveHere(["nope.md", "tree/a.md", "nasty/loop1", "nasty/broken.md", "nope.md"]);
    assert.deepEqual(inputs, ["tree/a.md"]);
    assert.deepEqual(errors, [
      { path: "nope.md", message: "no such file or directory" },
      { path: "nasty/loop1", message: "symbolic link loop" },
      { path: "nasty/broken.md", message: "no such file or directory (broken symbolic link)" },
    ]);
  });

  test("a FIFO named explicitly is an error and is never opened", async (t) => {
    if (!haveFifo) return t.skip(NO_FIFO);
    // Opening a FIFO for reading would block this test until it times out.
    const { inputs, errors } = await resolveHere(["pipe", "tree/a.md"]);
    assert.deepEqual(inputs, ["tree/a.md"]);
    assert.deepEqual(errors, [{ path: "pipe", message: "not a regular file (FIFO)" }]);
  });

  test("sockets and devices named explicitly are errors", async (t) => {
    const args = ["/dev/null", ...(haveSocket ? [join(root, "sock")] : [])];
    if (!haveSocket) t.diagnostic("no unix socket could be created; only the device case runs");
    const { inputs, errors } = await resolveList(args);
    assert.deepEqual(inputs, []);
    const expected = [{ path: "/dev/null", message: "not a regular file (character device)" }];
    if (haveSocket) expected.push({ path: toDisplayPath(join(root, "sock")), message: "not a regular file (socket)" });
    assert.deepEqual(errors, expected);
  });

  test("permission denied when stat-ing or listing", async (t) => {
    if (chmodSkip) return t.skip(chmodSkip);
    const { inputs, errors } = await resolveHere(["lockeddir/f.txt", "lockeddir", "tree/a.md"]);
    assert.deepEqual(inputs, ["tree/a.md"]);
    assert.deepEqual(errors, [
      { path: "lockeddir/f.txt", message: "permission denied" },
      { path: "lockeddir", message: "permission denied" },
    ]);
  });

  test("an unreadable file is still listed (reading it is what fails)", async () => {
    assert.deepEqual(await resolveHere(["locked.txt"]), { inputs: ["locked.txt"], errors: [] });
  });
});

describe("resolveInputs: globs", () => {
  test("matches regular files and links to them; not directories, FIFOs or hidden files", async () => {
    const { inputs, errors } = await resolveHere(["tree/*.md"]);
    assert.deepEqual(errors, []);
    // dirmd.md is a directory, fifo.md a FIFO, .hidden.md hidden, notes.Md differs in case.
    assert.deepEqual(inputs, ["tree/Zed.md", "tree/a.md", "tree/linkfile.md", "tree/weird1.md", "tree/weird[1].md"]);
  });

  test("** descends into real directories but not through symlinked ones", async () => {
    const { inputs, errors } = await resolveHere(["tree/**/*.txt"]);
    assert.deepEqual(errors, []);
    assert.deepEqual(inputs, ["tree/dirmd.md/x.txt", "tree/space name.txt", "tree/sub/deep/d.txt"]);
  });

  test("absolute patterns give absolute paths", async () => {
    const base = toDisplayPath(join(root, "tree", "sub"));
    const { inputs } = await resolveList([`${base}/*.md`]);
    assert.deepEqual(inputs, [`${base}/c.md`]);
  });

  test("a glob that matches nothing, or only a directory, is an error", async () => {
    const { inputs, errors } = await resolveHere(["tree/*.nothing", "tree/dir*.md", "tree/a.md"]);
    assert.deepEqual(inputs, ["tree/a.md"]);
    assert.deepEqual(errors, [
      { path: "tree/*.nothing", message: "glob matched no files" },
      { path: "tree/dir*.md", message: "glob matched no files" },
    ]);
  });

  test("symlink loops matched by a glob are reported", async () => {
    const { inputs, errors } = await resolveHere(["nasty/*"]);
    assert.deepEqual(inputs, ["nasty/ok.md"]);
    assert.deepEqual(errors, [
      { path: "nasty/loop1", message: "symbolic link loop" },
      { path: "nasty/loop2", message: "symbolic link loop" },
    ]);
  });

  test("globs, directories and files together are merged, deduplicated and sorted", async () => {
    const { inputs } = await resolveHere(["tree/sub", "tree/**/c.md", "nasty/ok.md", "tree/sub/c.md"]);
    assert.deepEqual(inputs, ["nasty/ok.md", "tree/sub/c.md", "tree/sub/deep/d.txt"]);
  });
});

describe("toDisplayPath", () => {
  test("on POSIX a backslash is a file-name character and is kept", { skip: sep === "\\" ? "Windows" : false }, async () => {
    assert.equal(toDisplayPath("dir/a\\b.md"), "dir/a\\b.md");
    // And such a file is listed under a name that reads it back.
    const dir = join(root, "backslash");
    mkdirSync(dir);
    writeFileSync(join(dir, "a\\b.md"), "x");
    const { inputs } = await resolveList([dir]);
    assert.equal(inputs.length, 1);
    assert.equal(Buffer.from(await readInput(inputs[0]!)).toString(), "x");
  });

  test("on Windows every backslash becomes /", { skip: sep === "\\" ? false : "POSIX: \\ is not a separator here" }, () => {
    assert.equal(toDisplayPath("C:\\docs\\sub\\a.md"), "C:/docs/sub/a.md");
  });
});

describe("readInput", () => {
  test("returns the file's bytes unchanged", async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0xff, 0x00]);
    writeFileSync(join(root, "raw.bin"), bytes);
    assert.deepEqual(new Uint8Array(await readInput(join(root, "raw.bin"))), bytes);
  });

  test("rejects with short human messages", async () => {
    await assert.rejects(readInput(join(root, "nope.md")), { message: "no such file or directory" });
    await assert.rejects(readInput(join(root, "tree")), { message: "is a directory" });
    await assert.rejects(readInput(join(root, "nasty", "loop1")), { message: "symbolic link loop" });
  });

  test("rejects a FIFO without blocking", async (t) => {
    if (!haveFifo) return t.skip(NO_FIFO);
    await assert.rejects(readInput(join(root, "pipe")), { message: "not a regular file (FIFO)" });
  });

  test("rejects an unreadable file with `permission denied`", async (t) => {
    if (chmodSkip) return t.skip(chmodSkip);
    await assert.rejects(readInput(join(root, "locked.txt")), { message: "permission denied" });
  });

  test("`-` reads all of standard input", () => {
    const script = `import { readInput } from ${JSON.stringify(pathToFileURL(join(repoRoot, "dist", "src", "inputs.js")).href)};
      const b = await readInput("-"); process.stdout.write(Buffer.from(b).toString("hex"));`;
    const input = Buffer.concat([Buffer.from("héllo\r\n"), Buffer.alloc(200_000, 0x61), Buffer.from([0xff])]);
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { input });
    assert.equal(r.status, 0, r.stderr.toString());
    assert.equal(r.stdout.toString(), input.toString("hex"));
  });
});

describe("InputList", () => {
  // Shared prefixes of every length, a path that is a prefix of the next, the
  // empty string, non-Latin-1 text and surrogate pairs (a shared prefix may
  // end between the two halves of one), across several restart points.
  const paths: string[] = ["", "-", "a", "a/b.md", "a/b.md.txt", "a/b/c.txt", "é/ü.md", "😀/a.txt", "😁/b.txt", "\uD83D"];
  for (let i = 0; i < 40; i++) paths.push(`tree/copy-${String(i).padStart(3, "0")}/${"x".repeat(i % 7)}.txt`);
  const list = new InputList(paths);

  test("gives back every path, in order, by iteration and by index", () => {
    assert.equal(list.length, paths.length);
    assert.deepEqual([...list], paths);
    for (let i = 0; i < paths.length; i++) assert.equal(list.at(i), paths[i]);
  });

  test("`at` counts negative indices from the end and is undefined out of range", () => {
    assert.equal(list.at(-1), paths[paths.length - 1]);
    assert.equal(list.at(paths.length), undefined);
    assert.equal(list.at(-paths.length - 1), undefined);
    assert.equal(new InputList([]).at(0), undefined);
    assert.deepEqual([...new InputList([])], []);
  });

  test("`includes` matches whole paths only", () => {
    assert.ok(list.includes("-"));
    assert.ok(list.includes("a/b.md"));
    assert.ok(!list.includes("a/b"));
  });
});
