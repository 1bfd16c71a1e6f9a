import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { dec } from '../../engine/decimal';
import { issues, lines } from '../../testing/priceOne';

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

describe('AWS Fargate options', () => {
  const task = { kind: 'aws-fargate', vcpu: 1, memoryGb: 2, tasks: 1, publicIpv4: 0 };

  it('bills each run at least 1 minute (Linux) or 5 minutes (Windows)', () => {
    // 600 runs of a few seconds in 1 h: Linux bills 600 × 1 min = 10 h, Windows 600 × 5 min = 50 h.
    const linux = lines(w, { ...task, hoursPerMonth: 1, runsPerMonth: 600 }, { schema: 3 });
    expect(linux.line('fargate-vcpu').quantity.toString()).toBe('10');
    expect(linux.line('fargate-vcpu').trace).toContain('600 runs × 1 min minimum = 10 h');
    const windows = lines(w, { ...task, os: 'windows', hoursPerMonth: 1, runsPerMonth: 600 }, { schema: 3 });
    expect(windows.line('fargate-vcpu').quantity.toString()).toBe(String(50 * 3600));
    // Runs longer than the minimum bill their hours.
    const long = lines(w, { ...task, hoursPerMonth: 100, runsPerMonth: 600 }, { schema: 3 });
    expect(long.line('fargate-vcpu').quantity.toString()).toBe('100');
  });

  it('bills Windows its OS licence per vCPU, outside a savings plan', () => {
    const l = lines(w, { ...task, os: 'windows', discount: { kind: 'savings-plan', percent: 10 } }, { schema: 3 });
    expect(l.keys).toEqual(['fargate-vcpu', 'fargate-windows-license', 'fargate-memory', 'discount']);
    const compute = l.line('fargate-vcpu').usd.plus(l.line('fargate-memory').usd);
    expect(l.line('discount').usd.eq(compute.times(-0.1))).toBe(true);
  });

  it('bills ephemeral storage above the included 20 GB only', () => {
    expect(lines(w, { ...task, ephemeralStorageGb: 20 }, { schema: 3 }).keys).toEqual([
      'fargate-vcpu',
      'fargate-memory',
    ]);
    const l = lines(w, { ...task, ephemeralStorageGb: 200 }, { schema: 3 });
    // 180 GB × 730 h × 3,600 s = 473,040,000 GB-s at $0.0000000308.
    expect(l.line('fargate-ephemeral-storage').quantity.toString()).toBe('473040000');
    expect(centsString(l.line('fargate-ephemeral-storage').usd)).toBe('14.57');
  });

  it('takes 16 and 32 vCPU tasks at their memory steps', () => {
    expect(centsString(lines(w, { ...task, vcpu: 16, memoryGb: 120 }, { schema: 3 }).total)).toBe(
      centsString(dec(16 * 730 * 0.04048 + 120 * 730 * 0.004445)),
    );
    expect(
      lines(w, { ...task, vcpu: 32, memoryGb: 244 }, { schema: 3 })
        .line('fargate-memory')
        .quantity.toString(),
    ).toBe(String(244 * 730));
  });
});

describe('AWS Fargate refuses what AWS refuses, naming the field', () => {
  const msg = (system: Record<string, unknown>) =>
    issues(w, { kind: 'aws-fargate', tasks: 1, ...system }).map((i) => `${i.field}: ${i.message}`);

  it('memory off the size’s steps', () => {
    expect(msg({ vcpu: 8, memoryGb: 18 })).toEqual([
      'systems[0].memoryGb: with 8 vCPU Fargate takes 16–60 GB in 4 GB steps',
    ]);
    expect(msg({ vcpu: 32, memoryGb: 64 })).toEqual([
      'systems[0].memoryGb: with 32 vCPU Fargate takes 60, 120 or 244 GB',
    ]);
    expect(msg({ vcpu: 0.5, memoryGb: 1.5 })).toEqual([
      'systems[0].memoryGb: with 0.5 vCPU Fargate takes 1–4 GB in 1 GB steps',
    ]);
  });

  it('Windows below 1 vCPU, above 4, or on arm64', () => {
    expect(msg({ vcpu: 0.5, memoryGb: 1, os: 'windows' })).toEqual([
      'systems[0].vcpu: Windows on Fargate takes 1, 2 or 4 vCPU',
    ]);
    expect(msg({ vcpu: 1, memoryGb: 2, os: 'windows', architecture: 'arm64' })).toEqual([
      'systems[0].architecture: Windows on Fargate runs on x86_64 only',
    ]);
  });

  it('ephemeral storage outside 20–200 GB', () => {
    expect(msg({ vcpu: 1, memoryGb: 2, ephemeralStorageGb: 201 })).toEqual([
      'systems[0].ephemeralStorageGb: must be 20–200 GB (20 GB is included)',
    ]);
  });
});
