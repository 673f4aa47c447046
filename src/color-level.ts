/**
 * Colour levels and terminal-safe text, without chalk (src/color.ts adds
 * chalk instances): what a start of `claims check` needs before it knows
 * whether to colour at all.
 */
import type { ChalkInstance } from "chalk";

/** Chalk's colour levels: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * How many colours to use on `stream`.
 *
 * Precedence, first match wins:
 * 1. `flag === false` (`--no-color`) → 0;
 * 2. `NO_COLOR` set and non-empty → 0 (https://no-color.org);
 * 3. `FORCE_COLOR`: `0`/`false` → 0, `''`/`1`/`true` → 1, `2` → 2, `3` (or more) → 3,
 *    any other value → 1 (it was set to force colour, so honour that much);
 * 4. not a TTY → 0;
 * 5. a TTY: `TERM=dumb` → 0; `COLORTERM=truecolor|24bit` → 3; `TERM` containing
 *    `256` → 2; otherwise 1.
 */
export function colorLevel(opts: {
  stream: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** false when `--no-color` was given. */
  flag?: boolean;
}): ColorLevel {
  const { stream, env, flag } = opts;
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;

  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const f = force.trim().toLowerCase();
    if (f === "0" || f === "false") return 0;
    if (f === "" || f === "true") return 1;
    const n = Number.parseInt(f, 10);
    // Unparseable values still mean "someone asked for colour".
    if (!Number.isFinite(n) || n < 1) return 1;
    return n >= 3 ? 3 : (n as 1 | 2);
  }

  if (!stream.isTTY) return 0;
  // A dumb terminal prints escape sequences literally.
  if (env.TERM === "dumb") return 0;
  const colorterm = (env.COLORTERM ?? "").toLowerCase();
  if (colorterm === "truecolor" || colorterm === "24bit") return 3;
  if ((env.TERM ?? "").includes("256")) return 2;
  return 1;
}

/**
 * What `makeChalk(0)` gives, without loading chalk (importing it, with the
 * node:os, node:tty and node:process modules of its colour detection, costs
 * ~10 ms of every start of `claims check`, whose output is usually not a
 * terminal): every style, however chained, returns its arguments as text
 * (joined by spaces, as chalk joins them), `visible` returns "", the colour
 * model methods (`hex("#f00")`, `rgb(...)`, `ansi256(n)` and their `bg`
 * forms) return a style, and `level` is 0.
 */
export function plainChalk(): ChalkInstance {
  const make = (empty: boolean): unknown => {
    const style = (...args: unknown[]): string => {
      const text = args.length === 1 ? "" + (args[0] as string) : args.join(" ");
      return empty ? "" : text;
    };
    return new Proxy(style, {
      get(_target, key) {
        if (key === "level") return 0;
        // Not a thenable (a promise resolved with it must not call it).
        if (typeof key !== "string" || key === "then") return undefined;
        if (MODEL_METHODS.has(key)) return () => make(empty);
        return make(empty || key === "visible");
      },
    });
  };
  return make(false) as ChalkInstance;
}

const MODEL_METHODS: ReadonlySet<string> = new Set(["rgb", "hex", "ansi256", "bgRgb", "bgHex", "bgAnsi256"]);

/**
 * Make `text` safe to print on a terminal without changing its length in
 * code points: line breaks and tabs become spaces, other C0 controls and
 * DEL become their Unicode "control picture" (ESC → ␛), C1 controls become
 * U+FFFD. Document text and paths are untrusted, and a stray ESC or CSI in
 * them would otherwise be interpreted by the terminal; keeping one code point
 * per code point lets callers still slice by the original offsets.
 */
export function terminalSafe(text: string): string {
  // Fast path: nothing to replace (the usual case).
  if (!/[\u0000-\u001f\u007f-\u009f]/u.test(text)) return text;
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n" || c === "\r" || c === "\t" || c === "\v" || c === "\f") return " ";
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return "\ufffd";
  });
}
