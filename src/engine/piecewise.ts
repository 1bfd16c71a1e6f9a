import { type Decimal, ZERO, dec, type Numeric } from './decimal';

/**
 * One piece of a piecewise-linear function of monthly requests R: value `a + b·R` for R in
 * (previous piece's `to`, `to`]; the first piece starts at 0 inclusive, `to: null` means +∞.
 * Pieces are right-closed so that `ceil`-style steps and "first N free" allowances read naturally.
 */
export type Segment = { readonly to: Decimal | null; readonly a: Decimal; readonly b: Decimal };

/** A piecewise-linear function on [0, ∞): segments in increasing order, the last one unbounded. */
export type Piecewise = readonly Segment[];

/** The constant function `c`. */
export function constant(c: Numeric): Piecewise {
  return [{ to: null, a: dec(c), b: ZERO }];
}

/** The affine function `a + b·R`. */
export function affine(a: Numeric, b: Numeric): Piecewise {
  return [{ to: null, a: dec(a), b: dec(b) }];
}

/** Index of the segment that holds R (the first whose `to` is ≥ R), by binary search. */
export function segmentIndexAt(p: Piecewise, r: Decimal): number {
  let lo = 0;
  let hi = p.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const to = p[mid]!.to;
    if (to !== null && to.lt(r)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evaluates the function at R. */
export function evaluate(p: Piecewise, r: Decimal): Decimal {
  const s = p[segmentIndexAt(p, r)]!;
  return s.a.plus(s.b.times(r));
}

/** The finite breakpoints (segment ends), ascending. */
export function breakpoints(p: Piecewise): Decimal[] {
  const out: Decimal[] = [];
  for (const s of p) if (s.to !== null) out.push(s.to);
  return out;
}

/** Pointwise sum of two functions; breakpoints are the union of both. */
export function add(p: Piecewise, q: Piecewise): Piecewise {
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const sp = p[i]!;
    const sq = q[j]!;
    const to = minEnd(sp.to, sq.to);
    out.push({ to, a: sp.a.plus(sq.a), b: sp.b.plus(sq.b) });
    if (to === null) return out;
    if (sp.to !== null && sp.to.eq(to)) i++;
    if (sq.to !== null && sq.to.eq(to)) j++;
  }
}

/** Sum of any number of functions (the zero function when empty). */
export function sum(parts: readonly Piecewise[]): Piecewise {
  return parts.reduce<Piecewise>((acc, p) => add(acc, p), constant(0));
}

/** The function multiplied by a constant factor. */
export function scale(p: Piecewise, k: Numeric): Piecewise {
  const f = dec(k);
  return p.map((s) => ({ to: s.to, a: s.a.times(f), b: s.b.times(f) }));
}

/**
 * `outer(inner(R))` for a continuous `outer` (e.g. a tiered price of a quantity) and any
 * piecewise-linear `inner` (the quantity as a function of R). Exact: every point where the
 * inner value crosses an outer breakpoint becomes a breakpoint of the result.
 */
export function compose(outer: Piecewise, inner: Piecewise): Piecewise {
  const outerBreaks = breakpoints(outer);
  const out: Segment[] = [];
  let from = ZERO;
  for (const s of inner) {
    const cuts: Decimal[] = [];
    if (!s.b.isZero()) {
      for (const q of outerBreaks) {
        const r = q.minus(s.a).div(s.b);
        if (r.gt(from) && (s.to === null || r.lt(s.to))) cuts.push(r);
      }
      cuts.sort((x, y) => x.comparedTo(y));
    }
    for (const to of [...cuts, s.to]) {
      const probe = to === null ? from.plus(1) : from.plus(to).div(2);
      const o = outer[segmentIndexAt(outer, s.a.plus(s.b.times(probe)))]!;
      out.push({ to, a: o.a.plus(o.b.times(s.a)), b: o.b.times(s.b) });
      if (to !== null) from = to;
    }
  }
  return simplify(out);
}

/**
 * The pointwise maximum of two functions: on every piece where both are linear, the larger line, with
 * a new breakpoint wherever the two lines cross inside the piece.
 */
export function pointwiseMax(p: Piecewise, q: Piecewise): Piecewise {
  const out: Segment[] = [];
  let from = ZERO;
  for (const s of add(p, scale(q, 0))) {
    // add(p, 0·q) has exactly the union of both functions' breakpoints: one piece per common interval.
    const to = s.to;
    const probe = to === null ? from.plus(1) : from.plus(to).div(2);
    const sp = p[segmentIndexAt(p, probe)]!;
    const sq = q[segmentIndexAt(q, probe)]!;
    const slopeGap = sp.b.minus(sq.b);
    const cross = slopeGap.isZero() ? null : sq.a.minus(sp.a).div(slopeGap);
    if (cross !== null && cross.gt(from) && (to === null || cross.lt(to))) {
      // Below the crossing the line with the smaller slope is the larger one; above it, the other.
      const [below, above] = slopeGap.isNegative() ? [sp, sq] : [sq, sp];
      out.push({ to: cross, a: below.a, b: below.b }, { to, a: above.a, b: above.b });
    } else {
      const larger = sp.a.plus(sp.b.times(probe)).gte(sq.a.plus(sq.b.times(probe))) ? sp : sq;
      out.push({ to, a: larger.a, b: larger.b });
    }
    if (to !== null) from = to;
  }
  return simplify(out);
}

/** Merges neighbouring segments that carry the same line, so breakpoints stay meaningful. */
export function simplify(p: readonly Segment[]): Piecewise {
  const out: Segment[] = [];
  for (const s of p) {
    const last = out[out.length - 1];
    if (last && last.a.eq(s.a) && last.b.eq(s.b)) out[out.length - 1] = { ...last, to: s.to };
    else out.push(s);
  }
  return out;
}

function minEnd(x: Decimal | null, y: Decimal | null): Decimal | null {
  if (x === null) return y;
  if (y === null) return x;
  return x.lte(y) ? x : y;
}
