/**
 * `json`: one JSON array of claims, streamed: `[` first, a claim per line
 * with the commas between them, `]` last. The output parses as JSON however
 * many claims there are, `[]` included.
 */
import type { ExtractFormatterFactory } from "./index.js";

/** The json extract formatter. */
export const json: ExtractFormatterFactory = () => {
  // Whether a claim was written decides the comma, not the caller's index,
  // so the array stays valid whatever indices the caller passes.
  let written = 0;
  return {
    begin: () => "[",
    claim: (c) => (written++ === 0 ? "\n" : ",\n") + JSON.stringify(c),
    end: () => (written === 0 ? "]\n" : "\n]\n"),
  };
};
