/**
 * `claims extract`: inputs → decoded text → claims → validated records →
 * formatted output. I/O lives here; extraction itself is pure (src/extract.ts).
 */
import { decode } from "../decode.js";
import { extractText } from "../extract.js";
import { extractFormatters } from "../formats/extract/index.js";
import { readInput, resolveInputs } from "../inputs.js";
import { warn, type Io } from "../io.js";
import { Output } from "../output.js";
import { claimValidator } from "../validate.js";
import { colorLevel, makeChalk } from "../color.js";

export interface ExtractCommandOptions {
  format: string;
  color?: boolean;
  quiet?: boolean;
}

/** Runs the extract command; returns the exit code (0 ok, 2 when any input or record failed). */
export async function extractCommand(args: string[], opts: ExtractCommandOptions, io: Io): Promise<number> {
  const factory = extractFormatters[opts.format];
  if (!factory) {
    warn(io, `claims: unknown format "${opts.format}" (one of: ${Object.keys(extractFormatters).join(", ")})`);
    return 2;
  }
  const chalk = makeChalk(colorLevel({ stream: io.stdout, env: io.env, flag: opts.color }));
  const formatter = factory({ color: chalk });
  const out = new Output(io.stdout);
  let code = 0;
  const { inputs, errors } = await resolveInputs(args.length ? args : ["-"], { cwd: io.cwd });
  for (const e of errors) { warn(io, `claims: ${e.path}: ${e.message}`); code = 2; }
  const validate = claimValidator();
  let count = 0;
  await out.write(formatter.begin());
  for (const path of inputs) {
    if (out.closed) break;
    let bytes: Uint8Array;
    try {
      bytes = await readInput(path === "-" ? "-" : resolvePath(io.cwd, path));
    } catch (err) {
      warn(io, `claims: ${path}: ${(err as Error).message}`);
      code = 2;
      continue;
    }
    const decoded = decode(bytes);
    if (decoded.binary) { warn(io, `claims: ${path}: binary file, skipped`); code = 2; continue; }
    for (const w of decoded.warnings) warn(io, `claims: ${path}: warning: ${w.message}`);
    const claims = extractText(decoded.text, path);
    for (const claim of claims) {
      const result = validate(claim);
      if (!result.valid) {
        warn(io, `claims: ${path}: internal error: a record failed the schema (${result.errors.map((e) => `${e.path} ${e.message}`).join("; ")}); not written`);
        code = 2;
        continue;
      }
      await out.write(formatter.claim(claim, count++));
    }
  }
  await out.write(formatter.end(count));
  await out.flush();
  return code;
}

function resolvePath(cwd: string, p: string): string {
  return p.startsWith("/") ? p : `${cwd}/${p}`;
}
