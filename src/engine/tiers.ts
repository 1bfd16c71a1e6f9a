import { type Decimal, ZERO, maxDec, minDec } from './decimal';
import type { Segment, Piecewise } from './piecewise';

/** One price tier: `ratePerUnit` applies to cumulative usage up to `upTo` units (null: no bound). */
export type Tier = { readonly upTo: Decimal | null; readonly ratePerUnit: Decimal };

/** The part of a bill that fell in one tier. */
export type TierShare = {
  readonly tierIndex: number;
  readonly quantity: Decimal;
  readonly ratePerUnit: Decimal;
  readonly usd: Decimal;
};

/**
 * Cost of `quantity` units priced through `tiers`, after a free allowance. Tiers count all
 * usage, and the free allowance is the first units of the first tier — AWS's reading: "the
 * first 400,000 GB-s are free", and the 6 B GB-s tier-1 bound counts the free ones too.
 */
export function tierShares(tiers: readonly Tier[], freeUnits: Decimal, quantity: Decimal): TierShare[] {
  const shares: TierShare[] = [];
  let lower = ZERO;
  for (const [tierIndex, tier] of tiers.entries()) {
    const upper = tier.upTo === null ? quantity : minDec(tier.upTo, quantity);
    const billedFrom = maxDec(lower, freeUnits);
    if (upper.gt(billedFrom)) {
      const q = upper.minus(billedFrom);
      shares.push({ tierIndex, quantity: q, ratePerUnit: tier.ratePerUnit, usd: q.times(tier.ratePerUnit) });
    }
    if (tier.upTo === null || tier.upTo.gte(quantity)) break;
    lower = tier.upTo;
  }
  return shares;
}

/**
 * The same cost as a piecewise-linear function of the quantity itself: breakpoints at the free
 * allowance and at every tier bound above it. Compose it with a quantity curve to get cost in R.
 */
export function tierCostFunction(tiers: readonly Tier[], freeUnits: Decimal): Piecewise {
  const out: Segment[] = [];
  if (freeUnits.gt(0)) out.push({ to: freeUnits, a: ZERO, b: ZERO });
  let lower = ZERO;
  let costAtLower = ZERO; // cost accrued at the start of the current piece
  for (const tier of tiers) {
    const upper = tier.upTo;
    if (upper !== null && upper.lte(freeUnits)) {
      lower = upper;
      continue;
    }
    const start = maxDec(lower, freeUnits);
    // On this piece cost = costAtLower + rate × (Q − start) = (costAtLower − rate·start) + rate·Q.
    out.push({ to: upper, a: costAtLower.minus(tier.ratePerUnit.times(start)), b: tier.ratePerUnit });
    if (upper === null) return out;
    costAtLower = costAtLower.plus(tier.ratePerUnit.times(upper.minus(start)));
    lower = upper;
  }
  // Tables always end with an unbounded tier (the schema enforces it); keep the function total anyway.
  out.push({ to: null, a: costAtLower, b: ZERO });
  return out;
}
