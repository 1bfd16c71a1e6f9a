import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const v3 = { schema: 3 };
const privateVm = { kind: 'aws-ec2', instanceType: 't3.small', count: 1, publicIpv4: 0, ebsGb: 0 };

describe('NAT gateways as an opt-in add-on charge', () => {
  it('is off by default', () => {
    expect(lines(w, privateVm, v3).keys).toEqual(['ec2-instances']);
  });

  it('bills each gateway’s hours and its public IPv4 address: 730 h × ($0.045 + $0.005) = $36.50', () => {
    const l = lines(w, { ...privateVm, natGateways: 1 }, v3);
    expect(l.keys).toEqual(['ec2-instances', 'public-ipv4-nat', 'nat-hours']);
    expect(centsString(l.line('nat-hours').usd)).toBe('32.85');
    expect(centsString(l.line('public-ipv4-nat').usd)).toBe('3.65');
    expect(l.line('nat-hours').trace).toContain('1 gateway × 730 h');
  });

  it('bills the GB each request sends and receives through it', () => {
    // 1 M requests × 1,048.576 KB / 1024² = 1,000 GB × $0.045 = $45.
    const l = lines(w, { ...privateVm, natGateways: 2, natKbPerRequest: 1048.576 }, v3);
    expect(l.line('nat-data').quantity.toString()).toBe('1000');
    expect(centsString(l.line('nat-data').usd)).toBe('45.00');
    expect(l.line('nat-hours').quantity.toString()).toBe('1460');
  });

  it('refuses a fractional number of gateways, naming the field', () => {
    expect(issues(w, { ...privateVm, natGateways: 1.5 })[0]!.field).toBe('systems[0].natGateways');
  });
});
