import { APPROX_RELATIVE, approxNumber } from './approx';
import { Decimal } from './decimal';

/** The R range where trend ± fleet spread can reach zero, or null when it never does. */
export function signWindow(
  alpha: Decimal,
  slope: Decimal,
  up: Decimal,
  down: Decimal,
  lo: Decimal,
  hi: Decimal,
): [Decimal, Decimal] | null {
  if (!slope.isZero() && clearlyNoWindow(alpha, slope, up, down, lo, hi)) return null;
  return exactSignWindow(alpha, slope, up, down, lo, hi);
}

/** {@link signWindow} solved in Decimals throughout: what the quick check must agree with. */
export function exactSignWindow(
  alpha: Decimal,
  slope: Decimal,
  up: Decimal,
  down: Decimal,
  lo: Decimal,
  hi: Decimal,
): [Decimal, Decimal] | null {
  if (slope.isZero()) return alpha.gte(up.neg()) && alpha.lte(down) ? [lo, hi] : null;
  const r1 = up.neg().minus(alpha).div(slope);
  const r2 = down.minus(alpha).div(slope);
  const from = Decimal.max(lo, Decimal.min(r1, r2));
  const to = Decimal.min(hi, Decimal.max(r1, r2));
  return from.lte(to) ? [from, to] : null;
}

/**
 * Whether the window is empty by a margin numbers can see: both ends of the zero band, solved in
 * JS numbers, lie beyond [lo, hi] by more than those numbers' error (and the 34-digit rounding of
 * the exact solve) could span. Most intervals of a walk are far from any crossing, and two
 * 34-digit divisions per interval were a fifth of a whole breakeven analysis.
 */
function clearlyNoWindow(
  alpha: Decimal,
  slope: Decimal,
  up: Decimal,
  down: Decimal,
  lo: Decimal,
  hi: Decimal,
): boolean {
  const a = approxNumber(alpha);
  const b = approxNumber(slope);
  const u = approxNumber(up);
  const d = approxNumber(down);
  const l = approxNumber(lo);
  const h = approxNumber(hi);
  const r1 = (-u - a) / b;
  const r2 = (d - a) / b;
  const margin =
    APPROX_RELATIVE * ((Math.abs(a) + Math.abs(u) + Math.abs(d)) / Math.abs(b) + Math.abs(l) + Math.abs(h));
  // Not finite (a digit group the numbers cannot hold): no decision.
  if (!Number.isFinite(margin) || !Number.isFinite(r1) || !Number.isFinite(r2)) return false;
  return Math.min(r1, r2) - margin > h || Math.max(r1, r2) + margin < l;
}
