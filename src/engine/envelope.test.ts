import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceScenario } from '../report/priceScenario';
import { DEFAULT_SCENARIO } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { curveCostAt } from './curve';
import { dec } from './decimal';
import { cheapestSequence } from './envelope';

const catalog = testCatalog();

function analysis(raw: unknown) {
  const res = priceScenario(catalog, raw);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.analysis;
}

describe('the cheapest system at every traffic', () => {
  it('is Lambda below the brief’s breakeven and one t3.small above it', () => {
    const a = analysis(DEFAULT_SCENARIO);
    const seq = cheapestSequence(a.curves, a.estimates.map((e) => e.id), a.breakevens);
    expect(seq.map((s) => [s.id, s.fromRequestsPerMonth.toFixed(0), s.toRequestsPerMonth?.toFixed(0) ?? null])).toEqual([
      ['lambda', '0', '8134271'],
      ['t3-small', '8134271', null],
    ]);
  });

  it('is contiguous, and at a point inside every segment its system costs least (random fleets and functions)', () => {
    const system = fc.oneof(
      fc.record({ kind: fc.constant('aws-lambda'), frontDoor: fc.constantFrom('none', 'http-api') }),
      fc.record({ kind: fc.constant('aws-ec2'), instanceType: fc.constantFrom('t3.small', 't3.medium'), rpsPerInstance: fc.integer({ min: 5, max: 400 }), minInstances: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('cloudflare-workers') }),
      fc.record({ kind: fc.constant('gcp-cloud-run') }),
    );
    fc.assert(
      fc.property(fc.array(system, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.integer({ min: 1, max: 3000 }), (systems, freeTier, durationMs) => {
        const a = analysis({ schema: 2, freeTier, workload: { requestsPerMonth: 1e6, durationMs, memoryMb: 512 }, systems: systems.map((s, i) => ({ ...s, id: `s${i}` })) });
        // Where a pair's fleet steps were too many to walk, its crossings (and so the envelope) are incomplete, and say so.
        fc.pre(a.truncatedPairs.length === 0);
        const order = a.estimates.map((e) => e.id);
        const seq = cheapestSequence(a.curves, order, a.breakevens);
        expect(seq[0]!.fromRequestsPerMonth.isZero()).toBe(true);
        expect(seq[seq.length - 1]!.toRequestsPerMonth).toBeNull();
        for (let i = 0; i < seq.length; i++) {
          const s = seq[i]!;
          if (i > 0) expect(s.fromRequestsPerMonth.eq(seq[i - 1]!.toRequestsPerMonth!)).toBe(true);
          const to = s.toRequestsPerMonth ?? dec('1e12');
          for (const f of ['0.001', '0.25', '0.5', '0.75', '0.999']) {
            const r = s.fromRequestsPerMonth.plus(to.minus(s.fromRequestsPerMonth).times(f));
            const mine = curveCostAt(a.curves.get(s.id)!, r);
            for (const id of order) expect(mine.lte(curveCostAt(a.curves.get(id)!, r)), `${s.id} vs ${id} at ${r.toString()}`).toBe(true);
          }
          if (i > 0) expect(s.id).not.toBe(seq[i - 1]!.id);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
