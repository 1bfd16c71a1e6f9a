import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const v3 = { schema: 3 };
const t3 = { kind: 'aws-ec2', instanceType: 't3.small', count: 1 };

describe('EBS gp3 root volumes as an add-on charge', () => {
  it('bills 8 GB per instance by default: $0.64, and the brief’s t3.small as billed is $19.47', () => {
    const l = lines(w, t3, v3);
    const ebs = l.line('ebs');
    expect(ebs.quantity.toString()).toBe('8');
    expect(centsString(ebs.usd)).toBe('0.64');
    expect(ebs.trace).toContain('1 instance × 8 GB × 730 h / 730 h');
    expect(l.keys).toEqual(['ec2-instances', 'public-ipv4', 'ebs']);
    expect(centsString(l.total)).toBe('19.47');
  });

  it('prorates by the hours an instance runs and multiplies by the fleet', () => {
    const l = lines(w, { ...t3, count: 3, hoursPerMonth: 365, ebsGb: 20 }, v3);
    expect(l.line('ebs').quantity.toString()).toBe('30');
  });

  it('is removed by ebsGb 0 and never attaches to Fargate', () => {
    expect(lines(w, { ...t3, ebsGb: 0 }, v3).keys).not.toContain('ebs');
    expect(lines(w, { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 }, v3).keys).not.toContain('ebs');
  });

  it('is not discounted by a savings plan, which covers instances only', () => {
    const l = lines(w, { ...t3, discount: { kind: 'savings-plan', percent: 10 } }, v3);
    expect(l.line('discount').usd.eq(l.line('ec2-instances').usd.times(-0.1))).toBe(true);
  });

  it('refuses a negative size, naming the field', () => {
    expect(issues(w, { ...t3, ebsGb: -8 })[0]!.field).toBe('systems[0].ebsGb');
  });
});
