/**
 * Word-level tokens of a paragraph, with their UTF-16 ranges in the file's
 * text. One regex pass; every token records the sentence it belongs to.
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

const TOKEN =
  /\[\d{1,5}(?:[ \t]*[-–,][ \t]*\d{1,5}){0,20}\]|''|``|(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Reps|Sens|Jr|Sr|Prof|Rev|Adm|Maj|Cmdr|Brig|Gens|Lt\.Col|St)\.(?=\s)|\p{Lu}\.(?= \p{Lu}\p{Ll})|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-‐.]*[\p{L}\p{N}\p{M}])?|["“”«»]|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
/** Arabic and European name particles glued to a name count as capitalised: "al-Shahbndar", "bin-Salman". */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|da|di|van|von|der|le|la|du)[-‐]\p{Lu}/u;

/** Tokenises text[from, to); `sentenceOf(i)` maps a UTF-16 index to a sentence number. */
export function tokenize(text: string, from: number, to: number, sentenceOf: (i: number) => number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const end = m.index + t.length;
    if (end > to) break;
    const c = t[0]!;
    let kind: TokenKind;
    if (c === "[" && t.length > 2 && /\d/.test(t[1]!)) kind = "marker";
    else if (c === '"' || c === "“" || c === "”" || c === "«" || c === "»" || t === "''" || t === "``") kind = "quote";
    else if (/[\p{L}\p{N}]/u.test(c)) kind = "word";
    else kind = "punct";
    tokens.push({
      start: m.index,
      end,
      text: t,
      lower: t.toLowerCase(),
      kind,
      cap: UPPER.test(t) || NAME_PARTICLE.test(t),
      sentence: sentenceOf(m.index),
      role: null,
      depth: 0,
    });
  }
  return tokens;
}
