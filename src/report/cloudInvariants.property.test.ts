import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, curveCostAt, estimateSystem } from '../engine';
import { cloudAnalysis } from '../testing/cloudAnalysis';
import { cloudScenarioArb as scenario } from '../testing/cloudArbitraries';
import { exactSum } from '../testing/exactSum';

const TOLERANCE_USD = new Decimal('1e-9');
/**
 * Curve and estimate take different paths to the same number (a + b·R with pre-multiplied rates vs
 * quantity, then tiers); where a rate is a non-terminating decimal (250 ms / 88 concurrent) the two
 * may round the 34th significant digit differently. Anything above this is a modelling difference.
 */
const ROUNDING_USD = new Decimal('1e-20');

const traffic = fc.integer({ min: 0, max: 2_000_000_000 });

describe('the foundation’s invariants hold for every kind, over random scenarios', () => {
  it('total = sum of lines; cost non-decreasing in requests; curve(R) = estimate(R) (to the 34th digit)', () => {
    fc.assert(
      fc.property(scenario, traffic, traffic, (s, r1, r2) => {
        const a = cloudAnalysis(s);
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        for (const model of a.models) {
          const curve = a.curves.get(model.id)!;
          const atLo = estimateSystem(model, lo);
          const atHi = estimateSystem(model, hi);
          for (const e of [atLo, atHi]) {
            expect(exactSum(e.lines.map((l) => l.usd)).eq(e.monthlyUsd)).toBe(true);
            const gap = curveCostAt(curve, e.requestsPerMonth).minus(e.monthlyUsd).abs();
            expect(
              gap.lte(ROUNDING_USD),
              `${model.kind} curve ≠ estimate at ${e.requestsPerMonth.toString()}: ${gap.toString()}`,
            ).toBe(true);
          }
          expect(atHi.monthlyUsd.minus(atLo.monthlyUsd).gte(TOLERANCE_USD.neg()), `${model.kind} ${lo}→${hi}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 1000 },
    );
  }, 300_000);

  it('at every crossing both systems cost the same (to 1e-9 USD)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = cloudAnalysis(s);
        const models = new Map(a.models.map((m) => [m.id, m] as const));
        for (const b of a.breakevens) {
          if (b.kind !== 'cross') continue;
          const [x, y] = b.between;
          const ux = estimateSystem(models.get(x)!, b.requestsPerMonth).monthlyUsd;
          const uy = estimateSystem(models.get(y)!, b.requestsPerMonth).monthlyUsd;
          expect(
            ux.minus(uy).abs().lte(TOLERANCE_USD),
            `${x} vs ${y} at ${b.requestsPerMonth.toString()}: ${ux.toString()} ≠ ${uy.toString()}`,
          ).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});
