import { describe, expect, it } from 'vitest';
import { crossings } from './breakeven';
import { dec } from './decimal';
import { type Staircase, stepBoundaries, unitsAt, unitsRightOf } from './staircase';

// 14 requests in flight per instance at 220 ms: a step that is a non-terminating decimal.
const step = dec(2_628_000).times(14).times(1000).div(220);
const fleet: Staircase = { usdPerUnit: dec(10), minCount: dec(0), requestsPerStep: step };

describe('staircases whose step is a non-terminating decimal', () => {
  it('count a computed boundary n × step as n steps, and n + 1 just above it', () => {
    for (const n of [1, 5, 46, 57, 9999]) {
      const r = step.times(n);
      expect(unitsAt(fleet, r).toNumber()).toBe(n);
      expect(unitsRightOf(fleet, r).toNumber()).toBe(n + 1);
    }
  });

  it('do not walk a boundary again when the window starts on it', () => {
    expect(stepBoundaries(fleet, step.times(5), step.times(7), 10).map((r) => unitsAt(fleet, r).toNumber())).toEqual([
      6, 7,
    ]);
  });

  it('read a step that lands exactly on the other curve as a tie, reported once where the next step leaves it', () => {
    // Two members cost the constant's $20 exactly: equal over the second step, dearer from the third member.
    const constant = { linear: [{ to: null, a: dec(20), b: dec(0) }], steps: [] };
    const res = crossings({ linear: [{ to: null, a: dec(0), b: dec(0) }], steps: [fleet] }, constant);
    expect(
      res.crossings.map((c) => [c.kind, c.fleetStep, c.cheaperBelow, unitsAt(fleet, c.requestsPerMonth).toNumber()]),
    ).toEqual([['jump', true, 'tie', 2]]);
    expect(res.crossings[0]!.equalFrom!.eq(step)).toBe(true);
    expect(res.equal).toHaveLength(1);
  });
});

describe('staircases walk a bounded number of steps whatever their width', () => {
  it('list at most `limit` boundaries of a 1e-300-request step, at once', () => {
    const narrow: Staircase = { usdPerUnit: dec(10), minCount: dec(1), requestsPerStep: dec('1e-300') };
    const t0 = performance.now();
    expect(stepBoundaries(narrow, dec(0), dec('1e12'), 5)).toHaveLength(5);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('a zero-width step lists no boundary instead of looping', () => {
    expect(
      stepBoundaries({ usdPerUnit: dec(10), minCount: dec(1), requestsPerStep: dec(0) }, dec(0), dec(100), 10),
    ).toEqual([]);
  });

  it('count n × step as n steps also past 10^14 steps, where one ulp of R / step exceeds 1e-18', () => {
    const tiny: Staircase = {
      usdPerUnit: dec(1),
      minCount: dec(0),
      requestsPerStep: dec(2_628_000).times('0.001').div(7),
    };
    for (const n of ['100000000000003', '2663622526000']) {
      const r = tiny.requestsPerStep.times(n);
      expect(unitsAt(tiny, r).toString()).toBe(n);
      expect(unitsRightOf(tiny, r).toString()).toBe(dec(n).plus(1).toString());
    }
  });
});
