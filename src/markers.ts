/**
 * Citation markers: "[8]", "[3][4]", "[3, 4]", "[3-5]". A marker's numbers
 * are expanded (ranges capped so that "[1-999999]" cannot blow up).
 */

export interface Marker {
  /** UTF-16 range of the bracketed marker in the file's text. */
  start: number;
  end: number;
  numbers: number[];
}

/** Global regex for one bracketed marker; callers reset lastIndex. */
export const MARKER = /\[(\d{1,5}(?:[ \t]*[-–,][ \t]*\d{1,5}){0,20})\]/g;
/** The same, anchored (sticky) for matching at a position. */
export const MARKER_AT = /\[(\d{1,5}(?:[ \t]*[-–,][ \t]*\d{1,5}){0,20})\]/y;
/** Largest range expanded; longer ranges keep their two ends only. */
const MAX_RANGE = 100;

/** The numbers a marker's inside names: "3, 4" → [3, 4]; "3-5" → [3, 4, 5]. */
export function markerNumbers(inside: string): number[] {
  const out: number[] = [];
  for (const part of inside.split(",")) {
    const range = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(part);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b >= a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) out.push(n);
      else out.push(a, b);
    } else {
      const n = Number(part.trim().split(/\s*[-–]\s*/)[0]);
      if (Number.isFinite(n)) out.push(n);
    }
  }
  return out;
}

/** All markers in text[from, to). */
export function findMarkers(text: string, from: number, to: number): Marker[] {
  const out: Marker[] = [];
  MARKER.lastIndex = from;
  for (let m = MARKER.exec(text); m && m.index < to; m = MARKER.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, numbers: markerNumbers(m[1]!) });
  }
  return out;
}
