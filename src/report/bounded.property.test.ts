import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvePoints } from '../engine';
import { rightsize } from '../kinds/aws-lambda/rightsizing';
import { parseScenario } from '../scenario';
import { breakevenSvg } from '../share/exports';
import { chartData } from '../share/chart';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';
import { jsonReport } from './jsonReport';
import { exportHeader } from './exportHeader';
import { csvReport, markdownReport, tableReport } from './textReport';

const catalog = testCatalog();

/**
 * What one analysis with every output may take at most on a busy 2-core machine: the frozen walks
 * took minutes; twelve systems with their chart and right-sizing take 0.1–0.5 s, and a shared
 * runner can be several times slower, so the margin is wide.
 */
const BUDGET_MS = 5_000;

/** Any magnitude from 1e-300 to 1e308 (log-uniform), as a whole number or not, and the doubles at both ends. */
const anyMagnitude = fc.oneof(
  fc
    .tuple(fc.integer({ min: -300, max: 307 }), fc.double({ min: 1, max: 9.99, noNaN: true }), fc.boolean())
    .map(([e, m, whole]) => (whole ? Math.round(m * 10 ** e) : m * 10 ** e)),
  fc.constantFrom(0, 1e-300, Number.MIN_VALUE, 1e308, Number.MAX_VALUE),
);

/**
 * A value the schema accepts for a field bounded by [min, max]: a bound, or log-uniform between
 * them (so tiny minimums such as 1e-300 ms are as likely as everyday values); `whole` for counts.
 */
function numberIn(min: number, max: number, whole = false): fc.Arbitrary<number> {
  const lo = Math.max(min, 1e-300);
  const between = fc
    .double({ min: Math.log10(lo), max: Math.log10(Math.max(lo, max)), noNaN: true })
    .map((x) => Math.min(max, Math.max(min, 10 ** x)));
  const value = fc.oneof(fc.constantFrom(min, max), between);
  return whole ? value.map((x) => Math.min(max, Math.max(min, Math.round(x)))) : value;
}

/** Paths of every number in a JSON value. */
function numberPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'number') return [path];
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => numberPaths(x, [...path, Array.isArray(v) ? Number(k) : k]));
}

/** The scenario with the number at `path` replaced. */
function withNumber<T>(v: T, path: readonly (string | number)[], n: number): T {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = n;
  return copy as T;
}

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const clean = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const discount = opt(fc.record({ kind: fc.constantFrom('negotiated', 'savings-plan'), percent: numberIn(0, 99.99) }));
const hours = opt(numberIn(0, 744));
const fleetCount = numberIn(1, 100_000, true);
const fleetMin = numberIn(0, 100_000, true);
const rps = numberIn(0.001, 1_000_000);
/** A fleet is a fixed size or sized from traffic, never both. */
const ec2Fleet = fc.oneof(
  fc.record({ count: fleetCount }),
  fc.record({ rpsPerInstance: rps, minInstances: opt(fleetMin) }).map(clean),
);
const tasks = fc.oneof(
  fc.record({ tasks: fleetCount }),
  fc.record({ rpsPerTask: rps, minTasks: opt(fleetMin) }).map(clean),
);

const workload = fc
  .record({
    requestsPerMonth: numberIn(0, 1e12),
    durationMs: numberIn(1e-300, 900_000),
    // Lambda takes 128–10,240 MB and Azure Consumption at most 1,536: mostly those, sometimes any size.
    memoryMb: fc.oneof(numberIn(128, 1536, true), numberIn(1, 32_768, true)),
    cpuMs: opt(numberIn(0, 300_000)),
    coldStartRate: opt(numberIn(0, 1)),
    initDurationMs: opt(numberIn(0, 600_000)),
    peakToAverage: opt(numberIn(1, 1000)),
    requestKb: opt(numberIn(0, 10 * 1024 * 1024)),
    responseKb: opt(numberIn(0, 10 * 1024 * 1024)),
    cpuBoundShare: opt(numberIn(0, 1)),
    threads: opt(numberIn(1, 64, true)),
    maxMemoryUsedMb: opt(numberIn(1, 10_240, true)),
    headroomPct: opt(numberIn(0, 1000)),
  })
  .map(clean);

const system = fc.oneof(
  fc.record({
    kind: fc.constant('aws-lambda'),
    frontDoor: fc.constantFrom('none', 'http-api', 'rest-api'),
    provisionedConcurrency: opt(
      fc
        .record({
          concurrency: numberIn(1, 100_000, true),
          hoursPerMonth: numberIn(0, 744),
          durationMs: opt(numberIn(1e-300, 900_000)),
        })
        .map(clean),
    ),
    discount,
  }),
  fc
    .record({
      kind: fc.constant('aws-ec2'),
      instanceType: fc.constantFrom('t3.small', 'm7g.large'),
      fleet: ec2Fleet,
      hoursPerMonth: hours,
      loadBalancer: fc.constantFrom('none', 'alb'),
      discount,
    })
    .map(({ fleet, ...s }) => ({ ...s, ...fleet })),
  fc
    .record({
      kind: fc.constant('aws-fargate'),
      vcpu: fc.constant(1),
      // The memory AWS accepts at 1 vCPU: 2–8 GB in 1 GB steps (any other size is refused by the schema).
      memoryGb: fc.integer({ min: 2, max: 8 }),
      fleet: tasks,
      hoursPerMonth: hours,
      discount,
    })
    .map(({ fleet, ...s }) => ({ ...s, ...fleet })),
  fc.record({
    kind: fc.constant('cloudflare-workers'),
    staticAssetShare: opt(numberIn(0, 1)),
    discount: opt(fc.record({ kind: fc.constant('negotiated'), percent: numberIn(0, 99.99) })),
  }),
  fc.record({
    kind: fc.constant('azure-functions'),
    plan: fc.constant('flex'),
    concurrency: opt(numberIn(1, 1000, true)),
    alwaysReady: opt(numberIn(0, 1000, true)),
  }),
  fc.record({ kind: fc.constant('azure-functions'), plan: fc.constant('consumption') }),
  fc.record({
    kind: fc.constant('gcp-cloud-run'),
    billing: fc.constantFrom('request', 'instance'),
    vcpu: opt(numberIn(0.08, 8)),
    memoryGib: opt(numberIn(0.125, 32)),
    concurrency: opt(numberIn(1, 1000, true)),
    minInstances: opt(numberIn(0, 1000, true)),
    discount,
  }),
  fc
    .record({
      vm: fc.constantFrom({ kind: 'gcp-compute', machineType: 'e2-small' }, { kind: 'azure-vm', machineType: 'B1s' }),
      fleet: ec2Fleet,
      hoursPerMonth: hours,
      discount,
    })
    .map(({ vm, fleet, ...s }) => ({ ...vm, ...s, ...fleet })),
);

const valid = fc
  .record({ freeTier: fc.boolean(), workload, systems: fc.array(system.map(clean), { minLength: 1, maxLength: 12 }) })
  .map((s) => ({
    schema: 2,
    freeTier: s.freeTier,
    workload: s.workload,
    systems: s.systems.map((x, i) => ({ ...x, id: `s${i}` })),
  }));

/** A scenario within the schema's bounds, or one of its numbers (any of them) replaced by any magnitude. */
const scenario = fc.tuple(valid, fc.option(fc.tuple(fc.nat(), anyMagnitude), { freq: 2 })).map(([s, hostile]) => {
  if (!hostile) return s;
  const paths = numberPaths(s).filter((p) => p[0] !== 'schema');
  return withNumber(s, paths[hostile[0] % paths.length]!, hostile[1]);
});

/** Every output a reader of the analysis can see, as text: reports, chart data, the SVG, right-sizing. */
function everythingShown(raw: unknown): { accepted: boolean; text: string } {
  const priced = priceScenario(catalog, raw);
  if (!priced.ok) return { accepted: false, text: priced.issues.map((i) => `${i.field}: ${i.message}`).join('\n') };
  const { book, analysis } = priced;
  const parts = [
    tableReport(book, analysis),
    markdownReport(book, analysis, exportHeader(priced.resolved, book)),
    csvReport(analysis, exportHeader(priced.resolved, book)),
    JSON.stringify(jsonReport(book, analysis)),
    breakevenSvg(priced),
  ];
  parts.push(JSON.stringify(chartData(analysis)));
  for (const curve of analysis.curves.values()) parts.push(JSON.stringify(curvePoints(curve, 1e4, 1e10, 24)));
  const parsed = parseScenario(raw);
  if (parsed.ok && parsed.resolved.systems.some((s) => s.kind === 'aws-lambda')) {
    const r = rightsize(book, parsed.resolved);
    if (r.ok)
      parts.push(
        JSON.stringify(r.rightsizing.points.map((p) => [p.memoryMb, p.durationMs, p.monthlyUsd.toString()])),
        JSON.stringify(r.rightsizing.recommendations),
      );
  }
  return { accepted: true, text: parts.join('\n') };
}

describe('hostile numbers never freeze the engine or reach the screen as Infinity or NaN', () => {
  it('every analysis of a random or extreme scenario finishes within its budget and shows only finite figures', () => {
    let accepted = 0;
    fc.assert(
      fc.property(scenario, (raw) => {
        const t0 = performance.now();
        const shown = everythingShown(raw);
        const ms = performance.now() - t0;
        if (shown.accepted) accepted++;
        expect(ms, `analysis took ${ms.toFixed(0)} ms: ${JSON.stringify(raw)}`).toBeLessThan(BUDGET_MS);
        expect(shown.text).not.toMatch(/Infinity|NaN|∞/);
      }),
      { numRuns: 250 },
    );
    // Most of them must reach the engine, or the property would only test the schema.
    expect(accepted).toBeGreaterThan(80);
  }, 600_000);
});
