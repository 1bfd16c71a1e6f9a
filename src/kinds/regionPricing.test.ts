import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dec } from '../engine';
import { awsRegionCoverage } from '../pricing';
import { priceScenario } from '../report';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { ISSUE_REGIONS } from '../testing/issueRegions';

const catalog = testCatalog();
const coverage = awsRegionCoverage(catalog);
const lambdaFile = catalog.byService.get('aws-lambda')![0]!;
const fargateFile = catalog.byService.get('aws-fargate')![0]!;

type Rate = { usd: string; per: number };
type LambdaRegion = {
  requests: Rate;
  duration: { x86_64: readonly Rate[] };
  provisionedConcurrency: { x86_64?: Rate; arm64?: Rate };
  provisionedDuration: { x86_64?: Rate };
  ephemeralStorage?: Rate;
};
type FargateRegion = { vcpuHourly: { x86_64?: Rate; arm64?: Rate }; gbHourly: { x86_64?: Rate } };
/** A rate as the file quotes it, per one unit (read from the JSON, not from the engine). */
const perUnit = (r: Rate | undefined) => dec(r!.usd).div(r!.per);
/** A region of the file as stored on disk: the test reads the rates itself rather than through the engine. */
const rawRegion = <T>(file: typeof lambdaFile, region: string) =>
  (JSON.parse(readFileSync(join('pricing', `${file.meta.id}.json`), 'utf8')) as { regions: Record<string, T> }).regions[
    region
  ]!;

function price(scenario: object) {
  const p = priceScenario(catalog, { schema: 4, ...scenario } as unknown as Scenario);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.analysis;
}

describe('the AWS regions of issue 15', () => {
  it('the region picker offers each of them', () => {
    const offered = coverage.map((c) => c.region);
    for (const region of ISSUE_REGIONS) expect(offered).toContain(region);
  });

  describe.each(ISSUE_REGIONS)('%s', (region) => {
    it('the default scenario: Lambda and Fargate price; each other system says why on its own row', () => {
      const a = price({ ...DEFAULT_SCENARIO, region });
      const priced = a.estimates.map((e) => e.id);
      const unpriced = a.unpriced.map((u) => u.id);
      expect([...priced, ...unpriced].sort()).toEqual(DEFAULT_SCENARIO.systems.map((s) => s.id).sort());
      expect(priced).toEqual(expect.arrayContaining(['lambda', 'fargate']));
      for (const u of a.unpriced) expect(u.message).toMatch(new RegExp(`^no sourced price for .+ in ${region} `));
    });

    it("Lambda with provisioned concurrency and ephemeral storage bills the region's own rates", () => {
      const r = rawRegion<LambdaRegion>(lambdaFile, region);
      const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 1024, ephemeralStorageMb: 2048 };
      const pc = { concurrency: 2, hoursPerMonth: 100, requestsPerMonth: 0 };
      const [e] = price({
        region,
        workload,
        systems: [{ id: 'fn', kind: 'aws-lambda', provisionedConcurrency: pc }],
      }).estimates;
      const usd = (label: string) => e!.lines.find((l) => l.label === label)!.usd;
      // By hand from the file: 1 GB functions; 1M × 0.2 s on demand; 2 × 100 h of provisioned GB-s.
      expect(usd('Lambda requests')).toEqual(perUnit(r.requests).times(1_000_000));
      expect(usd('Lambda duration (on-demand)')).toEqual(perUnit(r.duration.x86_64[0]).times(200_000));
      expect(usd('Provisioned concurrency')).toEqual(perUnit(r.provisionedConcurrency.x86_64).times(2 * 100 * 3600));
      // 1.5 GB above the included 512 MB for every second billed on demand.
      expect(usd('Ephemeral storage above 512 MB')).toEqual(perUnit(r.ephemeralStorage).times(1.5 * 200_000));
    });

    it('an unsourced rate (arm64 provisioned concurrency) is an error on that row naming the field', () => {
      const r = rawRegion<LambdaRegion>(lambdaFile, region);
      const systems = [
        {
          id: 'arm',
          kind: 'aws-lambda',
          architecture: 'arm64',
          provisionedConcurrency: { concurrency: 1, hoursPerMonth: 730 },
        },
        { id: 'x86', kind: 'aws-lambda' },
      ];
      const a = price({ region, workload: { requestsPerMonth: 1e6, durationMs: 200, memoryMb: 512 }, systems });
      if (r.provisionedConcurrency.arm64) expect(a.unpriced).toEqual([]);
      else {
        expect(a.unpriced.map((u) => [u.id, u.field])).toEqual([['arm', 'systems[0].provisionedConcurrency']]);
        expect(a.estimates.map((e) => e.id)).toEqual(['x86']);
      }
    });

    it("Fargate bills the region's own x86 vCPU-hour and GB-hour rates", () => {
      const r = rawRegion<FargateRegion>(fargateFile, region);
      const systems = [{ id: 'f', kind: 'aws-fargate', vcpu: 1, memoryGb: 2, tasks: 3, publicIpv4: 0 }];
      const [e] = price({
        region,
        workload: { requestsPerMonth: 1e6, durationMs: 200, memoryMb: 512 },
        systems,
      }).estimates;
      const expected = perUnit(r.vcpuHourly.x86_64)
        .times(1)
        .plus(perUnit(r.gbHourly.x86_64).times(2))
        .times(3 * 730);
      expect(e!.monthlyUsd).toEqual(expected);
    });
  });
});
