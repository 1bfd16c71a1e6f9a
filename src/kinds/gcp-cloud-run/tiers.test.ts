import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

// Google's Cloud Run locations page lists each region's price tier; Tier 2's idle rates come from the
// Firebase CLI's copy of the pricing page (secondary), 1.4 × Tier 1's like every other Tier 2 rate.
describe('Cloud Run price tiers', () => {
  const run = { kind: 'gcp-cloud-run', concurrency: 1 };
  const w = { requestsPerMonth: 1_000_000, durationMs: 1000, memoryMb: 1024 };

  it('regions the locations page lists price at their tier (Tier 1: Madrid, Dallas; Tier 2: São Paulo, Toronto)', () => {
    const rate = (region: string) =>
      lines(w, { ...run, region })
        .line('run-vcpu')
        .rate.usdPerUnit.toString();
    expect(rate('europe-southwest1')).toBe('0.000024');
    expect(rate('us-south1')).toBe('0.000024');
    expect(rate('southamerica-east1')).toBe('0.0000336');
    expect(rate('northamerica-northeast2')).toBe('0.0000336');
  });

  it('idle minimum instances in a Tier 2 region bill its idle rates, flagged secondary', () => {
    const idle = lines({ ...w, requestsPerMonth: 0 }, { ...run, region: 'europe-west2', minInstances: 1 });
    const vcpu = idle.line('run-idle-vcpu');
    expect(vcpu.rate.usdPerUnit.toString()).toBe('0.0000035');
    expect(vcpu.grade).toBe('secondary');
    // One idle 1 vCPU / 1 GiB instance all month: 2,628,000 s × $0.0000035, for CPU and for memory.
    expect(centsString(vcpu.usd)).toBe('9.20');
    expect(centsString(idle.line('run-idle-memory').usd)).toBe('9.20');
    const tier1 = lines({ ...w, requestsPerMonth: 0 }, { ...run, region: 'europe-west1', minInstances: 1 });
    expect(vcpu.usd.div(tier1.line('run-idle-vcpu').usd).toString()).toBe('1.4');
  });

  it('instance-based billing in a Tier 2 region is still refused, naming the field (no sourced rate)', () => {
    const found = issues(w, { kind: 'gcp-cloud-run', region: 'europe-west2', billing: 'instance' });
    expect(found.map((i) => i.field)).toEqual(['systems[0].billing']);
  });
});
