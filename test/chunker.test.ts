/**
 * The chunked path (src/chunker.ts) against whole-file extraction: a file of
 * many documents cut into small pieces gives, byte for byte, the records and
 * messages of extracting it in one go, whatever the piece size, line endings
 * or encoding; a document too long to hold is cut at paragraphs and keeps
 * valid spans, its title, URL, date and endnote URLs.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Claim } from "../src/claim.js";
import { chunkFile, type ChunkOptions } from "../src/chunker.js";
import { runJob, type Job } from "../src/jobs.js";
import { needsShared, repoRoot, sharedDir } from "./helpers.js";

let tmp = "";
before(() => { tmp = mkdtempSync(join(tmpdir(), "claims-chunker-")); });
after(() => rmSync(tmp, { recursive: true, force: true }));

const seeds = readdirSync(join(repoRoot, "seeds")).sort().map((f) => readFileSync(join(repoRoot, "seeds", f), "utf8"));

/**
 * Several documents of every kind the segmenter knows: a file date header,
 * ISW-style documents closed by their URL line, a `date` line that is not a
 * header, RSS blocks with a headline and photo caption, text outside the BMP
 * (so code points and UTF-16 units differ), and the seeds (which hold more).
 */
function multiDocument(): string {
  let s = "date 2024-02-03\n";
  seeds.forEach((t, i) => {
    s += t.replace(/\n+$/, "") + "\n" + `https://example.org/report-february-${i + 1}-2024\n`;
    if (i === 0) s += "date 2024-05-05 is not a header here\n";
    s += "\n";
  });
  s += "RSS\nHeadline with 😀 in it\n\nPhoto: REUTERS/Someone\n" + seeds[1] + "\n";
  s += "RSS\nSecond headline 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n\n“We will not leave,” the 𝔪𝔦𝔫𝔦𝔰𝔱𝔢𝔯 said on Monday. Officials told Reuters that talks had stalled.\n";
  return s;
}

function whole(path: string): { out: string; messages: string[] } {
  const r = runJob({ kind: "files", items: [{ path, file: "f.txt" }], bytes: 0 });
  return { out: r.out as string, messages: r.messages };
}

async function chunked(path: string, opts: Partial<ChunkOptions>): Promise<{ out: string; messages: string[]; pieces: Job[] }> {
  let out = "";
  const messages: string[] = [];
  const pieces: Job[] = [];
  for await (const job of chunkFile(path, "f.txt", opts)) {
    pieces.push(job);
    const r = runJob(job);
    out += r.out;
    messages.push(...r.messages);
  }
  return { out, messages, pieces };
}

function write(name: string, data: string | Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
}

function utf16(text: string, littleEndian: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (littleEndian) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  for (let i = 0; i < le.length; i += 2) { const t = le[i]!; le[i] = le[i + 1]!; le[i + 1] = t; }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

describe("chunked extraction equals whole-file extraction", () => {
  const text = multiDocument();
  const variants: [string, string | Uint8Array][] = [
    ["lf.txt", text],
    ["crlf.txt", text.replace(/\n/g, "\r\n")],
    ["cr.txt", text.replace(/\n/g, "\r")],
    ["bom.txt", "\uFEFF" + text],
    ["invalid-utf8.txt", Buffer.concat([Buffer.from(text).subarray(0, 4000), Buffer.from([0xff, 0xe2, 0x82]), Buffer.from(text).subarray(4000), Buffer.from([0xf0, 0x9f])])],
    ["utf16le.txt", utf16(text, true)],
    ["utf16be.txt", utf16(text, false)],
  ];
  for (const [name, data] of variants) {
    for (const target of [300, 1000, 4000]) {
      it(`${name}, pieces of ${target}`, async () => {
        const p = write(name, data);
        const w = whole(p);
        const c = await chunked(p, { target, hardMax: 1 << 24, readSize: Math.max(256, target >> 1) });
        assert.ok(w.out.split("\n").length > 50, "the sample has claims");
        assert.ok(c.pieces.length > 3, `cut into several pieces (${c.pieces.length})`);
        assert.ok(c.pieces.every((j) => !("meta" in j)), "no document was cut inside");
        assert.equal(c.out, w.out);
        assert.deepEqual(c.messages, w.messages);
      });
    }
  }

  it("an empty file, a binary file and a missing file", async () => {
    for (const [name, data] of [["empty.txt", ""], ["binary.bin", Buffer.from([0, 1, 2, 3, 0, 0, 7])]] as const) {
      const p = write(name, data);
      const w = runJob({ kind: "files", items: [{ path: p, file: "f.txt" }], bytes: 0 });
      const c = await chunked(p, { target: 100 });
      assert.equal(c.out, w.out);
      assert.deepEqual(c.messages, w.messages);
      assert.equal(c.pieces.reduce((n, j) => n + (j.kind === "text" || j.kind === "note" ? j.files : 0), 0), 1, "counted as one file");
    }
    const c = await chunked(join(tmp, "no-such-file.txt"), {});
    assert.deepEqual(c.messages, ["claims: f.txt: no such file or directory"]);
  });

  it("real reports and news, joined into one file", { skip: needsShared("corpus", "hrw-amnesty-2026") }, async () => {
    const dirs = [join(sharedDir, "corpus", "hrw-amnesty-2026", "docs"), join(sharedDir, "corpus", "isw-iran-update-2026", "docs")];
    let s = "";
    for (const d of dirs) for (const f of readdirSync(d).sort().slice(0, 8)) s += "RSS\n" + readFileSync(join(d, f), "utf8") + "\n";
    const p = write("corpus.txt", s);
    const w = whole(p);
    const c = await chunked(p, { target: 20_000, hardMax: 1 << 24, readSize: 8192 });
    assert.ok(c.pieces.length > 5);
    assert.equal(c.out, w.out);
  });
});

describe("a document too long to hold is cut at paragraphs", () => {
  /** One long ISW-style document: title, paragraphs with markers, then an endnote list or a closing URL line. */
  function longDocument(paragraphs: number, date: string, end: "endnotes" | "url"): string {
    const lines = [`Iran Update, ${date}`, ""];
    for (let i = 1; i <= paragraphs; i++) {
      lines.push(`Officials in Tehran said on Monday that the talks number ${i} would resume.[${i}] The ministry told Reuters that “no deal is near,” according to a statement.[${i}]`);
      if (i % 7 === 0) lines.push("");
    }
    if (end === "endnotes") {
      lines.push("");
      for (let i = 1; i <= paragraphs; i++) lines.push(`[${i}] https://example.org/source/${i}`);
    } else {
      lines.push(`https://www.understandingwar.org/backgrounder/iran-update-${date.toLowerCase().replace(/,? /g, "-")}`);
    }
    return lines.join("\n") + "\n";
  }

  it("spans stay exact; title, URL, date and endnote URLs come from the whole document", async () => {
    const text = "Short first document.\nThe minister said it was over.\nhttps://example.org/a\n" + longDocument(300, "March 3, 2024", "endnotes") +
      "RSS\n" + longDocument(200, "March 4, 2024", "url") + "RSS\nLast one\n\nThe mayor said the bridge would reopen.\n";
    const p = write("long.txt", text);
    const w = JSON.parse(`[${whole(p).out.trim().split("\n").join(",")}]`) as Claim[];
    const c = await chunked(p, { target: 2000, hardMax: 16000, readSize: 1024 });
    assert.ok(c.pieces.filter((j) => "meta" in j && j.meta?.index === 1).length > 5, "the first long document was cut inside");
    assert.ok(c.pieces.filter((j) => "meta" in j && j.meta?.index === 2).length > 5, "the second long document was cut inside");
    const claims = JSON.parse(`[${c.out.trim().split("\n").join(",")}]`) as Claim[];
    const cps = [...text];
    const lineStarts = [0];
    cps.forEach((ch, i) => { if (ch === "\n") lineStarts.push(i + 1); });
    const check = (s: { text: string | null; start: number | null; end: number | null; line: number | null; column: number | null } | null) => {
      if (!s || s.start === null) return;
      assert.equal(cps.slice(s.start, s.end!).join(""), s.text);
      let l = 0;
      while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= s.start) l++;
      assert.equal(s.line, l + 1);
      assert.equal(s.column, s.start - lineStarts[l]! + 1);
    };
    for (const x of claims) {
      for (const s of [x.sentence, x.speaker, x.speaker.resolved, x.cue, x.outlet, x.addressee, x.content]) check(s);
      for (const cite of x.citations) check(cite.marker);
    }
    // The same claims (by content) as whole-file extraction, with the same documents and citations.
    const key = (x: Claim) => `${x.content.start}:${x.content.end}`;
    assert.deepEqual(claims.map(key), w.map(key));
    assert.deepEqual(claims.map((x) => x.document), w.map((x) => x.document));
    assert.deepEqual(claims.map((x) => x.citations), w.map((x) => x.citations));
    const first = claims.filter((x) => x.document.index === 1);
    assert.ok(first.length > 100);
    assert.deepEqual(first[0]!.document, { index: 1, title: "Iran Update, March 3, 2024", url: null, date: "2024-03-03" });
    assert.ok(first.every((x) => x.citations.every((cite) => cite.urls[0] === `https://example.org/source/${cite.n}`)));
    const second = claims.filter((x) => x.document.index === 2);
    assert.ok(second.length > 100);
    assert.deepEqual(second[0]!.document, { index: 2, title: "Iran Update, March 4, 2024", url: "https://www.understandingwar.org/backgrounder/iran-update-march-4-2024", date: "2024-03-04" });
    assert.ok(claims.some((x) => x.document.index === 3), "the document after them is found");
  });

  it("a line longer than everything is cut inside, columns included", async () => {
    const line = "The minister said the plan would fail. ".repeat(400);
    const p = write("one-line.txt", "Title line\n\n" + line + "\nThe mayor said it was fine.\n");
    const c = await chunked(p, { target: 1000, hardMax: 4000, readSize: 1024 });
    const claims = c.out.trim().split("\n").map((l) => JSON.parse(l) as Claim);
    const cps = [...readFileSync(p, "utf8")];
    for (const x of claims) {
      assert.equal(cps.slice(x.content.start, x.content.end).join(""), x.content.text);
      if (x.content.line === 3) assert.equal(x.content.column, x.content.start - 12 + 1);
    }
    assert.ok(claims.length > 100);
  });
});
