import fc from 'fast-check';

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
  .record({
    kind: fc.constant('cloudflare-workers'),
    staticAssetShare: fc.constantFrom(0, 0.25, 0.8),
    trigger: fc.option(fc.constantFrom('http', 'cron', 'queue'), { nil: undefined }),
    discount,
  })
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
  .chain((s) => fc.integer({ min: 0, max: 3 }).map((minInstances) => clean({ ...s, minInstances })));
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

/**
 * Random scenarios over every kind (Workers, Azure Functions, Cloud Run both billings, VMs, Lambda,
 * EC2, Fargate, and servers sized by the capacity model), with the free tier on and off, 2–4 systems.
 * Version 1 pins what version 2 ran; version 3 sizes servers from the workload.
 */
export const cloudScenarioArb = fc
  .record({
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
        // Responses bill internet egress on every cloud (tiers and a free allowance: concave curves).
        responseKb: fc.option(fc.constantFrom(0, 4, 256), { nil: undefined }),
      })
      .map(clean),
    systems: fc.array(fc.oneof(worker, azure, runRequest, runInstance, vm, aws, sized), { minLength: 2, maxLength: 4 }),
  })
  .map((s) =>
    // Egress is priced from North American Google regions only: elsewhere a response size is an error.
    Number(s.workload['responseKb'] ?? 0) > 0
      ? { ...s, systems: s.systems.map((x) => ('region' in x ? { ...x, region: 'us-central1' } : x)) }
      : s,
  );
