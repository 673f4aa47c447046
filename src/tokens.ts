/**
 * Word-level tokens of a paragraph, with their UTF-16 ranges in the file's
 * text. One pass of a hand-written scanner; every token records the
 * sentence it belongs to.
 *
 * The scanner is the regular expression `TOKEN_PATTERN` (kept below as the
 * definition, and used by the tests as the oracle) written out by hand: the
 * expression with its Unicode property classes ran at about 25 MB/s and
 * allocated a match array per token, which made it the costliest stage of
 * extraction. Character classes are looked up in a lazily filled table.
 */

export type TokenKind = "word" | "punct" | "quote" | "marker";

export interface Token {
  /** UTF-16 range in the file's text. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  kind: TokenKind;
  /** First character is an upper-case letter (or a digit-led name such as "10"). */
  cap: boolean;
  /** Index of the sentence (within the paragraph) holding the token. */
  sentence: number;
  /** For quote tokens: "open", "close", or null when unpaired/ignored. */
  role: "open" | "close" | null;
  /** Depth of double-quotation nesting at the token (0 = outside quotes). */
  depth: number;
}

/**
 * What a token is, as one regular expression (the alternatives are tried in
 * order at each position; white space separates tokens):
 * citation marker, a ' that closes an inner quotation before '' ("'C,'''"), '' and ``, initialisms ("U.S."), title abbreviations
 * before a space ("Gen."), "Jr." and "Sr." before a comma, an initial before a name ("J. Smith"), a word
 * (letters, digits, inner apostrophes (also ‘), hyphens, dots and a colon between digits, "5:00"; not a dot between two lower-case letters and a
 * capitalised word, "said.Trump", where scraped text lost the space after a full stop), a quotation mark,
 * any other character. `tokenize` implements exactly this.
 */
export const TOKEN_PATTERN =
  /\[\d{1,5}(?:[ \t]*[-–,][ \t]*\d{1,5}){0,20}\]|(?<=\S)'(?='')|''|``|(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Reps|Sens|Jr|Sr|Prof|Rev|Adm|Maj|Cmdr|Cdr|Brig|Gens|Lt\.Col|St|Del|Amb|Supt|Insp|Det|Cllr|Pres|Sec|Atty|Hon|Msgr|Cpl|Pvt|Ald|Asst|Dep)\.(?=\s)|(?:Jr|Sr)\.(?=,)|\p{Lu}\.(?= (?:\p{Lu}\. ){0,2}\p{Lu}\p{Ll})|[\p{L}\p{N}](?:(?:[\p{L}\p{N}\p{M}'’‘\-‐]|(?<=\d):(?=\d)|\.(?!\p{Lu}\p{Ll})|(?<!\p{Ll}\p{Ll})\.)*[\p{L}\p{N}\p{M}])?|["“”«»]|[^\s\p{L}\p{N}]/gu;

/** Title abbreviations that take a full stop before a space (alternative 5 of TOKEN_PATTERN). */
// (Delegate, ambassador, superintendent, inspector, detective, councillor, president, secretary, attorney,
// honourable, monsignor, corporal, private, alderman, assistant, deputy: "said Del. Ana Roe" names her, the
// full stop ends no word of the phrase.)
const TITLES = new Set(["Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Reps", "Sens", "Jr", "Sr", "Prof", "Rev", "Adm", "Maj", "Cmdr", "Cdr", "Brig", "Gens", "Lt.Col", "St",
  "Del", "Amb", "Supt", "Insp", "Det", "Cllr", "Pres", "Sec", "Atty", "Hon", "Msgr", "Cpl", "Pvt", "Ald", "Asst", "Dep"]);

// Character classes, as bits; one byte per BMP code unit, 0 = not yet computed.
const KNOWN = 1, L = 2, N = 4, M = 8, LU = 16, LL = 32, SPACE = 64;
const CLASS = new Uint8Array(0x10000);

function classify(s: string): number {
  let c = KNOWN;
  if (/^\p{L}$/u.test(s)) c |= L;
  if (/^\p{N}$/u.test(s)) c |= N;
  if (/^\p{M}$/u.test(s)) c |= M;
  if (/^\p{Lu}$/u.test(s)) c |= LU;
  if (/^\p{Ll}$/u.test(s)) c |= LL;
  if (/^\s$/u.test(s)) c |= SPACE;
  return c;
}

/** Class bits of the code point at `i` (whose length in UTF-16 units is `cpLen(text, i)`). */
function classAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const v = text.charCodeAt(i + 1);
    if (v >= 0xdc00 && v <= 0xdfff) return classify(text.slice(i, i + 2));
  }
  return bmpClass(u);
}

/** Class bits of a BMP code unit (the table is filled on first use). */
function bmpClass(u: number): number {
  let c = CLASS[u]!;
  if (c === 0) CLASS[u] = c = classify(String.fromCharCode(u));
  return c;
}

/** UTF-16 length of the code point at `i`. */
function cpLen(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const v = text.charCodeAt(i + 1);
    if (v >= 0xdc00 && v <= 0xdfff) return 2;
  }
  return 1;
}

const isDigit = (u: number) => u >= 48 && u <= 57;

/** End of a citation marker starting with "[" at `i`, or -1 (alternative 1). */
function markerEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  let groups = -1;
  for (;;) {
    let d = 0;
    while (j < to && isDigit(text.charCodeAt(j))) { j++; d++; }
    if (d < 1 || d > 5) return -1;
    if (++groups > 20) return -1;
    if (j < to && text.charCodeAt(j) === 93) return j + 1; // ]
    while (j < to && (text[j] === " " || text[j] === "\t")) j++;
    if (j >= to || (text[j] !== "-" && text[j] !== "–" && text[j] !== ",")) return -1;
    j++;
    while (j < to && (text[j] === " " || text[j] === "\t")) j++;
  }
}

/** End of a run of two or more letter-dot pairs at `i` ("U.S."), or -1 (alternative 4). */
function initialismEnd(text: string, i: number, to: number): number {
  let j = i;
  let pairs = 0;
  for (;;) {
    if (j >= to || !(classAt(text, j) & L)) break;
    const k = j + cpLen(text, j);
    if (k >= to || text.charCodeAt(k) !== 46) break;
    j = k + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of a title abbreviation and its full stop before white space at `i` ("Gen."), or -1 (alternative 5). */
function titleEnd(text: string, i: number, to: number): number {
  // The longest title is 6 units ("Lt.Col"); try each length from the shortest, as the alternation does.
  for (let n = 2; n <= 6 && i + n < to; n++) {
    if (text.charCodeAt(i + n) !== 46) continue;
    if (!TITLES.has(text.slice(i, i + n))) continue;
    const k = i + n + 1;
    // `(?=\s)` looks at the whole text, not only up to `to`.
    if (k < text.length && classAt(text, k) & SPACE) return k;
    // ("James Roe Jr., the director, said": a name's suffix keeps its full stop before the appositive's comma.)
    if (n === 2 && text.charCodeAt(k) === 44 && (text.startsWith("Jr", i) || text.startsWith("Sr", i))) return k;
  }
  return -1;
}

/**
 * End of an initial before a name at `i` ("J." in "J. Smith"), or -1 (alternative 6). ("J. J. Price", "C. S.
 * Lewis": an initial may stand before further initials that lead to the name; at most three are looked through.)
 */
function initialEnd(text: string, i: number, more = 2): number {
  const k = i + cpLen(text, i);
  if (text.charCodeAt(k) !== 46 || text.charCodeAt(k + 1) !== 32) return -1;
  const a = k + 2;
  if (a >= text.length || !(classAt(text, a) & LU)) return -1;
  const b = a + cpLen(text, a);
  if (b >= text.length) return -1;
  if (!(classAt(text, b) & LL) && !(more > 0 && text.charCodeAt(b) === 46 && initialEnd(text, a, more - 1) >= 0)) return -1;
  return k + 1;
}

/** End of a word at `i` (alternative 7): the longest run of word characters, cut back to its last letter, digit or mark. */
function wordEnd(text: string, i: number, to: number): number {
  let j = i + cpLen(text, i);
  let last = j;
  while (j < to) {
    const u = text.charCodeAt(j);
    // ASCII letters and digits first: most of any text.
    if ((u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57)) { j++; last = j; continue; }
    if (u === 46 && gluedStop(text, j)) break;
    // (‘ too: between letters it is an apostrophe typed the wrong way round, "People‘s Republic".)
    if (u === 39 || u === 0x2019 || u === 0x2018 || u === 45 || u === 0x2010 || u === 46) { j++; continue; } // ' ’ ‘ - ‐ .
    // ("at 5:00 pm local time that C": a clock time is one word, no colon that opens a content.)
    if (u === 58 && j + 1 < to && isDigitAt(text, j - 1) && isDigitAt(text, j + 1)) { j++; continue; }
    const c = classAt(text, j);
    if (!(c & (L | N | M))) break;
    j += cpLen(text, j);
    last = j;
  }
  return last;
}

/** An ASCII digit at `i`. */
function isDigitAt(text: string, i: number): boolean {
  const u = text.charCodeAt(i);
  return u >= 48 && u <= 57;
}

/**
 * The full stop at `j` ends a sentence glued to the next ("said.Trump"): two lower-case letters before it, a
 * capitalised word (upper then lower case) after it. Reads the whole text, as the expression's look-arounds do.
 */
function gluedStop(text: string, j: number): boolean {
  const a = j + 1;
  if (a >= text.length || !(classAt(text, a) & LU)) return false;
  const b = a + cpLen(text, a);
  if (b >= text.length || !(classAt(text, b) & LL)) return false;
  const p1 = prevCp(text, j);
  if (p1 < 0 || !(classAt(text, p1) & LL)) return false;
  const p2 = prevCp(text, p1);
  return p2 >= 0 && (classAt(text, p2) & LL) !== 0;
}

/** Start of the code point that ends right before `i`, or -1. */
function prevCp(text: string, i: number): number {
  if (i <= 0) return -1;
  const v = text.charCodeAt(i - 1);
  if (v >= 0xdc00 && v <= 0xdfff && i >= 2) {
    const u = text.charCodeAt(i - 2);
    if (u >= 0xd800 && u <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/** Arabic and European name particles glued to a name count as capitalised: "al-Shahbndar", "bin-Salman". */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|da|di|van|von|der|le|la|du)[-‐]\p{Lu}/u;

/** Tokenises text[from, to); `sentenceOf(i)` maps a UTF-16 index to a sentence number. */
export function tokenize(text: string, from: number, to: number, sentenceOf: (i: number) => number): Token[] {
  const tokens: Token[] = [];
  // Tokens are read against the whole text, as the expression would match
  // them; one that runs past `to` ends the scan.
  const lim = text.length;
  let i = from;
  while (i < to) {
    const u = text.charCodeAt(i);
    // White space: ASCII at once, the rest by class.
    if (u === 32 || (u >= 9 && u <= 13)) { i++; continue; }
    const c = u < 128 ? bmpClass(u) : classAt(text, i);
    if (c & SPACE) { i += cpLen(text, i); continue; }
    let end = -1;
    let kind: TokenKind = "punct";
    if (c & (L | N)) {
      kind = "word";
      if (c & L) {
        end = initialismEnd(text, i, lim);
        if (end < 0 && u >= 65 && u <= 83) end = titleEnd(text, i, lim); // titles start with A–S
        if (end < 0 && c & LU) end = initialEnd(text, i);
      }
      if (end < 0) end = wordEnd(text, i, lim);
    } else if (u === 91) { // [
      end = markerEnd(text, i, lim);
      if (end > 0) kind = "marker";
    } else if (u === 39 && text.charCodeAt(i + 1) === 39 && text.charCodeAt(i + 2) === 39 && i > 0 && !(classAt(text, i - 1) & SPACE)) {
      // ''' after a word closes an inner quotation, then the outer one ("'We'll win,''' he said"): ' then ''.
      end = i + 1;
    } else if ((u === 39 || u === 96) && text.charCodeAt(i + 1) === u) { // '' ``
      end = i + 2;
      kind = "quote";
    } else if (u === 34 || u === 0x201c || u === 0x201d || u === 0xab || u === 0xbb) { // " “ ” « »
      kind = "quote";
    }
    if (end < 0) end = i + cpLen(text, i);
    if (end > to) break;
    const t = text.slice(i, end);
    tokens.push({
      start: i,
      end,
      text: t,
      lower: hasUpperOrNonAscii(text, i, end) ? t.toLowerCase() : t,
      kind,
      cap: kind === "word" && ((c & LU) !== 0 || ((u === 97 || u === 98 || u === 100 || u === 101 || u === 105 || u === 108 || u === 118) && NAME_PARTICLE.test(t))),
      sentence: sentenceOf(i),
      role: null,
      depth: 0,
    });
    i = end;
  }
  return tokens;
}

/** Whether text[i, end) has an upper-case ASCII letter or any non-ASCII unit (else it is its own lower case). */
function hasUpperOrNonAscii(text: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const u = text.charCodeAt(k);
    if ((u >= 65 && u <= 90) || u > 127) return true;
  }
  return false;
}
