import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { decodeScenario, encodeScenario } from '../../share/codec';
import { parseScenario } from '../../scenario';
import { lines, price } from '../../testing/priceOne';
import { SNAPSTART_PRICED_FROM } from './snapStart';

const fn = { requestsPerMonth: 1_000_000, durationMs: 100, memoryMb: 2048 };
const snap = (s: Record<string, unknown>) => ({ kind: 'aws-lambda', snapStart: s });
const at = { pricingDate: '2026-01-01', freeTier: false };

describe('Lambda SnapStart', () => {
  it('bills the cache per version and active second, with a 3-hour minimum per version', () => {
    const one = lines(fn, snap({ restoreRate: 0, activeHoursPerMonth: 1, versions: 2 }), at);
    // 2 versions × 3 h (not 1) × 3,600 s × 2 GB
    expect(one.line('lambda-snapstart-cache').quantity.toString()).toBe(String(2 * 3 * 3600 * 2));
    expect(one.line('lambda-snapstart-cache').trace).toContain('2 versions × 3 h (the 3 h minimum) × 3,600 s × 2 GB');
    const none = lines(fn, snap({ restoreRate: 0, activeHoursPerMonth: 0 }), at);
    expect(none.line('lambda-snapstart-cache').quantity.isZero()).toBe(true);
  });

  it('prices restores as memory GB per restored invocation, and bills no INIT per invocation', () => {
    const w = { ...fn, coldStartRate: 0.05, initDurationMs: 800 };
    const withSnap = lines(w, snap({ restoreRate: 0.05, activeHoursPerMonth: 744 }), at);
    expect(withSnap.line('lambda-snapstart-restore').quantity.toString()).toBe(String(1_000_000 * 0.05 * 2));
    const plain = lines(w, { kind: 'aws-lambda' }, at);
    // Without SnapStart 5% of invocations bill 800 ms of INIT; with it, restores replace INIT.
    expect(plain.line('lambda-duration').quantity.gt(withSnap.line('lambda-duration').quantity)).toBe(true);
    expect(withSnap.line('lambda-duration').quantity.toString()).toBe(String(1_000_000 * 0.1 * 2));
  });

  it('the restore line grows with the requests and the cache does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (r, rate) => {
        const l = lines({ ...fn, requestsPerMonth: r }, snap({ restoreRate: rate, activeHoursPerMonth: 10 }), at);
        expect(l.line('lambda-snapstart-cache').quantity.toString()).toBe(String(10 * 3600 * 2));
        const restores = l.line('lambda-snapstart-restore').quantity;
        expect(restores.isNegative()).toBe(false);
        expect(
          restores
            .minus(r * rate * 2)
            .abs()
            .lt(1e-6 * Math.max(1, r)),
        ).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it(`is an error before ${SNAPSTART_PRICED_FROM}, naming SnapStart and the date`, () => {
    const res = price(fn, [snap({ restoreRate: 0.01, activeHoursPerMonth: 744 })], { pricingDate: '2024-06-01' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues.map((i) => i.field)).toEqual(['systems[0].snapStart']);
    expect(res.issues[0]!.message).toContain('SnapStart');
    expect(res.issues[0]!.message).toContain(SNAPSTART_PRICED_FROM);
    expect(
      price(fn, [snap({ restoreRate: 0.01, activeHoursPerMonth: 744 })], { pricingDate: SNAPSTART_PRICED_FROM }).ok,
    ).toBe(true);
  });

  it('refuses what AWS refuses: with provisioned concurrency, above 512 MB of ephemeral storage, an unpriced region', () => {
    const field = (w: Record<string, unknown>, s: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const res = price(w, [s], { ...at, ...extra });
      return res.ok ? [] : res.issues.map((i) => i.field);
    };
    const on = { restoreRate: 0.01, activeHoursPerMonth: 744 };
    expect(field(fn, { ...snap(on), provisionedConcurrency: { concurrency: 1, hoursPerMonth: 10 } })).toEqual([
      'systems[0].snapStart',
    ]);
    expect(field({ ...fn, ephemeralStorageMb: 1024 }, snap(on))).toEqual(['systems[0].snapStart']);
    expect(field(fn, snap(on), { region: 'eu-west-1' })).toEqual(['systems[0].snapStart']);
  });

  it('validates its fields by name', () => {
    const res = price(fn, [snap({ restoreRate: 2, activeHoursPerMonth: 800, versions: 0 })], at);
    expect(res.ok ? [] : res.issues.map((i) => i.field).sort()).toEqual([
      'systems[0].snapStart.activeHoursPerMonth',
      'systems[0].snapStart.restoreRate',
      'systems[0].snapStart.versions',
    ]);
  });

  it('travels in a share link and prices the same after the round trip', () => {
    const parsed = parseScenario({
      schema: 4,
      ...at,
      workload: fn,
      systems: [{ id: 'f', ...snap({ restoreRate: 0.02, activeHoursPerMonth: 300, versions: 3 }) }],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const back = decodeScenario(encodeScenario(parsed.scenario));
    expect(back.ok && back.scenario).toEqual(parsed.scenario);
    const total = centsString(lines(fn, snap({ restoreRate: 0.02, activeHoursPerMonth: 300, versions: 3 }), at).total);
    expect(total).not.toBe(centsString(lines(fn, { kind: 'aws-lambda' }, at).total));
  });
});
