import { systemModel } from '../../models';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePriceBook } from '../../../pricing';
import { parseScenario } from '../../../scenario';
import { testCatalog } from '../../../testing/catalog';
import { dec } from '../../../engine/decimal';
import { buildModels, estimateSystem } from '../../../engine/estimate';
import { monthlyUsdOf } from './monthlyUsd';

const catalog = testCatalog();

describe('monthlyUsdOf', () => {
  it('equals estimateSystem for every system kind, with tiers, free tier, PC, storage, INIT and a front door', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 128, max: 10_240 }),
        fc.double({ min: 1, max: 60_000, noNaN: true }),
        fc.boolean(),
        fc.constantFrom('2019-12-03', '2021-10-01', '2025-08-01'),
        (requestsPerMonth, memoryMb, durationMs, freeTier, pricingDate) => {
          const memory =
            pricingDate < '2020-12-01' ? 128 + 64 * Math.floor(Math.min(memoryMb - 128, 2880) / 64) : memoryMb;
          const parsed = parseScenario({
            schema: 2,
            pricingDate,
            freeTier,
            workload: {
              requestsPerMonth,
              durationMs,
              memoryMb: memory,
              coldStartRate: 0.02,
              initDurationMs: 500,
              responseKb: 4,
              ...(pricingDate > '2022' ? { ephemeralStorageMb: 2048 } : {}),
            },
            systems: [
              {
                id: 'fn',
                kind: 'aws-lambda',
                frontDoor: 'rest-api',
                provisionedConcurrency: { concurrency: 3, hoursPerMonth: 200 },
              },
              { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 50, loadBalancer: 'alb' },
            ],
          });
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
          const book = resolvePriceBook(catalog, { pricingDate, region: 'us-east-1' });
          const built = buildModels(book, parsed.resolved, systemModel);
          if (!built.ok) throw new Error(JSON.stringify(built.issues));
          for (const m of built.models)
            expect(monthlyUsdOf(m, dec(requestsPerMonth)).toString()).toBe(
              estimateSystem(m, requestsPerMonth).monthlyUsd.toString(),
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});
