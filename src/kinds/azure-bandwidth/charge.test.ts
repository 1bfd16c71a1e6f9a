import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import type { ProviderContext } from '../../engine/context';
import type { Workload } from '../../engine/model';
import { resolvePriceBook } from '../../pricing';
import { testCatalog } from '../../testing/catalog';
import { lines } from '../../testing/priceOne';
import { azureBandwidthCharge } from './charge';

// 104.8576 KB = 1024² / 10,000 KB: every 10,000 responses send exactly 1 GB.
const kb = 104.8576;
const w = (requestsPerMonth: number) => ({ requestsPerMonth, durationMs: 200, memoryMb: 512, responseKb: kb });
const functions = { kind: 'azure-functions' };
const vm = { kind: 'azure-vm', machineType: 'B1s', count: 1 };

describe('Azure internet egress (bandwidth) as an add-on charge', () => {
  it('bills Azure Functions and VM responses per GB', () => {
    for (const system of [functions, vm]) {
      // 20 M × 104.8576 KB / 1024² = 2,000 GB × $0.087.
      const line = lines(w(20_000_000), system).line('internet-egress');
      expect(line.quantity.toString()).toBe('2000');
      expect(centsString(line.usd)).toBe('174.00');
      expect(line.trace).toContain('20,000,000 requests × 104.8576 KB / 1024² = 2,000 GB');
    }
  });

  it('steps down past the first 10 TB after the free 100 GB: 10,340 × $0.087 + 1,660 × $0.083', () => {
    const line = lines(w(120_000_000), vm).line('internet-egress');
    expect(line.quantity.toString()).toBe('12000');
    expect(centsString(line.usd)).toBe('1037.36');
  });

  it('takes the 100 GB a month free only with the free tier switch', () => {
    const on = lines(w(20_000_000), functions, { freeTier: true }).line('internet-egress');
    expect(on.billableQuantity.toString()).toBe('1900');
    expect(centsString(on.usd)).toBe('165.30');
    // The free GB are the first units of the first tier: the $0.083 tier still starts at 10,340 GB.
    expect(centsString(lines(w(120_000_000), vm, { freeTier: true }).line('internet-egress').usd)).toBe('1028.66');
    expect(
      lines(w(20_000_000), functions, { freeTier: false }).line('internet-egress').billableQuantity.toString(),
    ).toBe('2000');
  });

  it('adds no line without a response size', () => {
    for (const system of [functions, vm]) {
      expect(lines({ ...w(1_000_000), responseKb: 0 }, system).keys).not.toContain('internet-egress');
    }
  });

  it('refuses a region without a sourced rate, naming the response size rather than billing $0', () => {
    // No Azure kind prices a region the bandwidth file lacks yet, so the charge is asked directly.
    const ctx = {
      book: resolvePriceBook(testCatalog(), { pricingDate: null, region: 'us-east-1' }),
      workload: { responseKb: kb } as Workload,
      options: { freeTier: false, apiGatewayFreeTier: false },
      path: 'systems[0]',
    } satisfies ProviderContext;
    expect(() => azureBandwidthCharge.lines(ctx, { cloud: 'azure', region: 'japaneast' })).toThrow(
      expect.objectContaining({ field: 'workload.responseKb', message: expect.stringContaining('japaneast') }),
    );
  });

  it('attaches only to Azure systems', () => {
    expect(lines(w(1_000_000), { kind: 'cloudflare-workers' }).keys).not.toContain('internet-egress');
  });
});
