import { describe, expect, it } from 'vitest';
import { issues, lines } from '../testing/priceOne';

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
    expect(issues(w, { kind: 'cloudflare-workers', discount: { kind: 'savings-plan', percent: 10 } })[0]!.field).toBe(
      'systems[0].discount.kind',
    );
  });

  it('apply to what is billed after a free-tier credit, never making usage negative', () => {
    const l = lines(
      { requestsPerMonth: 1000, durationMs: 100, memoryMb: 512 },
      { kind: 'gcp-cloud-run', discount: { kind: 'savings-plan', percent: 30 } },
      { freeTier: true },
    );
    expect(l.total.isZero()).toBe(true);
  });
});
