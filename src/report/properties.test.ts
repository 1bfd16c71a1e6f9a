import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, Decimal, curveCostAt, estimateSystem } from '../engine';
import type { Scenario } from '../scenario';
import { scenarioArb } from '../testing/arbitraries';
import { exactSum } from '../testing/exactSum';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();
const RUNS = { numRuns: 1000 };
const TOLERANCE = new Decimal('1e-9');

function analysisOf(s: Scenario): Analysis {
  const res = priceScenario(catalog, s);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.analysis;
}

function totalAt(s: Scenario, patch: Partial<Scenario['workload']>): Decimal[] {
  return analysisOf({ ...s, workload: { ...s.workload, ...patch } }).estimates.map((e) => e.monthlyUsd);
}

describe('pricing invariants (fast-check, 1,000 runs each)', () => {
  it('a total is the sum of its lines', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const e of analysisOf(s).estimates)
          expect(e.monthlyUsd.eq(exactSum(e.lines.map((l) => l.usd)))).toBe(true);
      }),
      RUNS,
    );
  });

  // 1,000 runs over the default comparison, whose servers now step: over a minute on a loaded 2-core machine.
  it('cost never falls when requests, duration or memory grow', () => {
    const grow = fc.record({
      factor: fc.double({ min: 1, max: 50, noNaN: true }),
      extraMs: fc.integer({ min: 0, max: 5_000 }),
      extraMb: fc.integer({ min: 0, max: 2_048 }),
    });
    fc.assert(
      fc.property(scenarioArb, grow, (s, g) => {
        const w = s.workload;
        const base = totalAt(s, {});
        const more = [
          totalAt(s, { requestsPerMonth: Math.min(1e12, Math.round(w.requestsPerMonth * g.factor)) }),
          totalAt(s, { durationMs: Math.min(900_000, w.durationMs + g.extraMs) }),
          totalAt(s, { memoryMb: Math.min(10_240, w.memoryMb + g.extraMb) }),
        ];
        for (const m of more) m.forEach((usd, i) => expect(usd.gte(base[i]!), `system ${i}`).toBe(true));
      }),
      RUNS,
    );
  }, 300_000);

  it('no line is negative with the free tiers on', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const e of analysisOf({ ...s, freeTier: true, apiGatewayFreeTier: true }).estimates) {
          for (const l of e.lines) expect(l.usd.isNegative(), `${e.id} ${l.key}`).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('the exact curve equals the estimate at any traffic', () => {
    const rArb = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }));
    fc.assert(
      fc.property(scenarioArb, rArb, (s, r) => {
        const a = analysisOf(s);
        for (const m of a.models) {
          const viaCurve = curveCostAt(a.curves.get(m.id)!, new Decimal(r));
          const viaLines = estimateSystem(m, r).monthlyUsd;
          expect(viaCurve.minus(viaLines).abs().lte(TOLERANCE), `${m.id} at ${r}: ${viaCurve} vs ${viaLines}`).toBe(
            true,
          );
        }
      }),
      RUNS,
    );
  });

  it('at every reported crossing both systems cost the same, and the cheaper one changes', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = analysisOf(s);
        for (const b of a.breakevens) {
          const [x, y] = b.between.map((id) => a.models.find((m) => m.id === id)!);
          const r = b.requestsPerMonth;
          const ux = estimateSystem(x!, r).monthlyUsd;
          const uy = estimateSystem(y!, r).monthlyUsd;
          if (b.kind === 'cross')
            expect(ux.minus(uy).abs().lte(TOLERANCE), `${b.between.join('/')} at ${r}`).toBe(true);
          else expect(ux.minus(uy).isNegative() === (b.cheaperBelow === 'a') || ux.eq(uy)).toBe(true);
          expect(b.cheaperBelow).not.toBe(b.cheaperAbove);
          expect(r.gt(0) && r.lte(1e12)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
