import { useEffect, useRef, useState } from 'react';

/**
 * `value` once it has stopped changing for `quietMs`, and at least every `maxWaitMs` while it keeps
 * changing. Lets a costly view (the chart) skip the frames of a slider drag while the cheap views
 * (the table) follow every input; the final value always lands.
 */
export function useSettled<T>(value: T, quietMs: number, maxWaitMs: number): T {
  const [settled, setSettled] = useState(value);
  const pendingSince = useRef<number | null>(null);
  useEffect(() => {
    if (Object.is(value, settled)) {
      pendingSince.current = null;
      return;
    }
    const now = performance.now();
    pendingSince.current ??= now;
    const wait = Math.max(0, Math.min(quietMs, pendingSince.current + maxWaitMs - now));
    const timer = setTimeout(() => {
      pendingSince.current = null;
      setSettled(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, settled, quietMs, maxWaitMs]);
  return settled;
}

/** Quiet time before a costly secondary panel (right-sizing sweep, prices-changed check) follows the inputs. */
export const SETTLE_QUIET_MS = 300;
/**
 * Longest a secondary panel lags during a continuous drag: none, it follows when the inputs rest. Its
 * recompute (a sweep of re-pricings) is one long task; in the middle of a drag it would hold up inputs.
 */
export const SETTLE_MAX_WAIT_MS = Number.POSITIVE_INFINITY;
