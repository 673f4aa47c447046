/**
 * Out to a cluster: `claims extract --input-format jsonl -` is a filter from
 * document JSON lines to claim JSON lines, the contract of GNU parallel
 * `--pipe`, Hadoop Streaming and Spark's `RDD.pipe`. Run under GNU parallel
 * (blocks of 50 records, several processes), the claims are those of a
 * single process, in another order.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { bin, repoRoot, sharedDir } from "./helpers.js";

function have(cmd: string): boolean {
  const r = spawnSync(cmd, ["--version"], { encoding: "utf8", input: "" });
  return !r.error && r.status === 0 && /GNU parallel/.test(r.stdout);
}
const parallelSkip = have("parallel") ? false : "skipped: GNU parallel is not installed (.ci/run installs it; or apt-get install -y parallel)";

/** Document records: the seeds, and real documents when ../shared is there, else the seeds again under other ids. */
function records(): string {
  const docs: { id: string; text: string }[] = [];
  for (const f of readdirSync(join(repoRoot, "seeds")).sort()) docs.push({ id: `seeds/${f}`, text: readFileSync(join(repoRoot, "seeds", f), "utf8") });
  const dirs = ["hrw-amnesty-2026/docs", "polnear/dev/text"].map((d) => join(sharedDir, "corpus", d));
  for (const d of dirs) {
    let names: string[] = [];
    try { names = readdirSync(d).filter((f) => f.endsWith(".txt")).sort(); } catch { continue; }
    for (const f of names.slice(0, 70)) docs.push({ id: f, text: readFileSync(join(d, f), "utf8") });
  }
  for (let i = 0; docs.length < 120; i++) docs.push({ ...docs[i % 3]!, id: `copy-${i}` });
  return docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
}

const sorted = (s: string) => s.split("\n").filter(Boolean).sort();

describe("claims under GNU parallel --pipe", () => {
  it("parallel --pipe -N 50 claims extract --input-format jsonl - equals one process, sorted", { skip: parallelSkip }, () => {
    const input = records();
    const single = spawnSync(process.execPath, [bin, "extract", "--input-format", "jsonl", "-"], { cwd: repoRoot, input, encoding: "utf8", maxBuffer: 1 << 28 });
    assert.equal(single.status, 0, single.stderr);
    const cmd = `parallel --will-cite --pipe -N 50 "${process.execPath}" bin/claims.js extract --jobs 1 --input-format jsonl -`;
    const split = spawnSync("bash", ["-c", cmd], { cwd: repoRoot, input, encoding: "utf8", maxBuffer: 1 << 28 });
    assert.equal(split.status, 0, split.stderr);
    assert.ok(single.stdout.split("\n").length > 100, "enough claims to mean something");
    assert.deepEqual(sorted(split.stdout), sorted(single.stdout));
  });
});
