import { type Decimal, ZERO, dec, maxDec } from './decimal';
import { type CostCurve, curveCostAt } from './curve';
import { type Piecewise, type Segment, add, breakpoints, compose, scale, simplify } from './piecewise';
import { EngineLimitError } from './errors';
import type { Staircase } from './staircase';

/** Above this many expanded fleet steps a composition is refused rather than built slowly. */
const MAX_EXPANDED_STEPS = 10_000;

/**
 * `g(S(R))` as an exact cost curve, for a continuous piecewise-linear `g` (USD → USD) and a
 * cost curve S (non-decreasing, when it has fleets and g bends). Without fleets this is plain composition. With fleets, S passes
 * g's last breakpoint at some R_hi and stays above it (S never decreases); beyond R_hi, g is affine,
 * so the fleets stay symbolic, scaled by g's last slope; below R_hi their few steps are expanded
 * into segments and composed exactly. Used by discounts (g linear) and dollar-valued free tiers
 * (g = −min(S, credit), so only the steps below the credit are expanded).
 */
export function composeCurve(g: Piecewise, s: CostCurve): CostCurve {
  const steps = s.steps.filter((st) => !st.usdPerUnit.isZero());
  if (steps.length === 0) return { linear: compose(g, s.linear), steps: [] };
  const last = g[g.length - 1]!;
  const scaledSteps = steps.map((st) => ({ ...st, usdPerUnit: st.usdPerUnit.times(last.b) }));
  const gBreaks = breakpoints(g);
  const lastBreak = gBreaks[gBreaks.length - 1];
  const tail = add(scale(s.linear, last.b), [{ to: null, a: last.a, b: ZERO }]);
  if (lastBreak === undefined) return { linear: tail, steps: scaledSteps };
  assertNonDecreasing(s.linear, steps);
  const rHi = firstAtOrAbove({ linear: s.linear, steps }, lastBreak);
  const expanded = steps.map((st) => expandSteps(st, rHi));
  const sExpanded = expanded.reduce<Piecewise>((acc, e) => add(acc, e), s.linear);
  const stepsPart = expanded.reduce<Piecewise>((acc, e) => add(acc, e), [{ to: null, a: ZERO, b: ZERO }]);
  const head = add(compose(g, sExpanded), scale(stepsPart, last.b.neg()));
  return { linear: splice(head, tail, rHi), steps: scaledSteps };
}

/** The smallest power-of-two R (≥ 1) at which S reaches `usd`: S stays at or above it from there on. */
function firstAtOrAbove(s: CostCurve, usd: Decimal): Decimal {
  let r = dec(1);
  for (let i = 0; i < 80 && curveCostAt(s, r).lt(usd); i++) r = r.times(2);
  return r;
}

/** A staircase written out as segments on [0, rHi] (and constant beyond, which splice discards). */
function expandSteps(st: Staircase, rHi: Decimal): Piecewise {
  const count = rHi.div(st.requestsPerStep).ceil();
  if (!count.lte(MAX_EXPANDED_STEPS)) {
    throw new EngineLimitError(
      `its free tier covers ${count.toString()} fleet steps, more than the ${MAX_EXPANDED_STEPS.toLocaleString('en-US')} the engine expands`,
    );
  }
  const out: Segment[] = [];
  const cost = (units: Decimal): Decimal => maxDec(st.minCount, units).times(st.usdPerUnit);
  if (st.minCount.lt(1)) out.push({ to: ZERO, a: cost(ZERO), b: ZERO });
  for (let k = dec(1); k.lte(count); k = k.plus(1)) out.push({ to: k.times(st.requestsPerStep), a: cost(k), b: ZERO });
  out.push({ to: null, a: cost(count.plus(1)), b: ZERO });
  return simplify(out);
}

/** `head` on [0, at], `tail` on (at, ∞). */
function splice(head: Piecewise, tail: Piecewise, at: Decimal): Piecewise {
  const out: Segment[] = [];
  for (const seg of head) {
    if (seg.to !== null && seg.to.lt(at)) out.push(seg);
    else {
      out.push({ ...seg, to: at });
      break;
    }
  }
  for (const seg of tail) if (seg.to === null || seg.to.gt(at)) out.push(seg);
  return simplify(out);
}

function assertNonDecreasing(linear: Piecewise, steps: readonly Staircase[]): void {
  for (const [i, seg] of linear.entries()) {
    if (seg.b.isNegative()) throw new Error('composeCurve: a fleet-bearing curve must not decrease');
    const next = linear[i + 1];
    if (next && seg.to !== null && next.a.plus(next.b.times(seg.to)).lt(seg.a.plus(seg.b.times(seg.to)))) {
      throw new Error('composeCurve: a fleet-bearing curve must not jump down');
    }
  }
  if (steps.some((st) => st.usdPerUnit.isNegative())) throw new Error('composeCurve: fleet costs must be positive');
}
