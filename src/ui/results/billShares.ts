import { type Decimal, dec } from '../../engine';

/** One line of a bill with its share: a charge's share of the gross bill, or a credit (no share). */
export type LineShare<L> =
  { readonly line: L; readonly credit: false; readonly share: number } | { readonly line: L; readonly credit: true };

/** A bill's lines with their shares, and whether any credit or discount reduces it. */
export type BillShares<L> = {
  /** The charges before credits and discounts: what every share is a share of. */
  readonly grossUsd: Decimal;
  readonly lines: readonly LineShare<L>[];
  readonly hasCredits: boolean;
};

/**
 * Shares of the gross bill (the sum of the charges, before credits and discounts): each charge's share
 * is in [0, 1] and the charges' shares add up to 1, whatever the credits. A credit or discount (a
 * negative line) has no share: it is shown as its own line with its amount. A share of the net total
 * would exceed 100% (and a credit would be a negative share) as soon as a credit applies.
 */
export function billShares<L extends { readonly usd: Decimal }>(lines: readonly L[]): BillShares<L> {
  const grossUsd = grossOf(lines.map((l) => l.usd));
  return {
    grossUsd,
    hasCredits: lines.some((l) => l.usd.isNegative() && !l.usd.isZero()),
    lines: lines.map((line) =>
      line.usd.isNegative() && !line.usd.isZero()
        ? { line, credit: true }
        : { line, credit: false, share: shareOf(line.usd, grossUsd) },
    ),
  };
}

/** The sum of the positive amounts: a bill's charges before its credits. */
export function grossOf(amounts: readonly Decimal[]): Decimal {
  return amounts.reduce<Decimal>((sum, a) => (a.isPositive() ? sum.plus(a) : sum), dec(0));
}

/** `part / whole` as a number in [0, 1]: 0 for a zero whole, and never outside the range. */
export function shareOf(part: Decimal, whole: Decimal): number {
  if (!whole.isPositive() || whole.isZero() || !part.isPositive()) return 0;
  return Math.min(1, part.div(whole).toNumber());
}
