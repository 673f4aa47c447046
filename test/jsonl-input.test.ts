/**
 * `claims extract --input-format jsonl`: documents as JSON lines, the record
 * stream of cluster tools. Offsets refer to each record's `text`, `file` is
 * the record's `file` or `id`, url/title/date hints win; a bad line is one
 * stderr line naming its line number, the others are still extracted, exit 2.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { extractText } from "../src/extract.js";
import { parseDocumentRecord, runJob, type Job } from "../src/jobs.js";
import { jsonlJobs } from "../src/jsonl-input.js";
import { bin, repoRoot } from "./helpers.js";

const seeds = readdirSync(join(repoRoot, "seeds")).sort().map((f) => ({ id: f, text: readFileSync(join(repoRoot, "seeds", f), "utf8") }));

function claims(args: string[], input: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: "utf8", input, maxBuffer: 1 << 28, env: { ...process.env, ...env } });
}

/** What extracting each record on its own gives. */
function expected(records: { id?: string | number; file?: string; text: string; url?: string; title?: string; date?: string }[]): string {
  let out = "";
  for (const r of records) {
    const file = r.file ?? String(r.id);
    for (const c of extractText(r.text, file, { url: r.url, title: r.title, date: r.date })) out += JSON.stringify(c) + "\n";
  }
  return out;
}

describe("--input-format jsonl", () => {
  it("extracts each record, offsets in its text, file = its file or id", () => {
    const records = [
      ...seeds,
      { file: "wire/a.txt", text: "The minister said on Monday that the plan would fail.\n", url: "https://example.org/a", title: "A title", date: "2024-03-03" },
      { id: 42, text: "“We will not leave,” the mayor said.\n" },
    ];
    const r = claims(["extract", "--input-format", "jsonl", "-"], records.map((x) => JSON.stringify(x)).join("\n") + "\n");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, expected(records));
    const wire = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((c) => c.file === "wire/a.txt");
    assert.deepEqual(wire[0].document, { index: 0, title: "A title", url: "https://example.org/a", date: "2024-03-03" });
    assert.ok(r.stdout.includes('"file":"42"'));
  });

  it("bad lines: one message each with the line number, the rest extracted, exit 2", () => {
    const good = JSON.stringify(seeds[0]);
    const input = [good, "not json", "", JSON.stringify({ id: "x" }), JSON.stringify([1]), JSON.stringify({ text: "t" }), JSON.stringify({ id: "y", text: "t", url: 5 }), JSON.stringify(seeds[1])].join("\n");
    const r = claims(["extract", "--input-format", "jsonl", "-"], input);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, expected([seeds[0]!, seeds[1]!]));
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 5, r.stderr);
    assert.match(lines[0]!, /^claims: -:2: not JSON/);
    assert.match(lines[1]!, /^claims: -:4: "text" must be a string/);
    assert.match(lines[2]!, /^claims: -:5: not a JSON object/);
    assert.match(lines[3]!, /^claims: -:6: needs "file" or "id"/);
    assert.match(lines[4]!, /^claims: -:7: "url" must be a string or null/);
  });

  it("CRLF, a BOM, no final newline, and --jobs 2 give the same output", () => {
    const body = seeds.map((x) => JSON.stringify(x)).join("\r\n");
    const plain = claims(["extract", "--input-format", "jsonl", "--jobs", "1", "-"], seeds.map((x) => JSON.stringify(x)).join("\n") + "\n");
    const odd = claims(["extract", "--input-format", "jsonl", "--jobs", "2", "-"], "\uFEFF" + body, { CLAIMS_TUNING: "parallelmin=0" });
    assert.equal(odd.status, 0, odd.stderr);
    assert.equal(odd.stdout, plain.stdout);
  });

  it("is read in batches of whole lines, line numbers kept across batches", async () => {
    const lines = Array.from({ length: 50 }, (_, i) => (i % 10 === 3 ? "bad" : JSON.stringify({ id: `d${i}`, text: `Officials said talks number ${i} would resume.` })));
    const text = lines.join("\n") + "\n";
    // Deliver it in awkward pieces (splitting lines and multi-byte characters) to batches of ~100 bytes.
    const bytes = Buffer.from(text);
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 37) parts.push(bytes.subarray(i, i + 37));
    const jobs: Job[] = [];
    for await (const j of jsonlJobs(Readable.from(parts), "-", 100)) jobs.push(j);
    assert.ok(jobs.length > 10);
    let out = "";
    const messages: string[] = [];
    for (const j of jobs) { const r = runJob(j); out += r.out; messages.push(...r.messages); }
    const whole = runJob({ kind: "jsonl", text, source: "-", firstLine: 1, bytes: bytes.length });
    assert.equal(out, whole.out);
    assert.deepEqual(messages, whole.messages);
    assert.deepEqual(messages.map((m) => m.split(":")[2]), ["4", "14", "24", "34", "44"]);
  });

  it("parseDocumentRecord", () => {
    assert.deepEqual(parseDocumentRecord('{"id":"a","text":"t","title":null}'), { file: "a", text: "t", hints: {} });
    assert.deepEqual(parseDocumentRecord('{"file":"f","id":"a","text":"t","date":"2024-01-01","extra":1}'), { file: "f", text: "t", hints: { date: "2024-01-01" } });
    assert.equal(parseDocumentRecord('{"id":"","text":"t"}'), 'needs "file" or "id" (a non-empty string)');
    assert.equal(parseDocumentRecord('{"file":3,"text":"t"}'), '"file" must be a non-empty string');
  });
});
