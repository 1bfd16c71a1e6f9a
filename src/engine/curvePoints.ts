import { type Decimal, dec } from './decimal';
import { type CostCurve, curveCostAt, curveCostRightOf } from './curve';
import { breakpoints } from './piecewise';
import { stepBoundaries, stepCount } from './staircase';

/** A point for a chart: traffic and cost as plain numbers (pixels need no more precision). */
export type ChartPoint = { readonly requestsPerMonth: number; readonly usd: number };

/**
 * Points that draw a cost curve exactly on [fromR, toR]: every breakpoint and fleet step in range
 * (a jump as two points at the same traffic), plus `samples` log-spaced points so a log axis
 * shows straight segments as the curves they become. Fleets with more than `maxSteps` steps in
 * range are drawn from the samples alone (their steps are then sub-pixel).
 */
export function curvePoints(curve: CostCurve, fromR: number, toR: number, samples = 24, maxSteps = 400): ChartPoint[] {
  const lo = dec(fromR);
  const hi = dec(toR);
  const xs: Decimal[] = [lo, hi];
  for (const b of breakpoints(curve.linear)) if (b.gt(lo) && b.lt(hi)) xs.push(b);
  const jumps = new Set<string>();
  for (const s of curve.steps) {
    // Counted before listed: a fleet of 10^11 tiny steps is skipped at the cost of one division.
    if (stepCount(s, lo, hi).gt(maxSteps)) continue;
    for (const b of stepBoundaries(s, lo, hi, maxSteps)) {
      xs.push(b);
      jumps.add(b.toString());
    }
  }
  for (const b of breakpoints(curve.linear)) jumps.add(b.toString());
  const logLo = Math.log10(Math.max(fromR, 1));
  const logHi = Math.log10(Math.max(toR, 1));
  // Sample positions only choose where to evaluate (each is then priced exactly), so a float power
  // is enough; Decimal.pow with a fractional exponent cost ~50 µs a sample, too slow for a drag.
  for (let i = 1; i < samples; i++) xs.push(dec(Math.round(10 ** (logLo + ((logHi - logLo) * i) / samples))));
  const sorted = uniqueSorted(xs);
  const out: ChartPoint[] = [];
  for (const r of sorted) {
    const usd = curveCostAt(curve, r);
    out.push({ requestsPerMonth: r.toNumber(), usd: usd.toNumber() });
    if (jumps.has(r.toString())) {
      const above = curveCostRightOf(curve, r);
      if (!above.eq(usd)) out.push({ requestsPerMonth: r.toNumber(), usd: above.toNumber() });
    }
  }
  return out;
}

function uniqueSorted(xs: Decimal[]): Decimal[] {
  xs.sort((a, b) => a.comparedTo(b));
  return xs.filter((x, i) => i === 0 || !x.eq(xs[i - 1]!));
}
