/** Splitting text into lines with their UTF-16 offsets (LF, CRLF and CR all end a line). */

export interface Line {
  /** UTF-16 index of the first character. */
  start: number;
  /** UTF-16 index just past the last character, before the line break. */
  end: number;
  /** The line's text without its line break. */
  text: string;
}

const BREAK = /\r\n|\r|\n/g;

/** All lines of `text` between UTF-16 indices `from` and `to` (default: the whole text). */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  BREAK.lastIndex = from;
  let start = from;
  for (let m = BREAK.exec(text); m && m.index < to; m = BREAK.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < to || (start === to && lines.length === 0 && to > from)) lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

/** True when the line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  return !/\S/.test(line.text);
}
