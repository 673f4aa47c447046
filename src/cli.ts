/**
 * The command line: a thin layer over the library. `main(argv, io)` parses
 * arguments and returns an exit code (0 ok, 1 findings, 2 usage/IO/internal
 * error); `run()` wires it to the real process without `process.exit()`, so
 * piped output is never cut short.
 */
import { parseFastExtract } from "./fast-argv.js";
import { parseFastCheck } from "./check/argv.js";
import { readFileSync } from "node:fs";
import { processIo, warn, type Io } from "./io.js";

/** The package version, read once from package.json. */
export function version(): string {
  const url = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}

/** Parses `argv` (without node and script) and runs the command. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // `claims extract ...` without commander when the line is plain (src/fast-argv.ts): start-up time.
  const fast = parseFastExtract(argv);
  if (fast) {
    try {
      const { extractCommand } = await import("./commands/extract.js");
      return await extractCommand(fast.inputs, fast.opts, io);
    } catch (err) {
      warn(io, `claims: internal error: ${(err as Error).stack ?? String(err)}`);
      return 2;
    }
  }
  // `claims check ...` likewise (src/check/argv.ts): pre-commit hooks run it on every commit.
  const fastCheck = parseFastCheck(argv);
  if (fastCheck) {
    try {
      const { checkCommand } = await import("./commands/check.js");
      return await checkCommand(fastCheck.inputs, { ...fastCheck.opts, version: version() }, io);
    } catch (err) {
      warn(io, `claims: internal error: ${(err as Error).stack ?? String(err)}`);
      return 2;
    }
  }
  const { Command, CommanderError } = await import("commander");
  // Help and version text go to stdout too: `claims extract --help | head -3`
  // closes the pipe under them, which must end the run quietly as it does for claims.
  io.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
  let code = 0;
  const program = new Command()
    .name("claims")
    .description("Extract attributed claims (who said what, to whom, by which cue, on which cited source) as JSONL.")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command("extract")
    .description("extract claims from files, directories (.txt, .md), globs or - (stdin); JSONL on stdout")
    .argument("[inputs...]", "files, directories, globs, or - for stdin")
    .option("-f, --format <name>", "output format: jsonl | json | pretty", "jsonl")
    .option("--no-color", "never colour the output")
    .option("-q, --quiet", "no progress on stderr")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores); output is the same for any n")
    .option("--input-format <name>", "text | jsonl (one JSON document per line: {\"id\" or \"file\", \"text\", \"url\", \"title\", \"date\"})", "text")
    .addHelpText("after", `
Examples:
  claims extract seeds/
  claims extract 'reports/**/*.txt' | jq 'select(.speaker.type == "anonymous")'
  cat story.txt | claims extract - --format pretty
  parallel --pipe -N 500 claims extract --jobs 1 --input-format jsonl - < docs.jsonl > claims.jsonl`)
    .action(async (inputs: string[], opts: { format: string; color?: boolean; quiet?: boolean; jobs?: string; inputFormat?: string }) => {
      const { extractCommand } = await import("./commands/extract.js");
      code = await extractCommand(inputs, opts, io);
    });

  program
    .command("check")
    .description("lint documents: citations without endnotes, unused or broken endnotes, uncited claims, unbalanced quotes, bad bytes, empty documents")
    .argument("[inputs...]", "files, directories (.txt, .md), globs, or - for stdin")
    .option("-f, --format <name>", "report format: stylish | json | unix | github | sarif", "stylish")
    .option("-r, --rule <rule=severity>", "set a rule's severity (error, warning, info, off); repeatable", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("-c, --config <path>", "read rule severities from this file instead of the nearest .claimsrc.json")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings")
    .option("--no-color", "never colour the output")
    .option("-q, --quiet", "no summary on stderr")
    .addHelpText("after", `
Rules (default severity): dangling-citation, malformed-endnote, duplicate-endnote,
undecodable-text (error); unused-endnote, uncited-claim, unbalanced-quote,
empty-document (warning). Severities come from the nearest .claimsrc.json, e.g.
  { "rules": { "uncited-claim": "off", "unused-endnote": "error" } }
and --rule flags, which win.

Exit status: 0 no errors (warnings allowed), 1 errors found (or more warnings
than --max-warnings), 2 usage, configuration or input error.

Examples:
  claims check report.txt
  claims check docs/ --rule uncited-claim=off
  git diff --name-only -- '*.md' | xargs claims check --format unix
  claims check 'reports/**/*.txt' --format sarif > claims.sarif
  claims check --format github docs/        # annotations in GitHub Actions`)
    .action(async (inputs: string[], opts: { format: string; rule: string[]; config?: string; maxWarnings?: string; color?: boolean; quiet?: boolean }) => {
      const { checkCommand } = await import("./commands/check.js");
      code = await checkCommand(inputs, { ...opts, version: version() }, io);
    });

  program
    .command("validate")
    .description("validate claims JSONL (files or - for stdin) against the schema; exit 1 on invalid lines")
    .argument("[files...]", "JSONL files, or - for stdin")
    .addHelpText("after", `
Examples:
  claims extract seeds/ > claims.jsonl && claims validate claims.jsonl
  cat merged.jsonl | claims validate -`)
    .action(async (files: string[]) => {
      code = await validateCommand(files.length ? files : ["-"], io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a claim record")
    .action(async () => {
      const { claimSchemaPath } = await import("./validate.js");
      io.stdout.write(readFileSync(claimSchemaPath(), "utf8"));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
      return 2;
    }
    warn(io, `claims: internal error: ${(err as Error).stack ?? String(err)}`);
    return 2;
  }
  return code;
}

async function validateCommand(files: string[], io: Io): Promise<number> {
  // Loaded here, not at start-up: only `validate` (and `schema`) need them right away.
  const { validateJsonl } = await import("./validate.js");
  const { readInput } = await import("./inputs.js");
  let code = 0;
  for (const f of files) {
    let text: string;
    try {
      text = new TextDecoder().decode(await readInput(f));
    } catch (err) {
      warn(io, `claims: ${f}: ${(err as Error).message}`);
      code = 2;
      continue;
    }
    for (const bad of validateJsonl(text)) {
      for (const e of bad.errors) warn(io, `${f}:${bad.line}: ${e.path || "(record)"} ${e.message}`);
      if (code === 0) code = 1;
    }
  }
  return code;
}

/** Entry point for bin/claims.js: sets the exit code, never calls process.exit(). */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`claims: internal error: ${String(err)}\n`); process.exitCode = 2; },
  );
}
