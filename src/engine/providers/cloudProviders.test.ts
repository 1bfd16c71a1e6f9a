import { describe, expect, it } from 'vitest';
import { priceScenario } from '../../report/priceScenario';
import { testCatalog } from '../../testing/catalog';
import { centsString } from '../money';

const catalog = testCatalog();

function price(workload: Record<string, unknown>, systems: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const res = priceScenario(catalog, { schema: 1, ...extra, workload, systems: systems.map((s, i) => ({ id: `s${i}`, ...s })) });
  return res;
}

function lines(workload: Record<string, unknown>, system: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = price(workload, [system], extra);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  const e = res.analysis.estimates[0]!;
  return { total: e.monthlyUsd, line: (key: string) => e.lines.find((l) => l.key === key)!, keys: e.lines.map((l) => l.key) };
}

function issues(workload: Record<string, unknown>, system: Record<string, unknown>) {
  const res = price(workload, [system]);
  if (res.ok) throw new Error('expected issues');
  return res.issues;
}

describe('Cloudflare Workers', () => {
  it('bills CPU time, not wall time', () => {
    const a = lines({ requestsPerMonth: 50_000_000, durationMs: 2000, cpuMs: 5, memoryMb: 128 }, { kind: 'cloudflare-workers' });
    const b = lines({ requestsPerMonth: 50_000_000, durationMs: 20, cpuMs: 5, memoryMb: 128 }, { kind: 'cloudflare-workers' });
    expect(a.total.eq(b.total)).toBe(true);
    expect(a.line('workers-cpu').quantity.toString()).toBe('250000000');
    expect(a.line('workers-cpu').trace).toContain('not the 2,000 ms wall time');
  });

  it('charges the $5 subscription even with no traffic', () => {
    expect(centsString(lines({ requestsPerMonth: 0, durationMs: 10, memoryMb: 128 }, { kind: 'cloudflare-workers' }).total)).toBe('5.00');
  });

  it('refuses more CPU per request than Workers allow, naming workload.cpuMs', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 400_000, cpuMs: 300_001, memoryMb: 128 }, { kind: 'cloudflare-workers' })[0]!.field).toBe('workload.cpuMs');
  });
});

describe('Azure Functions Consumption', () => {
  const az = { kind: 'azure-functions' };
  it('rounds memory up to 128 MB steps: 160 MB bills as 256 MB', () => {
    const l = lines({ requestsPerMonth: 1_000_000, durationMs: 1000, memoryMb: 160 }, az).line('azure-gbs');
    expect(l.quantity.toString()).toBe('250000');
    expect(l.trace).toContain('160 MB → 256 MB');
  });

  it('bills at least 100 ms and 128 MB per execution', () => {
    expect(lines({ requestsPerMonth: 1_024_000, durationMs: 20, memoryMb: 64 }, az).line('azure-gbs').quantity.toString()).toBe('12800');
  });

  it('rounds time up to 1 ms above the minimum: 100.2 ms bills 101 ms', () => {
    expect(lines({ requestsPerMonth: 1_024_000, durationMs: 100.2, memoryMb: 1024 }, az).line('azure-gbs').quantity.toString()).toBe('103424');
  });

  it('applies the 1 M executions and 400,000 GB-s grant only with freeTier', () => {
    const w = { requestsPerMonth: 3_000_000, durationMs: 1000, memoryMb: 1536 };
    expect(centsString(lines(w, az).total)).toBe('72.60');
    expect(centsString(lines(w, az, { freeTier: true }).total)).toBe('66.00');
  });

  it('refuses memory above 1,536 MB, naming workload.memoryMb', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 2048 }, az)[0]!.field).toBe('workload.memoryMb');
  });

  it('refuses Flex-only fields on the Consumption plan, naming the field', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 128 }, { ...az, alwaysReady: 1 })[0]!.field).toBe('systems[0].alwaysReady');
  });
});

describe('Azure Functions Flex Consumption', () => {
  const flex = { kind: 'azure-functions', plan: 'flex', instanceMemoryMb: 2048, concurrency: 1 };
  it('bills a sparse execution at least 1,000 ms', () => {
    const l = lines({ requestsPerMonth: 1000, durationMs: 120, memoryMb: 512 }, flex).line('flex-ondemand-gbs');
    expect(l.quantity.toString()).toBe('2000');
  });

  it('rounds a sparse activity period above 1 s up to 100 ms: 1,050 ms bills 1,100 ms', () => {
    expect(lines({ requestsPerMonth: 1000, durationMs: 1050, memoryMb: 512 }, flex).line('flex-ondemand-gbs').quantity.toString()).toBe('2200');
  });

  it('bills busy instances once however many executions they run at once', () => {
    const w = { requestsPerMonth: 105_120_000, durationMs: 250, memoryMb: 512 };
    const one = lines(w, flex).line('flex-ondemand-gbs').quantity;
    const ten = lines(w, { ...flex, concurrency: 10 }).line('flex-ondemand-gbs').quantity;
    expect(one.div(ten).toString()).toBe('10');
  });

  it('takes the default concurrency of the instance size when none is given (2,048 MB: 16)', () => {
    const l = lines({ requestsPerMonth: 1e9, durationMs: 160, memoryMb: 512 }, { kind: 'azure-functions', plan: 'flex' }).line('flex-ondemand-gbs');
    expect(l.trace).toContain('/ 16 concurrent');
  });

  it('sends traffic to always-ready instances first, with no free grant on them', () => {
    const l = lines({ requestsPerMonth: 1_000_000, durationMs: 100, memoryMb: 512 }, { ...flex, alwaysReady: 1 }, { freeTier: true });
    expect(l.keys).toEqual(['flex-ondemand-gbs', 'flex-ondemand-executions', 'flex-baseline', 'flex-ar-gbs', 'flex-ar-executions']);
    expect(l.line('flex-ondemand-gbs').usd.isZero()).toBe(true);
    expect(l.line('flex-ar-executions').quantity.toString()).toBe('1000000');
    expect(centsString(l.line('flex-baseline').usd)).toBe('21.02');
  });
});

describe('Google Cloud Run', () => {
  const run = { kind: 'gcp-cloud-run', concurrency: 1 };
  it('rounds each request up to 100 ms and maps memory and CPU in the trace', () => {
    const l = lines({ requestsPerMonth: 10_000, durationMs: 120, memoryMb: 512 }, run).line('run-vcpu');
    expect(l.quantity.toString()).toBe('2000');
    const res = price({ requestsPerMonth: 1, durationMs: 120, memoryMb: 512 }, [run]);
    expect(res.ok && res.analysis.estimates[0]!.notes[0]).toContain('512 MB → 0.5 GiB; 1 vCPU; 120 ms billed as 200 ms');
  });

  it('bills the busy share of the month random arrivals keep an instance busy, within 1% of 1 − e^(−x)', () => {
    // 10 M requests of 120 ms billed as 200 ms: offered load x = 10 M × 0.2 s / 2,628,000 s ≈ 0.761.
    const busy = lines({ requestsPerMonth: 10_000_000, durationMs: 120, memoryMb: 512 }, run).line('run-vcpu').quantity.toNumber();
    const x = (10_000_000 * 0.2) / 2_628_000;
    const poisson = 2_628_000 * (1 - Math.exp(-x));
    expect(Math.abs(busy - poisson) / poisson).toBeLessThan(0.01);
    expect(busy).toBeLessThan(10_000_000 * 0.2); // below "every request its own period"
  });

  it('prices Tier 2 regions at Tier 2 rates but values the free tier at Tier 1', () => {
    const w = { requestsPerMonth: 10_000_000, durationMs: 1000, memoryMb: 1024 };
    const t2 = lines(w, { ...run, region: 'asia-southeast1' }, { freeTier: true });
    expect(t2.line('run-vcpu').rate.usdPerUnit.toString()).toBe('0.0000336');
    expect(t2.line('run-free-vcpu').usd.toString()).toBe('-4.32');
  });

  it('caps the free-tier credit at the charge it offsets', () => {
    const l = lines({ requestsPerMonth: 1000, durationMs: 100, memoryMb: 512 }, run, { freeTier: true });
    expect(l.total.isZero()).toBe(true);
  });

  it('bills idle minimum instances for the time they do not serve', () => {
    const l = lines({ requestsPerMonth: 0, durationMs: 100, memoryMb: 1024 }, { ...run, minInstances: 1 });
    expect(centsString(l.line('run-idle-vcpu').usd)).toBe('6.57');
  });

  it('sizes instance-based billing from peak traffic and concurrency', () => {
    const l = lines({ requestsPerMonth: 2_628_000 * 25, durationMs: 200, memoryMb: 512 }, { kind: 'gcp-cloud-run', billing: 'instance', concurrency: 2 });
    expect(l.line('run-instance-vcpu').trace).toMatch(/^3 instances/);
  });

  it('names the field when a region or a billing mode has no prices', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 128 }, { kind: 'gcp-cloud-run', region: 'mars-north1' })[0]!.field).toBe('systems[0].region');
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 128 }, { kind: 'gcp-cloud-run', region: 'asia-southeast1', billing: 'instance' })[0]!.field).toBe('systems[0].billing');
  });
});

describe('discounts', () => {
  const w = { requestsPerMonth: 10_000_000, durationMs: 200, memoryMb: 1024 };
  it('take a Savings Plan off Lambda duration, not requests, as their own line', () => {
    const l = lines(w, { kind: 'aws-lambda', frontDoor: 'http-api', discount: { kind: 'savings-plan', percent: 17 } });
    const d = l.line('discount');
    expect(d.quantity.eq(l.line('lambda-duration').usd)).toBe(true);
    expect(d.usd.eq(l.line('lambda-duration').usd.times(-0.17))).toBe(true);
    expect(d.trace).toContain('Lambda duration');
  });

  it('refuse a savings plan where none exists, naming the field', () => {
    expect(issues(w, { kind: 'cloudflare-workers', discount: { kind: 'savings-plan', percent: 10 } })[0]!.field).toBe('systems[0].discount.kind');
  });

  it('apply to what is billed after a free-tier credit, never making usage negative', () => {
    const l = lines({ requestsPerMonth: 1000, durationMs: 100, memoryMb: 512 }, { kind: 'gcp-cloud-run', discount: { kind: 'savings-plan', percent: 30 } }, { freeTier: true });
    expect(l.total.isZero()).toBe(true);
  });
});

describe('AWS regions beyond us-east-1', () => {
  const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
  it.each(['eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'])('prices Lambda in %s at its (secondary-graded) regional rates', (region) => {
    const l = lines(w, { kind: 'aws-lambda' }, { region });
    expect(centsString(l.total)).toBe('1.87');
    expect(l.line('lambda-duration').grade).toBe('secondary');
  });

  it('prices EC2 in ap-southeast-1 where a rate is sourced', () => {
    expect(centsString(lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 }, { region: 'ap-southeast-1' }).total)).toBe('19.27');
  });

  it('names the field when a region lacks a price (provisioned concurrency, API Gateway, ephemeral storage)', () => {
    const res = price(w, [{ kind: 'aws-lambda', provisionedConcurrency: { concurrency: 1, hoursPerMonth: 730 } }], { region: 'eu-west-1' });
    expect(res.ok ? [] : res.issues.map((i) => i.field)).toEqual(['systems[0].provisionedConcurrency']);
    const api = price(w, [{ kind: 'aws-lambda', frontDoor: 'http-api' }], { region: 'eu-west-1' });
    expect(api.ok ? [] : api.issues.map((i) => i.field)).toEqual(['systems[0].frontDoor']);
    const eph = price({ ...w, ephemeralStorageMb: 1024 }, [{ kind: 'aws-lambda' }], { region: 'eu-west-1' });
    expect(eph.ok ? [] : eph.issues.map((i) => i.field)).toEqual(['workload.ephemeralStorageMb']);
  });
});
