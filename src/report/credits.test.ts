import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../testing/catalog';
import { exactSum } from '../testing/exactSum';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();

function cloudRun(requestsPerMonth: number, system: Record<string, unknown> = {}) {
  const res = priceScenario(catalog, {
    schema: 2,
    freeTier: true,
    workload: { requestsPerMonth, durationMs: 200, memoryMb: 512 },
    systems: [{ id: 'run', kind: 'gcp-cloud-run', ...system }],
  });
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.analysis.estimates[0]!;
}

describe('a credit never takes a total below zero, exactly', () => {
  it('Cloud Run inside its free tier at 13,335.2 requests/month totals exactly 0 (added one by one: −3e-36)', () => {
    const e = cloudRun(13_335.2);
    expect(e.lines.some((l) => l.usd.isNegative())).toBe(true);
    expect(e.monthlyUsd.toString()).toBe('0');
    expect(exactSum(e.lines.map((l) => l.usd)).toString()).toBe('0');
  });

  it('over random traffic and settings, Cloud Run with its free tier totals the exact sum of its lines, never below zero', () => {
    const settings = fc.record({
      billing: fc.constantFrom('request', 'instance'),
      vcpu: fc.constantFrom(0.08, 0.5, 1, 2),
      concurrency: fc.integer({ min: 1, max: 200 }),
      minInstances: fc.integer({ min: 0, max: 2 }),
      discount: fc.constantFrom(undefined, { kind: 'savings-plan', percent: 17 }),
    });
    const traffic = fc.oneof(
      fc.double({ min: 0, max: 2_000_000, noNaN: true }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
    );
    fc.assert(
      fc.property(traffic, settings, (r, s) => {
        const e = cloudRun(r, Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)));
        expect(e.monthlyUsd.isNegative() && !e.monthlyUsd.isZero(), `${r}: ${e.monthlyUsd.toString()}`).toBe(false);
        expect(e.monthlyUsd.eq(exactSum(e.lines.map((l) => l.usd)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
