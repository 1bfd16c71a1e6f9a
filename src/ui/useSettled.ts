import { useEffect, useRef, useState } from 'react';
import { useInputChanges } from './AppContext';

/** Subscribes a listener to some source of changes; returns the unsubscribe function. */
export type Subscribe = (listener: () => void) => () => void;

/**
 * `value` once it has stopped changing for `quietMs`, and at least every `maxWaitMs` while it keeps
 * changing. Lets a costly view (the chart) skip the frames of a slider drag while the cheap views
 * (the table) follow every input; the final value always lands. With `restartOn`, each of its
 * changes restarts the quiet time too (see {@link useSettledResults}), without a re-render.
 */
export function useSettled<T>(value: T, quietMs: number, maxWaitMs: number, restartOn?: Subscribe): T {
  const [settled, setSettled] = useState(value);
  const pendingSince = useRef<number | null>(null);
  useEffect(() => {
    if (Object.is(value, settled)) {
      pendingSince.current = null;
      return;
    }
    pendingSince.current ??= performance.now();
    const settle = () => {
      pendingSince.current = null;
      setSettled(value);
    };
    return settleAfterQuiet(quietMs, pendingSince.current + maxWaitMs, settle, restartOn);
  }, [value, settled, quietMs, maxWaitMs, restartOn]);
  return settled;
}

/**
 * Calls `settle` once, when `quietMs` have passed without a change from `restartOn` (each restarts
 * the wait), or at `deadlineMs` (on `performance.now()`'s clock) at the latest. Returns a cancel function.
 */
export function settleAfterQuiet(
  quietMs: number,
  deadlineMs: number,
  settle: () => void,
  restartOn?: Subscribe,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const arm = () => {
    if (done) return;
    clearTimeout(timer);
    const waitMs = Math.max(0, Math.min(quietMs, deadlineMs - performance.now()));
    timer = setTimeout(() => {
      done = true;
      settle();
    }, waitMs);
  };
  arm();
  const unsubscribe = restartOn?.(arm);
  return () => {
    done = true;
    clearTimeout(timer);
    unsubscribe?.();
  };
}

/**
 * {@link useSettled} for a view of the results: the quiet time counts from the last input as well as
 * from the last result, so a view waits for the inputs to rest even while each input's figures are
 * still being priced (a slow machine can take longer than `quietMs` between two results of one drag).
 */
export function useSettledResults<T>(value: T, quietMs: number, maxWaitMs: number): T {
  return useSettled(value, quietMs, maxWaitMs, useInputChanges());
}

/** Quiet time before a costly secondary panel (right-sizing sweep, prices-changed check) follows the inputs. */
export const SETTLE_QUIET_MS = 300;
/**
 * Longest a secondary panel lags during a continuous drag: none, it follows when the inputs rest. Its
 * recompute (a sweep of re-pricings) is one long task; in the middle of a drag it would hold up inputs.
 */
export const SETTLE_MAX_WAIT_MS = Number.POSITIVE_INFINITY;
