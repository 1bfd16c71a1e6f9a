import { describe, expect, it } from 'vitest';
import { resolvePriceBook } from '../../../pricing';
import { priceScenario } from '../../../report';
import { parseScenario } from '../../../scenario';
import { testCatalog } from '../../../testing/catalog';
import { type Rightsizing, type RightsizeOptions, patchFor, rightsize } from '.';

const catalog = testCatalog();

function scenario(workload: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    schema: 2,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 10_000_000, durationMs: 400, memoryMb: 512, ...workload },
    systems: [
      { id: 'fn', kind: 'aws-lambda' },
      { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
    ],
    ...extra,
  };
}

function run(raw: unknown, o: RightsizeOptions = {}): Rightsizing {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const book = resolvePriceBook(catalog, { pricingDate: parsed.resolved.pricingDate, region: parsed.resolved.region });
  const r = rightsize(book, parsed.resolved, o);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rightsizing;
}

describe('rightsize', () => {
  it('prices the current setting exactly as the main estimate does', () => {
    const raw = scenario({ coldStartRate: 0.01, initDurationMs: 300, ephemeralStorageMb: 2048 }, { freeTier: true });
    const r = run(raw);
    const priced = priceScenario(catalog, raw);
    if (!priced.ok) throw new Error('unpriced');
    expect(r.current.monthlyUsd.toString()).toBe(
      priced.analysis.estimates.find((e) => e.id === 'fn')!.monthlyUsd.toString(),
    );
    expect(r.current.source).toBe('model');
  });

  it('tries every 64 MB size from 128 to 10,240 MB on both architectures', () => {
    const r = run(scenario({}));
    const x86 = r.points.filter((p) => p.architecture === 'x86_64').map((p) => p.memoryMb);
    expect(x86).toHaveLength(159);
    expect(x86[0]).toBe(128);
    expect(x86.at(-1)).toBe(10_240);
    expect(r.points.filter((p) => p.architecture === 'arm64')).toHaveLength(159);
  });

  it('only tries 128–3,008 MB on x86_64 before 2020-12-01', () => {
    const r = run(scenario({}, { pricingDate: '2020-11-30' }));
    expect(new Set(r.points.map((p) => p.architecture))).toEqual(new Set(['x86_64']));
    expect(Math.max(...r.points.map((p) => p.memoryMb))).toBe(3008);
  });

  it('for I/O-bound code, recommends the smallest size: cost only grows with memory', () => {
    const r = run(scenario({ cpuBoundShare: 0 }));
    const x86 = r.points.filter((p) => p.architecture === 'x86_64');
    for (let i = 1; i < x86.length; i++) expect(x86[i]!.monthlyUsd.gte(x86[i - 1]!.monthlyUsd)).toBe(true);
    // The headline leaves out arm64: its durations are x86_64's, assumed; its own column shows it as such.
    expect(r.recommendations.cheapest?.point).toMatchObject({ memoryMb: 128, architecture: 'x86_64' });
    expect(r.byArchitecture.arm64?.cheapest?.point).toMatchObject({ memoryMb: 128, assumedFrom: 'x86_64' });
  });

  it('for single-threaded CPU-bound code, cost is flat up to 1 vCPU and rises after it', () => {
    const r = run(scenario({ cpuBoundShare: 1, durationMs: 4000 }));
    const at = (m: number) =>
      r.points.find((p) => p.architecture === 'x86_64' && p.memoryMb === m)!.monthlyUsd.toNumber();
    expect(at(1024) / at(256)).toBeCloseTo(1, 2);
    expect(at(4096)).toBeGreaterThan(at(1728) * 2);
    expect(r.recommendations.fastest?.point.memoryMb).toBe(1792);
  });

  it('says how much cheaper and faster a choice is than now, and the monthly saving', () => {
    const r = run(scenario({ cpuBoundShare: 0.9, memoryMb: 128, durationMs: 2000 }));
    const c = r.byArchitecture.arm64!.cheapest!;
    expect(c.vsCurrent.monthlySavingUsd.toString()).toBe(r.current.monthlyUsd.minus(c.point.monthlyUsd).toString());
    expect(c.vsCurrent.cheaperPct).toBeGreaterThan(0);
    expect(r.recommendations.fastest!.vsCurrent.fasterPct).toBeGreaterThan(80);
  });

  it('never recommends below max memory used plus headroom', () => {
    const r = run(scenario({ cpuBoundShare: 0, maxMemoryUsedMb: 300, headroomPct: 50 }));
    expect(r.floorMb).toBe(450);
    expect(r.recommendations.cheapest?.point.memoryMb).toBe(512);
    expect(r.points.some((p) => p.belowFloor && p.memoryMb === 448)).toBe(true);
  });

  it('balanced moves from fastest to cheapest as the weight goes from 0 to 1', () => {
    const raw = scenario({ cpuBoundShare: 0.95, threads: 2 });
    expect(run(raw, { weight: 1 }).recommendations.balanced?.point).toEqual(run(raw).recommendations.cheapest?.point);
    expect(run(raw, { weight: 0 }).recommendations.balanced?.point.durationMs).toBe(
      run(raw).recommendations.fastest?.point.durationMs,
    );
  });

  it('finds the cheapest size within an average latency limit', () => {
    const r = run(scenario({ cpuBoundShare: 1, durationMs: 1000, memoryMb: 512 }), { latencyLimitMs: 400 });
    const w = r.recommendations.withinLatency!;
    expect(w.point.durationMs).toBeLessThanOrEqual(400);
    for (const p of r.points)
      if (p.durationMs <= 400 && p.assumedFrom === null) expect(p.monthlyUsd.gte(w.point.monthlyUsd)).toBe(true);
  });

  it('cannot check a p95 limit without p95 data, and says so', () => {
    const r = run(scenario({}), { latencyLimitMs: 400, latencyMetric: 'p95' });
    expect(r.recommendations.withinLatency).toBeNull();
    expect(r.notes.join(' ')).toMatch(/No p95/);
  });

  it('uses measured points, interpolates untested sizes between them, and offers nothing outside', () => {
    const measured = {
      architecture: 'x86_64' as const,
      points: [
        { memoryMb: 256, durationMs: 800 },
        { memoryMb: 1024, durationMs: 200 },
      ],
    };
    const r = run(scenario({}), { measured });
    expect(r.mode).toBe('measured');
    const x86 = r.points.filter((p) => p.architecture === 'x86_64');
    expect(x86.map((p) => p.memoryMb)[0]).toBe(256);
    expect(x86.at(-1)?.memoryMb).toBe(1024);
    expect(x86.find((p) => p.memoryMb === 640)).toMatchObject({ source: 'untested', durationMs: 500 });
    expect(x86.find((p) => p.memoryMb === 1024)).toMatchObject({ source: 'measured', durationMs: 200 });
    expect(r.points.find((p) => p.architecture === 'arm64')?.assumedFrom).toBe('x86_64');
    expect(r.notes.join(' ')).toMatch(/arm64 uses the x86_64 durations/);
  });

  it('extrapolates with the model from a single measured size', () => {
    const r = run(scenario({ cpuBoundShare: 1 }), {
      measured: { architecture: 'x86_64', points: [{ memoryMb: 256, durationMs: 800, p95Ms: 1200 }] },
    });
    expect(r.mode).toBe('model');
    expect(r.points.find((p) => p.architecture === 'x86_64' && p.memoryMb === 512)).toMatchObject({
      durationMs: 400,
      p95Ms: 600,
    });
  });

  it('reports a scenario without a Lambda system as an issue', () => {
    const parsed = parseScenario({
      schema: 2,
      workload: { requestsPerMonth: 1, durationMs: 1, memoryMb: 128 },
      systems: [{ id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 }],
    });
    if (!parsed.ok) throw new Error('invalid');
    const r = rightsize(resolvePriceBook(catalog, { pricingDate: null, region: 'us-east-1' }), parsed.resolved);
    expect(r.ok).toBe(false);
  });

  it('a patch re-prices to the recommended cost in the main estimate', () => {
    const raw = scenario({ cpuBoundShare: 0.9, threads: 1 });
    const r = run(raw);
    const choice = r.recommendations.cheapest!.point;
    const patch = patchFor(r, choice);
    const applied = { ...raw, workload: { ...raw.workload, ...patch } };
    const again = run(applied);
    expect(again.current.monthlyUsd.toDecimalPlaces(4).toString()).toBe(
      choice.monthlyUsd.toDecimalPlaces(4).toString(),
    );
    expect(again.recommendations.cheapest?.point.memoryMb).toBe(choice.memoryMb);
  });
});
