import { describe, expect, it } from 'vitest';
import { lines } from '../../testing/priceOne';

// 1 M responses of 1,048.576 KB = 1,000 GB (1 GB = 1024² KB on AWS's pages).
const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512, responseKb: 1.048576 * 1000 };

describe('data transfer out as an add-on charge', () => {
  it('bills AWS systems’ responses per GB', () => {
    for (const system of [
      { kind: 'aws-lambda' },
      { kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
      { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 },
    ]) {
      const line = lines(w, system).line('data-transfer-out');
      expect(line.quantity.toString()).toBe('1000');
      expect(line.usd.eq(line.rate.usdPerUnit.times(1000))).toBe(true);
    }
  });

  it('takes the 100 GB free allowance with the free tier', () => {
    expect(
      lines(w, { kind: 'aws-lambda' }, { freeTier: true }).line('data-transfer-out').billableQuantity.toString(),
    ).toBe('900');
  });

  it('before December 2021 the free allowance was 1 GB, not 100 GB', () => {
    const billable = (pricingDate: string) =>
      lines(w, { kind: 'aws-lambda' }, { freeTier: true, pricingDate })
        .line('data-transfer-out')
        .billableQuantity.toString();
    expect(billable('2021-11-30')).toBe('999');
    expect(billable('2021-12-01')).toBe('900');
  });

  it('attaches only to AWS systems', () => {
    expect(lines(w, { kind: 'cloudflare-workers' }).keys).not.toContain('data-transfer-out');
  });
});
