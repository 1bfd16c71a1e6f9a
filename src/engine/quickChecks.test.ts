import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxNumber } from './approx';
import { exactSignWindow, signWindow } from './signWindow';
import { Decimal, dec } from './decimal';
import { type Staircase, exactSteps, quickSteps, stepBoundaries } from './staircase';

/** A Decimal of up to 34 significant digits over a wide range of magnitudes, either sign. */
const decimal = (maxExp = 14) =>
  fc
    .tuple(
      fc.bigInt({ min: -(10n ** 34n) + 1n, max: 10n ** 34n - 1n }),
      fc.integer({ min: -40, max: maxExp - 34 }),
      fc.integer({ min: 1, max: 34 }),
    )
    .map(([digits, exp, keep]) => {
      const s = digits.toString();
      const sign = s.startsWith('-') ? '-' : '';
      const body = s.replace('-', '').slice(0, keep);
      return new Decimal(`${sign}${body}e${exp + (34 - keep)}`);
    });
const positive = (maxExp = 14) => decimal(maxExp).map((d) => (d.isZero() ? dec(1) : d.abs()));
const same = (x: Decimal | undefined, y: Decimal | undefined) => x !== undefined && y !== undefined && x.eq(y);

describe('numbers read off Decimals', () => {
  it('are within a part in 10^15 of the value, and none at all beyond 10^±150', () => {
    fc.assert(
      fc.property(decimal(300), (x) => {
        const exact = Number(x.toString());
        if (x.e > 150 || x.e < -150) expect(approxNumber(x)).toBeNaN();
        else expect(Math.abs(approxNumber(x) - exact)).toBeLessThanOrEqual(Math.abs(exact) * 1e-15);
      }),
    );
  });
});

describe('step counts without the division', () => {
  const fleet = (requestsPerStep: Decimal): Staircase => ({ usdPerUnit: dec(1), minCount: dec(0), requestsPerStep });

  it('equal the exact snapped count wherever they answer, at any R', () => {
    fc.assert(
      fc.property(positive(), positive(), (width, r) => {
        const quick = quickSteps(fleet(width), r);
        if (quick === undefined) return;
        const exact = exactSteps(fleet(width), r);
        expect([quick.at.toString(), quick.above.toString()]).toEqual([exact.at.toString(), exact.above.toString()]);
      }),
      { numRuns: 2000 },
    );
  });

  it('answer at every boundary n × step and beside it, equal to the exact count', () => {
    fc.assert(
      fc.property(
        positive(9),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.constantFrom('0', '1e-20', '-1e-20', '1e-6'),
        (width, n, nudge) => {
          const r = dec(n).times(width).plus(nudge);
          if (r.isNegative()) return;
          const exact = exactSteps(fleet(width), r);
          const quick = quickSteps(fleet(width), r);
          if (nudge === '0') expect(quick).toBeDefined();
          if (quick)
            expect([quick.at.toString(), quick.above.toString()]).toEqual([
              exact.at.toString(),
              exact.above.toString(),
            ]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answer for the boundaries a walk lists (the division is skipped where it costs most)', () => {
    const width = dec(2_628_000).times(14).times(1000).div(220);
    for (const r of stepBoundaries(fleet(width), dec(0), dec('1e10'), 50)) {
      expect(same(quickSteps(fleet(width), r)?.at, exactSteps(fleet(width), r).at)).toBe(true);
    }
  });
});

describe("the sign window's quick check", () => {
  const window = (w: [Decimal, Decimal] | null) => (w === null ? null : w.map((x) => x.toString()));

  it('agrees with the window solved in Decimals, on random lines and bands', () => {
    fc.assert(
      fc.property(
        decimal(),
        decimal(),
        positive(),
        positive(),
        positive(12),
        positive(12),
        (alpha, slope, up, down, a, b) => {
          const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
          expect(window(signWindow(alpha, slope, up, down, lo, hi))).toEqual(
            window(exactSignWindow(alpha, slope, up, down, lo, hi)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees where the band ends a hair from the interval', () => {
    fc.assert(
      fc.property(
        positive(),
        decimal(),
        positive(),
        positive(12),
        fc.constantFrom('0', '1e-30', '-1e-30', '1e-12', '-1e-12'),
        fc.boolean(),
        (slope, alpha, up, width, nudge, atLo) => {
          // The band's lower edge, −up, is reached at r = (−up − alpha) / slope; put lo or hi right there.
          const edge = up.neg().minus(alpha).div(slope).plus(nudge);
          const [lo, hi] = atLo ? [edge, edge.plus(width)] : [edge.minus(width), edge];
          expect(window(signWindow(alpha, slope, up, dec(0), lo, hi))).toEqual(
            window(exactSignWindow(alpha, slope, up, dec(0), lo, hi)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
