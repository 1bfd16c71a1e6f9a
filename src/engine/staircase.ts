import { Decimal, maxDec } from './decimal';

/**
 * An always-on fleet sized from traffic: `max(minCount, ceil(R / requestsPerStep))` units, each
 * costing `usdPerUnit` a month. One step is the monthly traffic one more instance absorbs at peak.
 * Kept symbolic (not expanded into segments) so a fleet that grows to 10^5 instances by 10^12
 * requests/month costs nothing to represent; the breakeven solver walks only the steps it needs.
 * `requestsPerStep` must be a short exact decimal (providers round it to 10^-6), so that
 * `n × requestsPerStep` is exact and `ceil` at a boundary gives exactly `n`.
 */
export type Staircase = {
  readonly usdPerUnit: Decimal;
  readonly minCount: Decimal;
  readonly requestsPerStep: Decimal;
};

/**
 * Steps taken by R. A boundary computed as `n × requestsPerStep` is n steps even when the step is a
 * non-terminating decimal (SECONDS_PER_MONTH × 14 / 0.22) and the 34th digit rounds the quotient
 * to n ± 1e-33: without snapping, the solver would read the jump at a boundary as already taken.
 */
function stepsIn(s: Staircase, r: Decimal): Decimal {
  const q = r.div(s.requestsPerStep);
  const n = q.toDecimalPlaces(0);
  return q.minus(n).abs().lt(SNAP) ? n : q;
}

const SNAP = new Decimal('1e-18');

/** Number of units at R (right-closed steps: exactly at a boundary the smaller count holds). */
export function unitsAt(s: Staircase, r: Decimal): Decimal {
  return maxDec(s.minCount, stepsIn(s, r).ceil());
}

/** Number of units just above R (the right limit). */
export function unitsRightOf(s: Staircase, r: Decimal): Decimal {
  return maxDec(s.minCount, stepsIn(s, r).floor().plus(1));
}

/** The traffic above which the minimum no longer binds: `minCount × requestsPerStep`. */
export function minBindsUpTo(s: Staircase): Decimal {
  return s.minCount.times(s.requestsPerStep);
}

/** Monthly cost of the fleet at R. */
export function staircaseCostAt(s: Staircase, r: Decimal): Decimal {
  return unitsAt(s, r).times(s.usdPerUnit);
}

/** Step boundaries (R where one more unit starts) in the open-closed window (lo, hi]. */
export function stepBoundaries(s: Staircase, lo: Decimal, hi: Decimal, limit: number): Decimal[] {
  // Snapped like unitsRightOf: a boundary that rounds to lo itself was already taken at lo.
  const first = maxDec(stepsIn(s, lo).floor().plus(1), s.minCount);
  const out: Decimal[] = [];
  for (let n = first; out.length < limit; n = n.plus(1)) {
    const r = n.times(s.requestsPerStep);
    if (r.gt(hi)) break;
    if (r.gt(lo)) out.push(r);
  }
  return out;
}
