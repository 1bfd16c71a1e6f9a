import { describe, expect, it } from 'vitest';
import { lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 9_000_000, durationMs: 200, memoryMb: 512 };

describe('ALB as an add-on charge', () => {
  it('bills the fleet’s hours and LCU-hours from one new connection per request', () => {
    const l = lines(w, {
      kind: 'aws-fargate',
      vcpu: 0.5,
      memoryGb: 1,
      tasks: 1,
      hoursPerMonth: 500,
      loadBalancer: 'alb',
    });
    expect(l.line('alb-hours').quantity.toString()).toBe('500');
    // 9 M connections / (25 per s per LCU × 3,600 s) = 100 LCU-hours; the per-request rate 1/90,000 is held
    // to 34 significant digits, so the quantity is 100 to the 30th decimal.
    expect(l.line('alb-lcu').quantity.toDecimalPlaces(30).toString()).toBe('100');
  });

  it('attaches nothing without a load balancer', () => {
    expect(lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 }).keys).toEqual(['ec2-instances']);
  });
});
