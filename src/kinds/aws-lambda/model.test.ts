import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { lines, price } from '../../testing/priceOne';

const brief = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('AWS Lambda', () => {
  it('bills the brief example as requests plus GB-s: $0.20 + $1.67 = $1.87', () => {
    const l = lines(brief, { kind: 'aws-lambda' });
    expect(l.keys).toEqual(['lambda-requests', 'lambda-duration']);
    expect(l.line('lambda-duration').quantity.toString()).toBe('100000');
    expect(centsString(l.total)).toBe('1.87');
  });

  it('puts an API Gateway front door after its own lines, as an add-on charge', () => {
    expect(lines(brief, { kind: 'aws-lambda', frontDoor: 'http-api' }).keys).toEqual([
      'lambda-requests',
      'lambda-duration',
      'apigw-http-api',
    ]);
  });

  it('refuses memory outside the limits of the pricing date, naming workload.memoryMb', () => {
    const res = price({ ...brief, memoryMb: 4096 }, [{ kind: 'aws-lambda' }], { pricingDate: '2020-06-01' });
    expect(res.ok ? [] : res.issues.map((i) => i.field)).toEqual(['workload.memoryMb']);
    expect(centsString(lines({ ...brief, memoryMb: 4096 }, { kind: 'aws-lambda' }).total)).toBe('13.53');
  });

  describe('INIT before 2025-08-01: billed for container images and custom runtimes, not for ZIP on a managed runtime', () => {
    // 1% cold starts with 500 ms INIT: a cold invocation bills 200 + 500 ms when INIT is billed.
    const cold = { ...brief, coldStartRate: 0.01, initDurationMs: 500 };
    const gbS = (system: Record<string, unknown>, pricingDate: string) =>
      lines(cold, { kind: 'aws-lambda', ...system }, { pricingDate })
        .line('lambda-duration')
        .quantity.toString();
    // 1 M × (0.99 × 0.2 s + 0.01 × 0.7 s) × 0.5 GB = 102,500 GB-s; without INIT 100,000.
    it.each([
      ['a ZIP function on a managed runtime (the default)', {}, '100000'],
      ['a container image', { packageType: 'image' }, '102500'],
      ['a custom runtime', { runtime: 'custom' }, '102500'],
      ['a container image on a custom runtime', { packageType: 'image', runtime: 'custom' }, '102500'],
    ])('as of 2025-07-31, %s', (_, system, expected) => {
      expect(gbS(system, '2025-07-31')).toBe(expected);
    });
    it('from 2025-08-01 every on-demand cold start bills INIT', () => {
      expect(gbS({}, '2025-08-01')).toBe('102500');
      expect(gbS({ packageType: 'image' }, '2025-08-01')).toBe('102500');
    });
    it('says why INIT is billed before the standard date', () => {
      const l = lines(cold, { kind: 'aws-lambda', packageType: 'image' }, { pricingDate: '2025-07-31' });
      expect(l.line('lambda-duration').trace).toContain('billed for a container image before 2025-08-01 too');
    });
    it('refuses an unknown package type, naming the field', () => {
      const res = price(cold, [{ kind: 'aws-lambda', packageType: 'jar' }]);
      expect(res.ok ? [] : res.issues.map((i) => i.field)).toEqual(['systems[0].packageType']);
    });
  });
});
