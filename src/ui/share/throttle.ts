/** Timer functions, injectable so tests drive time. */
export type Timers = {
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
  readonly now: () => number;
};

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** A throttled writer: see {@link throttledWriter}. */
export type ThrottledWriter<T> = { push(value: T): void; flush(): void; cancel(): void };

/**
 * Writes at most once per `intervalMs`: the first value at once, then the latest value at the end of
 * each interval (values in between are dropped). So typing in a field rewrites the address bar a few
 * times a second at most, and the last edit is always written.
 */
export function throttledWriter<T>(
  write: (value: T) => void,
  intervalMs: number,
  timers: Timers = realTimers,
): ThrottledWriter<T> {
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let handle: unknown = null;
  const fire = () => {
    handle = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = timers.now();
    write(value);
  };
  return {
    push(value) {
      pending = { value };
      if (handle !== null) return;
      const wait = last + intervalMs - timers.now();
      if (wait <= 0) fire();
      else handle = timers.setTimeout(fire, wait);
    },
    flush() {
      if (handle !== null) timers.clearTimeout(handle);
      fire();
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      pending = null;
    },
  };
}
