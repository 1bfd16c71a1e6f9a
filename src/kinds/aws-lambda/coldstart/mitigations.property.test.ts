import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePriceBook } from '../../../pricing';
import { parseScenario } from '../../../scenario';
import { testCatalog } from '../../../testing/catalog';
import type { LambdaSystem } from '../kind';
import { COLD_START_DEFAULTS, RUNTIMES, coldStarts, pcConcurrency } from '.';
import { priceVariant } from './price';

const catalog = testCatalog();

const inputs = fc.record({
  requestsPerMonth: fc.integer({ min: 1, max: 5e9 }),
  durationMs: fc.integer({ min: 1, max: 5_000 }),
  memoryMb: fc.integer({ min: 128, max: 4096 }),
  peakToAverage: fc.double({ min: 1, max: 20, noNaN: true }),
  runtime: fc.constantFrom(...RUNTIMES),
  keepAliveMinutes: fc.integer({ min: 1, max: 60 }),
  targetP99Ms: fc.option(fc.integer({ min: 50, max: 10_000 }), { nil: null }),
});

describe('mitigations (property)', () => {
  it('each costs the difference of two estimates; the one marked is the least that meets the target (or on-demand when it meets it)', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const parsed = parseScenario({
          schema: 4,
          pricingDate: '2025-08-01',
          workload: {
            requestsPerMonth: x.requestsPerMonth,
            durationMs: x.durationMs,
            memoryMb: x.memoryMb,
            peakToAverage: x.peakToAverage,
          },
          systems: [
            { id: 'fn', kind: 'aws-lambda' },
            { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
          ],
        });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const book = resolvePriceBook(catalog, { pricingDate: '2025-08-01', region: 'us-east-1' });
        const settings = {
          ...COLD_START_DEFAULTS,
          runtime: x.runtime,
          keepAliveMinutes: x.keepAliveMinutes,
          targetP99Ms: x.targetP99Ms,
        };
        const res = coldStarts({ book, scenario: parsed.resolved, settings });
        if (!res.ok) throw new Error(JSON.stringify(res.issues));
        const r = res.reports[0]!;
        expect(r.rate).toBeGreaterThanOrEqual(0);
        expect(r.rate).toBeLessThanOrEqual(1);
        // On-demand, priced again from scratch: the baseline of every difference.
        const fn = parsed.resolved.systems[0] as LambdaSystem;
        const w = { ...parsed.resolved.workload, coldStartRate: r.rate, initDurationMs: r.initBilledMs };
        const od = priceVariant(book, parsed.resolved, w, { systems: [fn] });
        if (!od.ok) throw new Error('unpriced');
        expect(r.onDemandUsd.toString()).toBe(od.monthlyUsd.toString());
        // PC all month, sized to cover the modelled peak, priced again from scratch.
        const n = pcConcurrency(r.model);
        expect(n).toBeGreaterThanOrEqual(r.model.peakConcurrency);
        const pcRow = r.mitigations.find((m) => m.id === 'pc-all-month')!;
        if (pcRow.priced.ok) {
          const pc = priceVariant(book, parsed.resolved, w, {
            systems: [{ ...fn, provisionedConcurrency: { concurrency: n, hoursPerMonth: 730 } } as LambdaSystem],
          });
          if (!pc.ok) throw new Error('unpriced');
          expect(pcRow.priced.extraUsd.toString()).toBe(pc.monthlyUsd.minus(od.monthlyUsd).toString());
        }
        let least: string | null = null;
        for (const m of r.mitigations) {
          if (!m.priced.ok) continue;
          expect(m.priced.extraUsd.toString()).toBe(m.priced.monthlyUsd.minus(od.monthlyUsd).toString());
          if (m.priced.meetsTarget && (least === null || m.priced.monthlyUsd.lt(least)))
            least = m.priced.monthlyUsd.toString();
        }
        const marked = r.mitigations.find((m) => m.id === r.cheapest);
        if (least === null) expect(r.cheapest).toBeNull();
        else if (r.cheapest !== 'on-demand' && marked?.priced.ok)
          expect(marked.priced.monthlyUsd.toString()).toBe(least);
      }),
      { numRuns: 25 },
    );
  });
});
