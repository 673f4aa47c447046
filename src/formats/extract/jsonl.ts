/**
 * `jsonl`: one claim per line, exactly the records `schemas/claim.schema.json`
 * describes and nothing else (no header, no summary), so the output can be
 * concatenated, split and streamed.
 */
import type { ExtractFormatterFactory } from "./index.js";

/** The jsonl extract formatter. */
export const jsonl: ExtractFormatterFactory = () => ({
  begin: () => "",
  claim: (c) => JSON.stringify(c) + "\n",
  end: () => "",
});
