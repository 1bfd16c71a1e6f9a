import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../engine';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { billShares, shareOf } from './billShares';

const line = (usd: string) => ({ usd: dec(usd) });

describe('billShares', () => {
  it('gives each charge its share of the gross bill and a credit no share', () => {
    const b = billShares([line('8'), line('2'), line('-6')]);
    expect(b.grossUsd.toString()).toBe('10');
    expect(b.hasCredits).toBe(true);
    expect(b.lines.map((l) => (l.credit ? 'credit' : l.share))).toEqual([0.8, 0.2, 'credit']);
  });

  it('keeps every share in [0, 1], the charges adding up to 1, whatever the credits', () => {
    const cents = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => line((c / 100).toFixed(2)));
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 12 }), (lines) => {
        const b = billShares(lines);
        const shares = b.lines.flatMap((l) => (l.credit ? [] : [l.share]));
        for (const s of shares) expect(s >= 0 && s <= 1).toBe(true);
        if (b.grossUsd.isPositive() && !b.grossUsd.isZero())
          expect(Math.abs(shares.reduce((a, s) => a + s, 0) - 1)).toBeLessThan(1e-9);
        expect(b.lines.filter((l) => l.credit).length).toBe(lines.filter((l) => l.usd.lt(0)).length);
      }),
    );
  });

  it('has no share of a zero or negative whole', () => {
    expect(shareOf(dec(5), dec(0))).toBe(0);
    expect(shareOf(dec(5), dec(-3))).toBe(0);
    expect(shareOf(dec(-1), dec(10))).toBe(0);
  });

  it('shows a discounted system by its charges: the discount is its own line, no share over 100%', () => {
    const systems = [{ ...DEFAULT_SCENARIO.systems[0]!, discount: { kind: 'negotiated' as const, percent: 90 } }];
    const priced = priceScenario(testCatalog(), { ...DEFAULT_SCENARIO, systems });
    if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
    const e = priced.analysis.estimates[0]!;
    // Shares of the net total would put duration far above 100% and the discount below 0%.
    const b = billShares(e.lines);
    expect(b.hasCredits).toBe(true);
    expect(b.lines.filter((l) => l.credit).map((l) => l.line.label)).toEqual(['Negotiated discount (−90%)']);
    expect(b.grossUsd.gt(e.monthlyUsd)).toBe(true);
  });
});
