import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePriceBook } from '../../../pricing';
import { parseScenario } from '../../../scenario';
import { testCatalog } from '../../../testing/catalog';
import { type Recommendations, type Rightsizing, type RightsizeOptions, rightsize } from '.';

const catalog = testCatalog();

function run(workload: Record<string, unknown>, o: RightsizeOptions): Rightsizing {
  const parsed = parseScenario({
    schema: 2,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 1_000_000, durationMs: 400, memoryMb: 512, ...workload },
    systems: [{ id: 'fn', kind: 'aws-lambda' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const book = resolvePriceBook(catalog, { pricingDate: parsed.resolved.pricingDate, region: parsed.resolved.region });
  const r = rightsize(book, parsed.resolved, o);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rightsizing;
}

const choices = (r: Recommendations) =>
  [r.cheapest, r.fastest, r.balanced, r.powerTuningBalanced, r.withinLatency].flatMap((c) => (c ? [c.point] : []));
const allChoices = (r: Rightsizing) => [
  ...choices(r.recommendations),
  ...Object.values(r.byArchitecture).flatMap((x) => (x ? choices(x) : [])),
];

const MEASURED = [
  { memoryMb: 128, durationMs: 3000 },
  { memoryMb: 1024, durationMs: 400 },
  { memoryMb: 2048, durationMs: 250 },
];

describe('right-sizing from measurements', () => {
  it('takes current as the measured configuration, and says when it lies outside the measured range', () => {
    const r = run({}, { measured: { architecture: 'x86_64', points: MEASURED, currentMemoryMb: 1024 } });
    expect(r.current).toMatchObject({ memoryMb: 1024, durationMs: 400, source: 'measured' });
    const out = run({ memoryMb: 4096 }, { measured: { architecture: 'x86_64', points: MEASURED } });
    expect(out.notes.join(' ')).toMatch(/current size \(4096 MB\) lies outside the measured range \(128–2048 MB\)/);
  });

  it('recommends measured sizes only, unless interpolation is asked for', () => {
    const r = run({}, { measured: { architecture: 'x86_64', points: MEASURED } });
    for (const p of allChoices(r)) expect(p.source).toBe('measured');
    expect(r.notes.join(' ')).toMatch(/untested\) sizes are drawn but never recommended/);
    const i = run({}, { measured: { architecture: 'x86_64', points: MEASURED }, interpolate: true });
    expect(i.notes.join(' ')).toMatch(/more than 1%/);
  });

  it('puts the measured architecture in the headline; the other is shown as assumed', () => {
    const r = run({}, { measured: { architecture: 'arm64', points: MEASURED } });
    for (const p of choices(r.recommendations)) expect([p.architecture, p.assumedFrom]).toEqual(['arm64', null]);
    expect(r.byArchitecture.x86_64?.cheapest?.point.assumedFrom).toBe('arm64');
  });

  it('uses a second measured architecture as itself', () => {
    const arm = MEASURED.map((p) => ({ ...p, durationMs: p.durationMs * 0.9 }));
    const r = run(
      {},
      { measured: { architecture: 'x86_64', points: MEASURED, other: { architecture: 'arm64', points: arm } } },
    );
    const a = r.points.find((p) => p.architecture === 'arm64' && p.memoryMb === 1024);
    expect(a).toMatchObject({ durationMs: 360, assumedFrom: null, source: 'measured' });
  });

  it('keeps balanced the same in the "either architecture" and the single-architecture columns', () => {
    const arm = MEASURED.map((p) => ({ ...p, durationMs: p.durationMs * 1.1 }));
    const r = run(
      {},
      { measured: { architecture: 'x86_64', points: MEASURED, other: { architecture: 'arm64', points: arm } } },
    );
    for (const key of ['balanced', 'powerTuningBalanced'] as const) {
      const head = r.recommendations[key]!.point;
      expect(r.byArchitecture[head.architecture]?.[key]?.point).toEqual(head);
    }
  });

  it('treats timed-out sizes as censored: flagged, never recommended', () => {
    const points = [{ ...MEASURED[0]!, timeouts: 2 }, ...MEASURED.slice(1)];
    const r = run({}, { measured: { architecture: 'x86_64', points }, durationLimitMs: 3000 });
    expect(r.points.find((p) => p.memoryMb === 128)?.exceedsLimit).toBe(true);
    for (const p of allChoices(r)) expect(p.memoryMb).not.toBe(128);
    expect(r.notes.join(' ')).toMatch(/timed out or failed at 128 MB \(2\)/);
  });

  it('never recommends a size whose duration reaches the limit, nor prices one past it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.constantFrom(128, 512, 1024, 3008),
        (durationMs, cpuBoundShare, limit, memoryMb) => {
          const r = run({ durationMs, cpuBoundShare, memoryMb }, { durationLimitMs: limit, stepMb: 1024 });
          for (const p of r.points) expect(p.durationMs).toBeLessThanOrEqual(limit);
          for (const p of allChoices(r)) {
            expect(p.exceedsLimit).toBe(false);
            expect(p.durationMs).toBeLessThanOrEqual(limit);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('from measured points, timed out or not, recommends nothing that reaches the limit', () => {
    const point = fc.record({
      memoryMb: fc.constantFrom(128, 256, 512, 1024, 1536, 2048, 3008, 10_240),
      durationMs: fc.double({ min: 1, max: 900_000, noNaN: true }),
      timeouts: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { minLength: 2, maxLength: 6, selector: (p) => p.memoryMb }),
        fc.integer({ min: 1_000, max: 900_000 }),
        fc.boolean(),
        (points, limit, interpolate) => {
          const r = run({}, { measured: { architecture: 'x86_64', points }, durationLimitMs: limit, interpolate });
          for (const p of r.points) expect(p.durationMs).toBeLessThanOrEqual(limit);
          for (const p of allChoices(r)) {
            expect(p.exceedsLimit).toBe(false);
            expect(p.durationMs).toBeLessThanOrEqual(limit);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
