import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, curveCostAt, estimateSystem } from '../engine';
import { ARCHITECTURE_TEMPLATES } from '../scenario/templates';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();
const TOLERANCE = new Decimal('1e-9');

/** Every `perRequest` count of a template scaled by `k` (a design with more or fewer calls per request). */
function scaleVolumes(v: unknown, k: number): unknown {
  if (Array.isArray(v)) return v.map((x) => scaleVolumes(x, k));
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v).map(([key, x]) => [
      key,
      key === 'perRequest' && typeof x === 'object' && x !== null
        ? Object.fromEntries(Object.entries(x).map(([u, n]) => [u, Math.min(1_000_000, (n as number) * k)]))
        : scaleVolumes(x, k),
    ]),
  );
}

const templateScenario = fc
  .record({
    template: fc.constantFrom(...ARCHITECTURE_TEMPLATES),
    k: fc.double({ min: 0, max: 8, noNaN: true }),
    requestsPerMonth: fc.integer({ min: 0, max: 1e9 }),
    durationMs: fc.integer({ min: 1, max: 5_000 }),
    freeTier: fc.boolean(),
  })
  .map(({ template, k, requestsPerMonth, durationMs, freeTier }) => {
    const s = scaleVolumes(template.scenario, k) as { workload: Record<string, unknown> };
    return { ...s, freeTier, workload: { ...s.workload, requestsPerMonth, durationMs, cpuMs: durationMs / 4 } };
  });

describe('architectures under random volumes, traffic and free tier (fast-check)', () => {
  it('at every crossing both architectures cost the same; the parts add up; the curve is the bill', () => {
    fc.assert(
      fc.property(templateScenario, (s) => {
        const res = priceScenario(catalog, s);
        if (!res.ok) throw new Error(JSON.stringify(res.issues));
        const a = res.analysis;
        for (const e of a.estimates) {
          const parts = e.parts!.reduce((sum, p) => sum.plus(p.monthlyUsd), new Decimal(0));
          expect(parts.minus(e.monthlyUsd).abs().lte(TOLERANCE)).toBe(true);
          const viaCurve = curveCostAt(a.curves.get(e.id)!, a.requestsPerMonth);
          expect(viaCurve.minus(e.monthlyUsd).abs().lte(TOLERANCE), `${e.id}: ${viaCurve} vs ${e.monthlyUsd}`).toBe(
            true,
          );
        }
        for (const b of a.breakevens) {
          const [x, y] = b.between.map((id) => a.models.find((m) => m.id === id)!);
          const ux = estimateSystem(x!, b.requestsPerMonth).monthlyUsd;
          const uy = estimateSystem(y!, b.requestsPerMonth).monthlyUsd;
          if (b.kind === 'cross') expect(ux.minus(uy).abs().lte(TOLERANCE), `${b.between.join('/')}`).toBe(true);
          expect(b.cheaperBelow).not.toBe(b.cheaperAbove);
        }
      }),
      { numRuns: 200 },
    );
  });
});
