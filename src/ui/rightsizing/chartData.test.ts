import { describe, expect, it } from 'vitest';
import { dec } from '../../engine';
import type { Rightsizing, SizingPoint } from '../../kinds/aws-lambda/rightsizing';
import { chartMarks, chartRows, memoryTicks } from './chartData';
import { PanelInputs, initialForm } from './inputs';

const pt = (memoryMb: number, architecture: 'x86_64' | 'arm64', extra: Partial<SizingPoint> = {}): SizingPoint => ({
  memoryMb,
  architecture,
  durationMs: 1000 / memoryMb,
  lowMs: 900 / memoryMb,
  highMs: 1100 / memoryMb,
  p95Ms: null,
  source: 'measured',
  assumedFrom: null,
  censored: false,
  exceedsLimit: false,
  monthlyUsd: dec(memoryMb).div(100),
  belowFloor: false,
  ...extra,
});

const choice = (point: SizingPoint) => ({
  point,
  vsCurrent: { cheaperPct: 0, fasterPct: 0, monthlySavingUsd: dec(0) },
});
const r = {
  points: [pt(128, 'x86_64'), pt(256, 'x86_64', { source: 'untested' }), pt(128, 'arm64', { assumedFrom: 'x86_64' })],
  current: pt(256, 'x86_64'),
  recommendations: {
    cheapest: choice(pt(128, 'arm64')),
    fastest: choice(pt(256, 'x86_64')),
    balanced: choice(pt(256, 'x86_64')),
    withinLatency: null,
  },
} as unknown as Rightsizing;

describe('chart data', () => {
  it('puts both architectures on one row per size, marking only sizes measured on that architecture', () => {
    const rows = chartRows(r);
    expect(rows.map((x) => x.memoryMb)).toEqual([128, 256]);
    expect(rows[0]).toMatchObject({
      cost_x86_64: 1.28,
      cost_arm64: 1.28,
      measured_x86_64: true,
      measured_arm64: false,
    });
    expect(rows[1]?.measured_x86_64).toBe(false);
  });

  it('groups choices at one size into one label', () => {
    expect(chartMarks(r)).toEqual([
      { memoryMb: 256, label: 'current, fastest, balanced' },
      { memoryMb: 128, label: 'cheapest' },
    ]);
  });

  it('puts memory ticks at powers of two, for the log axis, and at the largest size', () => {
    const rows = Array.from({ length: 159 }, (_, i) => ({ memoryMb: 128 + 64 * i }));
    const ticks = memoryTicks(rows);
    expect(ticks).toEqual([128, 256, 512, 1024, 2048, 4096, 8192, 10240]);
  });
});

describe('panel inputs', () => {
  const form = initialForm({
    cpuBoundShare: 0.5,
    threads: 1,
    maxMemoryUsedMb: null,
    headroomPct: 20,
    architecture: 'x86_64',
  });
  it('accepts the scenario defaults', () => {
    expect(PanelInputs.safeParse(form).success).toBe(true);
  });
  it('names the field of every bad value', () => {
    const bad = PanelInputs.safeParse({
      ...form,
      cpuBoundSharePct: 'abc',
      threads: '2.5',
      latencyLimitMs: '-1',
      weightPct: '',
    });
    expect(bad.success).toBe(false);
    const messages = bad.success ? [] : bad.error.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'CPU-bound share: must be a number',
        'Threads: must be a whole number from 1 to 64',
        'Latency limit: must be 1–900,000 ms',
        'Balanced weight: is required',
      ]),
    );
  });
});
