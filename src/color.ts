/**
 * Colour decisions for terminal output.
 *
 * Chalk's own detection runs once, at import, against `process.stdout`, and
 * ignores `NO_COLOR`; we decide per stream, honour `NO_COLOR` and
 * `--no-color`, and hand formatters an explicit chalk instance so that a
 * formatter never reaches for global state. The chalk-free part lives in
 * src/color-level.ts (re-exported here).
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { ColorLevel } from "./color-level.js";

export { colorLevel, plainChalk, terminalSafe, type ColorLevel } from "./color-level.js";

/** A chalk instance fixed at `level` (0 yields plain text from every style). */
export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
