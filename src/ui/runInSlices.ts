/** How {@link runInSlices} spends time: a clock and a way to continue later (both replaceable in tests). */
export type SliceOptions = {
  /** Work per slice before giving the event loop a turn; input waits at most about this long. */
  readonly sliceMs?: number;
  readonly now?: () => number;
  readonly later?: (next: () => void) => void;
  /** Called instead of `done` when a step throws (the run stops there); without it the error is thrown on. */
  readonly failed?: (error: unknown) => void;
};

/** A slice long enough to get on with the work, short enough that a key press waits less than a frame. */
const SLICE_MS = 8;

/**
 * Runs stepwise work in slices of about `sliceMs`, each a task of its own (the first one too), so that input between
 * slices is handled at once instead of after the whole run; calls `done` with the result, which is
 * the one `runSteps` gives (the steps are the same, only when they run differs). Returns a
 * cancel function: after it, no further step runs and `done` is never called.
 */
export function runInSlices<T>(
  steps: Iterator<unknown, T>,
  done: (result: T) => void,
  o: SliceOptions = {},
): () => void {
  const sliceMs = o.sliceMs ?? SLICE_MS;
  const now = o.now ?? (() => performance.now());
  const later = o.later ?? ((next: () => void) => setTimeout(next, 0));
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const start = now();
    for (;;) {
      let next: IteratorResult<unknown, T>;
      try {
        next = steps.next();
      } catch (error) {
        if (!o.failed) throw error;
        o.failed(error);
        return;
      }
      if (next.done) {
        done(next.value);
        return;
      }
      if (now() - start >= sliceMs) break;
    }
    later(slice);
  };
  // Even the first slice waits: called from an input's handler, it would hold that input's paint.
  later(slice);
  return () => {
    cancelled = true;
  };
}
