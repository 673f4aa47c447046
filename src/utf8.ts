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
