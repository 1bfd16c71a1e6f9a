import type { Decimal } from './decimal';

/** A point of a function sampled in order; two points at the same R describe a jump there. */
export type PolylinePoint = { readonly r: Decimal; readonly value: Decimal };

/** Where a function changes sign: through zero (`cross`) or by jumping over it (`jump`). */
export type SignChange = {
  readonly r: Decimal;
  readonly kind: 'cross' | 'jump';
  /** Sign of the function just below `r`: −1 or 1. */
  readonly signBelow: -1 | 1;
};

/**
 * Finds every sign change of a function given as ordered points, linear between two points at
 * different R wherever the signs of their values differ (callers guarantee that). A run of zeros
 * between a negative and a positive stretch is one crossing, at the start of the run; touching
 * zero without changing sign is not a crossing.
 */
export function signChanges(points: Iterable<PolylinePoint>): SignChange[] {
  const out: SignChange[] = [];
  let lastSign: -1 | 0 | 1 = 0;
  let zeroStart: Decimal | null = null;
  // A zero run entered by a jump (a fleet step landing exactly on the other curve) is a jump, not a crossing.
  let zeroByJump = false;
  let prev: PolylinePoint | null = null;
  for (const p of points) {
    const s = p.value.isZero() ? 0 : p.value.isNegative() ? -1 : 1;
    if (s === 0) {
      if (zeroStart === null) zeroByJump = prev !== null && prev.r.eq(p.r) && !prev.value.isZero();
      zeroStart ??= p.r;
    } else {
      if (lastSign !== 0 && s !== lastSign && prev) {
        if (zeroStart) out.push({ r: zeroStart, kind: zeroByJump ? 'jump' : 'cross', signBelow: lastSign });
        else if (prev.r.eq(p.r)) out.push({ r: p.r, kind: 'jump', signBelow: lastSign });
        else out.push({ r: linearRoot(prev, p), kind: 'cross', signBelow: lastSign });
      }
      lastSign = s;
      zeroStart = null;
    }
    prev = p;
  }
  return out;
}

/** The R where the line through two points of opposite sign is zero. */
function linearRoot(p: PolylinePoint, q: PolylinePoint): Decimal {
  const span = q.r.minus(p.r);
  const drop = p.value.minus(q.value);
  return drop.isZero() ? p.r : p.r.plus(span.times(p.value).div(drop));
}

