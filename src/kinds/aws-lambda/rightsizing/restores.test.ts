import { describe, expect, it } from 'vitest';
import { resolvePriceBook } from '../../../pricing';
import { parseScenario } from '../../../scenario';
import { testCatalog } from '../../../testing/catalog';
import { rightsize } from '.';

const catalog = testCatalog();
const POINTS = [
  { memoryMb: 512, durationMs: 800 },
  { memoryMb: 1024, durationMs: 420 },
  { memoryMb: 2048, durationMs: 260 },
];

function sized(snapStart?: Record<string, unknown>, restoreRate?: number) {
  const parsed = parseScenario({
    schema: 4,
    pricingDate: '2026-01-01',
    workload: {
      requestsPerMonth: 10_000_000,
      durationMs: 400,
      memoryMb: 1024,
      coldStartRate: 0.02,
      initDurationMs: 900,
    },
    systems: [{ id: 'fn', kind: 'aws-lambda', ...(snapStart ? { snapStart } : {}) }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const book = resolvePriceBook(catalog, { pricingDate: parsed.resolved.pricingDate, region: parsed.resolved.region });
  const measured = { architecture: 'x86_64' as const, points: POINTS, ...(restoreRate ? { restoreRate } : {}) };
  const r = rightsize(book, parsed.resolved, { measured });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rightsizing;
}

const at = (r: ReturnType<typeof sized>, mb: number) =>
  r.points.find((p) => p.memoryMb === mb && p.architecture === 'x86_64')!.monthlyUsd;

describe('measured SnapStart restores in right-sizing', () => {
  it('are priced at every size with the SnapStart rates, in place of INIT', () => {
    const plain = sized();
    const restored = sized(undefined, 0.02);
    for (const mb of [512, 1024, 2048]) {
      const gb = mb / 1024;
      // Restores: 2% of 10 M × GB × $0.0001397998; cache: 730 h × 3,600 s × GB × $0.0000015046.
      const snap = 200_000 * gb * 0.0001397998 + 730 * 3600 * gb * 0.0000015046;
      // INIT no longer billed: 2% of 10 M × 900 ms × GB × $0.0000166667 (all in tier 1).
      const init = 200_000 * 0.9 * gb * 0.0000166667;
      expect(at(restored, mb).minus(at(plain, mb)).toNumber()).toBeCloseTo(snap - init, 6);
    }
    expect(restored.notes.join(' ')).toContain('SnapStart restores measured in 2% of invocations');
    expect(restored.notes.join(' ')).toContain('1 version cached 730 h/month');
  });

  it('take the cache from the system’s own SnapStart setting when it has one', () => {
    const own = sized({ restoreRate: 0.5, activeHoursPerMonth: 100, versions: 2 }, 0.02);
    const gb = 1;
    const expected = 200_000 * gb * 0.0001397998 + 2 * 100 * 3600 * gb * 0.0000015046;
    const plain = sized();
    const init = 200_000 * 0.9 * gb * 0.0000166667;
    expect(at(own, 1024).minus(at(plain, 1024)).toNumber()).toBeCloseTo(expected - init, 6);
    expect(own.notes.join(' ')).not.toContain('730 h/month');
  });
});
