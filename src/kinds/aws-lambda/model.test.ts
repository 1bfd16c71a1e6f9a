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
});
