import { Decimal } from './decimal';
import { SAME_R } from './nearDuplicates';

/**
 * A point of a function sampled in order; two points at the same R describe a jump there. `gap`:
 * the function between the previous point and this one is not known (a walk cut short), so no
 * change is reported across it.
 */
export type PolylinePoint = { readonly r: Decimal; readonly value: Decimal; readonly gap?: true };

/**
 * Cost differences this small are equal costs. Two curves that are mathematically equal (both inside
 * their free tiers, a free credit capped at the charge it offsets) differ by the 34th digit of each
 * term, up to ~1e-25 USD at 10^12 requests; no real difference between two bills is below a
 * billionth of a cent. Without it a tie of $0.00 against $0.00 read as two opposite crossings.
 */
export const SAME_USD = new Decimal('1e-18');

/** Where a function changes sign: through zero (`cross`) or by jumping over it (`jump`). */
export type SignChange = {
  readonly r: Decimal;
  readonly kind: 'cross' | 'jump';
  /** Sign just below `r`: −1 or 1, or 0 where the function was zero over an interval up to `r`. */
  readonly signBelow: -1 | 0 | 1;
  /** Sign just above `r`. */
  readonly signAbove: -1 | 1;
  /** Where the stretch of zeros ending at `r` began (only when `signBelow` is 0). */
  readonly zeroFrom: Decimal | null;
};

/** What {@link signChanges} finds: the changes, every stretch of zeros, and the stretches not known. */
export type SignChanges = {
  readonly changes: readonly SignChange[];
  /** Closed intervals [from, to] of positive length where the function is zero. */
  readonly zeros: readonly (readonly [Decimal, Decimal])[];
  /** Intervals (from, to) where the function was not walked, so its sign is not known. */
  readonly unknown: readonly (readonly [Decimal, Decimal])[];
};

/**
 * Finds every sign change of a function given as ordered points, linear between two points at
 * different R wherever the signs of their values differ (callers guarantee that). Values within
 * {@link SAME_USD} of zero are zero. A stretch of zeros is a tie: the change is reported once,
 * where the tie ends, with sign 0 below — also for a tie from the start of the range, which has no
 * sign before it; a tie between two stretches of the same sign, or touching zero without changing
 * sign, is no change (the stretch is still listed in `zeros`).
 */
export function signChanges(points: Iterable<PolylinePoint>): SignChanges {
  const changes: SignChange[] = [];
  const zeros: [Decimal, Decimal][] = [];
  const unknown: [Decimal, Decimal][] = [];
  let lastSign: -1 | 0 | 1 = 0;
  let zeroStart: Decimal | null = null;
  // A run of zeros that begins just above a step (a right limit) was reached by a jump, not through zero.
  let zeroAfterJump = false;
  let prev: PolylinePoint | null = null;
  for (const p of points) {
    if (p.gap) {
      // A tie that ran up to the unwalked stretch is still a tie as far as it is known.
      if (zeroStart !== null && prev && prev.r.minus(zeroStart).gt(SAME_R)) zeros.push([zeroStart, prev.r]);
      if (prev) unknown.push([prev.r, p.r]);
      lastSign = 0;
      zeroStart = null;
    }
    const s = signOf(p.value);
    if (s === 0) {
      if (zeroStart === null) {
        zeroStart = p.r;
        zeroAfterJump = prev !== null && prev.r.eq(p.r) && signOf(prev.value) !== 0;
      }
    } else {
      if (zeroStart !== null && prev) {
        // The run of zeros ended at the previous point; an interval of them is a tie.
        const tie = prev.r.minus(zeroStart).gt(SAME_R);
        if (tie) zeros.push([zeroStart, prev.r]);
        const kind = prev.r.eq(p.r) ? 'jump' : 'cross';
        if (tie && s !== lastSign) changes.push({ r: prev.r, kind, signBelow: 0, signAbove: s, zeroFrom: zeroStart });
        else if (!tie && lastSign !== 0 && s !== lastSign)
          changes.push({
            r: zeroStart,
            kind: zeroAfterJump ? 'jump' : 'cross',
            signBelow: lastSign,
            signAbove: s,
            zeroFrom: null,
          });
      } else if (lastSign !== 0 && s !== lastSign && prev) {
        const kind = prev.r.eq(p.r) ? 'jump' : 'cross';
        const r = kind === 'jump' ? p.r : linearRoot(prev, p);
        changes.push({ r, kind, signBelow: lastSign, signAbove: s, zeroFrom: null });
      }
      lastSign = s;
      zeroStart = null;
    }
    prev = p;
  }
  if (zeroStart !== null && prev && prev.r.minus(zeroStart).gt(SAME_R)) zeros.push([zeroStart, prev.r]);
  return { changes, zeros, unknown };
}

function signOf(v: Decimal): -1 | 0 | 1 {
  if (v.abs().lte(SAME_USD)) return 0;
  return v.isNegative() ? -1 : 1;
}

/** The R where the line through two points of opposite sign is zero. */
function linearRoot(p: PolylinePoint, q: PolylinePoint): Decimal {
  const span = q.r.minus(p.r);
  const drop = p.value.minus(q.value);
  return drop.isZero() ? p.r : p.r.plus(span.times(p.value).div(drop));
}
