/**
 * Keeping garbage from piling up between the threads of a parallel run.
 *
 * The records come back from the workers as big strings (one per job);
 * once written they are garbage, but big strings live in V8's large-object
 * space, which only a full collection frees, and the main thread allocates
 * so little else that V8 runs one rarely: tens of megabytes of written
 * records would wait for it. So the main thread runs a full collection after
 * every few megabytes of records written (a few milliseconds on its small
 * heap). Workers read files into buffers (memory outside the heap, freed
 * only when a collection finds them dead): past a few megabytes of it, a
 * worker collects too.
 */
import v8 from "node:v8";
import vm from "node:vm";

/** `gc()` is a full collection; (in Node 20, `gc({ type: "major" })` runs only a scavenge). */
type Gc = () => void;
let gc: Gc | null | undefined;

function getGc(): Gc | null {
  if (gc !== undefined) return gc;
  try {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as Gc;
  } catch {
    gc = null;
  }
  return gc;
}

/** Runs a full collection when this thread holds more than `limit` bytes outside the heap. */
export function collectIfBuffersAbove(limit = 16 << 20): void {
  if (v8.getHeapStatistics().external_memory > limit) getGc()?.();
}

/** A full collection now. */
export function collectNow(): void {
  getGc()?.();
}

/** Counts what was released; runs a full collection after every `every` units. */
export class Releaser {
  private pending = 0;
  constructor(private readonly every = 2 << 20) {}

  released(units: number): void {
    this.pending += units;
    if (this.pending < this.every) return;
    this.pending = 0;
    getGc()?.();
  }
}
