import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { cannotRun } from '../../engine/limits';
import { CANNOT_RUN } from '../../report/limitsText';
import { tableReport } from '../../report/textReport';
import { lines, price, priced } from '../../testing/priceOne';

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

  it('over the CPU limit of an HTTP request, says so on its own row and still prices the other systems', () => {
    const res = price({ requestsPerMonth: 1, durationMs: 400_000, cpuMs: 300_001, memoryMb: 128 }, [
      { kind: 'cloudflare-workers' },
      { kind: 'aws-lambda' },
    ]);
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    const [workers, lambda] = res.analysis.estimates;
    expect(workers!.limits?.find((f) => f.severity === 'unable')?.check).toBe('cloudflare-workers-cpu');
    expect(cannotRun(workers!.limits)).toBe(true);
    expect(lambda!.monthlyUsd.gt(0)).toBe(true);
    const p = priced({
      schema: 4,
      workload: { requestsPerMonth: 1, durationMs: 400_000, cpuMs: 300_001, memoryMb: 128 },
      systems: [{ id: 'w', name: 'Workers', kind: 'cloudflare-workers' }],
    });
    expect(tableReport(p.book, p.analysis)).toMatch(new RegExp(`Workers\\s+${CANNOT_RUN}`));
    // Just under the limit is no finding that the platform cannot run it.
    const under = price({ requestsPerMonth: 1, durationMs: 400_000, cpuMs: 300_000, memoryMb: 128 }, [
      { kind: 'cloudflare-workers' },
    ]);
    expect(under.ok && cannotRun(under.analysis.estimates[0]!.limits)).toBe(false);
  });

  // Cloudflare's pricing page: 5 minutes of CPU per HTTP request, 15 per Cron Trigger or Queue consumer invocation.
  const tenMinutesOfCpu = { requestsPerMonth: 720, durationMs: 600_000, cpuMs: 600_000, memoryMb: 128 };
  const checks = (trigger?: string) => {
    const res = price(tenMinutesOfCpu, [{ kind: 'cloudflare-workers', ...(trigger ? { trigger } : {}) }], {
      schema: 4,
    });
    if (!res.ok) return res.issues.map((i) => i.field);
    return (res.analysis.estimates[0]!.limits ?? []).map((f) => `${f.check}:${f.severity}`);
  };

  it('a Cron Trigger or Queue consumer may use 15 minutes of CPU; an HTTP request is still refused above 5', () => {
    const httpOver = ['cloudflare-workers-cpu:unable', 'cloudflare-workers-cpu-default:warning'];
    expect(checks()).toEqual(httpOver);
    expect(checks('http')).toEqual(httpOver);
    expect(checks('cron')).toEqual(['cloudflare-workers-cron-cpu-interval:warning']);
    expect(checks('queue')).toEqual(['cloudflare-workers-cpu-default:warning', 'cloudflare-workers-queue-cpu:warning']);
    const over = { ...tenMinutesOfCpu, durationMs: 900_001, cpuMs: 900_001 };
    for (const trigger of ['cron', 'queue']) {
      const res = price(over, [{ kind: 'cloudflare-workers', trigger }], { schema: 4 });
      expect(res.ok && res.analysis.estimates[0]!.limits?.map((f) => `${f.check}:${f.severity}`)).toContain(
        'cloudflare-workers-cpu-scheduled:unable',
      );
    }
  });

  it('bills a scheduled invocation’s CPU as a request’s, and says what invokes it', () => {
    const cron = lines(tenMinutesOfCpu, { kind: 'cloudflare-workers', trigger: 'cron' }, { schema: 4 });
    expect(cron.line('workers-cpu').quantity.toString()).toBe('432000000');
    const res = price(tenMinutesOfCpu, [{ kind: 'cloudflare-workers', trigger: 'queue' }], { schema: 4 });
    expect(res.ok && res.analysis.estimates[0]!.notes.join(' ')).toMatch(/Queue consumer.*900,000 ms of CPU/);
  });

  it('refuses an unknown trigger, naming the field', () => {
    const res = price(tenMinutesOfCpu, [{ kind: 'cloudflare-workers', trigger: 'email' }], { schema: 4 });
    expect(res.ok ? [] : res.issues.map((i) => i.field)).toEqual(['systems[0].trigger']);
  });
});
