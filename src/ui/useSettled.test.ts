import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleAfterQuiet } from './useSettled';

/** A source of changes, as the store's subscribe: `change()` calls every listener. */
function changes() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
    change: () => listeners.forEach((l) => l()),
    listening: () => listeners.size,
  };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('settling once the inputs rest', () => {
  it('a two-second burst of inputs 16 ms apart settles once, 120 ms after the last input', () => {
    const source = changes();
    const settle = vi.fn();
    settleAfterQuiet(120, Number.POSITIVE_INFINITY, settle, source.subscribe);
    for (let t = 0; t < 2000; t += 16) {
      source.change();
      vi.advanceTimersByTime(16);
    }
    expect(settle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(120 - 16 - 1);
    expect(settle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settle).toHaveBeenCalledTimes(1);
    // Inputs after it has settled start nothing: the next value gets its own wait.
    source.change();
    vi.advanceTimersByTime(1000);
    expect(settle).toHaveBeenCalledTimes(1);
  });

  it('a deadline bounds the wait however the inputs keep coming', () => {
    const source = changes();
    const settle = vi.fn();
    settleAfterQuiet(120, performance.now() + 500, settle, source.subscribe);
    for (let t = 0; t < 2000 && settle.mock.calls.length === 0; t += 16) {
      source.change();
      vi.advanceTimersByTime(16);
    }
    expect(settle).toHaveBeenCalledTimes(1);
    expect(performance.now()).toBeGreaterThanOrEqual(500);
    expect(performance.now()).toBeLessThan(500 + 16);
  });

  it('cancelled, it never settles and stops listening', () => {
    const source = changes();
    const settle = vi.fn();
    const cancel = settleAfterQuiet(120, Number.POSITIVE_INFINITY, settle, source.subscribe);
    expect(source.listening()).toBe(1);
    cancel();
    source.change();
    vi.advanceTimersByTime(1000);
    expect(settle).not.toHaveBeenCalled();
    expect(source.listening()).toBe(0);
  });
});
