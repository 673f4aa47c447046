/** Running the built CLI (`node bin/claims.js`) from tests, and checking what it wrote. */
import { spawn, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Claim } from "../src/claim.js";
import { decode } from "../src/decode.js";
import { bin } from "./helpers.js";
import { claimProblems } from "./invariants.js";

export interface CliResult {
  stdout: string;
  stderr: string;
  /** Exit code, or null when killed by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Uint8Array;
  /** Kill the child after this many ms (a hang is a failure, not a stuck suite). */
  timeoutMs?: number;
}

/** A clean environment for the child: no colour, no tuning, nothing from the caller's CLAIMS_*. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("CLAIMS_") && !k.startsWith("NODE_TEST")) env[k] = v;
  return { ...env, NO_COLOR: "1", ...extra };
}

/** Runs `node bin/claims.js ...args` and collects its output. */
export function runCli(args: string[], opts: CliOptions): Promise<CliResult> {
  return new Promise((done, fail) => {
    const spawnOpts: SpawnOptions = { cwd: opts.cwd, env: opts.env ?? childEnv(), stdio: ["pipe", "pipe", "pipe"] };
    const child = spawn(process.execPath, [bin, ...args], spawnOpts);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
    child.on("error", fail);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      done({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), status, signal });
    });
    child.stdin!.on("error", () => undefined);
    child.stdin!.end(opts.input ?? "");
  });
}

/** Parses JSONL output; throws naming the first line that is not JSON. */
export function parseJsonl(stdout: string): Claim[] {
  if (stdout === "") return [];
  if (!stdout.endsWith("\n")) throw new Error(`output does not end with a newline: …${JSON.stringify(stdout.slice(-80))}`);
  return stdout.slice(0, -1).split("\n").map((line, i) => {
    try {
      return JSON.parse(line) as Claim;
    } catch (e) {
      throw new Error(`output line ${i + 1} is not JSON (${(e as Error).message}): ${JSON.stringify(line.slice(0, 200))}`);
    }
  });
}

/**
 * Problems with a run's records: each must be schema-valid with exact spans
 * against the decoded text of the file it names (read from `cwd`, or
 * `texts[file]` when given, e.g. for stdin).
 */
export function outputProblems(claims: Claim[], cwd: string, texts: Record<string, string> = {}): string[] {
  const byFile = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byFile.get(c.file) ?? [];
    list.push(c);
    byFile.set(c.file, list);
  }
  const problems: string[] = [];
  for (const [file, list] of byFile) {
    const text = texts[file] ?? decode(readFileSync(resolve(cwd, file))).text;
    problems.push(...claimProblems(text, list).map((p) => `${file}: ${p}`));
  }
  return problems;
}

/** stderr as lines, without the final empty one. */
export function stderrLines(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l !== "");
}
