import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('AWS Fargate', () => {
  it('bills one 0.5 vCPU / 1 GB task all month: vCPU-hours plus GB-hours = $18.02', () => {
    const l = lines(w, { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 });
    expect(l.keys).toEqual(['fargate-vcpu', 'fargate-memory']);
    expect(l.line('fargate-vcpu').quantity.toString()).toBe('365');
    expect(centsString(l.total)).toBe('18.02');
  });

  it('takes a savings plan on vCPU and memory, as its own line', () => {
    const l = lines(w, {
      kind: 'aws-fargate',
      vcpu: 0.5,
      memoryGb: 1,
      tasks: 1,
      discount: { kind: 'savings-plan', percent: 20 },
    });
    const compute = l.line('fargate-vcpu').usd.plus(l.line('fargate-memory').usd);
    expect(l.line('discount').usd.eq(compute.times(-0.2))).toBe(true);
  });

  it('is sized from the workload without tasks or rpsPerTask: 0.5 vCPU × 70% ÷ 200 ms = 1.75 req/s per task', () => {
    const l = lines(
      { ...w, requestsPerMonth: 2_500_000_000 },
      { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1 },
      { schema: 3 },
    );
    // ⌈951.29 / 1.75⌉ = 544 tasks.
    expect(l.line('fargate-vcpu').quantity.toString()).toBe(String(544 * 0.5 * 730));
    expect(l.line('fargate-memory').trace).toContain(
      '0.5 vCPU / 1 GB task: 0.5 vCPU × 70% ÷ 200 ms CPU = 1.75 req/s per task',
    );
  });
});
