import { Decimal, maxDec } from './decimal';

/**
 * An always-on fleet sized from traffic: `max(minCount, ceil(R / requestsPerStep))` units, each
 * costing `usdPerUnit` a month. One step is the monthly traffic one more instance absorbs at peak.
 * Kept symbolic (not expanded into segments) so a fleet that grows to 10^5 instances by 10^12
 * requests/month costs nothing to represent; the breakeven solver walks only the steps it needs.
 * `requestsPerStep` is any positive Decimal (34 digits); a boundary computed as `n × requestsPerStep`
 * counts as exactly `n` steps (see `stepsIn`).
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
  const known = recallSteps(s.requestsPerStep, r);
  if (known !== undefined) return known;
  const steps = snappedSteps(s, r);
  rememberSteps(s.requestsPerStep, r, steps);
  return steps;
}

function snappedSteps(s: Staircase, r: Decimal): Decimal {
  const q = r.div(s.requestsPerStep);
  const n = q.toDecimalPlaces(0);
  const off = q.minus(n).abs();
  if (off.lt(SNAP)) return n;
  // Both roundings are relative (34 digits): beyond 10^10 steps the snap grows with n.
  return n.gt(SNAP_RELATIVE_FROM) && off.lt(n.times(SNAP_RELATIVE)) ? n : q;
}

/**
 * The last few step counts worked out. A solver asks the same question many times over (a point's
 * count below and above it, one fleet's several lines stepping together, the next interval starting
 * where the last ended) and the 34-digit division is the dearest operation of a walk. Decimals are
 * immutable, so a count found for the same R object and an equal width is the same count.
 */
const RECALL = 16;
const recalled: { width: Decimal; r: Decimal; steps: Decimal }[] = [];
let recallNext = 0;

function recallSteps(width: Decimal, r: Decimal): Decimal | undefined {
  for (const x of recalled) if (x.r === r && (x.width === width || x.width.eq(width))) return x.steps;
  return undefined;
}

function rememberSteps(width: Decimal, r: Decimal, steps: Decimal): void {
  recalled[recallNext] = { width, r, steps };
  recallNext = (recallNext + 1) % RECALL;
}

const SNAP = new Decimal('1e-18');
const SNAP_RELATIVE = new Decimal('1e-28');
const SNAP_RELATIVE_FROM = new Decimal('1e10');

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

/**
 * Step boundaries (R where one more unit starts) in the open-closed window (lo, hi], at most
 * `limit` of them (the first ones): the loop runs at most `limit` times whatever the step width.
 */
export function stepBoundaries(s: Staircase, lo: Decimal, hi: Decimal, limit: number): Decimal[] {
  // Snapped like unitsRightOf: a boundary that rounds to lo itself was already taken at lo.
  const first = maxDec(stepsIn(s, lo).floor().plus(1), s.minCount);
  const out: Decimal[] = [];
  if (!first.isFinite()) return out;
  for (let n = first; out.length < limit; n = n.plus(1)) {
    const r = n.times(s.requestsPerStep);
    if (!r.lte(hi)) break;
    // n × step rounds at the 34th digit: a boundary snapped onto lo was already taken there.
    if (r.gt(lo)) out.push(r);
    else if (n.minus(first).gte(1)) break;
  }
  return out;
}

/** How many step boundaries lie in (lo, hi], without listing them (a width of 0 counts as none). */
export function stepCount(s: Staircase, lo: Decimal, hi: Decimal): Decimal {
  if (!s.requestsPerStep.isPositive() || !hi.gt(lo)) return new Decimal(0);
  const first = maxDec(stepsIn(s, lo).floor().plus(1), s.minCount);
  const last = stepsIn(s, hi).floor();
  return Decimal.max(0, last.minus(first).plus(1));
}
