import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from './decimal';
import { formatUsd, roundToCents } from './money';

/** How formatUsd laid money out before it took a locale (by hand, en-US): the CLI's and exports' pinned text. */
function handLaidOut(usd: Decimal): string {
  const cents = roundToCents(usd);
  const sign = cents.isNegative() && !cents.isZero() ? '-' : '';
  const [whole = '0', frac = '00'] = cents.abs().toFixed(2).split('.');
  return `${sign}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

const amounts = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, places]) => new Decimal(n.toString()).div(10 ** places));

describe('formatUsd, the one money formatter', () => {
  it('writes en-US by default exactly as the CLI and exports always have, for any amount', () => {
    fc.assert(
      fc.property(amounts, (usd) => {
        expect(formatUsd(usd)).toBe(handLaidOut(usd));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds to cents once, half-up, and never shows a negative zero', () => {
    expect([formatUsd('0.005'), formatUsd('1.004999'), formatUsd('-0.004'), formatUsd('-1234.565')]).toEqual([
      '$0.01',
      '$1.00',
      '$0.00',
      '-$1,234.57',
    ]);
  });

  it('keeps every cent of amounts past a float’s precision', () => {
    expect(formatUsd(dec('12345678901234567.891'))).toBe('$12,345,678,901,234,567.89');
  });

  it('lays the same cents out for the reader’s locale', () => {
    expect(formatUsd(dec('1234.565'), 'de-DE')).toBe('1.234,57\u00a0$');
    expect(formatUsd(dec('1234.565'), 'en-GB')).toBe('US$1,234.57');
  });
});
