/**
 * Work done in steps: each `yield` is a point where a caller may stop and resume later (a page prices
 * and right-sizes between frames, so no single task holds up an input); {@link runSteps} runs them all
 * at once, which is what every synchronous caller (the CLI, the tests, the one-shot functions) does.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` (any iterator that yields between steps) to the end and returns their result. */
export function runSteps<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
