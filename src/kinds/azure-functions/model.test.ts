import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines } from '../../testing/priceOne';

describe('Azure Functions Consumption', () => {
  const az = { kind: 'azure-functions' };
  it('rounds memory up to 128 MB steps: 160 MB bills as 256 MB', () => {
    const l = lines({ requestsPerMonth: 1_000_000, durationMs: 1000, memoryMb: 160 }, az).line('azure-gbs');
    expect(l.quantity.toString()).toBe('250000');
    expect(l.trace).toContain('160 MB → 256 MB');
  });

  it('bills at least 100 ms and 128 MB per execution', () => {
    expect(
      lines({ requestsPerMonth: 1_024_000, durationMs: 20, memoryMb: 64 }, az).line('azure-gbs').quantity.toString(),
    ).toBe('12800');
  });

  it('rounds time up to 1 ms above the minimum: 100.2 ms bills 101 ms', () => {
    expect(
      lines({ requestsPerMonth: 1_024_000, durationMs: 100.2, memoryMb: 1024 }, az)
        .line('azure-gbs')
        .quantity.toString(),
    ).toBe('103424');
  });

  it('applies the 1 M executions and 400,000 GB-s grant only with freeTier', () => {
    const w = { requestsPerMonth: 3_000_000, durationMs: 1000, memoryMb: 1536 };
    expect(centsString(lines(w, az).total)).toBe('72.60');
    expect(centsString(lines(w, az, { freeTier: true }).total)).toBe('66.00');
  });

  it('refuses memory above 1,536 MB, naming workload.memoryMb', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 2048 }, az)[0]!.field).toBe('workload.memoryMb');
  });

  it('refuses Flex-only fields on the Consumption plan, naming the field', () => {
    expect(issues({ requestsPerMonth: 1, durationMs: 10, memoryMb: 128 }, { ...az, alwaysReady: 1 })[0]!.field).toBe(
      'systems[0].alwaysReady',
    );
  });
});

describe('Azure Functions Flex Consumption', () => {
  const flex = { kind: 'azure-functions', plan: 'flex', instanceMemoryMb: 2048, concurrency: 1 };
  it('bills a sparse execution at least 1,000 ms', () => {
    const l = lines({ requestsPerMonth: 1000, durationMs: 120, memoryMb: 512 }, flex).line('flex-ondemand-gbs');
    expect(l.quantity.toString()).toBe('2000');
  });

  it('rounds a sparse activity period above 1 s up to 100 ms: 1,050 ms bills 1,100 ms', () => {
    expect(
      lines({ requestsPerMonth: 1000, durationMs: 1050, memoryMb: 512 }, flex)
        .line('flex-ondemand-gbs')
        .quantity.toString(),
    ).toBe('2200');
  });

  it('bills busy instances once however many executions they run at once', () => {
    const w = { requestsPerMonth: 105_120_000, durationMs: 250, memoryMb: 512 };
    const one = lines(w, flex).line('flex-ondemand-gbs').quantity;
    const ten = lines(w, { ...flex, concurrency: 10 }).line('flex-ondemand-gbs').quantity;
    expect(one.div(ten).toString()).toBe('10');
  });

  it('takes the default concurrency of the instance size when none is given (2,048 MB: 16)', () => {
    const l = lines(
      { requestsPerMonth: 1e9, durationMs: 160, memoryMb: 512 },
      { kind: 'azure-functions', plan: 'flex' },
    ).line('flex-ondemand-gbs');
    expect(l.trace).toContain('/ 16 concurrent');
  });

  it('sends traffic to always-ready instances first, with no free grant on them', () => {
    const l = lines(
      { requestsPerMonth: 1_000_000, durationMs: 100, memoryMb: 512 },
      { ...flex, alwaysReady: 1 },
      { freeTier: true },
    );
    expect(l.keys).toEqual([
      'flex-ondemand-gbs',
      'flex-ondemand-executions',
      'flex-baseline',
      'flex-ar-gbs',
      'flex-ar-executions',
    ]);
    expect(l.line('flex-ondemand-gbs').usd.isZero()).toBe(true);
    expect(l.line('flex-ar-executions').quantity.toString()).toBe('1000000');
    expect(centsString(l.line('flex-baseline').usd)).toBe('21.02');
  });
});
