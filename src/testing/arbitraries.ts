import fc from 'fast-check';
import { SCENARIO_SCHEMA_VERSION, type Scenario, type ScenarioSystem } from '../scenario';

/** Random but valid AWS workloads, spanning tiny to huge traffic. */
export const workloadArb = fc.record({
  requestsPerMonth: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 })),
  durationMs: fc.integer({ min: 1, max: 30_000 }),
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
  ephemeralStorageMb: fc.integer({ min: 512, max: 10_240 }),
  coldStartRate: fc.double({ min: 0, max: 1, noNaN: true }),
  initDurationMs: fc.integer({ min: 0, max: 20_000 }),
  peakToAverage: fc.double({ min: 1, max: 20, noNaN: true }),
  requestKb: fc.integer({ min: 0, max: 5_000 }),
  responseKb: fc.integer({ min: 0, max: 500 }),
});

const lambdaArb = fc.record(
  {
    kind: fc.constant('aws-lambda' as const),
    architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
    frontDoor: fc.constantFrom('none' as const, 'http-api' as const, 'rest-api' as const),
    provisionedConcurrency: fc.record(
      {
        concurrency: fc.integer({ min: 1, max: 500 }),
        hoursPerMonth: fc.integer({ min: 0, max: 730 }),
        durationMs: fc.integer({ min: 1, max: 5_000 }),
      },
      { requiredKeys: ['concurrency', 'hoursPerMonth'] },
    ),
  },
  { requiredKeys: ['kind'] },
);

const ec2Arb = fc.oneof(
  fc.record({
    kind: fc.constant('aws-ec2' as const),
    instanceType: fc.constantFrom('t3.small', 't3.micro', 'm7g.large', 'c6i.large'),
    count: fc.integer({ min: 1, max: 20 }),
    loadBalancer: fc.constantFrom('none' as const, 'alb' as const),
  }),
  fc.record({
    kind: fc.constant('aws-ec2' as const),
    instanceType: fc.constantFrom('t3.small', 'm7i.large', 't4g.small'),
    rpsPerInstance: fc.integer({ min: 5, max: 5_000 }),
    minInstances: fc.integer({ min: 0, max: 4 }),
    loadBalancer: fc.constantFrom('none' as const, 'alb' as const),
  }),
  // Neither count nor rpsPerInstance: sized by the capacity model (src/kinds/capacity).
  fc.record({
    kind: fc.constant('aws-ec2' as const),
    instanceType: fc.constantFrom('t3.small', 'm7i.large', 't4g.small'),
    minInstances: fc.integer({ min: 0, max: 4 }),
    targetUtilization: fc.constantFrom(0.5, 0.7, 1),
    loadBalancer: fc.constantFrom('none' as const, 'alb' as const),
  }),
);

const fargateArb = fc
  .record(
    {
      kind: fc.constant('aws-fargate' as const),
      vcpu: fc.constantFrom(0.25 as const, 0.5 as const, 1 as const),
      memoryGb: fc.constant(2),
      tasks: fc.integer({ min: 1, max: 10 }),
      rpsPerTask: fc.integer({ min: 5, max: 2_000 }),
      minTasks: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: ['kind', 'vcpu', 'memoryGb'] },
  )
  .filter((s) => !(s.tasks !== undefined && s.rpsPerTask !== undefined));

/** One random system of any AWS kind (without its id). */
export const systemArb = fc.oneof(lambdaArb, ec2Arb, fargateArb);

/** A random valid scenario of 1–5 systems, optionally with the free tiers. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    workload: workloadArb,
    systems: fc.array(systemArb, { minLength: 1, maxLength: 5 }),
    freeTier: fc.boolean(),
    apiGatewayFreeTier: fc.boolean(),
  })
  .map(({ workload, systems, freeTier, apiGatewayFreeTier }) => ({
    schema: SCENARIO_SCHEMA_VERSION,
    freeTier,
    apiGatewayFreeTier,
    workload,
    systems: systems.map((s, i) => ({ ...s, id: `s${i}` }) as ScenarioSystem),
  }));
