/**
 * fast-check generators of hostile documents, shared by the fuzz and
 * determinism tests: token soup (quotes, brackets, markers, cue words, RSS and
 * URL lines, mixed scripts, RTL marks, astral characters, NUL, lone
 * surrogates, every kind of line break), report-like documents (titles,
 * paragraphs of attributed sentences, URL lines, endnote lists with garbage)
 * and real seed documents with hostile edits.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { repoRoot } from "./helpers.js";

export const QUOTES = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "‚", "「", "」"];
export const HOSTILE = [
  ...QUOTES,
  "[", "]", "[[[[", "]]]]", "(", ")", "((", "{", "}", "[1]", "[2][3]", "[3, 4]", "[3-5]", "[1-100000000]", "[99999999999]",
  "[00000]", "[0]", "[1–3]", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22]", "[12345]", "[ 1 ]", "[1-]", "[-1]",
  "said", "said said said", "says", "told", "told Reuters", "according to", "according to the", "citing", "claimed responsibility for",
  "adding that", "he said", "she said", "they said", "it was reported that", "said that", "said:", "did not say", "warned",
  "RSS", "\nRSS\n", "https://example.com/a?b=c", "<https://x.org/p>", "www.example.com", "example dot com",
  "U.S.", "U.S. U.S.", "Mr.", "Dr.", "e.g.", "No. 5", "....", "...", "…", "?!", "!", ".", ",", ",,,,", ";", ":", "—", "–", "-",
  "Smith", "John Smith", "Reuters", "The Islamic Resistance in Iraq", "officials", "the group", "Kataib Hezbollah", "IRGC",
  "the statement read", "a spokesman", "(NSC)", "Israel’s", "US officials", "Photo: REUTERS/Jane Doe",
  "مرحبا بالعالم", "قال المتحدث", "שלום עולם", "Привет мир", "сказал", "中文字符", "日本語", "한국어", "ελληνικά",
  "\u200f", "\u200e", "\u202e", "\u2066", "\u200b", "\u00a0", "\u2028", "\u2029", "\u0085", "\ufeff", "\u0301", "e\u0301",
  "😀", "𝄞", "👩‍👩‍👧", "🇺🇦", "𐍈", "\u{10FFFF}", "\u0000", "\u0007", "\u001b", "\ufffd", "\ud800", "\udc00", "\udbff\udfff",
  "date 2024-02-19", "February 19, 2024", "10", "1,000", "2024",
];
export const SEPARATORS = ["", " ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\n\r"];

const word = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.stringMatching(/^[A-Z]{2,5}$/),
);
/** Whole attributed sentences, so that soup reaches the attribution stages. */
const SENTENCE_SEEDS = [
  "Smith said the bridge was closed.", "“We will not stop,” he said.", "According to Reuters, the talks failed.",
  "The ministry said that 10 people died.[1]", "Officials told AP that “nothing” happened.", "She warned: “It is late.”",
  "Kataib Hezbollah claimed responsibility for the attack.[2][3]", "“Yes,” said a commander of the group.",
];
export const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 6 },
  { arbitrary: word, weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 4 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }), weight: 1 },
  { arbitrary: fc.nat({ max: 99999 }).map((n) => `[${n}]`), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...HOSTILE), fc.integer({ min: 2, max: 40 })).map(([s, k]) => s.repeat(k)), weight: 1 },
);
/** Token soup: hostile pieces joined by random separators (sentence-like pieces mixed in: see below). */
export const soup = fc
  .array(fc.tuple(fc.oneof({ arbitrary: piece, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }), fc.constantFrom(...SEPARATORS)), { maxLength: 400, size: "medium" })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(...SENTENCE_SEEDS), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, fill]) => parts.map(([p, s], i) => (p ?? fill[i]!) + s).join(""));

const NAMES = ["Smith", "John Smith", "Ghaani", "the group", "He", "They", "A senior official", "Russian officials", "Kataib Hezbollah", "The ministry", "she", "Reuters"];
const CUES = ["said", "told Reuters", "claimed", "warned", "stated", "reported", "argued", "announced", "denied", "noted", "wrote"];
const CONTENT = ["the bridge was closed", "“the attacks will stop”", "it would “suspend attacks” on January 30", "forces advanced near Avdiivka", "no one was hurt"];
/** Plausible sentences with hostile decorations: these reach the attribution stages. */
const sentence = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), fc.constantFrom(...CONTENT), fc.constantFrom("", "[1]", "[2][3]", "[4-6]", "[99999]", "[1-100000000]"), fc.nat({ max: 6 }), fc.constantFrom(...HOSTILE))
  .map(([who, cue, what, marker, form, noise]) => {
    switch (form) {
      case 0: return `${who} ${cue} that ${what}.${marker}`;
      case 1: return `“${what},” ${who} ${cue}.${marker}`;
      case 2: return `According to ${who}, ${what}.${marker}`;
      case 3: return `${who} ${cue}: “${what}.”${marker}`;
      case 4: return `${what}, ${who} ${cue}${noise}.${marker}`;
      case 5: return `${noise}${who} ${noise} ${cue} ${what}${noise}${marker}`;
      default: return `“${what}.” ${who} ${cue}, adding that ${what}.${marker}`;
    }
  });
const endnoteLine = fc
  .tuple(fc.oneof(fc.nat({ max: 30 }), fc.constantFrom(0, 99999, 999999, 1234567)), fc.constantFrom("https://example.com/a ; https://b.org/c", "www.x.com", "garbage [[[", "example dot com", "", "“unbalanced", "said said said", "https://😀.com/🇺🇦"))
  .map(([n, rest]) => `[${n}] ${rest}`);
/** Report-like documents: paragraphs of sentences and soup, optional title, URL line and endnote list. */
export const report = fc
  .tuple(
    fc.option(fc.constantFrom("Iran Update, February 19, 2024", "RSS\nHeadline here\n\nPhoto: REUTERS/Someone\n", "date 2024-01-02", "[[[[ title")),
    fc.array(fc.array(fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: soup, weight: 1 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
    fc.option(fc.constantFrom("https://www.understandingwar.org/backgrounder/iran-update-february-19-2024", "https://x.org")),
    fc.array(endnoteLine, { maxLength: 8 }),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.constantFrom(" ", "\n", "  "),
  )
  .map(([title, paras, url, notes, nl, join]) => {
    const parts: string[] = [];
    if (title) parts.push(title, "");
    for (const p of paras) parts.push(p.join(join), "");
    if (url) parts.push(url, "");
    parts.push(...notes);
    return parts.join("\n").replace(/\n/g, nl);
  });

const seeds = readdirSync(join(repoRoot, "seeds")).sort().map((f) => readFileSync(join(repoRoot, "seeds", f), "utf8"));
/** A mutation of a seed document at a relative position. */
const mutation = fc.tuple(fc.nat({ max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), piece, fc.constantFrom(...SEPARATORS));
/** Real documents with hostile edits: insertions, deletions, duplications, line-ending changes. */
export const mutatedSeed = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([k, edits]) => {
    let t = seeds[k]!;
    for (const [op, x, y, p, sep] of edits) {
      const i = Math.floor(x * t.length);
      const j = Math.min(t.length, i + Math.floor(y * 400));
      switch (op) {
        case 0: t = t.slice(0, i) + p + sep + t.slice(i); break;
        case 1: t = t.slice(0, i) + t.slice(j); break;
        case 2: t = t.slice(0, j) + t.slice(i, j) + t.slice(j); break;
        case 3: t = t.replace(/\r?\n/g, sep.includes("\r") ? "\r\n" : "\r"); break;
        case 4: t = t.slice(0, i) + p.repeat(1 + Math.floor(y * 50)) + t.slice(i); break;
        default: t = t.slice(0, i) + QUOTES[Math.floor(y * QUOTES.length)] + t.slice(i); break;
      }
    }
    return t;
  });

