import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('Amazon EC2', () => {
  it('bills one t3.small for 730 hours: $15.18', () => {
    const l = lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 });
    expect(l.line('ec2-instances').trace).toContain('730 h');
    expect(centsString(l.total)).toBe('15.18');
  });

  it('sizes the fleet from peak traffic when given requests per second per instance', () => {
    // 100 M requests/month = 38.05 req/s on average; × 2 peak = 76.1; ÷ 10 per instance → 8 instances.
    const l = lines(
      { ...w, requestsPerMonth: 100_000_000, peakToAverage: 2 },
      { kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 10 },
    );
    expect(l.line('ec2-instances').quantity.toString()).toBe(String(8 * 730));
  });

  it('adds an ALB as an add-on charge after the instances', () => {
    expect(lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 2, loadBalancer: 'alb' }).keys).toEqual([
      'ec2-instances',
      'alb-hours',
      'alb-lcu',
    ]);
  });

  it('names the field of an unknown instance type', () => {
    expect(issues(w, { kind: 'aws-ec2', instanceType: 'zz9.huge', count: 1 })[0]!.field).toBe(
      'systems[0].instanceType',
    );
  });
});
