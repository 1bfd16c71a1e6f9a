import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenario';
import type { PricedScenario, ScenarioPricer } from '../report';
import { priceBetweenFrames } from './priceBetweenFrames';

/** A MessageChannel whose messages wait until the test delivers them, one task at a time. */
const queue: (() => void)[] = [];
class HeldChannel {
  readonly port1: { onmessage: (() => void) | null; close: () => void } = { onmessage: null, close: () => {} };
  readonly port2 = { postMessage: () => queue.push(() => this.port1.onmessage?.()) };
}
/** Runs the next task; false when none is waiting. */
const runTask = () => {
  const task = queue.shift();
  task?.();
  return task !== undefined;
};

/** A fake clock: each pricing step takes `stepMs`. */
let nowMs = 0;
const NOT_PRICED: PricedScenario = { ok: false, issues: [] };

/** A pricer whose steps are `n` steps of `stepMs` each (or one that throws at `throwAt`), recording each step. */
function pricer(n: number, stepMs: number, throwAt?: number): { price: ScenarioPricer; ran: number[] } {
  const ran: number[] = [];
  function* steps() {
    for (let i = 0; i < n; i++) {
      if (i === throwAt) throw new Error('a bug');
      nowMs += stepMs;
      ran.push(i);
      yield;
    }
    return NOT_PRICED;
  }
  return { price: Object.assign(() => NOT_PRICED, { steps }), ran };
}

beforeEach(() => {
  queue.length = 0;
  nowMs = 0;
  vi.stubGlobal('MessageChannel', HeldChannel);
  vi.spyOn(performance, 'now').mockImplementation(() => nowMs);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('pricing between frames', () => {
  it('runs nothing in the caller’s task, then steps for one slice per task until done', () => {
    const { price, ran } = pricer(10, 3);
    const done = vi.fn();
    priceBetweenFrames(price, DEFAULT_SCENARIO, done, 4);
    expect(ran).toEqual([]);
    // 3 ms steps in 4 ms slices: two steps a task (the second ends past the slice), then the page's turn.
    const perTask: number[] = [];
    while (runTask()) perTask.push(ran.length);
    expect(perTask).toEqual([2, 4, 6, 8, 10, 10]);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('an input waits for one step at most when a step outlasts the slice', () => {
    const { price, ran } = pricer(5, 20);
    priceBetweenFrames(price, DEFAULT_SCENARIO, () => {}, 4);
    runTask();
    expect(ran).toEqual([0]);
    expect(queue).toHaveLength(1);
  });

  it('cancelled, it stops at its next slice and never reports', () => {
    const { price, ran } = pricer(10, 3);
    const done = vi.fn();
    const cancel = priceBetweenFrames(price, DEFAULT_SCENARIO, done, 4);
    runTask();
    cancel();
    while (runTask());
    expect(ran).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
  });

  it('a step that throws ends the pricing and reports, so the caller meets the error where it handles it', () => {
    const { price } = pricer(10, 3, 3);
    const done = vi.fn();
    priceBetweenFrames(price, DEFAULT_SCENARIO, done, 4);
    while (runTask());
    expect(done).toHaveBeenCalledTimes(1);
  });
});
