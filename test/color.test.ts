import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { colorLevel, makeChalk, terminalSafe } from "../src/color.js";

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("colorLevel", () => {
  const cases: [string, Parameters<typeof colorLevel>[0], number][] = [
    ["a plain TTY gets basic colour", { stream: tty, env: {} }, 1],
    ["a pipe gets none", { stream: pipe, env: {} }, 0],
    ["a stream without isTTY gets none", { stream: {}, env: {} }, 0],
    ["--no-color wins over a TTY", { stream: tty, env: {}, flag: false }, 0],
    ["--no-color wins over FORCE_COLOR", { stream: tty, env: { FORCE_COLOR: "3" }, flag: false }, 0],
    ["flag true changes nothing by itself", { stream: pipe, env: {}, flag: true }, 0],
    ["NO_COLOR on a TTY", { stream: tty, env: { NO_COLOR: "1" } }, 0],
    ["NO_COLOR with any non-empty value", { stream: tty, env: { NO_COLOR: "false" } }, 0],
    ["NO_COLOR wins over FORCE_COLOR", { stream: pipe, env: { NO_COLOR: "1", FORCE_COLOR: "2" } }, 0],
    ["empty NO_COLOR is ignored", { stream: tty, env: { NO_COLOR: "" } }, 1],
    ["FORCE_COLOR=0 on a TTY", { stream: tty, env: { FORCE_COLOR: "0" } }, 0],
    ["FORCE_COLOR=false on a TTY", { stream: tty, env: { FORCE_COLOR: "false" } }, 0],
    ["FORCE_COLOR=1 on a pipe", { stream: pipe, env: { FORCE_COLOR: "1" } }, 1],
    ["FORCE_COLOR=true on a pipe", { stream: pipe, env: { FORCE_COLOR: "true" } }, 1],
    ["FORCE_COLOR='' on a pipe", { stream: pipe, env: { FORCE_COLOR: "" } }, 1],
    ["FORCE_COLOR=2 on a pipe", { stream: pipe, env: { FORCE_COLOR: "2" } }, 2],
    ["FORCE_COLOR=3 on a pipe", { stream: pipe, env: { FORCE_COLOR: "3" } }, 3],
    ["FORCE_COLOR above 3 is capped", { stream: pipe, env: { FORCE_COLOR: "16" } }, 3],
    ["FORCE_COLOR=yes still forces", { stream: pipe, env: { FORCE_COLOR: "yes" } }, 1],
    ["FORCE_COLOR=1 beats a 256-colour TERM", { stream: tty, env: { FORCE_COLOR: "1", TERM: "xterm-256color" } }, 1],
    ["COLORTERM=truecolor", { stream: tty, env: { COLORTERM: "truecolor" } }, 3],
    ["COLORTERM=24bit", { stream: tty, env: { COLORTERM: "24bit" } }, 3],
    ["TERM with 256", { stream: tty, env: { TERM: "xterm-256color" } }, 2],
    ["truecolor beats 256", { stream: tty, env: { TERM: "xterm-256color", COLORTERM: "truecolor" } }, 3],
    ["TERM=dumb on a TTY", { stream: tty, env: { TERM: "dumb" } }, 0],
    ["COLORTERM on a pipe means nothing", { stream: pipe, env: { COLORTERM: "truecolor" } }, 0],
  ];
  for (const [name, opts, expected] of cases) {
    it(name, () => assert.equal(colorLevel(opts), expected));
  }
});

describe("makeChalk", () => {
  it("level 0 styles nothing", () => {
    assert.equal(makeChalk(0).red.bold("x"), "x");
  });
  it("level 1 emits basic ANSI codes", () => {
    assert.equal(makeChalk(1).red("x"), "\u001b[31mx\u001b[39m");
  });
  it("level 3 emits truecolor codes", () => {
    assert.equal(makeChalk(3).hex("#ff0000")("x"), "\u001b[38;2;255;0;0mx\u001b[39m");
  });
  it("ignores the environment the process was started with", () => {
    // The instance's level is what we asked for, whatever chalk detected at import.
    assert.equal(makeChalk(2).level, 2);
    assert.equal(makeChalk(0).level, 0);
  });
});

describe("terminalSafe", () => {
  it("neutralises escape sequences and keeps the code point count", () => {
    const s = "a\u001b[31mb\u009bc\u007fd\ne\tf😀";
    const out = terminalSafe(s);
    assert.doesNotMatch(out, /[\u0000-\u001f\u007f-\u009f]/);
    assert.equal(Array.from(out).length, Array.from(s).length);
    assert.equal(out, "a\u241b[31mb\ufffdc\u2421d e f😀");
  });
  it("returns plain text unchanged", () => {
    assert.equal(terminalSafe("plain “text” ü"), "plain “text” ü");
  });
});
