/**
 * Reading one input file in one go, with short human messages for what can
 * go wrong (the same as `readInput` in src/inputs.ts gives). Light on
 * purpose: the main thread of a parallel run loads it without the pipeline.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";

/**
 * Reads a whole file synchronously (a worker has nothing else to do), with
 * the same checks and messages as `readInput`: a FIFO is never waited on, a
 * directory or device is refused.
 */
export function readFileChecked(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new Error(describeFsError(err), { cause: err });
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new Error("is a directory");
    if (!st.isFile()) throw new Error(`not a regular file (${fileKind(st)})`);
    return readFileSync(fd);
  } catch (err) {
    if (err instanceof Error && !("code" in err)) throw err;
    throw new Error(describeFsError(err), { cause: err });
  } finally {
    try { closeSync(fd); } catch { /* nothing to do */ }
  }
}

export function fileKind(st: Stats): string {
  if (st.isFIFO()) return "FIFO";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  return "unknown type";
}

/** The short messages `readInput` gives (src/inputs.ts), for the same errors. */
export function describeFsError(err: unknown): string {
  const code = typeof err === "object" && err !== null && "code" in err && typeof err.code === "string" ? err.code : undefined;
  switch (code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "EISDIR": return "is a directory";
    case "ENOTDIR": return "not a directory";
    case "ELOOP": return "symbolic link loop";
    case "ENAMETOOLONG": return "file name too long";
    case "EMFILE":
    case "ENFILE": return "too many open files";
    case "EIO": return "input/output error";
    default:
      if (code) return `cannot read (${code})`;
      return err instanceof Error ? err.message : String(err);
  }
}
