import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines, price } from '../../testing/priceOne';

// 104.8576 KB = 1024² / 10,000 KB: every 10,000 responses send exactly 1 GiB.
const kb = 104.8576;
const w = (requestsPerMonth: number) => ({ requestsPerMonth, durationMs: 200, memoryMb: 512, responseKb: kb });
const cloudRun = { kind: 'gcp-cloud-run' };
const gce = { kind: 'gcp-compute', machineType: 'e2-small', count: 1 };

describe('Google Cloud internet egress as an add-on charge', () => {
  it('bills Cloud Run and Compute Engine responses through the Premium Tier tiers', () => {
    for (const system of [cloudRun, gce]) {
      // 20 M × 104.8576 KB / 1024² = 2,000 GiB: 1,024 × $0.12 + 976 × $0.11 = $122.88 + $107.36.
      const line = lines(w(20_000_000), system).line('internet-egress');
      expect(line.quantity.toString()).toBe('2000');
      expect(centsString(line.usd)).toBe('230.24');
      expect(line.trace).toContain('20,000,000 requests × 104.8576 KB / 1024² = 2,000 GiB');
    }
  });

  it('reaches the 10+ TiB tier: 1,024 × $0.12 + 9,216 × $0.11 + 1,760 × $0.08', () => {
    const line = lines(w(120_000_000), cloudRun).line('internet-egress');
    expect(line.quantity.toString()).toBe('12000');
    expect(centsString(line.usd)).toBe('1277.44');
  });

  it('takes the free GiB (North America) only with the free tier switch', () => {
    const on = lines(w(20_000_000), gce, { freeTier: true }).line('internet-egress');
    expect(on.billableQuantity.toString()).toBe('1999');
    expect(centsString(on.usd)).toBe('230.12');
    const off = lines(w(20_000_000), gce, { freeTier: false }).line('internet-egress');
    expect(off.billableQuantity.toString()).toBe('2000');
  });

  it('adds no line without a response size', () => {
    for (const system of [cloudRun, gce]) {
      expect(lines({ ...w(1_000_000), responseKb: 0 }, system).keys).not.toContain('internet-egress');
    }
  });

  it('bills each compared system its own egress: two alternatives, not one account’s traffic', () => {
    const res = price(w(20_000_000), [cloudRun, gce]);
    if (!res.ok) throw new Error('expected a price');
    for (const e of res.analysis.estimates) {
      expect(centsString(e.lines.find((l) => l.key === 'internet-egress')!.usd)).toBe('230.24');
    }
  });

  it('refuses a region without a sourced rate, naming the response size rather than billing $0', () => {
    const found = issues(w(1_000_000), { ...cloudRun, region: 'europe-west1' });
    expect(found[0]!.field).toBe('workload.responseKb');
    expect(found[0]!.message).toContain('europe-west1');
  });

  it('attaches only to Google Cloud systems', () => {
    expect(lines(w(1_000_000), { kind: 'aws-lambda' }).keys).not.toContain('internet-egress');
  });
});
