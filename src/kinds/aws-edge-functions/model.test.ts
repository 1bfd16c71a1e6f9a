import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

const edge = { kind: 'aws-edge-functions' };

describe('Lambda@Edge', () => {
  it('bills requests and GB-s at 1 ms granularity with no free tier', () => {
    const l = lines({ requestsPerMonth: 1_000_000, durationMs: 12.3, memoryMb: 256 }, edge, { freeTier: true });
    expect(l.keys).toEqual(['lambda-edge-requests', 'lambda-edge-duration']);
    // 1 M × 13 ms × 0.25 GB = 3,250 GB-s × $0.00005001 = $0.1625; + $0.60.
    expect(l.line('lambda-edge-duration').quantity.toString()).toBe('3250');
    expect(centsString(l.total)).toBe('0.76');
  });

  it('refuses memory outside 128 MB – 10 GB, naming workload.memoryMb', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 64 }, edge)[0]!.field).toBe('workload.memoryMb');
  });
});

describe('CloudFront Functions', () => {
  const cf = { ...edge, runtime: 'cloudfront-functions' };

  it('bills invocations only, whatever the duration and memory', () => {
    const a = lines({ requestsPerMonth: 10_000_000, durationMs: 1, memoryMb: 128 }, cf);
    const b = lines({ requestsPerMonth: 10_000_000, durationMs: 900, memoryMb: 4096 }, cf);
    expect(a.keys).toEqual(['cloudfront-functions-invocations']);
    expect(centsString(a.total)).toBe('1.00');
    expect(a.total.eq(b.total)).toBe(true);
  });

  it('takes 2 M free invocations with the free tier', () => {
    const l = lines({ requestsPerMonth: 10_000_000, durationMs: 1, memoryMb: 128 }, cf, { freeTier: true });
    expect(centsString(l.total)).toBe('0.80');
  });
});
