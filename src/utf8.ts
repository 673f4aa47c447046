/**
 * Text handed between threads travels as UTF-8 bytes (moved, not copied,
 * and outside the JavaScript heap, where big strings linger until a full
 * collection); inside one thread it stays a string.
 */
export type Text = string | Uint8Array;

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** A `Text` as a string. Text decoded from a file holds no lone surrogate, so the UTF-8 round trip is exact. */
export function textOf(t: Text): string {
  return typeof t === "string" ? t : decoder.decode(t);
}

/** A string as UTF-8 bytes that own their whole buffer (so that the buffer can be transferred). */
export function bytesOf(s: string): Uint8Array {
  return encoder.encode(s);
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The same string, stored one byte per character when it can be. A slice of
 * a string that holds any character beyond U+00FF keeps two bytes per
 * character even where it holds none, and the extraction's regular
 * expressions run 10–25% slower on such strings; a piece of a big file is
 * such a slice.
 */
export function narrow(s: string): string {
  if (s.length < 4096 || BEYOND_LATIN1.test(s)) return s;
  return Buffer.from(s, "latin1").toString("latin1");
}
