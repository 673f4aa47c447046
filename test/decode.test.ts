import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { decode, BINARY_SNIFF_BYTES, type Decoded } from "../src/decode.js";

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

/** UTF-16 code units of `s` in the given byte order, after a BOM. */
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + 2 * i, s.charCodeAt(i), littleEndian);
  return out;
}

/** The single warning's offset and count (parsed from the message, which must name both). */
function onlyWarning(d: Decoded): { byteOffset: number; count: number; message: string } {
  assert.equal(d.warnings.length, 1, `expected one warning, got ${JSON.stringify(d.warnings)}`);
  const w = d.warnings[0]!;
  const m = /^invalid UTF-(?:8|16) at byte (\d+) \((\d+) invalid sequences?\); decoded with U\+FFFD$/.exec(w.message);
  assert.ok(m, `unexpected message: ${w.message}`);
  assert.equal(w.byteOffset, Number(m[1]), "byteOffset field and message agree");
  return { byteOffset: w.byteOffset!, count: Number(m[2]), message: w.message };
}

const countFffd = (s: string): number => s.split("\uFFFD").length - 1;

test("plain UTF-8 decodes with no warnings", () => {
  const d = decode(bytes("Mayor said “no” — café 😀"));
  assert.deepEqual(d, { text: "Mayor said “no” — café 😀", encoding: "utf-8", binary: false, warnings: [] });
});

test("empty input is empty text, not binary", () => {
  assert.deepEqual(decode(new Uint8Array(0)), { text: "", encoding: "utf-8", binary: false, warnings: [] });
});

test("UTF-8 BOM is stripped; a second BOM is content", () => {
  assert.equal(decode(bytes([0xef, 0xbb, 0xbf], "abc")).text, "abc");
  assert.equal(decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "abc")).text, "\uFEFFabc");
  // A BOM not at the start is ordinary text.
  assert.equal(decode(bytes("a", [0xef, 0xbb, 0xbf], "b")).text, "a\uFEFFb");
});

test("UTF-16LE with BOM, including an astral character", () => {
  const s = "He said: “yes” 😀\r\nÜber";
  const d = decode(utf16(s, true));
  assert.deepEqual(d, { text: s, encoding: "utf-16le", binary: false, warnings: [] });
  // The emoji really is a surrogate pair in the bytes.
  assert.equal([...d.text].length, d.text.length - 1);
});

test("UTF-16BE with BOM, including an astral character", () => {
  const s = "Sie sagte: 😀 𝄞 ok";
  const d = decode(utf16(s, false));
  assert.deepEqual(d, { text: s, encoding: "utf-16be", binary: false, warnings: [] });
});

test("line endings are preserved (CRLF, CR, LF)", () => {
  const s = "one\r\ntwo\rthree\nfour\r\n";
  assert.equal(decode(bytes(s)).text, s);
  assert.equal(decode(utf16(s, true)).text, s);
  assert.equal(decode(utf16(s, false)).text, s);
});

test("invalid UTF-8: lone continuation byte", () => {
  const d = decode(bytes("ab", [0x80], "cd"));
  assert.equal(d.text, "ab\uFFFDcd");
  assert.equal(d.binary, false);
  const w = onlyWarning(d);
  assert.deepEqual([w.byteOffset, w.count], [2, 1]);
  assert.equal(w.message, "invalid UTF-8 at byte 2 (1 invalid sequence); decoded with U+FFFD");
});

test("invalid UTF-8: overlong encodings", () => {
  // C0 AF is an overlong "/": C0 can never start a character, AF is then a stray continuation.
  let w = onlyWarning(decode(bytes("x", [0xc0, 0xaf], "y")));
  assert.deepEqual([w.byteOffset, w.count], [1, 2]);
  // E0 80 AF: overlong three-byte form; each byte is its own error.
  w = onlyWarning(decode(bytes("xyz", [0xe0, 0x80, 0xaf])));
  assert.deepEqual([w.byteOffset, w.count], [3, 3]);
  // F0 8F BF BF: overlong four-byte form of U+FFFF.
  w = onlyWarning(decode(bytes([0xf0, 0x8f, 0xbf, 0xbf])));
  assert.deepEqual([w.byteOffset, w.count], [0, 4]);
  // The shortest forms next to them are fine.
  assert.deepEqual(decode(bytes([0xe0, 0xa0, 0x80, 0xf0, 0x90, 0x80, 0x80])).warnings, []);
});

test("invalid UTF-8: encoded surrogates and code points above U+10FFFF", () => {
  const d = decode(bytes("ok ", [0xed, 0xa0, 0x80], " ", [0xf4, 0x90, 0x80, 0x80]));
  const w = onlyWarning(d);
  assert.deepEqual([w.byteOffset, w.count], [3, 7]);
  assert.equal(d.text, "ok \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD");
  // ED 9F BF (U+D7FF) and F4 8F BF BF (U+10FFFF) are the valid limits.
  assert.deepEqual(decode(bytes([0xed, 0x9f, 0xbf, 0xf4, 0x8f, 0xbf, 0xbf])).warnings, []);
});

test("invalid UTF-8: sequence truncated at the end", () => {
  const d = decode(bytes("price: 5", [0xe2, 0x82]));
  assert.equal(d.text, "price: 5\uFFFD");
  const w = onlyWarning(d);
  assert.deepEqual([w.byteOffset, w.count], [8, 1]);
  // Cut short in the middle by an ASCII byte: the ASCII byte survives.
  const mid = decode(bytes([0xf0, 0x9f, 0x98], "a"));
  assert.equal(mid.text, "\uFFFDa");
  assert.deepEqual([onlyWarning(mid).byteOffset, onlyWarning(mid).count], [0, 1]);
});

test("invalid UTF-8: offset counts the BOM, first of several is named", () => {
  const d = decode(bytes([0xef, 0xbb, 0xbf], "abc", [0xff], "def", [0xfe]));
  assert.equal(d.text, "abc\uFFFDdef\uFFFD");
  const w = onlyWarning(d);
  assert.deepEqual([w.byteOffset, w.count], [6, 2]);
});

test("invalid UTF-16: unpaired surrogates and an odd trailing byte", () => {
  // LE: "a", lone trail DC00, "b", lone lead D800 then "c".
  const le = decode(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x00, 0xdc, 0x62, 0, 0x00, 0xd8, 0x63, 0]));
  assert.equal(le.text, "a\uFFFDb\uFFFDc");
  assert.equal(le.encoding, "utf-16le");
  let w = onlyWarning(le);
  assert.deepEqual([w.byteOffset, w.count], [4, 2]);
  // BE with an odd trailing byte.
  const be = decode(Uint8Array.from([0xfe, 0xff, 0, 0x61, 0, 0x62, 0x63]));
  assert.equal(be.text, "ab\uFFFD");
  w = onlyWarning(be);
  assert.deepEqual([w.byteOffset, w.count], [6, 1]);
  // A lone lead surrogate followed only by an odd byte: one error (WHATWG end of input).
  w = onlyWarning(decode(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41])));
  assert.deepEqual([w.byteOffset, w.count], [2, 1]);
});

test("binary: PNG header", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.deepEqual(decode(png), { text: "", encoding: "utf-8", binary: true, warnings: [] });
});

test("binary: a NUL in the first 8 KiB, even after a UTF-8 BOM", () => {
  assert.equal(decode(bytes("hello", [0], "world")).binary, true);
  assert.equal(decode(bytes([0xef, 0xbb, 0xbf], "hi", [0])).binary, true);
  const nearEnd = new Uint8Array(BINARY_SNIFF_BYTES).fill(0x61);
  nearEnd[BINARY_SNIFF_BYTES - 1] = 0;
  assert.equal(decode(nearEnd).binary, true);
});

test("not binary: a NUL after the first 8 KiB is decoded as text", () => {
  const b = new Uint8Array(BINARY_SNIFF_BYTES + 10).fill(0x61);
  b[BINARY_SNIFF_BYTES + 3] = 0;
  const d = decode(b);
  assert.equal(d.binary, false);
  assert.equal(d.text.length, b.length);
  assert.equal(d.text.indexOf("\0"), BINARY_SNIFF_BYTES + 3);
});

test("binary: more than 10% control bytes; 10% or fewer is text", () => {
  const withControls = (n: number): Uint8Array => {
    const b = new Uint8Array(100).fill(0x61);
    for (let i = 0; i < n; i++) b[i * 7] = 0x01;
    return b;
  };
  assert.equal(decode(withControls(11)).binary, true);
  assert.equal(decode(withControls(10)).binary, false);
  // DEL counts; TAB, LF, CR, FF, ESC do not.
  assert.equal(decode(bytes("ab", [0x7f, 0x7f, 0x7f])).binary, true);
  assert.equal(decode(bytes("a\t\n\r\f\x1b[1mb\r\n")).binary, false);
});

test("not binary: text with CR line endings; UTF-16 with BOM despite its NULs", () => {
  const cr = decode(bytes("first line\rsecond line\rthird\r"));
  assert.equal(cr.binary, false);
  assert.equal(cr.text, "first line\rsecond line\rthird\r");
  assert.equal(decode(utf16("plain ascii", true)).binary, false);
});

// ---- properties -------------------------------------------------------------

/** Strings of any code point, minus the control characters that would make them "binary". */
const textString = fc
  .string({ unit: "binary", maxLength: 200 })
  .map((s) => s.replace(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g, " "));

/** Byte soup biased towards UTF-8 edge cases, free of control bytes. */
const utf8ish = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((b) => [b]),
      fc.integer({ min: 0x80, max: 0xff }).map((b) => [b]),
      fc.constantFrom([0xe0, 0x80], [0xe0, 0xa0], [0xed, 0xa0], [0xed, 0x9f], [0xf0, 0x80], [0xf0, 0x90], [0xf4, 0x90], [0xf4, 0x8f]),
      fc.integer({ min: 0x80, max: 0x10ffff }).map((cp) => {
        const enc = [...Buffer.from(String.fromCodePoint(cp >= 0xd800 && cp <= 0xdfff ? cp + 0x800 : cp))];
        return enc.slice(0, 1 + (cp % enc.length)); // whole or truncated
      }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

test("property: decode never throws, and binary means empty text", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      const d = decode(b);
      assert.ok(d.warnings.length <= 1);
      if (d.binary) assert.equal(d.text, "");
    }),
    { seed: 42, numRuns: 300 },
  );
});

test("property: valid UTF-8 round-trips exactly (with and without BOM)", () => {
  fc.assert(
    fc.property(textString, (s) => {
      const noLeadingBom = s.replace(/^\uFEFF/, "");
      const plain = decode(Buffer.from(noLeadingBom, "utf8"));
      assert.deepEqual(plain, { text: noLeadingBom, encoding: "utf-8", binary: false, warnings: [] });
      const withBom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, "utf8")]));
      assert.equal(withBom.text, s);
    }),
    { seed: 42, numRuns: 300 },
  );
});

test("property: UTF-8 warning agrees with a fatal TextDecoder and counts every U+FFFD", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const isValid = (b: Uint8Array): boolean => {
    try {
      fatal.decode(b);
      return true;
    } catch {
      return false;
    }
  };
  fc.assert(
    fc.property(utf8ish, (b) => {
      const d = decode(b);
      assert.equal(d.binary, false);
      if (isValid(b)) {
        assert.deepEqual(d.warnings, []);
        return;
      }
      const w = onlyWarning(d);
      // The first malformed sequence starts at the end of the longest valid prefix.
      assert.ok(isValid(b.subarray(0, w.byteOffset)));
      for (let k = w.byteOffset + 1; k <= b.length; k++) assert.ok(!isValid(b.subarray(0, k)), `prefix ${k} valid`);
      if (!Buffer.from(b).includes(Buffer.from([0xef, 0xbf, 0xbd]))) {
        assert.equal(w.count, countFffd(d.text));
      }
    }),
    { seed: 42, numRuns: 300 },
  );
});

test("property: UTF-16LE warning count equals the U+FFFD inserted", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (body) => {
      const b = Uint8Array.from([0xff, 0xfe, ...body]);
      const d = decode(b);
      const units = new DataView(body.buffer, body.byteOffset, body.length - (body.length % 2));
      let genuine = 0;
      for (let i = 0; i + 1 < body.length; i += 2) if (units.getUint16(i, true) === 0xfffd) genuine++;
      const inserted = countFffd(d.text) - genuine;
      if (inserted === 0) assert.deepEqual(d.warnings, []);
      else assert.equal(onlyWarning(d).count, inserted);
    }),
    { seed: 42, numRuns: 300 },
  );
});
