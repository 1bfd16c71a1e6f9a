import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeCurve } from './composeCurve';
import { type CostCurve, curveCostAt } from './curve';
import { Decimal, dec } from './decimal';
import { creditTransform, discountTransform } from './derived';
import { EngineLimitError } from './errors';
import { evaluate } from './piecewise';

const staircase = fc.record({
  usd: fc.integer({ min: 1, max: 5000 }),
  min: fc.integer({ min: 0, max: 3 }),
  step: fc.integer({ min: 1, max: 10_000_000 }),
});
const curve = fc
  .record({
    fixed: fc.integer({ min: 0, max: 100 }),
    perMillion: fc.integer({ min: 0, max: 500 }),
    steps: fc.array(staircase, { maxLength: 3 }),
  })
  .map((c): CostCurve => ({
    linear: [{ to: null, a: dec(c.fixed), b: dec(c.perMillion).div(1_000_000) }],
    steps: c.steps.map((s) => ({
      usdPerUnit: dec(s.usd).div(100),
      minCount: dec(s.min),
      requestsPerStep: dec(s.step),
    })),
  }));

describe('composeCurve: g(S(R)) as an exact curve, fleets included', () => {
  it('matches g applied pointwise for a free-tier credit and a discount', () => {
    fc.assert(
      fc.property(
        curve,
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (s, creditCents, pct, r) => {
          for (const g of [creditTransform(dec(creditCents).div(100)), discountTransform(dec(pct).div(100))]) {
            let composed: CostCurve;
            try {
              composed = composeCurve(g, s);
            } catch (error) {
              // Refusing is right only when the credit really spans more than half the expansion limit
              // in steps of the cheapest staircase (the walk doubles R, so it may expand up to twice that).
              expect(error).toBeInstanceOf(EngineLimitError);
              const cheapestStepUsd = Decimal.min(...s.steps.map((st) => st.usdPerUnit));
              expect(dec(creditCents).div(100).div(cheapestStepUsd).toNumber()).toBeGreaterThan(4999);
              continue;
            }
            const R = dec(r);
            expect(curveCostAt(composed, R).toString()).toBe(evaluate(g, curveCostAt(s, R)).toString());
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps fleets symbolic beyond the credit: a 1,000-instance fleet expands only the steps under the credit', () => {
    const s: CostCurve = {
      linear: [{ to: null, a: dec(0), b: dec(0) }],
      steps: [{ usdPerUnit: dec(10), minCount: dec(0), requestsPerStep: dec(1000) }],
    };
    const composed = composeCurve(creditTransform(dec(25)), s);
    expect(composed.steps).toHaveLength(1);
    expect(composed.steps[0]!.usdPerUnit.isZero()).toBe(true);
    expect(composed.linear.length).toBeLessThan(10);
    expect(curveCostAt(composed, dec(1_000_000)).toString()).toBe('-25');
    expect(curveCostAt(composed, dec(1500)).toString()).toBe('-20');
  });
});
