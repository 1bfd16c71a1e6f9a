import { describe, expect, it } from 'vitest';
import type { ProviderContext, Workload } from '../../engine';
import { evaluateLines } from '../../engine/bill';
import { dec } from '../../engine/decimal';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing';
import { testCatalog } from '../../testing/catalog';
import { stepFunctionsKind } from './scenario';

const book = resolvePriceBook(testCatalog(), { pricingDate: null, region: 'us-east-1' });
const ctx = (freeTier: boolean): ProviderContext => ({
  book,
  workload: {} as Workload, // component models read their own fields only
  options: { freeTier, apiGatewayFreeTier: false },
  path: 'components[0]',
});
const model = (written: Record<string, unknown>, freeTier = false) =>
  stepFunctionsKind.model(ctx(freeTier), stepFunctionsKind.resolve(stepFunctionsKind.schema.parse(written)));
const bill = (written: Record<string, unknown>, requests: number, freeTier = false) => {
  const m = model(written, freeTier);
  return { ...m, items: evaluateLines(m.lines, dec(requests)) };
};
const issuePaths = (written: Record<string, unknown>) => {
  const r = stepFunctionsKind.schema.safeParse(written);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};
const sfn = { id: 'saga', kind: 'aws-step-functions' };

describe('Step Functions Standard workflows', () => {
  it('bills $0.025 per 1,000 state transitions: 100,000 requests × 10 = 1 M transitions = $25.00', () => {
    const [t] = bill({ ...sfn, perRequest: { transitions: 10 } }, 100_000).items;
    expect(t!.quantity.toString()).toBe('1000000');
    expect(centsString(t!.usd)).toBe('25.00');
  });

  it('takes 4,000 transitions off with the perpetual free tier, and pools them per account and region', () => {
    const b = bill({ ...sfn, perRequest: { transitions: 10 } }, 100_000, true);
    expect(b.items[0]!.billableQuantity.toString()).toBe('996000');
    expect(centsString(b.items[0]!.usd)).toBe('24.90');
    const line = b.lines[0]!;
    expect(line.kind === 'metered' && line.pool).toBe('aws-step-functions:transitions:us-east-1');
  });

  it('derives transitions from executions × transitions per execution, and says so', () => {
    const b = bill({ ...sfn, perRequest: { executions: 2 }, transitionsPerExecution: 7 }, 1000);
    expect(b.items[0]!.quantity.toString()).toBe('14000');
    expect(b.items[0]!.trace).toContain('1,000 requests × 2 executions × 7 transitions = 14,000 state transitions');
    expect(b.notes[0]).toContain('2 executions × 7 transitions');
  });

  it('refuses a Standard workflow with no way to count its transitions, naming the field', () => {
    expect(issuePaths({ ...sfn, perRequest: { executions: 1 } })).toEqual(['perRequest.transitions']);
    expect(issuePaths({ ...sfn, type: 'batch', perRequest: { transitions: 1 } })).toEqual(['type']);
  });
});

describe('Step Functions Express workflows', () => {
  // https://aws.amazon.com/step-functions/pricing/ (Express pricing example): 100 M workflows a month,
  // 10 s each, 64 MB billed: requests $100.00; 17,361.11 GB-hours = $60.00 + $120.00 + $202.97 = $382.97.
  it('reproduces the pricing page’s Express example to the cent: $100.00 + $382.97', () => {
    const express = { ...sfn, type: 'express', perRequest: { executions: 1 }, durationMs: 10_000, memoryMb: 62.85 };
    const b = bill(express, 100_000_000);
    const [requests, duration] = b.items;
    expect(centsString(requests!.usd)).toBe('100.00');
    expect(duration!.quantity.toFixed(2)).toBe('17361.11');
    expect(duration!.tiers.map((t) => centsString(t.usd))).toEqual(['60.00', '120.00', '202.97']);
    expect(centsString(duration!.usd)).toBe('382.97');
    // The page's memory example: 50 MB + 50 KB + 400 × 32 KB = 62.85 MB, billed as 64 MB.
    expect(b.notes[0]).toBe('Memory 62.85 MB is billed as 64 MB (64 MB steps).');
  });

  it('rounds duration up to 100 ms and memory up to 64 MB steps', () => {
    // 1 M executions × 0.2 s (150 ms rounded) × 128 MB (100 MB rounded) / 1024 / 3600 = 6.944… GB-hours.
    const b = bill(
      { ...sfn, type: 'express', perRequest: { executions: 1 }, durationMs: 150, memoryMb: 100 },
      1_000_000,
    );
    expect(b.items[1]!.quantity.toFixed(4)).toBe('6.9444');
    const line = b.lines[1]!;
    expect(line.kind === 'metered' && line.pool).toBe('aws-step-functions:express-duration:us-east-1');
  });

  it('has no free tier: the switch leaves Express requests billed', () => {
    const express = { ...sfn, type: 'express', perRequest: { executions: 1 }, durationMs: 100 };
    expect(centsString(bill(express, 1_000_000, true).items[0]!.usd)).toBe('1.00');
  });

  it('refuses an Express workflow without executions or duration, naming the fields', () => {
    expect(issuePaths({ ...sfn, type: 'express', perRequest: {} })).toEqual(['perRequest.executions', 'durationMs']);
    expect(issuePaths({ ...sfn, type: 'express', perRequest: { executions: 1 }, durationMs: 400_000 })).toEqual([
      'durationMs',
    ]);
  });
});
