/**
 * What kind of source a speaker is: person, organization, media, government
 * body, anonymous, or unknown — judged from the words of the speaker phrase
 * (or its resolved antecedent) and of its appositive, against word lists.
 */
import type { SpeakerType } from "./claim.js";
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, GOVERNMENT_WORDS, MEDIA_WORDS, ORGANIZATION_WORDS, PERSON_TITLES, PRONOUN_WORDS,
} from "./lexicon/words.js";
import { COUNTRIES } from "./lexicon/places.js";

/** Any of the anonymity markers, as one expression (one scan of the context instead of one per marker). */
const ANONYMITY = new RegExp(ANONYMITY_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/** Classifies a speaker from its words; `context` is text around it (appositive, relative clause) that may mark anonymity or a role. */
export function speakerType(words: string[], context = ""): SpeakerType {
  if (words.length === 1) {
    const w = words[0]!.toLowerCase().replace(/['’]s$/, "");
    if (PRONOUN_WORDS.has(w)) return w === "he" || w === "she" || w === "i" ? "person" : "unknown";
  }
  if (context) {
    const ctx = context.toLowerCase();
    if (ANONYMITY.test(ctx)) return "anonymous";
    const t = typeByWords(words);
    if (t !== null) return t;
    return / (?:he|she) /.test(ctx) ? "person" : "unknown";
  }
  return typeByWords(words) ?? "unknown";
}

/**
 * What the words alone say (no pronoun, no anonymity marker around them);
 * null when they say nothing, and the context may still tell a person.
 * Memoised: the same names and source phrases recur through a document and
 * a corpus, and every subject and named run of every sentence is classified
 * (this was 8 % of extraction time). The cache is dropped when it grows big,
 * and for every new text (`forgetSpeakerTypes`): its keys are made of the
 * text's words, which V8 keeps as slices of the whole text, so a cache
 * across texts kept every text it had seen alive (75 MB on a 50 MB file).
 */
const TYPE_CACHE = new Map<string, SpeakerType | null>();
const TYPE_CACHE_MAX = 20_000;

/** Drops the memoised types (see above); call it before a new text. */
export function forgetSpeakerTypes(): void {
  TYPE_CACHE.clear();
}

function typeByWords(words: string[]): SpeakerType | null {
  const key = words.join("\u0000");
  let t = TYPE_CACHE.get(key);
  if (t === undefined) {
    if (TYPE_CACHE.size >= TYPE_CACHE_MAX) TYPE_CACHE.clear();
    TYPE_CACHE.set(key, (t = classifyWords(words)));
  }
  return t;
}

function classifyWords(words: string[]): SpeakerType | null {
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  // A compound of body names is a body name ("ISW-CTP"); a body name in a modifier is not ("Kremlin-affiliated sources").
  const parts = lower.flatMap((w) => (w.includes("-") && w.split("-").every(isBodyWord) ? [w, ...w.split("-")] : [w]));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w));
  const head = lower[lower.length - 1] ?? "";
  // A title and then only a name ("State Department spokesperson Tammy Bruce", "White House press secretary Karoline
  // Leavitt", "IAEA Director-General Rafael Grossi"): a person, whatever body or medium the words before the title name.
  const title = lastIndexWhere(lower, isTitle);
  if (title >= 0 && title < words.length - 1 && lower.slice(title + 1).every((w, i) => NAME_WORD.test(words[title + 1 + i]!) && !isBodyWord(w))) return "person";
  // A title, the body it is of, then a name ("Head of the Chechen Republic Ramzan Kadyrov"): the name's holder.
  if (title >= 0 && words.length - title >= 4 && lower.slice(-2).every((w, i) => NAME_WORD.test(words[words.length - 2 + i]!) && !isBodyWord(w) && !COUNTRIES.has(w)) && (isBodyWord(lower[lower.length - 3]!) || ACRONYM.test(words[words.length - 3]!))) return "person";
  // A title postmodified by its body ("a member of the council", "the head of the agency", "a spokesman for the
  // ministry"): the phrase's head, the word before its first preposition, is a person.
  const of = lower.findIndex((w, i) => i > 0 && HEAD_PREPOSITIONS.has(w));
  if (of > 0 && isTitle(lower[of - 1]!)) return "person";
  // A personal name postmodified by its body ("Ola Berg of the Velsen Institute", "Ada Voss at Kolby Brewing").
  if (of >= 2 && words.slice(0, of).every((w, i) => NAME_WORD.test(w) && !isBodyWord(lower[i]!) && !isModifierName(w) && !COUNTRIES.has(lower[i]!))) return "person";
  // A title owned by a body ("the firm's chief", "the airline's spokeswoman"): the holder is a person.
  if (isTitle(head) && words.slice(0, -1).some((w) => /\p{L}['’]s$/u.test(w))) return "person";
  // The platform "X" is a medium only as an outlet; a speaker called "X" is anybody; a press secretary is a person.
  if (parts.some((w) => MEDIA_WORDS.has(w) && w !== "x") && !lower.some((w) => SPOKESPERSON_HEADS.has(w))) {
    // "Russian state media", "Reuters"; but "news conference" is not a speaker here.
    return "media";
  }
  if (ANONYMOUS_HEADS.has(head) && !caps.some((w) => !isModifierName(w))) return "anonymous";
  // "A senior Velmari Defense Committee source", "A Western source with knowledge of the talks", "Sources in Osk": a
  // source noun heading the phrase (before its postmodifier) names no one, whatever body it is said to belong to.
  const post = lower.findIndex((w, i) => i > 0 && SOURCE_POSTMODIFIERS.has(w));
  if (ANONYMOUS_SOURCE_HEADS.has(post > 0 ? lower[post - 1]! : head)) return "anonymous";
  const governmental = parts.some((w) => GOVERNMENT_WORDS.has(w) && w !== "general" && w !== "state");
  // A title heading lower-case words only ("the national team coach", "the party leader"): the holder is a person,
  // whatever non-governmental body the modifiers name (as with a capitalised modifier below).
  if (isTitle(head) && caps.length === 0 && !ANONYMOUS_HEADS.has(head) && !governmental) return "person";
  // ("The UOC MP": "MP" after an acronym is part of a body's name, the Moscow Patriarchate, not a member of parliament.)
  if (lower.some((w, i) => isTitle(w) && !(w === "mp" && i > 0 && ACRONYM.test(words[i - 1]!))) && caps.length >= 1 && !governmental) return "person";
  if (parts.some((w) => GOVERNMENT_WORDS.has(w))) return "government";
  // ("an Israeli think tank": an open compound counts as its hyphenated spelling.)
  if (parts.some((w) => ORGANIZATION_WORDS.has(w)) || lower.some((w, i) => i > 0 && ORGANIZATION_WORDS.has(`${lower[i - 1]}-${w}`))) return "organization";
  // A country by one name or several ("Russia", "The United States").
  if (caps.length >= 1 && (caps.length === lower.length || (caps.length === lower.length - 1 && /^(?:the)$/.test(lower[0]!)))) {
    const names = caps.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
    if (names.every((w) => COUNTRIES.has(w)) || COUNTRIES.has(names.join(" "))) return "government";
  }
  // "the TUC", "BA", "WMC": a body known by its initials (those of governments and media are listed and caught above).
  // Short ones only, or after "the": a transcript's speaker labels are names in capitals ("HOLM:", "MODERATOR:").
  const initials = words.filter((w, i) => !(i === 0 && /^(?:the|The)$/.test(w)) && w !== "and" && w !== "&");
  const longest = /^(?:the|The)$/.test(words[0] ?? "") ? 5 : 3;
  if (initials.length >= 1 && initials.every((w) => { const n = w.replace(/['’]s$/, ""); return /^\p{Lu}[\p{Lu}&]*\p{Lu}$/u.test(n) && n.length <= longest && !isTitle(n.toLowerCase()) && !PERSONAL_INITIALS.has(n); })) return "organization";
  if (ANONYMOUS_HEADS.has(head)) return "anonymous";
  if (/^(?:analysts|experts|critics|observers|residents|witnesses|voters)$/.test(head)) return "unknown";
  if (caps.length >= 2 && caps.length === words.length && caps.length <= 4 && caps.every((w) => /^\p{Lu}[\p{Ll}'’\-]+/u.test(w) || /^(?:al|bin|ibn|de|van|von)[-\s]/i.test(w))) return "person";
  if (caps.length >= 2 && /^(?:al-|el-)/i.test(words[words.length - 1] ?? "")) return "person";
  // An unnamed holder of a title ("the minister", "a spokesman", "the group’s leader"): one person, even when
  // the text never names them (unnamed officials, sources and aides are caught above as anonymous).
  if (PERSON_TITLES.has(head) && caps.every((w) => isModifierName(w))) return "person";
  return null;
}

/**
 * True when a one-word speaker repeats the surname of its antecedent, a first name and a surname
 * after a title or a descriptor the word lists do not know ("Berg" → "DJ Ola Berg", "Holm" → "banned
 * sprinter Rita Holm"): a body is named again by its whole name or a description, a person by the surname.
 */
export function repeatsSurname(words: string[], antecedent: string[]): boolean {
  const n = antecedent.length;
  if (words.length !== 1 || n < 3 || antecedent[n - 1] !== words[0]) return false;
  return [antecedent[n - 2]!, antecedent[n - 1]!].every((w) => NAME_WORD.test(w) && !isBodyWord(w.toLowerCase()) && !COUNTRIES.has(w.toLowerCase()));
}

/** Initials that stand for a person's office, not a body ("the PM", "the MEP", "the QC"). */
const PERSONAL_INITIALS: ReadonlySet<string> = new Set(["PM", "MP", "MPS", "MEP", "MEPS", "MSP", "CEO", "CFO", "COO", "QC", "KC", "MD", "DJ", "GP", "VP"]);

/** Heads that keep a source unnamed even with a body's name before them ("a Kremlin source"). */
const ANONYMOUS_SOURCE_HEADS: ReadonlySet<string> = new Set(["source", "sources"]);
/** Words that open a postmodifier after a source noun ("sources in Osk", "a source with knowledge of", "sources familiar with"). */
const SOURCE_POSTMODIFIERS: ReadonlySet<string> = new Set(["with", "in", "at", "from", "familiar", "close", "who", "briefed", "speaking", "inside", "within", "near"]);

/** Prepositions that open a postmodifier of a phrase's head ("member of", "spokesman for", "ambassador to"). */
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "for", "to", "at", "with"]);

/** A title, or a hyphenated title ("director-general", "commander-in-chief", "vice-president"). */
function isTitle(w: string): boolean {
  return PERSON_TITLES.has(w) || (w.includes("-") && w.split("-").some((p) => PERSON_TITLES.has(p)));
}

/** The last index whose element passes `test`, or -1. */
function lastIndexWhere(xs: string[], test: (x: string) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i]!)) return i;
  return -1;
}

/** An acronym, as a body is often named after its full name ("Donetsk People’s Republic (DNR)"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A word of a personal name: capitalised, then lower case ("Leavitt", "O’Brien"), not an acronym ("ODPM"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]/u;

/** A word that names a body, not a person ("Office", "Command", "News"). */
function isBodyWord(w: string): boolean {
  return GOVERNMENT_WORDS.has(w) || ORGANIZATION_WORDS.has(w) || MEDIA_WORDS.has(w);
}

/** Heads that speak for a body or medium without being it. */
const SPOKESPERSON_HEADS = new Set(["spokesman", "spokeswoman", "spokesperson", "secretary"]);

/** Nationality and place adjectives ("Iraqi officials") do not name anybody. */
function isModifierName(w: string): boolean {
  const l = w.toLowerCase();
  return /(?:an|ian|ese|ish|i)$/.test(l) || COUNTRIES.has(l) || l === "us" || l === "u.s." || l === "un";
}

/** Lower-case words inside a body's full name that its initials skip ("Securities and Exchange Commission"). */
const NAME_LINKS: ReadonlySet<string> = new Set(["of", "and", "for", "the", "on", "in", "&"]);

/**
 * The bodies a document introduces by their full name and initials ("the Securities and Exchange Commission
 * (SEC)", "the Office for National Statistics (ONS)"): each acronym mapped to the type its full name's words tell
 * (government, media or organization), for the bare initials later ("the SEC said"), whose letters tell nothing.
 * The full name is the run of capitalised words (with the links initials skip) before the bracket whose initials
 * spell the acronym. One scan of the text with a bounded look-back per bracket.
 */
export function acronymTypes(text: string, start: number, end: number): Map<string, SpeakerType> {
  const types = new Map<string, SpeakerType>();
  // The document's own text (a slice, not a copy): a search on the whole text from `start` would run on to the end
  // of the file when the document has no more brackets, once per document.
  for (const m of text.slice(start, end).matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const acronym = m[1]!;
    if (types.has(acronym)) continue;
    const at = start + m.index!;
    // The words before the bracket, nearest first: at most two per letter.
    const before = text.slice(Math.max(start, at - 160), at).split(/\s+/).filter((w) => w !== "");
    const name: string[] = [];
    let letters = "";
    for (let k = before.length - 1; k >= 0 && name.length <= acronym.length * 2; k--) {
      const w = before[k]!;
      if (NAME_LINKS.has(w)) { name.unshift(w); continue; }
      if (!/^\p{Lu}[\p{L}'’-]*$/u.test(w)) break;
      // ("National Hi-Tech Crime Unit (NHTCU)": each capitalised part of a hyphenated word gives its letter.)
      letters = w.split("-").filter((p) => /^\p{Lu}/u.test(p)).map((p) => p[0]!).join("") + letters;
      name.unshift(w);
      if (letters.length >= acronym.length) break;
    }
    if (letters !== acronym) continue;
    while (name.length > 0 && NAME_LINKS.has(name[0]!)) name.shift();
    let t = typeByWords(name);
    // ("International Atomic Energy Agency (IAEA)": an agency without a news word is a public body, not a news agency.)
    if (t === "media" && !name.some((w) => { const l = w.toLowerCase(); return l !== "agency" && MEDIA_WORDS.has(l); })) t = "government";
    if (t === "government" || t === "media" || t === "organization") types.set(acronym, t);
  }
  return types;
}
