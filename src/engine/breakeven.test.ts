import { describe, expect, it } from 'vitest';
import { crossings } from './breakeven';
import { type CostCurve, curveCostAt } from './curve';
import { Decimal, dec } from './decimal';
import { affine, constant } from './piecewise';

const line = (a: number | string, b: number | string): CostCurve => ({ linear: affine(a, b), steps: [] });
const fleet = (usdPerUnit: number, minCount: number, requestsPerStep: number): CostCurve => ({
  linear: constant(0),
  steps: [{ usdPerUnit: dec(usdPerUnit), minCount: dec(minCount), requestsPerStep: dec(requestsPerStep) }],
});

describe('exact breakevens', () => {
  it('solves a line against a flat server exactly (the brief: 8,134,271 requests/month)', () => {
    const { crossings: xs } = crossings(line(0, '0.00000186667'), line('15.184', 0));
    expect(xs).toHaveLength(1);
    expect(xs[0]!.kind).toBe('cross');
    expect(xs[0]!.requestsPerMonth.toDecimalPlaces(0).toString()).toBe('8134271');
    expect(xs[0]!.usdA.minus(xs[0]!.usdB).abs().lt('1e-20')).toBe(true);
    expect([xs[0]!.cheaperBelow, xs[0]!.cheaperAbove]).toEqual(['a', 'b']);
  });

  it('finds no crossing between parallel or identical curves', () => {
    expect(crossings(line(1, 2), line(2, 2)).crossings).toEqual([]);
    expect(crossings(line(1, 2), line(1, 2)).crossings).toEqual([]);
  });

  it('finds every crossing of a line through a staircase, crossings and jumps alike', () => {
    // Fleet: $10 per member, one more every 100 requests (≈ $0.10/request); line: $0.105 per request:
    // the line climbs through the staircase over its first ~2,000 requests.
    const a = line(0, '0.105');
    const b = fleet(10, 1, 100);
    const { crossings: xs, truncated } = crossings(a, b, dec(10_000));
    expect(truncated).toBe(false);
    expect(xs.length).toBeGreaterThan(1);
    for (const x of xs) {
      const da = curveCostAt(a, x.requestsPerMonth);
      const db = curveCostAt(b, x.requestsPerMonth);
      if (x.kind === 'cross') expect(da.minus(db).abs().lt('1e-20')).toBe(true);
      expect(x.cheaperBelow).not.toBe(x.cheaperAbove);
    }
    // Between consecutive changes the cheaper system is the one reported.
    for (let i = 0; i + 1 < xs.length; i++) {
      const mid = xs[i]!.requestsPerMonth.plus(xs[i + 1]!.requestsPerMonth).div(2);
      const aCheaper = curveCostAt(a, mid).lt(curveCostAt(b, mid));
      expect(aCheaper ? 'a' : 'b').toBe(xs[i]!.cheaperAbove);
    }
  });

  it('reports a jump where a fleet step leaps over a line, with the costs on both sides', () => {
    // Line at $15 flat vs fleet at $10 per member from 1 member, a step every 1,000 requests.
    const { crossings: xs } = crossings(line(15, 0), fleet(10, 1, 1000));
    expect(xs).toHaveLength(1);
    expect(xs[0]!.kind).toBe('jump');
    expect(xs[0]!.requestsPerMonth.toString()).toBe('1000');
    expect(xs[0]!.usdB.toString()).toBe('10');
    expect(xs[0]!.usdBAbove.toString()).toBe('20');
    expect(xs[0]!.cheaperBelow).toBe('b');
  });

  it('walks only the steps near a crossing: a 10^6-step fleet is solved without walking them all', () => {
    const t0 = performance.now();
    const { crossings: xs } = crossings(line(0, '0.00002'), fleet(15, 1, 1_000_000), new Decimal('1e12'));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(xs.length).toBeGreaterThan(0);
  });
});

describe('duplicated systems', () => {
  it('two identical traffic-sized fleets have no breakeven and cost no walk', () => {
    const f = fleet(15.184, 2, 43_800_000);
    const t0 = performance.now();
    expect(crossings(f, f).crossings).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
