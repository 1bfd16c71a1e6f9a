import { describe, expect, it } from 'vitest';
import { crossings, walkBudget } from './breakeven';
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

describe('walks that would not end in time are cut short, and say so', () => {
  // $15 per instance every 1,000 requests against a line of the same slope: the costs alternate at
  // every one of the 10^9 steps up to 10^12 requests, so no walk can list them all.
  const parallel = line('7.5', '0.015');
  const sawtooth = fleet(15, 1, 1000);

  it('a near-parallel pair is walked only up to its limit, quickly, and marked truncated', () => {
    const t0 = performance.now();
    const res = crossings(parallel, sawtooth);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(res.truncated).toBe(true);
    expect(res.crossings.length).toBeGreaterThan(10);
    expect(res.crossings.length).toBeLessThanOrEqual(2_002);
  });

  it('no crossing is guessed in the stretch it did not walk: every one is a real change, costs equal at each cross', () => {
    const { crossings: xs } = crossings(parallel, sawtooth);
    for (const x of xs) {
      if (x.kind === 'cross')
        expect(
          curveCostAt(parallel, x.requestsPerMonth).minus(curveCostAt(sawtooth, x.requestsPerMonth)).abs().lt('1e-9'),
          x.requestsPerMonth.toString(),
        ).toBe(true);
      else expect(x.usdA.minus(x.usdB).isNegative()).not.toBe(x.usdAAbove.minus(x.usdBAbove).isNegative());
    }
    // The walk stops near 10^6 requests; nothing is reported between there and 10^12.
    expect(xs[xs.length - 1]!.requestsPerMonth.lt(2_000_000)).toBe(true);
  });

  it('pairs of one analysis share one budget: once it is spent, the next walk stops at once', () => {
    const budget = walkBudget(50);
    const first = crossings(parallel, sawtooth, undefined, budget);
    expect(first.truncated).toBe(true);
    expect(budget.steps).toBeLessThanOrEqual(0);
    const second = crossings(parallel, fleet(15, 2, 1000), undefined, budget);
    expect(second.truncated).toBe(true);
    expect(second.crossings.length).toBeLessThanOrEqual(2);
  });

  it('two fleets of one step width that differ only in their minimum need no walk above it', () => {
    const t0 = performance.now();
    const res = crossings(fleet(15, 1, 1000), fleet(15, 3, 1000));
    expect(performance.now() - t0).toBeLessThan(200);
    // From 2,000 requests both run three members: equal to the end of the range, which is no crossing.
    expect(res).toEqual({ crossings: [], truncated: false, equal: [[dec(2000), dec('1e12')]], unknown: [] });
  });
});

describe('fleets stepping a hair apart', () => {
  it('two fleets whose boundaries differ by less than 1e-9 requests jump together: no phantom cross between them', () => {
    // From a property-test counterexample: 12 × one width and 21 × another land 9.3e-10 apart; the
    // second jump used to fall between two points and read as a crossing of $422.31 and $428.43.
    const fleetOf = (usd: string, min: number, width: string): CostCurve => ({
      linear: constant(0),
      steps: [{ usdPerUnit: dec(usd), minCount: dec(min), requestsPerStep: dec(width) }],
    });
    const a = fleetOf('32.485', 1, '416576.0869565216558152173913043646');
    const b = fleetOf('19.474', 0, '238043.4782608695652173913043478261');
    const { crossings: xs } = crossings(a, b, dec(10_000_000));
    expect(xs.length).toBeGreaterThan(0);
    for (const x of xs) {
      if (x.kind === 'cross') expect(x.usdA.minus(x.usdB).abs().lte('1e-9'), x.requestsPerMonth.toString()).toBe(true);
      else expect(x.fleetStep).toBe(true);
    }
  });
});
