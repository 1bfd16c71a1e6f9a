import type { Decimal } from './decimal';

/**
 * A point of a function sampled in order; two points at the same R describe a jump there. `gap`:
 * the function between the previous point and this one is not known (a walk cut short), so no
 * change is reported across it.
 */
export type PolylinePoint = { readonly r: Decimal; readonly value: Decimal; readonly gap?: true };

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
 * between a negative and a positive stretch is one change, at the start of the run (a `jump` if the
 * run starts just above a step, where the values at that R still differ); touching
 * zero without changing sign is not a crossing.
 */
export function signChanges(points: Iterable<PolylinePoint>): SignChange[] {
  const out: SignChange[] = [];
  let lastSign: -1 | 0 | 1 = 0;
  let zeroStart: Decimal | null = null;
  // A tie that begins just above a step (the point is a right limit) is not a tie at that R itself.
  let zeroStartsAfterJump = false;
  let prev: PolylinePoint | null = null;
  for (const p of points) {
    if (p.gap) {
      lastSign = 0;
      zeroStart = null;
    }
    const s = p.value.isZero() ? 0 : p.value.isNegative() ? -1 : 1;
    if (s === 0) {
      if (zeroStart === null) {
        zeroStart = p.r;
        zeroStartsAfterJump = prev !== null && prev.r.eq(p.r) && !prev.value.isZero();
      }
    } else {
      if (lastSign !== 0 && s !== lastSign && prev) {
        if (zeroStart) out.push({ r: zeroStart, kind: zeroStartsAfterJump ? 'jump' : 'cross', signBelow: lastSign });
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
