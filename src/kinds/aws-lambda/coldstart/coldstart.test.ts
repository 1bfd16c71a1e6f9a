import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../../engine/decimal';
import { resolvePriceBook } from '../../../pricing';
import { type ResolvedSystems, parseScenario } from '../../../scenario';
import { testCatalog } from '../../../testing/catalog';
import { priceVariant, withPings } from './price';
import {
  COLD_START_DEFAULTS,
  type ColdStartReport,
  type ColdStartSettings,
  coldStarts,
  modelColdStartRate,
  normalQuantile,
  pcConcurrency,
  requestP99Ms,
} from '.';
import type { LambdaSystem } from '../kind';

const catalog = testCatalog();

function load(workload: Record<string, unknown>, systems?: unknown[]) {
  const parsed = parseScenario({
    schema: 4,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512, ...workload },
    systems: systems ?? [
      { id: 'fn', kind: 'aws-lambda' },
      { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const book = resolvePriceBook(catalog, { pricingDate: parsed.resolved.pricingDate, region: parsed.resolved.region });
  return { book, resolved: parsed.resolved };
}

function report(
  workload: Record<string, unknown>,
  settings: Partial<ColdStartSettings> = {},
  measured: { coldStartRate: number; invocations: number } | null = null,
): { r: ColdStartReport; book: ReturnType<typeof load>['book']; resolved: ResolvedSystems } {
  const { book, resolved } = load(workload);
  const res = coldStarts({ book, scenario: resolved, settings: { ...COLD_START_DEFAULTS, ...settings }, measured });
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return { r: res.reports[0]!, book, resolved };
}

const traffic = fc.record({
  requestsPerMonth: fc.double({ min: 1, max: 1e10, noNaN: true }),
  durationMs: fc.double({ min: 1, max: 900_000, noNaN: true }),
  peakToAverage: fc.double({ min: 1, max: 1000, noNaN: true }),
  keepAliveMinutes: fc.double({ min: 1, max: 60, noNaN: true }),
});

describe('modelled cold-start rate', () => {
  it('is between 0 and 1, never NaN', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 0, max: 3 }), (t, kept) => {
        const m = modelColdStartRate({ ...t, keptWarm: kept });
        expect(Number.isFinite(m.rate)).toBe(true);
        expect(m.rate).toBeGreaterThanOrEqual(0);
        expect(m.rate).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('falls (or stays) as traffic grows, all else equal', () => {
    fc.assert(
      fc.property(traffic, fc.double({ min: 1, max: 100, noNaN: true }), (t, factor) => {
        const low = modelColdStartRate(t).rate;
        const high = modelColdStartRate({ ...t, requestsPerMonth: t.requestsPerMonth * factor }).rate;
        expect(high).toBeLessThanOrEqual(low + 1e-12);
      }),
    );
  });

  it('falls (or stays) as the keep-alive grows', () => {
    fc.assert(
      fc.property(traffic, fc.double({ min: 1, max: 60, noNaN: true }), (t, k2) => {
        const [a, b] = [Math.min(t.keepAliveMinutes, k2), Math.max(t.keepAliveMinutes, k2)];
        expect(modelColdStartRate({ ...t, keepAliveMinutes: b }).rate).toBeLessThanOrEqual(
          modelColdStartRate({ ...t, keepAliveMinutes: a }).rate + 1e-12,
        );
      }),
    );
  });

  it('sizes provisioned concurrency to cover the modelled peak concurrency', () => {
    fc.assert(
      fc.property(traffic, (t) => {
        const m = modelColdStartRate(t);
        const n = pcConcurrency(m);
        expect(n).toBeGreaterThanOrEqual(m.peakConcurrency - 1e-9);
        expect(n).toBeGreaterThanOrEqual(m.meanConcurrency);
        expect(n - 1).toBeLessThan(Math.max(1, m.peakConcurrency));
      }),
    );
  });

  it('low traffic: an arrival after an idle gap longer than the keep-alive starts cold (Poisson)', () => {
    // 1,000 requests a month, steady: 3.8e-4 per second; exp(−λK) with K = 600 s.
    const m = modelColdStartRate({ requestsPerMonth: 1000, durationMs: 100, peakToAverage: 1, keepAliveMinutes: 10 });
    const lambda = 1000 / (730 * 3600);
    expect(m.idleShare).toBeCloseTo(Math.exp(-lambda * 600), 6);
    expect(m.rate).toBeGreaterThan(0.75);
  });

  it('high traffic with a daily peak: cold starts come from the ramp, one per instance a day', () => {
    const m = modelColdStartRate({ requestsPerMonth: 1e9, durationMs: 200, peakToAverage: 4, keepAliveMinutes: 10 });
    expect(m.idleShare).toBeLessThan(1e-12);
    expect(m.rampShare).toBeCloseTo(((730 / 24) * m.peakConcurrency) / 1e9, 12);
  });

  it('keeping one instance warm removes every cold start while the peak needs at most one', () => {
    const m = modelColdStartRate({
      requestsPerMonth: 1e5,
      durationMs: 100,
      peakToAverage: 1,
      keepAliveMinutes: 10,
      keptWarm: 1,
    });
    expect(m.peakConcurrency).toBeLessThan(1);
    expect(m.rate).toBe(0);
  });
});

describe('request latency', () => {
  it('normalQuantile inverts the normal CDF at known points', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('p99 is a warm request below 1% cold, the cold p99 on top when all are cold', () => {
    const cold = { medianMs: 800, p99Ms: 3000 };
    expect(requestP99Ms(200, 0.009, cold)).toBe(200);
    expect(requestP99Ms(200, 1, cold)).toBeCloseTo(3200, 4);
    expect(requestP99Ms(200, 0.02, cold)).toBeCloseTo(1000, 4); // the cold start's median
  });

  it('p99 grows with the cold share', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const cold = { medianMs: 250, p99Ms: 600 };
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        expect(requestP99Ms(100, hi, cold)).toBeGreaterThanOrEqual(requestP99Ms(100, lo, cold) - 1e-9);
      }),
    );
  });
});

describe('cold starts of a scenario', () => {
  it('every mitigation costs the difference of two estimates: its modified scenario and on-demand', () => {
    const { r, book, resolved } = report({ peakToAverage: 3 }, { runtime: 'java' });
    const base = resolved.workload;
    const fn = resolved.systems[0] as LambdaSystem;
    const onDemandWorkload = { ...base, coldStartRate: r.rate, initDurationMs: 800 };
    const onDemand = priceVariant(book, resolved, onDemandWorkload, { systems: [fn] });
    if (!onDemand.ok) throw new Error('unpriced');
    expect(r.onDemandUsd.toString()).toBe(onDemand.monthlyUsd.toString());
    const n = pcConcurrency(r.model);
    const pc = priceVariant(book, resolved, onDemandWorkload, {
      systems: [{ ...fn, provisionedConcurrency: { concurrency: n, hoursPerMonth: 730 } } as LambdaSystem],
    });
    const row = r.mitigations.find((m) => m.id === 'pc-all-month')!;
    if (!pc.ok || !row.priced.ok) throw new Error('unpriced');
    expect(row.priced.extraUsd.toString()).toBe(pc.monthlyUsd.minus(onDemand.monthlyUsd).toString());
    // The server: the scenario's own estimate of it, minus on-demand.
    const server = r.mitigations.find((m) => m.id === 'server')!;
    const vm = priceVariant(book, resolved, base, { systems: [resolved.systems[1]!] });
    if (!vm.ok || !server.priced.ok) throw new Error('unpriced');
    expect(server.priced.extraUsd.toString()).toBe(vm.monthlyUsd.minus(onDemand.monthlyUsd).toString());
    for (const m of r.mitigations)
      if (m.priced.ok) expect(m.priced.extraUsd.toString()).toBe(m.priced.monthlyUsd.minus(r.onDemandUsd).toString());
  });

  it('keep-warm pings: a function priced with its pings as one bill, the pings at cost', () => {
    const { r, book, resolved } = report({}, { pingIntervalMinutes: 5 });
    const row = r.mitigations.find((m) => m.id === 'keep-warm')!;
    if (!row.priced.ok) throw new Error('unpriced');
    // 8,760 pings × ($0.20/M + 10 ms × 0.5 GB × $0.0000166667/GB-s), minus the INIT the avoided cold starts billed.
    const pings = 8760;
    const pingUsd = dec(pings).times('0.0000002').plus(dec(pings).times(0.01).times(0.5).times('0.0000166667'));
    const fn = resolved.systems[0] as LambdaSystem;
    const alone = withPings(fn, 0, 1_000_000, { ...resolved.workload, durationMs: 10 });
    const noPings = priceVariant(
      book,
      resolved,
      { ...resolved.workload, coldStartRate: row.priced.coldShare, initDurationMs: 250 },
      { architectures: [alone] },
    );
    if (!noPings.ok) throw new Error('unpriced');
    expect(row.priced.monthlyUsd.minus(noPings.monthlyUsd).toNumber()).toBeCloseTo(pingUsd.toNumber(), 10);
    expect(row.notes.join(' ')).toMatch(/ONE instance warm/);
  });

  it('on-demand is the answer when it already meets the target', () => {
    const { r } = report({}, { targetP99Ms: 400, runtime: 'java' });
    expect(r.mitigations[0]!.priced).toMatchObject({ meetsTarget: true });
    expect(r.cheapest).toBe('on-demand');
  });

  it('marks the cheapest mitigation that meets the target', () => {
    const { r } = report({ requestsPerMonth: 2000, peakToAverage: 1 }, { targetP99Ms: 300, runtime: 'java' });
    expect(r.rate).toBeGreaterThan(0.5);
    const meeting = r.mitigations.filter((m) => m.priced.ok && m.priced.meetsTarget);
    expect(meeting.length).toBeGreaterThan(0);
    const cheapest = meeting.reduce((a, b) =>
      a.priced.ok && b.priced.ok && b.priced.monthlyUsd.lt(a.priced.monthlyUsd) ? b : a,
    );
    expect(r.cheapest).toBe(cheapest.id);
    expect(r.mitigations.find((m) => m.id === 'on-demand')!.priced).toMatchObject({ meetsTarget: false });
  });

  it('a measured rate overrides the model and says so', () => {
    const { r } = report({}, {}, { coldStartRate: 0.02, invocations: 500 });
    expect(r.source).toBe('measured');
    expect(r.rate).toBe(0.02);
    expect(r.rateText).toMatch(/500 invocations/);
    const modelled = report({}).r;
    expect(modelled.source).toBe('modelled');
    expect(modelled.rate).toBe(modelled.model.rate);
  });

  it('the PC breakeven is where PC all month and on-demand cost the same', () => {
    const { r, book, resolved } = report({ requestsPerMonth: 5_000_000 });
    const be = r.pcBreakeven!;
    expect(be.requestsPerMonth).not.toBeNull();
    const fn = resolved.systems[0] as LambdaSystem;
    const w = {
      ...resolved.workload,
      requestsPerMonth: be.requestsPerMonth!.toNumber(),
      coldStartRate: r.rate,
      initDurationMs: 250,
    };
    const od = priceVariant(book, resolved, w, { systems: [fn] });
    const pc = priceVariant(book, resolved, w, {
      systems: [{ ...fn, provisionedConcurrency: { concurrency: be.concurrency, hoursPerMonth: 730 } } as LambdaSystem],
    });
    if (!od.ok || !pc.ok) throw new Error('unpriced');
    expect(od.monthlyUsd.minus(pc.monthlyUsd).abs().toNumber()).toBeLessThan(1e-6);
  });

  it('SnapStart is offered only for Java, Python and .NET', () => {
    expect(report({}, { runtime: 'nodejs' }).r.mitigations.find((m) => m.id === 'snapstart')!.priced).toMatchObject({
      ok: false,
      why: expect.stringMatching(/not offered for Node\.js/),
    });
  });

  it("SnapStart (Java): the Lambda model's cache and restore lines, the difference of two estimates", () => {
    const { r, book, resolved } = report({ requestsPerMonth: 50_000, peakToAverage: 2 }, { runtime: 'java' });
    const row = r.mitigations.find((m) => m.id === 'snapstart')!;
    if (!row.priced.ok) throw new Error(row.priced.why);
    const fn = resolved.systems[0] as LambdaSystem;
    const w = { ...resolved.workload, coldStartRate: r.rate, initDurationMs: 800 };
    const snap = priceVariant(book, resolved, w, {
      systems: [{ ...fn, snapStart: { restoreRate: r.rate, activeHoursPerMonth: 730, versions: 1 } } as LambdaSystem],
    });
    if (!snap.ok) throw new Error('unpriced');
    expect(row.priced.extraUsd.toString()).toBe(snap.monthlyUsd.minus(r.onDemandUsd).toString());
    expect(row.priced.coldP99Ms).toBe(300);
  });

  it('SnapStart before it was priced (2024-11-18) is not available, naming why', () => {
    const parsed = parseScenario({
      schema: 4,
      pricingDate: '2024-01-01',
      workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 },
      systems: [{ id: 'fn', kind: 'aws-lambda' }],
    });
    if (!parsed.ok) throw new Error('invalid');
    const book = resolvePriceBook(catalog, {
      pricingDate: parsed.resolved.pricingDate,
      region: parsed.resolved.region,
    });
    const res = coldStarts({
      book,
      scenario: parsed.resolved,
      settings: { ...COLD_START_DEFAULTS, runtime: 'python' },
    });
    if (!res.ok) throw new Error('unpriced');
    const row = res.reports[0]!.mitigations.find((m) => m.id === 'snapstart')!;
    expect(row.priced).toMatchObject({ ok: false, why: expect.stringMatching(/snapStart.*2024-11-18/) });
  });

  it("a function's own workload fields are its workload: its own cold starts, INIT and duration", () => {
    const { book, resolved } = load({}, [
      { id: 'fn', kind: 'aws-lambda', workload: { coldStartRate: 0.05, initDurationMs: 300, durationMs: 1000 } },
    ]);
    const res = coldStarts({ book, scenario: resolved, settings: COLD_START_DEFAULTS });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    const r = res.reports[0]!;
    expect(r.source).toBe('scenario');
    expect(r.rate).toBe(0.05);
    expect(r.initBilledMs).toBe(300);
    const onDemand = r.mitigations[0]!;
    if (!onDemand.priced.ok) throw new Error('unpriced');
    // 5% cold: the p99 is a cold request of 1,000 ms plus the cold start's 80th percentile.
    expect(onDemand.priced.p99Ms).toBeGreaterThan(1000 + 250);
  });
});
