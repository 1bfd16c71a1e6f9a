import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const v3 = { schema: 3 };
const t3 = { kind: 'aws-ec2', instanceType: 't3.small', count: 1, ebsGb: 0 };

describe('public IPv4 addresses as an add-on charge', () => {
  it('bills one address per instance by default: $0.005 × 730 h = $3.65 (the brief’s t3.small: $18.83)', () => {
    const l = lines(w, t3, v3);
    const ip = l.line('public-ipv4');
    expect(ip.quantity.toString()).toBe('730');
    expect(centsString(ip.usd)).toBe('3.65');
    expect(ip.trace).toContain('1 instance × 1 address × 730 h');
    expect(centsString(l.total)).toBe('18.83');
  });

  it('cites the dated official source of the rate', () => {
    const ip = lines(w, t3, v3).line('public-ipv4');
    expect(ip.sources.map((s) => s.url)).toContain(
      'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
    );
    expect(ip.grade).toBe('official');
  });

  it('steps with a traffic-sized fleet: one address per member', () => {
    // 100 M requests/month = 38.05 req/s; ÷ 10 per instance → 4 instances.
    const l = lines({ ...w, requestsPerMonth: 100_000_000 }, { ...t3, count: undefined, rpsPerInstance: 10 }, v3);
    expect(l.line('public-ipv4').quantity.toString()).toBe(String(4 * 730));
  });

  it('bills none on members behind a load balancer, one per AZ of the load balancer', () => {
    const l = lines(w, { ...t3, count: 2, loadBalancer: 'alb' }, v3);
    expect(l.keys).not.toContain('public-ipv4');
    expect(l.line('public-ipv4-alb').quantity.toString()).toBe(String(2 * 730));
    expect(l.line('public-ipv4-alb').trace).toContain('2 AZs × 1 address × 730 h');
    const three = lines(w, { ...t3, loadBalancer: 'alb', azs: 3, publicIpv4: 1 }, v3);
    expect(three.line('public-ipv4-alb').quantity.toString()).toBe(String(3 * 730));
    expect(three.line('public-ipv4').quantity.toString()).toBe('730');
  });

  it('bills nothing for an internal load balancer or a private server', () => {
    const l = lines(w, { ...t3, loadBalancer: 'alb', albPublicIpv4: 0, publicIpv4: 0 }, v3);
    expect(l.keys.filter((k) => k.startsWith('public-ipv4'))).toEqual([]);
  });

  it('bills Fargate tasks with a public IP', () => {
    const l = lines(w, { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 }, v3);
    expect(centsString(l.line('public-ipv4').usd)).toBe('3.65');
    expect(centsString(l.total)).toBe('21.67');
  });

  it('bills nothing before 2024-02-01, when addresses in use were free, without a warning', () => {
    const l = lines(w, t3, { ...v3, pricingDate: '2024-01-31' });
    expect(l.keys).not.toContain('public-ipv4');
    expect(lines(w, t3, { ...v3, pricingDate: '2024-02-01' }).keys).toContain('public-ipv4');
  });

  it('refuses a negative or fractional address count, naming the field', () => {
    expect(issues(w, { ...t3, publicIpv4: -1 })[0]!.field).toBe('systems[0].publicIpv4');
    expect(issues(w, { ...t3, publicIpv4: 0.5 })[0]!.field).toBe('systems[0].publicIpv4');
  });
});
