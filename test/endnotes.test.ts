/**
 * Endnote URLs read exactly: every URL an endnote writes comes out, whole and
 * as written (de-obfuscated " dot " aside), and nothing that is not there.
 * Invented endnotes, one per way a URL can be written.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractUrls, findEndnotes } from "../src/endnotes.js";
import { splitLines } from "../src/lines.js";

describe("extractUrls", () => {
  it("takes a URL inside brackets or quotes, keeping brackets it opens itself", () => {
    assert.deepEqual(extractUrls("Tarsk Herald (https://www.tarsk-herald.example/a/1); [https://t.me/kessa/7]"), [
      "https://www.tarsk-herald.example/a/1",
      "https://t.me/kessa/7",
    ]);
    assert.deepEqual(extractUrls("“https://x.example/status/5”; https://wiki.example/wiki/Velmar_(river)."), [
      "https://x.example/status/5",
      "https://wiki.example/wiki/Velmar_(river)",
    ]);
    assert.deepEqual(extractUrls("https://a.example/x-)(https://b.example/y)"), ["https://a.example/x-", "https://b.example/y"]);
  });

  it("drops trailing punctuation and encoded spaces, not an empty query", () => {
    assert.deepEqual(extractUrls("https://t.me/kessa/9’; https://t.me/kessa/10%20; https://a.example/p?"), [
      "https://t.me/kessa/9",
      "https://t.me/kessa/10",
      "https://a.example/p?",
    ]);
  });

  it("splits URLs glued together or separated by an encoded space", () => {
    assert.deepEqual(extractUrls("https://t.me/kessa/1https://t.me/kessa/2;%20https://t.me/kessa/3;%C2%A0https://t.me/kessa/4"), [
      "https://t.me/kessa/1",
      "https://t.me/kessa/2",
      "https://t.me/kessa/3",
      "https://t.me/kessa/4",
    ]);
    // A URL inside another URL's query or path is part of it.
    assert.deepEqual(extractUrls("https://archive.example/web/2019/https://mod.example/n?id=1"), ["https://archive.example/web/2019/https://mod.example/n?id=1"]);
  });

  it("keeps a semicolon inside a query or fragment, ends a URL at one in its path", () => {
    assert.deepEqual(extractUrls("https://x.example/s/1?s=20&amp;t=abc; https://maps.example/#d:24h;@48.1,37.2,8z; https://t.me/kessa/5;l"), [
      "https://x.example/s/1?s=20&amp;t=abc",
      "https://maps.example/#d:24h;@48.1,37.2,8z",
      "https://t.me/kessa/5",
    ]);
  });

  it("joins a URL broken over lines", () => {
    assert.deepEqual(extractUrls("https://arms.example/Asset/Velmar_Long_Endurance_(LE)\nUnmanned_Vehicle; https://isw.example/backgrounder/assessment-march-13-\n2031"), [
      "https://arms.example/Asset/Velmar_Long_Endurance_(LE)Unmanned_Vehicle",
      "https://isw.example/backgrounder/assessment-march-13-2031",
    ]);
    // A title on the next line is not part of the URL.
    assert.deepEqual(extractUrls("https://x.example/status/5\nKessa Daily, May 3"), ["https://x.example/status/5"]);
  });

  it("reads obfuscated dots, also glued to one side or over a line break", () => {
    assert.deepEqual(extractUrls("https://t dotme/kessa/1; https://www.kessadot ru/a/2; https://kessa.dot ua/3; https://vk dot .com/w; https://kessa. dot info/n; https://a%20dot%20org/p; https://b dot\ncom/q"), [
      "https://t.me/kessa/1",
      "https://www.kessa.ru/a/2",
      "https://kessa.ua/3",
      "https://vk.com/w",
      "https://kessa.info/n",
      "https://a.org/p",
      "https://b.com/q",
    ]);
    // Outside a URL, "dot" in prose stays.
    assert.deepEqual(extractUrls("The anecdot ru story: https://a.example/x"), ["https://a.example/x"]);
  });

  it("keeps a host cut by a space as written, and drops what is no URL", () => {
    assert.deepEqual(extractUrls("https://kessanews nru/2031/05/levee; https://tarsk-mod.gov ua/2031/05/x; https://www do kessa dot ru/a"), [
      "https://kessanews nru/2031/05/levee",
      "https://tarsk-mod.gov ua/2031/05/x",
      "kessa.ru/a",
    ]);
  });

  it("keeps a damaged scheme as written, never repaired", () => {
    assert.deepEqual(extractUrls("ttps://t.me/kessa/3; tps://x.example/s/4; https//kessa.example/doc.pdf; https ://kessa.example/b"), [
      "ttps://t.me/kessa/3",
      "tps://x.example/s/4",
      "https//kessa.example/doc.pdf",
      "https ://kessa.example/b",
    ]);
  });

  it("takes a bare host with a path, but not a host's lost tail", () => {
    assert.deepEqual(extractUrls("facebook.com/KessaCouncil/posts/12; gov.ua/content/levee.html; see tarsk.example.org/news/1."), [
      "facebook.com/KessaCouncil/posts/12",
      "tarsk.example.org/news/1",
    ]);
    assert.deepEqual(extractUrls("duma.gov dot ru/news/5/; Kessa.info, May 3"), ["duma.gov.ru/news/5/"]);
  });
});

describe("findEndnotes", () => {
  it("joins a URL broken over the lines of one endnote", () => {
    const text = "Body.[1]\n\n[1] https://isw.example/files/Kessa%20Offensive%20\n\nAssessment%2C%20May%203.pdf; https://t.me/kessa/1\n";
    const lines = splitLines(text);
    const list = findEndnotes(lines, 0, lines.length)!;
    assert.deepEqual(list.notes[0]!.urls, ["https://isw.example/files/Kessa%20Offensive%20Assessment%2C%20May%203.pdf", "https://t.me/kessa/1"]);
  });
});
