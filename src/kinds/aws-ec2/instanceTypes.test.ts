import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const one = (instanceType: string, region: string) =>
  lines(w, { kind: 'aws-ec2', instanceType, count: 1, publicIpv4: 0, ebsGb: 0 }, { region });

describe('EC2 instance types added with their sources', () => {
  it.each([
    ['t2.micro', 'us-east-1', '8.47'], // 730 h × $0.0116
    ['t3a.micro', 'us-east-1', '6.86'], // 730 h × $0.0094
    ['m5.large', 'us-east-1', '70.08'], // 730 h × $0.096
    ['c5.large', 'us-east-1', '62.05'], // 730 h × $0.085
    ['t3.small', 'ap-southeast-2', '19.27'], // 730 h × $0.0264
    ['t3a.large', 'ap-southeast-2', '69.35'], // 730 h × $0.095
    ['c5.large', 'ap-southeast-2', '81.03'], // 730 h × $0.111
  ])('%s in %s: $%s a month, secondary-graded', (type, region, usd) => {
    const l = one(type, region);
    expect(centsString(l.total)).toBe(usd);
    expect(l.line('ec2-instances').grade).toBe('secondary');
  });

  // Issue 15's list in us-east-1, priced from AWS's Karpenter table (generated from the Price List API, 2026-07-20).
  it.each([
    ['t3a.small', '13.72'], // 730 h × $0.0188
    ['t3a.medium', '27.45'], // 730 h × $0.0376
    ['t3a.large', '54.90'], // 730 h × $0.0752
    ['t4g.micro', '6.13'], // 730 h × $0.0084
    ['t4g.large', '49.06'], // 730 h × $0.0672
    ['m8g.large', '65.52'], // 730 h × $0.08976
    ['c8g.large', '58.22'], // 730 h × $0.07976
    ['r6i.large', '91.98'], // 730 h × $0.126
    ['r7g.large', '78.18'], // 730 h × $0.1071
  ])('%s in us-east-1: $%s a month, with its source named and graded secondary', (type, usd) => {
    const l = one(type, 'us-east-1');
    expect(centsString(l.total)).toBe(usd);
    const line = l.line('ec2-instances');
    expect(line.grade).toBe('secondary');
    expect(line.rate.source.url).toContain('karpenter-provider-aws');
    expect(line.rate.source.dateShown).toBe('2026-07-20');
  });

  it.each([
    // [type, vCPU × baseline ÷ 200 ms CPU = req/s per instance, instances for 951.29 req/s]
    ['t4g.micro', '1', 952], // 2 × 10% ÷ 0.2 s
    ['t3a.small', '2', 476], // 2 × 20% ÷ 0.2 s
    ['t4g.large', '3', 318], // 2 × 30% ÷ 0.2 s
  ])('sizes a %s fleet within its CPU baseline: %s req/s per instance', (type, rps, fleet) => {
    const l = lines(
      { ...w, requestsPerMonth: 2_500_000_000 },
      { kind: 'aws-ec2', instanceType: type, publicIpv4: 0, ebsGb: 0 },
      { schema: 3 },
    );
    expect(l.line('ec2-instances').trace).toContain(`= ${rps} req/s per instance`);
    expect(l.line('ec2-instances').quantity.div(730).toNumber()).toBe(fleet);
  });

  it('sizes t2.micro from its one vCPU and 10% baseline (the capacity model reads vCPU and memory)', () => {
    const l = lines(
      { ...w, requestsPerMonth: 100_000_000 },
      { kind: 'aws-ec2', instanceType: 't2.micro', publicIpv4: 0, ebsGb: 0 },
      { schema: 3 }, // sized from the workload (version 3), not pinned to one instance
    );
    // 100 M requests/month ≈ 38.05 req/s of 200 ms CPU; 1 vCPU × 10% ÷ 0.2 s = 0.5 req/s per instance → 77 instances.
    expect(l.line('ec2-instances').quantity.div(730).toString()).toBe('77');
  });
});
