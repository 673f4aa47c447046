/**
 * The hand-written scanner of src/tokens.ts against its definition, the
 * regular expression TOKEN_PATTERN: same tokens (ranges, kinds, `cap`) on
 * random strings over an alphabet of the tricky characters, on slices that
 * start and end anywhere, and on the fixture documents; every token's text
 * and lower case are its slice of the text and that slice lower-cased.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize, TOKEN_PATTERN, type Token } from "../src/tokens.js";
import { fixturesDir } from "./helpers.js";

const UPPER = /^\p{Lu}/u;
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|da|di|van|von|der|le|la|du)[-‐]\p{Lu}/u;

/** Tokens as the expression defines them: "start:end:kind:cap". */
function byPattern(text: string, from: number, to: number): string[] {
  const re = new RegExp(TOKEN_PATTERN.source, "gu");
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const t = m[0];
    const end = m.index + t.length;
    if (end > to) break;
    let kind: string;
    if (t[0] === "[" && t.length > 2 && /\d/.test(t[1]!)) kind = "marker";
    else if (/^["“”«»]$/.test(t) || t === "''" || t === "``") kind = "quote";
    else if (/^[\p{L}\p{N}]/u.test(t)) kind = "word";
    else kind = "punct";
    out.push(`${m.index}:${end}:${kind}:${UPPER.test(t) || NAME_PARTICLE.test(t)}`);
  }
  return out;
}

function byScanner(text: string, from: number, to: number): string[] {
  const tokens = tokenize(text, from, to, () => 0);
  for (const t of tokens) {
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.lower, t.text.toLowerCase());
  }
  return tokens.map((t: Token) => `${t.start}:${t.end}:${t.kind}:${t.cap}`);
}

/** Starts inside a surrogate pair never happen (callers pass code-point boundaries). */
function splitsPair(s: string, i: number): boolean {
  return i > 0 && i < s.length && /[\udc00-\udfff]/.test(s[i]!) && /[\ud800-\udbff]/.test(s[i - 1]!);
}

const ALPHABET = [
  "a", "B", "Z", "é", "Ä", "ß", "1", "9", "٣", ".", ",", "'", "’", "-", "‐", "[", "]", " ", "\t", "\n", "\u00a0",
  "“", "”", '"', "«", "»", "`", "–", "\u0301", "😀", "𝐀", "\ud800", "Mr", "Lt.Col", "Gen", "St", "J", " ", "al-",
  "Bin-", "[12]", "[3-5]", "[3, 4", "''", "``", "U.S.", "[123456]", "Mrs.", "\u2028",
  "said.Trump", "ß.Ä", "𝐚.Bc",
];

test("the scanner gives the tokens TOKEN_PATTERN defines, on 60,000 random strings and slices", () => {
  let seed = 20261122;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let compared = 0;
  for (let k = 0; k < 60_000; k++) {
    let s = "";
    const n = 1 + Math.floor(rnd() * 30);
    for (let j = 0; j < n; j++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    const from = Math.floor(rnd() * 3);
    const to = s.length - Math.floor(rnd() * 3);
    if (from > to || splitsPair(s, from)) continue;
    assert.deepEqual(byScanner(s, from, to), byPattern(s, from, to), JSON.stringify({ s, from, to }));
    compared++;
  }
  assert.ok(compared > 50_000);
});

test("the scanner gives the tokens TOKEN_PATTERN defines on every extract fixture", () => {
  const dir = join(fixturesDir, "extract");
  const cases = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  assert.ok(cases.length > 20);
  for (const c of cases) {
    const text = readFileSync(join(dir, c, "input.txt"), "utf8");
    assert.deepEqual(byScanner(text, 0, text.length), byPattern(text, 0, text.length), c);
  }
});

test("tokens: words, markers, quotes, titles and initials as a reader sees them", () => {
  const text = "Gen. J. Smith told the U.S. “It’s over,” al-Qaeda said.[3-5]";
  const toks = tokenize(text, 0, text.length, () => 0);
  assert.deepEqual(toks.map((t) => t.text), ["Gen.", "J.", "Smith", "told", "the", "U.S.", "“", "It’s", "over", ",", "”", "al-Qaeda", "said", ".", "[3-5]"]);
  assert.deepEqual(toks.map((t) => t.kind), ["word", "word", "word", "word", "word", "word", "quote", "word", "word", "punct", "quote", "word", "word", "punct", "marker"]);
  assert.equal(toks.find((t) => t.text === "al-Qaeda")!.cap, true);
  assert.equal(toks.find((t) => t.text === "told")!.cap, false);
  // An astral letter opens a word (the expression's first-unit test called it punctuation).
  assert.equal(tokenize("𝐀bc", 0, 4, () => 0)[0]!.kind, "word");
});
