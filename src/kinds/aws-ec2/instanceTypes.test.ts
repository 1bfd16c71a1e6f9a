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
