import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 9_000_000, durationMs: 200, memoryMb: 512 };
const fargate = { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, loadBalancer: 'alb' };

describe('ALB as an add-on charge', () => {
  it('bills the fleet’s hours and LCU-hours from one new connection per request', () => {
    const l = lines(w, { ...fargate, hoursPerMonth: 500 });
    expect(l.line('alb-hours').quantity.toString()).toBe('500');
    // 9 M connections / (25 per s per LCU × 3,600 s) = 100 LCU-hours; the per-request rate 1/90,000 is held
    // to 34 significant digits, so the quantity is 100 to the 30th decimal.
    expect(l.line('alb-lcu').quantity.toDecimalPlaces(30).toString()).toBe('100');
    expect(l.line('alb-lcu').trace).toContain('billed on the highest, new connections');
  });

  it('bills processed bytes when they bind: 10 req/s of 100 KB responses is about $20 of LCUs, not $2.34', () => {
    // 10 req/s × 2,628,000 s = 26.28 M requests × 100 KB / 1024² = 2,506.26 GB = 2,506.26 LCU-hours × $0.008.
    const busy = { ...w, requestsPerMonth: 26_280_000, responseKb: 100 };
    const lcu = lines(busy, fargate).line('alb-lcu');
    expect(lcu.quantity.toDecimalPlaces(2).toString()).toBe('2506.26');
    expect(centsString(lcu.usd)).toBe('20.05');
    expect(lcu.trace).toContain('billed on the highest, processed bytes');
    // New connections alone: 26.28 M / 90,000 = 292 LCU-hours = $2.34.
    expect(lcu.trace).toContain('new connections 292');
  });

  it('bills active connections for long requests: 3,000 open connections per LCU', () => {
    // 150 s requests: 150 / (3,000 × 3,600) LCU-hours each beats 1 / (25 × 3,600).
    const l = lines({ ...w, durationMs: 150_000 }, fargate).line('alb-lcu');
    expect(l.trace).toContain('billed on the highest, active connections');
    expect(l.quantity.toDecimalPlaces(6).toString()).toBe('125');
  });

  it('bills rule evaluations beyond the 10 free rules', () => {
    // 60 rules: 50 paid evaluations per request / (1,000 × 3,600) beats a connection / (25 × 3,600).
    const l = lines(w, { ...fargate, albRules: 60 }, { schema: 3 }).line('alb-lcu');
    expect(l.trace).toContain('billed on the highest, rule evaluations');
    expect(l.quantity.toDecimalPlaces(6).toString()).toBe('125');
    // Within the free rules the dimension is 0.
    expect(lines(w, { ...fargate, albRules: 10 }, { schema: 3 }).line('alb-lcu').trace).toContain('rule evaluations 0');
  });

  it('attaches nothing without a load balancer', () => {
    expect(lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 }).keys).toEqual(['ec2-instances']);
  });
});
