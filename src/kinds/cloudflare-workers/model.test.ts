import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

describe('Cloudflare Workers', () => {
  it('bills CPU time, not wall time', () => {
    const a = lines(
      { requestsPerMonth: 50_000_000, durationMs: 2000, cpuMs: 5, memoryMb: 128 },
      { kind: 'cloudflare-workers' },
    );
    const b = lines(
      { requestsPerMonth: 50_000_000, durationMs: 20, cpuMs: 5, memoryMb: 128 },
      { kind: 'cloudflare-workers' },
    );
    expect(a.total.eq(b.total)).toBe(true);
    expect(a.line('workers-cpu').quantity.toString()).toBe('250000000');
    expect(a.line('workers-cpu').trace).toContain('not the 2,000 ms wall time');
  });

  it('charges the $5 subscription even with no traffic', () => {
    expect(
      centsString(lines({ requestsPerMonth: 0, durationMs: 10, memoryMb: 128 }, { kind: 'cloudflare-workers' }).total),
    ).toBe('5.00');
  });

  it('refuses more CPU per request than Workers allow, naming workload.cpuMs', () => {
    expect(
      issues(
        { requestsPerMonth: 1, durationMs: 400_000, cpuMs: 300_001, memoryMb: 128 },
        { kind: 'cloudflare-workers' },
      )[0]!.field,
    ).toBe('workload.cpuMs');
  });
});
