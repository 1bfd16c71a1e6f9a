import { describe, expect, it } from 'vitest';
import { awsRegionCoverage, resolvePriceBook } from '../pricing';
import { priceScenario } from '../report';
import { testCatalog } from '../testing/catalog';

const catalog = testCatalog();
const coverage = awsRegionCoverage(catalog);
const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
type FargateRates = { vcpuHourly?: { arm64?: unknown } };

/** Systems that bill each AWS service, priced as a whole scenario in the region (ids are their keys). */
function systemsFor(service: string, region: string): Record<string, object> {
  const ec2Types = Object.keys(
    (catalog.byService.get('aws-ec2')![0]!.pricesFor(region) as { instances?: object } | undefined)?.instances ?? {},
  );
  const anEc2 = { kind: 'aws-ec2', instanceType: ec2Types[0] ?? 't3.small', count: 1, publicIpv4: 0, ebsGb: 0 };
  switch (service) {
    case 'aws-lambda':
      return { x86: { kind: 'aws-lambda' }, arm: { kind: 'aws-lambda', architecture: 'arm64' } };
    case 'aws-ec2':
      return Object.fromEntries(ec2Types.map((t) => [t.replace('.', '-'), { ...anEc2, instanceType: t }]));
    case 'aws-fargate': {
      // Arm rates are sourced in fewer regions than x86: an Arm task is priced where the file has them.
      const arm = (catalog.byService.get('aws-fargate')![0]!.pricesFor(region) as FargateRates | undefined)?.vcpuHourly
        ?.arm64;
      return {
        x86: { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, publicIpv4: 0 },
        ...(arm
          ? { arm: { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, publicIpv4: 0, architecture: 'arm64' } }
          : {}),
      };
    }
    case 'aws-api-gateway':
      return {
        http: { kind: 'aws-lambda', frontDoor: 'http-api' },
        rest: { kind: 'aws-lambda', frontDoor: 'rest-api' },
      };
    case 'aws-alb':
      return { alb: { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, loadBalancer: 'alb', albPublicIpv4: 0 } };
    case 'aws-public-ipv4':
      return { ipv4: { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, publicIpv4: 1 } };
    case 'aws-ebs':
      return { ebs: { ...anEc2, ebsGb: 8 } };
    case 'aws-nat-gateway':
      return { nat: { ...anEc2, natGateways: 1 } };
    default:
      return {};
  }
}

/** The services a system above needs besides the one under test (an ALB needs its Fargate tasks…). */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
  'aws-api-gateway': ['aws-lambda'],
  'aws-alb': ['aws-fargate'],
  'aws-public-ipv4': ['aws-fargate'],
  'aws-ebs': ['aws-ec2'],
  'aws-nat-gateway': ['aws-ec2', 'aws-public-ipv4'],
};

describe('every (service, region) pair the region picker offers prices', () => {
  it('offers us-east-1 first, with every AWS service', () => {
    expect(coverage[0]?.region).toBe('us-east-1');
    expect(coverage[0]?.services.length).toBe(coverage[0]?.of);
  });

  const pairs = coverage.flatMap((c) => c.services.map((s) => [c.region, s] as const));
  it.each(pairs)('%s: %s', (region, service) => {
    const book = resolvePriceBook(catalog, { pricingDate: null, region });
    expect(book.services[service], `${service} in ${region}`).toBeDefined();
    const covered = new Set(coverage.find((c) => c.region === region)!.services);
    if (!(NEEDS[service] ?? []).every((s) => covered.has(s))) return;
    const systems = Object.entries(systemsFor(service, region)).map(([id, s]) => ({ id, ...s }));
    if (systems.length === 0) return;
    // Responses only where data transfer out is sourced, so it is priced on every AWS system too.
    const responseKb = covered.has('aws-data-transfer') ? 10 : 0;
    // A scenario holds at most 12 systems: every instance type of a region is priced, 12 at a time.
    for (let i = 0; i < systems.length; i += 12) {
      const chunk = systems.slice(i, i + 12);
      const p = priceScenario(catalog, { schema: 4, region, workload: { ...workload, responseKb }, systems: chunk });
      if (!p.ok) throw new Error(`${service} in ${region}: ${JSON.stringify(p.issues)}`);
      expect(p.analysis.unpriced).toEqual([]);
      for (const e of p.analysis.estimates) expect(e.monthlyUsd.gt(0), `${e.id}`).toBe(true);
    }
  });

  it('a region lacking a service says so on that system’s row, naming the service and region', () => {
    for (const c of coverage) {
      const missing = ['aws-fargate', 'aws-lambda', 'aws-ec2'].filter((s) => !c.services.includes(s));
      for (const service of missing) {
        const systems = Object.entries(systemsFor(service, 'us-east-1'))
          .slice(0, 1)
          .map(([id, s]) => ({ id, ...s }));
        const p = priceScenario(catalog, {
          schema: 4,
          region: c.region,
          workload,
          systems: [...systems, { id: 'w', kind: 'cloudflare-workers' }],
        });
        if (!p.ok) throw new Error(JSON.stringify(p.issues));
        expect(p.analysis.unpriced[0]?.message).toMatch(new RegExp(`^no sourced price for .+ in ${c.region} `));
      }
    }
  });
});
