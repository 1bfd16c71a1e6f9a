import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines, price } from '../../testing/priceOne';

describe('Google Cloud Run', () => {
  const run = { kind: 'gcp-cloud-run', concurrency: 1 };
  it('rounds each request up to 100 ms and maps memory and CPU in the trace', () => {
    const l = lines({ requestsPerMonth: 10_000, durationMs: 120, memoryMb: 512 }, run).line('run-vcpu');
    expect(l.quantity.toString()).toBe('2000');
    const res = price({ requestsPerMonth: 1, durationMs: 120, memoryMb: 512 }, [run]);
    expect(res.ok && res.analysis.estimates[0]!.notes[0]).toContain(
      '512 MB → 0.5 GiB; 1 vCPU; 120 ms billed as 200 ms',
    );
  });

  it('bills the busy share of the month random arrivals keep an instance busy, within 1% of 1 − e^(−x)', () => {
    // 10 M requests of 120 ms billed as 200 ms: offered load x = 10 M × 0.2 s / 2,628,000 s ≈ 0.761.
    const busy = lines({ requestsPerMonth: 10_000_000, durationMs: 120, memoryMb: 512 }, run)
      .line('run-vcpu')
      .quantity.toNumber();
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
    const l = lines(
      { requestsPerMonth: 2_628_000 * 25, durationMs: 200, memoryMb: 512 },
      { kind: 'gcp-cloud-run', billing: 'instance', concurrency: 2 },
    );
    expect(l.line('run-instance-vcpu').trace).toMatch(/^3 instances/);
  });

  it('from version 3 sizes instance-based billing by the capacity model: CPU at the target, then concurrency', () => {
    // 25 req/s of 200 ms CPU on 1 vCPU at 70%: 3.5 req/s per instance (concurrency 2 allows 10) → 8 instances.
    const cpu = lines(
      { requestsPerMonth: 2_628_000 * 25, durationMs: 200, memoryMb: 512 },
      { kind: 'gcp-cloud-run', billing: 'instance', concurrency: 2 },
      { schema: 3 },
    );
    expect(cpu.line('run-instance-vcpu').trace).toMatch(/^8 instances/);
    expect(cpu.line('run-instance-vcpu').trace).toContain('1 vCPU × 70% ÷ 200 ms CPU = 3.5 req/s per instance');
    // With 20 ms of CPU the concurrency binds again: 2 ÷ 200 ms = 10 req/s → 3 instances.
    const conc = lines(
      { requestsPerMonth: 2_628_000 * 25, durationMs: 200, cpuMs: 20, memoryMb: 512 },
      { kind: 'gcp-cloud-run', billing: 'instance', concurrency: 2 },
      { schema: 3 },
    );
    expect(conc.line('run-instance-vcpu').trace).toMatch(/^3 instances/);
    expect(conc.line('run-instance-vcpu').trace).toContain('2 concurrent ÷ 200 ms = 10 req/s per instance');
  });

  it('names the field when a region or a billing mode has no prices', () => {
    expect(
      issues(
        { requestsPerMonth: 1, durationMs: 10, memoryMb: 128 },
        { kind: 'gcp-cloud-run', region: 'mars-north1' },
      )[0]!.field,
    ).toBe('systems[0].region');
    expect(
      issues(
        { requestsPerMonth: 1, durationMs: 10, memoryMb: 128 },
        { kind: 'gcp-cloud-run', region: 'asia-southeast1', billing: 'instance' },
      )[0]!.field,
    ).toBe('systems[0].billing');
  });
});
