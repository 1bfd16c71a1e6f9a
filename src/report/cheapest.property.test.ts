import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CostCurve, Decimal, MAX_REQUESTS_PER_MONTH, SAME_USD, curveCostAt, type Staircase } from '../engine';
import { cloudAnalysis } from '../testing/cloudAnalysis';
import { cloudScenarioArb } from '../testing/cloudArbitraries';

const NEAR = new Decimal('1e-6');

/** Every R near r where either curve may bend or step: between two of them both curves are linear. */
function kinks(curves: readonly CostCurve[], r: Decimal): Decimal[] {
  const out: Decimal[] = [new Decimal(0), MAX_REQUESTS_PER_MONTH.times(2)];
  const steps = (s: Staircase) => {
    const k = r.div(s.requestsPerStep).floor();
    for (const n of [-1, 0, 1, 2]) out.push(k.plus(n).times(s.requestsPerStep));
    out.push(s.minCount.times(s.requestsPerStep));
  };
  for (const c of curves) {
    for (const seg of c.linear) if (seg.to !== null) out.push(seg.to);
    c.steps.forEach(steps);
  }
  return out;
}

/**
 * The cost difference a − b at the midpoints of the stretches either side of r where both curves are
 * linear and no other crossing of the pair lies (two lines may cross inside one stretch).
 */
function sides(a: CostCurve, b: CostCurve, r: Decimal, others: readonly Decimal[]): [Decimal, Decimal] {
  const ks = [...kinks([a, b], r), ...others];
  const below = ks.filter((k) => k.lt(r.minus(NEAR))).reduce((m, k) => Decimal.max(m, k), new Decimal(0));
  const above = ks.filter((k) => k.gt(r.plus(NEAR))).reduce((m, k) => Decimal.min(m, k));
  const diff = (x: Decimal) => curveCostAt(a, x).minus(curveCostAt(b, x));
  return [diff(below.plus(r).div(2)), diff(r.plus(above).div(2))];
}

const sign = (d: Decimal) => (d.abs().lte(SAME_USD) ? 'tie' : d.isNegative() ? 'a' : 'b');

describe('crossings and the cheapest sequence, over random scenarios of every kind (free tier on and off)', () => {
  it('no crossing has equal costs on both sides; each side has the order the crossing reports', () => {
    fc.assert(
      fc.property(cloudScenarioArb, (s) => {
        const an = cloudAnalysis(s);
        const byPair = new Map<string, (typeof an.breakevens)[number][]>();
        for (const x of an.breakevens) byPair.set(x.between.join(), [...(byPair.get(x.between.join()) ?? []), x]);
        for (const b of an.breakevens) {
          const [a, c] = b.between.map((id) => an.curves.get(id)!);
          // The pair's own crossings next to this one (a pair may cross thousands of times: only neighbours matter).
          const ofPair = byPair.get(b.between.join())!;
          const i = ofPair.indexOf(b);
          const others = [ofPair[i - 1], ofPair[i + 1]].filter((x) => x !== undefined).map((x) => x.requestsPerMonth);
          const [below, above] = sides(a!, c!, b.requestsPerMonth, others);
          const at = `${b.between.join(' vs ')} at ${b.requestsPerMonth.toString()}`;
          // A walk cut short at its step limit lists crossings up to where it stopped: above the last
          // one listed lies an unwalked stretch (reported as unknown), whose next crossing is not among `others`.
          const cut = an.truncatedPairs.some((p) => p.join() === b.between.join()) && i === ofPair.length - 1;
          expect(sign(below) === 'tie' && sign(above) === 'tie', `equal on both sides: ${at}`).toBe(false);
          if (!cut) expect(sign(above), `above ${at}`).toBe(b.cheaperAbove);
          expect(sign(below), `below ${at}`).toBe(b.cheaperBelow);
        }
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  it('the sequence is contiguous, and inside each segment its system is one of the cheapest', () => {
    fc.assert(
      fc.property(cloudScenarioArb, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (s, t) => {
        const an = cloudAnalysis(s);
        const segs = an.cheapest;
        expect(segs.length).toBeGreaterThan(0);
        expect(segs[0]!.fromRequestsPerMonth).toBeNull();
        expect(segs[segs.length - 1]!.toRequestsPerMonth).toBeNull();
        for (let i = 1; i < segs.length; i++) {
          expect(segs[i]!.fromRequestsPerMonth!.eq(segs[i - 1]!.toRequestsPerMonth!)).toBe(true);
          expect(segs[i]!.fromRequestsPerMonth!.gt(segs[i - 1]!.fromRequestsPerMonth ?? -1)).toBe(true);
        }
        for (const seg of segs) {
          if (seg.undetermined.length > 0) continue;
          const from = seg.fromRequestsPerMonth ?? new Decimal(0);
          const to = seg.toRequestsPerMonth ?? MAX_REQUESTS_PER_MONTH;
          for (const f of [0.5, t]) {
            const r = from.plus(to.minus(from).times(f));
            const cost = (id: string) => curveCostAt(an.curves.get(id)!, r);
            const min = an.models.map((m) => cost(m.id)).reduce((m, c) => Decimal.min(m, c));
            const at = `${seg.id} at ${r.toString()}`;
            expect(cost(seg.id).minus(min).lte(SAME_USD), `not cheapest: ${at}`).toBe(true);
            for (const id of seg.tiedWith)
              expect(cost(id).minus(min).abs().lte(SAME_USD), `${id} not tied: ${at}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 300_000);
});
