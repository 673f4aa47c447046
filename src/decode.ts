/**
 * Bytes → text: the first stage of the pipeline.
 *
 * Contract:
 * - Never throws on any byte sequence (a string longer than V8's maximum
 *   string length is the one exception: nothing can hold it).
 * - Line endings are left alone, so every offset later computed on `text`
 *   refers to the file as decoded (minus the byte-order mark).
 * - A UTF-8 BOM (EF BB BF) or UTF-16 BOM (FF FE, FE FF) is removed; a second
 *   BOM right after it is ordinary text (U+FEFF) and is kept.
 * - Malformed input is decoded with U+FFFD per the WHATWG Encoding standard
 *   (what `TextDecoder` does) and reported by ONE warning naming the file byte
 *   offset (BOM included) of the first malformed sequence and how many there
 *   are. The count equals the number of U+FFFD the decoder inserted.
 * - Binary files (see `looksBinary`) are not decoded: `binary: true`, text "".
 */
import { isUtf8 } from "node:buffer";

/** A problem met while decoding; never fatal. */
export interface DecodeWarning {
  message: string;
  /** Offset in the file's bytes (BOM included), when the problem has one. */
  byteOffset?: number;
}

/** The result of `decode`. */
export interface Decoded {
  /** The decoded text without its BOM; "" when `binary`. */
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  /** True when the bytes look like a binary file; `text` is then "". */
  binary: boolean;
  warnings: DecodeWarning[];
}

/** How many leading bytes `looksBinary` inspects. */
export const BINARY_SNIFF_BYTES = 8192;

/** More than this share of control bytes in the sniffed prefix means binary. */
const CONTROL_RATIO = 0.1;

/**
 * Decodes a file's bytes. UTF-16 is recognised only by its BOM; everything
 * else is read as UTF-8.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes, true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes, false);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  if (looksBinary(body)) {
    return { text: "", encoding: "utf-8", binary: true, warnings: [] };
  }
  // ignoreBOM: the BOM is already cut off; a second one is content.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  // isUtf8 (simdutf) is an order of magnitude faster than decoding, so valid
  // input costs one decode pass; the exact scanner runs only on invalid input.
  if (isUtf8(body)) return { text, encoding: "utf-8", binary: false, warnings: [] };
  const scan = scanInvalidUtf8(body);
  return {
    text,
    encoding: "utf-8",
    binary: false,
    warnings: scan.count === 0 ? [] : [invalidWarning("UTF-8", scan.count, scan.first + bom)],
  };
}

/**
 * True when the first `BINARY_SNIFF_BYTES` of `bytes` contain a NUL or more
 * than 10% control bytes other than TAB, LF, CR, FF and ESC (DEL counts as a
 * control byte). Bytes ≥ 0x80 never count: they are UTF-8 (or garbage that the
 * decoder reports). UTF-16 input must not be passed here: it is full of NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) {
      controls++;
    }
  }
  return controls > n * CONTROL_RATIO;
}

/** Where and how many malformed sequences a byte scan found. */
export interface InvalidScan {
  /** Number of malformed sequences (= U+FFFD a WHATWG decoder emits). */
  count: number;
  /** Byte offset of the first one, or -1 when `count` is 0. */
  first: number;
}

/**
 * Finds malformed UTF-8 exactly as the WHATWG decoder delimits it, so that
 * `count` equals the number of U+FFFD `TextDecoder` inserts: a malformed
 * sequence is a lead byte that cannot start a character (80–C1, F5–FF), or a
 * maximal valid prefix of a character cut short by a byte out of range or by
 * the end of input. Out of range covers overlong forms (E0 80–9F, F0 80–8F),
 * surrogates (ED A0–BF) and code points above U+10FFFF (F4 90–BF).
 *
 * Linear: `i` only grows; a byte that breaks a sequence is examined again
 * once, as a possible lead byte, and is then consumed.
 */
export function scanInvalidUtf8(bytes: Uint8Array): InvalidScan {
  let count = 0;
  let first = -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // below is overlong
      else if (b === 0xed) hi = 0x9f; // above is a surrogate
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // below is overlong
      else if (b === 0xf4) hi = 0x8f; // above is > U+10FFFF
    } else {
      // Continuation byte without a lead, C0/C1 (always overlong), F5–FF.
      if (first < 0) first = i;
      count++;
      i++;
      continue;
    }
    const start = i;
    i++;
    let seen = 0;
    while (seen < need && i < n) {
      const c = bytes[i]!;
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xbf;
      seen++;
      i++;
    }
    if (seen < need) {
      // Cut short (by a bad byte, not consumed, or by the end of input).
      if (first < 0) first = start;
      count++;
    }
  }
  return { count, first };
}

/** Decodes UTF-16 with a BOM; the BOM is 2 bytes and not part of the text. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const encoding = littleEndian ? "utf-16le" : "utf-16be";
  let body = bytes.subarray(2);
  if (!littleEndian) {
    // Swap into a copy and decode as LE: "utf-16be" needs ICU, LE does not.
    const swapped = new Uint8Array(body.length);
    const even = body.length - (body.length % 2);
    for (let i = 0; i < even; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    if (even < body.length) swapped[even] = body[even]!;
    body = swapped;
  }
  const text = new TextDecoder("utf-16le", { ignoreBOM: true }).decode(body);
  const scan = scanInvalidUtf16le(body);
  return {
    text,
    encoding,
    binary: false,
    warnings: scan.count === 0 ? [] : [invalidWarning("UTF-16", scan.count, scan.first + 2)],
  };
}

/**
 * Malformed UTF-16LE as the WHATWG decoder counts it: each unpaired surrogate
 * is one, and a trailing odd byte is one — merged with an unpaired lead
 * surrogate right before it into a single error, as the standard does at end
 * of input. Linear in the input.
 */
export function scanInvalidUtf16le(bytes: Uint8Array): InvalidScan {
  let count = 0;
  let first = -1;
  const even = bytes.length - (bytes.length % 2);
  const note = (at: number): void => {
    if (first < 0) first = at;
    count++;
  };
  let pendingLead = -1; // byte offset of a lead surrogate awaiting its trail
  for (let i = 0; i < even; i += 2) {
    const u = bytes[i]! | (bytes[i + 1]! << 8);
    const isLead = u >= 0xd800 && u <= 0xdbff;
    const isTrail = u >= 0xdc00 && u <= 0xdfff;
    if (pendingLead >= 0) {
      if (isTrail) {
        pendingLead = -1;
        continue;
      }
      note(pendingLead);
      pendingLead = -1;
    }
    if (isLead) pendingLead = i;
    else if (isTrail) note(i);
  }
  if (pendingLead >= 0) note(pendingLead);
  else if (even < bytes.length) note(even);
  return { count, first };
}

function invalidWarning(encoding: string, count: number, byteOffset: number): DecodeWarning {
  const what = count === 1 ? "1 invalid sequence" : `${count} invalid sequences`;
  return { message: `invalid ${encoding} at byte ${byteOffset} (${what}); decoded with U+FFFD`, byteOffset };
}
