/** Small helpers shared by the check rules' messages. */

/** `s` on one line, white space collapsed, cut to `max` code points with an ellipsis. */
export function preview(s: string, max = 60): string {
  const one = s.replace(/\s+/g, " ").trim();
  const cps = [...one];
  return cps.length <= max ? one : cps.slice(0, max - 1).join("").trimEnd() + "…";
}

/** "1 thing" / "2 things". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
