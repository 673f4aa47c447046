/**
 * What kind of source a speaker is: person, organization, media, government
 * body, anonymous, or unknown — judged from the words of the speaker phrase
 * (or its resolved antecedent) and of its appositive, against word lists.
 */
import type { SpeakerType } from "./claim.js";
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, GOVERNMENT_WORDS, MEDIA_WORDS, ORGANIZATION_WORDS, PERSON_TITLES, PRONOUNS,
} from "./lexicon/words.js";
import { COUNTRIES } from "./lexicon/places.js";

/** Classifies a speaker from its words; `context` is text around it (appositive, relative clause) that may mark anonymity or a role. */
export function speakerType(words: string[], context = ""): SpeakerType {
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  const ctx = context.toLowerCase();
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w));
  if (lower.length === 1 && lower[0]! in PRONOUNS) {
    return lower[0] === "he" || lower[0] === "she" || lower[0] === "i" ? "person" : "unknown";
  }
  if (ANONYMITY_MARKERS.some((m) => ctx.includes(m))) return "anonymous";
  const head = lower[lower.length - 1] ?? "";
  // The platform "X" is a medium only as an outlet; a speaker called "X" is anybody.
  if (lower.some((w) => MEDIA_WORDS.has(w) && w !== "x") && !lower.some((w) => w === "spokesman" || w === "spokeswoman")) {
    // "Russian state media", "Reuters"; but "news conference" is not a speaker here.
    return "media";
  }
  if (ANONYMOUS_HEADS.has(head) && !caps.some((w) => !isModifierName(w))) return "anonymous";
  if (lower.some((w) => PERSON_TITLES.has(w)) && caps.length >= 1 && !lower.some((w) => GOVERNMENT_WORDS.has(w) && w !== "general" && w !== "state")) return "person";
  if (lower.some((w) => GOVERNMENT_WORDS.has(w))) return "government";
  if (lower.some((w) => ORGANIZATION_WORDS.has(w))) return "organization";
  if (caps.length === lower.length && caps.length >= 1 && caps.every((w) => COUNTRIES.has(w.toLowerCase().replace(/['’]s$/, "")))) return "government";
  if (ANONYMOUS_HEADS.has(head)) return "anonymous";
  if (/^(?:analysts|experts|critics|observers|residents|witnesses|voters)$/.test(head)) return "unknown";
  if (caps.length >= 2 && caps.length === words.length && caps.length <= 4 && caps.every((w) => /^\p{Lu}[\p{Ll}'’\-]+/u.test(w) || /^(?:al|bin|ibn|de|van|von)[-\s]/i.test(w))) return "person";
  if (caps.length >= 2 && /^(?:al-|el-)/i.test(words[words.length - 1] ?? "")) return "person";
  if (/ (?:he|she) /.test(ctx)) return "person";
  return "unknown";
}

/** Nationality and place adjectives ("Iraqi officials") do not name anybody. */
function isModifierName(w: string): boolean {
  const l = w.toLowerCase();
  return /(?:an|ian|ese|ish|i)$/.test(l) || COUNTRIES.has(l) || l === "us" || l === "u.s." || l === "un";
}
