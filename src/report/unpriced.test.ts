import { describe, expect, it } from 'vitest';
import { testCatalog } from '../testing/catalog';
import { jsonReport } from './jsonReport';
import { priceScenario } from './priceScenario';
import { csvReport, markdownReport, tableReport } from './textReport';
import { parseCsv } from '../testing/parseCsv';

const catalog = testCatalog();
const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

/** Lambda, an EC2 instance and Workers in a region where EC2 has no sourced price (Lambda has). */
function scenario(region: string, systems: readonly object[]) {
  return { schema: 4, region, workload, systems };
}
const three = [
  { id: 'fn', name: 'Lambda', kind: 'aws-lambda' },
  { id: 'task', name: 'EC2', kind: 'aws-ec2', instanceType: 't3.small', count: 1, publicIpv4: 0, ebsGb: 0 },
  { id: 'w', name: 'Workers', kind: 'cloudflare-workers' },
];

function unpricedRegionOf(service: string): string {
  // A region some AWS service prices but `service` does not: found from the data, not written here.
  const priced = new Set(catalog.byService.get(service)!.flatMap((f) => f.regions));
  const other = [...catalog.byService.values()]
    .flat()
    .flatMap((f) => f.regions)
    .find((r) => !priced.has(r) && /^[a-z]{2}-[a-z]+-\d$/.test(r));
  if (!other) throw new Error(`every AWS region prices ${service}`);
  return other;
}

describe('a system with no sourced price in the region', () => {
  it('says so on its own row while the other systems still price', () => {
    const region = unpricedRegionOf('aws-ec2');
    const lambdaThere = catalog.byService.get('aws-lambda')!.some((f) => f.regions.includes(region));
    const p = priceScenario(catalog, scenario(region, three));
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    expect(p.analysis.unpriced.map((u) => u.id)).toEqual(lambdaThere ? ['task'] : ['fn', 'task']);
    const task = p.analysis.unpriced.find((u) => u.id === 'task')!;
    expect(task.message).toContain(`no sourced price for Amazon EC2 in ${region}`);
    expect(task.field).toBe('systems[1].kind');
    expect(p.analysis.estimates.map((e) => e.id)).toContain('w');
    expect(p.analysis.cheapest.every((s) => s.id !== 'task')).toBe(true);
  });

  it('is named in every output with the region the figures are in', () => {
    const region = unpricedRegionOf('aws-ec2');
    const p = priceScenario(catalog, scenario(region, three));
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const table = tableReport(p.book, p.analysis);
    expect(table.split('\n')[0]).toContain(`AWS region ${region}, prices as of ${p.book.pricingDate}`);
    expect(table).toMatch(/^EC2 +not priced/m);
    expect(table).toContain(`not priced: no sourced price for Amazon EC2 in ${region}`);
    const md = markdownReport(p.book, p.analysis);
    expect(md).toContain(`| EC2 | not priced: no sourced price for Amazon EC2 in ${region}`);
    expect(md).toContain(`AWS region ${region}`);
    const csv = parseCsv(csvReport(p.analysis));
    expect(csv.find((r) => r[0] === 'task')?.[2]).toBe('Not priced');
    expect(csv.at(-1)).toEqual([
      '',
      '',
      'Priced in',
      '',
      '',
      '',
      '',
      '',
      `AWS region ${region}, prices as of ${p.book.pricingDate}`,
    ]);
    const json = jsonReport(p.book, p.analysis);
    expect(json.pricing.region).toBe(region);
    expect(json.unpriced?.map((u) => u.id)).toContain('task');
  });

  it('when no system prices, the reasons are the issues', () => {
    const region = unpricedRegionOf('aws-ec2');
    const p = priceScenario(catalog, scenario(region, [three[1]!]));
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues).toEqual([
      { field: 'systems[0].kind', message: expect.stringContaining('no sourced price for Amazon EC2') },
    ]);
  });

  it('an input error still stops the whole scenario', () => {
    const p = priceScenario(
      catalog,
      scenario('us-east-1', [three[0]!, { id: 'vm', kind: 'aws-ec2', instanceType: 'x9.huge' }]),
    );
    expect(p.ok).toBe(false);
  });
});

describe('warnings', () => {
  it('name only services the scenario uses', () => {
    const p = priceScenario(catalog, { ...scenario('us-east-1', [three[0]!]), pricingDate: '2020-11-30' });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    // The book itself holds warnings about services this Lambda never touches (ALB, Fargate, Workers…).
    expect(p.book.warnings.length).toBeGreaterThan(0);
    expect(jsonReport(p.book, p.analysis).pricing.warnings).toEqual([]);
    expect(tableReport(p.book, p.analysis)).not.toContain('warning:');
  });
});
