import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type Analysis, curveCostAt, estimateSystem } from '../engine';
import { testCatalog } from '../testing/catalog';
import { exactSum } from '../testing/exactSum';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();
const TOLERANCE_USD = new Decimal('1e-9');
/**
 * Curve and estimate take different paths to the same number (a + b·R with pre-multiplied rates vs
 * quantity, then tiers); where a rate is a non-terminating decimal (250 ms / 88 concurrent) the two
 * may round the 34th significant digit differently. Anything above this is a modelling difference.
 */
const ROUNDING_USD = new Decimal('1e-20');

const discount = fc.option(
  fc.record({ kind: fc.constant('negotiated' as const), percent: fc.integer({ min: 1, max: 60 }) }),
  { nil: undefined },
);
const savingsPlan = fc.option(
  fc.record({
    kind: fc.constantFrom('savings-plan' as const, 'negotiated' as const),
    percent: fc.integer({ min: 1, max: 60 }),
  }),
  { nil: undefined },
);
const clean = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const worker = fc
  .record({ kind: fc.constant('cloudflare-workers'), staticAssetShare: fc.constantFrom(0, 0.25, 0.8), discount })
  .map(clean);
const azure = fc.oneof(
  fc.record({ kind: fc.constant('azure-functions'), plan: fc.constant('consumption'), discount }).map(clean),
  fc
    .record({
      kind: fc.constant('azure-functions'),
      plan: fc.constant('flex'),
      instanceMemoryMb: fc.constantFrom(512, 2048, 4096),
      concurrency: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
      alwaysReady: fc.integer({ min: 0, max: 3 }),
      discount,
    })
    .map(clean),
);
const runRequest = fc
  .record({
    kind: fc.constant('gcp-cloud-run'),
    billing: fc.constant('request'),
    region: fc.constantFrom('us-central1', 'europe-west1', 'asia-southeast1'),
    vcpu: fc.constantFrom(0.5, 1, 2),
    memoryGib: fc.option(fc.constantFrom(0.5, 1, 4), { nil: undefined }),
    concurrency: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    discount: savingsPlan,
  })
  .chain((s) =>
    fc
      .integer({ min: 0, max: s.region === 'asia-southeast1' ? 0 : 3 })
      .map((minInstances) => clean({ ...s, minInstances })),
  );
const runInstance = fc
  .record({
    kind: fc.constant('gcp-cloud-run'),
    billing: fc.constant('instance'),
    vcpu: fc.constantFrom(0.5, 1, 2),
    concurrency: fc.integer({ min: 1, max: 200 }),
    minInstances: fc.integer({ min: 0, max: 3 }),
    discount: savingsPlan,
  })
  .map(clean);
const vm = fc.oneof(
  fc
    .record({
      kind: fc.constant('gcp-compute'),
      machineType: fc.constantFrom('e2-small', 'e2-medium'),
      rpsPerInstance: fc.integer({ min: 5, max: 500 }),
      minInstances: fc.integer({ min: 0, max: 3 }),
      discount: savingsPlan,
    })
    .map(clean),
  fc
    .record({
      kind: fc.constant('azure-vm'),
      machineType: fc.constantFrom('B1s', 'B2s'),
      count: fc.integer({ min: 1, max: 4 }),
      discount: savingsPlan,
    })
    .map(clean),
);
const aws = fc.oneof(
  fc
    .record({ kind: fc.constant('aws-lambda'), frontDoor: fc.constantFrom('none', 'http-api'), discount: savingsPlan })
    .map(clean),
  fc
    .record({
      kind: fc.constant('aws-ec2'),
      instanceType: fc.constantFrom('t3.small', 't4g.small'),
      rpsPerInstance: fc.integer({ min: 5, max: 500 }),
      discount: savingsPlan,
    })
    .map(clean),
);
/** Servers with neither a count nor a capacity: from version 3 the capacity model sizes them. */
const targetUtilization = fc.option(fc.constantFrom(0.3, 0.6, 0.7, 1), { nil: undefined });
const sized = fc.oneof(
  fc
    .record({
      kind: fc.constant('aws-ec2'),
      instanceType: fc.constantFrom('t3.micro', 't3.small', 't4g.small', 'm7i.large'),
      minInstances: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      targetUtilization,
      discount: savingsPlan,
    })
    .map(clean),
  fc
    .record({
      kind: fc.constant('aws-fargate'),
      vcpu: fc.constantFrom(0.25, 1),
      memoryGb: fc.constant(2),
      targetUtilization,
    })
    .map(clean),
  fc
    .record({
      kind: fc.constant('gcp-compute'),
      machineType: fc.constantFrom('e2-small', 'e2-medium'),
      targetUtilization,
    })
    .map(clean),
  fc
    .record({ kind: fc.constant('azure-vm'), machineType: fc.constantFrom('B1s', 'B2s'), targetUtilization })
    .map(clean),
  fc
    .record({
      kind: fc.constant('gcp-cloud-run'),
      billing: fc.constant('instance'),
      vcpu: fc.constantFrom(0.5, 1, 2),
      concurrency: fc.integer({ min: 1, max: 200 }),
      targetUtilization,
    })
    .map(clean),
);

const scenario = fc.record({
  // Version 1 pins what version 2 ran; version 3 sizes servers from the workload.
  schema: fc.constantFrom(1, 3),
  freeTier: fc.boolean(),
  workload: fc
    .record({
      requestsPerMonth: fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 })),
      durationMs: fc.integer({ min: 1, max: 5000 }),
      cpuMs: fc.integer({ min: 0, max: 200 }),
      memoryMb: fc.constantFrom(128, 256, 512, 1024, 1536),
      peakToAverage: fc.constantFrom(1, 2, 3.5),
      // Small enough that a request fits on the smallest member (128 MB Cloud Run at 30%).
      memoryPerRequestMb: fc.option(fc.constantFrom(8, 16, 32), { nil: undefined }),
    })
    .map(clean),
  systems: fc.array(fc.oneof(worker, azure, runRequest, runInstance, vm, aws, sized), { minLength: 2, maxLength: 4 }),
});

function analysisOf(s: { schema: number; freeTier: boolean; workload: object; systems: object[] }): Analysis {
  const raw = {
    schema: s.schema,
    freeTier: s.freeTier,
    workload: s.workload,
    systems: s.systems.map((x, i) => ({ ...x, id: `s${i}` })),
  };
  const res = priceScenario(catalog, raw);
  if (!res.ok) throw new Error(JSON.stringify({ raw, issues: res.issues }));
  return res.analysis;
}

const traffic = fc.integer({ min: 0, max: 2_000_000_000 });

describe('the foundation’s invariants hold for every kind, over random scenarios', () => {
  it('total = sum of lines; cost non-decreasing in requests; curve(R) = estimate(R) (to the 34th digit)', () => {
    fc.assert(
      fc.property(scenario, traffic, traffic, (s, r1, r2) => {
        const a = analysisOf(s);
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
        const a = analysisOf(s);
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
