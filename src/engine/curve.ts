import type { Decimal } from './decimal';
import { type Piecewise, add, constant, evaluate, scale, segmentIndexAt } from './piecewise';
import { type Staircase, staircaseCostAt, unitsRightOf } from './staircase';

/**
 * A system's monthly cost as an exact function of monthly requests R: a piecewise-linear part
 * (requests, GB-s, tiers, free allowances, fixed fees) plus traffic-sized fleets (staircases).
 */
export type CostCurve = { readonly linear: Piecewise; readonly steps: readonly Staircase[] };

/** The zero curve. */
export const ZERO_CURVE: CostCurve = { linear: constant(0), steps: [] };

/** Monthly cost at R. */
export function curveCostAt(c: CostCurve, r: Decimal): Decimal {
  let usd = evaluate(c.linear, r);
  for (const s of c.steps) usd = usd.plus(staircaseCostAt(s, r));
  return usd;
}

/** Sum of two curves. */
export function addCurves(x: CostCurve, y: CostCurve): CostCurve {
  return { linear: add(x.linear, y.linear), steps: [...x.steps, ...y.steps] };
}

/** A curve multiplied by a factor (e.g. −1 for a difference, 0.83 for a discount). */
export function scaleCurve(c: CostCurve, k: Decimal): CostCurve {
  return {
    linear: scale(c.linear, k),
    steps: c.steps.map((s) => ({ ...s, usdPerUnit: s.usdPerUnit.times(k) })),
  };
}

/** Monthly cost just above R (the right limit): differs from {@link curveCostAt} only at a jump. */
export function curveCostRightOf(c: CostCurve, r: Decimal): Decimal {
  let i = segmentIndexAt(c.linear, r);
  const seg = c.linear[i]!;
  if (seg.to !== null && seg.to.eq(r) && i + 1 < c.linear.length) i += 1;
  const s = c.linear[i]!;
  let usd = s.a.plus(s.b.times(r));
  for (const st of c.steps) usd = usd.plus(unitsRightOf(st, r).times(st.usdPerUnit));
  return usd;
}
