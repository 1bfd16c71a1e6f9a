import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

const fn = { kind: 'gcp-cloud-functions' };

describe('Google Cloud Functions (1st gen)', () => {
  it('rounds time up to 100 ms and memory up to its tier, billing GB-s and the tier’s GHz-s', () => {
    // 300 MB → the 512 MB tier (0.8 GHz); 260 ms bills as 300 ms.
    const l = lines({ requestsPerMonth: 1_000_000, durationMs: 260, memoryMb: 300 }, fn);
    expect(l.keys).toEqual(['gcf-invocations', 'gcf-gb-seconds', 'gcf-ghz-seconds']);
    expect(l.line('gcf-gb-seconds').quantity.toString()).toBe('150000'); // 1 M × 0.3 s × 0.5 GB
    expect(l.line('gcf-ghz-seconds').quantity.toString()).toBe('240000'); // 1 M × 0.3 s × 0.8 GHz
    expect(l.line('gcf-gb-seconds').trace).toContain('300 MB → 512 MB tier');
    // $0.40 + 150,000 × $0.0000025 + 240,000 × $0.00001 = $0.40 + $0.375 + $2.40.
    expect(centsString(l.total)).toBe('3.18');
  });

  it('takes 2 M invocations, 400,000 GB-s and 200,000 GHz-s free with the free tier', () => {
    const w = { requestsPerMonth: 10_000_000, durationMs: 300, memoryMb: 128 };
    const l = lines(w, fn, { freeTier: true });
    // 8 M × $0.0000004 = $3.20; 375,000 GB-s all free; (600,000 − 200,000) GHz-s × $0.00001 = $4.00.
    expect(centsString(l.line('gcf-invocations').usd)).toBe('3.20');
    expect(centsString(l.line('gcf-gb-seconds').usd)).toBe('0.00');
    expect(centsString(l.line('gcf-ghz-seconds').usd)).toBe('4.00');
  });

  it('refuses memory above 8 GB and an unpriced region, naming the field', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 10_000 }, fn)[0]!.field).toBe('workload.memoryMb');
    expect(
      issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 128 }, { ...fn, region: 'asia-south2' })[0]!.field,
    ).toBe('systems[0].region');
  });
});
