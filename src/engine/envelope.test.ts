import { describe, expect, it } from 'vitest';
import { type CrossingsResult, MAX_REQUESTS_PER_MONTH, crossings, walkBudget } from './breakeven';
import type { CostCurve } from './curve';
import { dec } from './decimal';
import { type CheapestSegment, type PairOrder, cheapestSequence } from './envelope';
import { affine, constant } from './piecewise';

const line = (a: number | string, b: number | string): CostCurve => ({ linear: affine(a, b), steps: [] });
/** $0 up to `free` requests, then `rate` per request. */
const freeThen = (free: number, rate: string): CostCurve => ({
  linear: [
    { to: dec(free), a: dec(0), b: dec(0) },
    { to: null, a: dec(rate).times(-free), b: dec(rate) },
  ],
  steps: [],
});
const fleet = (usdPerUnit: number, minCount: number, requestsPerStep: number): CostCurve => ({
  linear: constant(0),
  steps: [{ usdPerUnit: dec(usdPerUnit), minCount: dec(minCount), requestsPerStep: dec(requestsPerStep) }],
});

function envelope(systems: Record<string, CostCurve>, maxR = MAX_REQUESTS_PER_MONTH): CheapestSegment[] {
  const ids = Object.keys(systems);
  const curves = new Map(Object.entries(systems));
  const budget = walkBudget();
  const pairs: PairOrder[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const result: CrossingsResult = crossings(curves.get(ids[i]!)!, curves.get(ids[j]!)!, maxR, budget);
      pairs.push({ a: ids[i]!, b: ids[j]!, result });
    }
  return cheapestSequence(ids, curves, pairs, maxR);
}
const brief = (segs: CheapestSegment[]) =>
  segs.map((s) => [
    s.id,
    s.fromRequestsPerMonth?.toDecimalPlaces(0).toNumber() ?? null,
    s.toRequestsPerMonth?.toDecimalPlaces(0).toNumber() ?? null,
    ...(s.tiedWith.length > 0 ? [s.tiedWith] : []),
  ]);

describe('the cheapest system at every traffic', () => {
  it('is one segment, open at both ends, when one system is always cheapest', () => {
    expect(brief(envelope({ a: line(1, '0.000001'), b: line(2, '0.000002') }))).toEqual([['a', null, null]]);
  });

  it('follows the brief: Lambda below 8,134,271, t3.small above', () => {
    const segs = envelope({ lambda: line(0, '0.00000186667'), t3: line('15.184', 0) });
    expect(brief(segs)).toEqual([
      ['lambda', null, 8_134_271],
      ['t3', 8_134_271, null],
    ]);
    // Contiguous and exact: one segment ends where the next starts, at the crossing itself.
    expect(segs[0]!.toRequestsPerMonth!.eq(segs[1]!.fromRequestsPerMonth!)).toBe(true);
    expect(segs[0]!.toRequestsPerMonth!.eq(dec('15.184').div('0.00000186667'))).toBe(true);
  });

  it('skips a system that never wins, even where it crosses others', () => {
    // c crosses b at 2,000 but a is below both there; a crosses b at 10,000.
    const segs = envelope({ a: line(5, '0.0005'), b: line(10, 0), c: line(0, '0.0055') });
    expect(brief(segs)).toEqual([
      ['c', null, 1000],
      ['a', 1000, 10_000],
      ['b', 10_000, null],
    ]);
  });

  it('says a tie over an interval, names the first system in scenario order, and is right on both sides', () => {
    // Both free to 1 M; then x costs more: the free stretch is a tie, then y alone.
    const segs = envelope({ x: freeThen(1_000_000, '0.000002'), y: freeThen(1_000_000, '0.000001') });
    expect(brief(segs)).toEqual([
      ['x', null, 1_000_000, ['y']],
      ['y', 1_000_000, null],
    ]);
  });

  it('keeps the first system through a tie that ends on the same side (no crossing there)', () => {
    // b equals a on (1000, 2000] only: below and above it a is cheaper.
    const a: CostCurve = { linear: affine(0, '0.001'), steps: [] };
    const b: CostCurve = {
      linear: [
        { to: dec(1000), a: dec(2), b: dec('0.001') },
        { to: dec(2000), a: dec(0), b: dec('0.001') },
        { to: null, a: dec(-4), b: dec('0.003') },
      ],
      steps: [],
    };
    expect(brief(envelope({ a, b }))).toEqual([
      ['a', null, 1000],
      ['a', 1000, 2000, ['b']],
      ['a', 2000, null],
    ]);
    expect(brief(envelope({ b, a }))).toEqual([
      ['a', null, 1000],
      ['b', 1000, 2000, ['a']],
      ['a', 2000, null],
    ]);
  });

  it('changes at a fleet step that jumps over a line, right-closed like the curves', () => {
    // Flat $15 vs a fleet of $10 members, one more every 1,000 requests.
    expect(brief(envelope({ flat: line(15, 0), fleet: fleet(10, 1, 1000) }))).toEqual([
      ['fleet', null, 1000],
      ['flat', 1000, null],
    ]);
  });

  it('is empty without systems and one segment for one system', () => {
    expect(envelope({})).toEqual([]);
    expect(brief(envelope({ only: line(1, 1) }))).toEqual([['only', null, null]]);
  });

  it('marks a stretch a truncated walk left unknown instead of guessing who is cheapest in it', () => {
    // A line through the middle of a staircase of its own slope: 100,000 alternations, more than a pair may walk.
    const segs = envelope({ line: line(5, '0.01'), steps: fleet(10, 1, 1000) }, dec('1e8'));
    const unknown = segs.filter((s) => s.undetermined.length > 0);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.toRequestsPerMonth).toBeNull();
    expect(segs.length).toBeGreaterThan(100);
    for (let i = 1; i < segs.length; i++)
      expect(segs[i]!.fromRequestsPerMonth!.eq(segs[i - 1]!.toRequestsPerMonth!)).toBe(true);
  });
});
