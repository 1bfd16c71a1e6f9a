import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines, price } from '../../testing/priceOne';

const fn = { kind: 'digitalocean-functions' };

describe('DigitalOcean Functions', () => {
  it('bills each run at least 100 ms, and nothing per invocation', () => {
    const l = lines({ requestsPerMonth: 1_000_000, durationMs: 20, memoryMb: 256 }, fn);
    expect(l.keys).toEqual(['do-functions-gib-seconds']);
    // 1 M × 0.25 GiB × 0.1 s = 25,000 GiB-s at $0.0000185 (no free tier) = $0.4625.
    expect(l.line('do-functions-gib-seconds').quantity.toString()).toBe('25000');
    expect(l.line('do-functions-gib-seconds').trace).toContain('(20 ms, min 100 ms)');
    expect(centsString(l.total)).toBe('0.46');
  });

  it('takes the 90,000 free GiB-s only with the free tier', () => {
    const w = { requestsPerMonth: 1_000_000, durationMs: 1000, memoryMb: 128 };
    const paid = lines(w, fn);
    const free = lines(w, fn, { freeTier: true });
    // 125,000 GiB-s: $2.3125 without the allowance, 35,000 × $0.0000185 = $0.6475 with it.
    expect(paid.total.toString()).toBe('2.3125');
    expect(free.total.toString()).toBe('0.6475');
  });

  it('refuses memory outside 128 MB – 1 GB, naming workload.memoryMb', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 2048 }, fn)[0]!.field).toBe('workload.memoryMb');
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 64 }, fn)[0]!.field).toBe('workload.memoryMb');
  });

  it('takes a negotiated discount, not a savings plan', () => {
    const res = price({ requestsPerMonth: 1, durationMs: 10, memoryMb: 128 }, [
      { ...fn, discount: { kind: 'savings-plan', percent: 10 } },
    ]);
    expect(res.ok).toBe(false);
  });
});
