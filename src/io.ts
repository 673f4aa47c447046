/** The process boundary handed to `main`: streams, environment, working directory. Tests pass their own. */
import type { Readable, Writable } from "node:stream";

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The real process's I/O. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Writes one line to stderr (warnings, errors, progress: never stdout). */
export function warn(io: Io, line: string): void {
  io.stderr.write(line.endsWith("\n") ? line : line + "\n");
}
