import { APPROX_RELATIVE, approxNumber } from './approx';
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
 * Units at R and just above it, before the minimum: `ceil(q)` and `floor(q) + 1` of the step count
 * q = R / requestsPerStep (equal unless R is a boundary). A boundary computed as `n × requestsPerStep`
 * is n steps even when the step is a non-terminating decimal (SECONDS_PER_MONTH × 14 / 0.22) and the
 * 34th digit rounds the quotient to n ± 1e-33: without snapping, the solver would read the jump at a
 * boundary as already taken.
 */
type StepCount = { readonly at: Decimal; readonly above: Decimal };

function stepsIn(s: Staircase, r: Decimal): StepCount {
  const known = recallSteps(s.requestsPerStep, r);
  if (known !== undefined) return known;
  const steps = quickSteps(s, r) ?? exactSteps(s, r);
  rememberSteps(s.requestsPerStep, r, steps);
  return steps;
}

/** Units at R and just above it from the 34-digit quotient, snapped onto a boundary it rounds beside. */
export function exactSteps(s: Staircase, r: Decimal): StepCount {
  const q = snappedSteps(s, r);
  return { at: q.ceil(), above: q.floor().plus(1) };
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
 * {@link exactSteps} without the division (the dearest operation of a walk) where numbers decide
 * it: R / step far from a whole number has the floor and ceiling of its approximation; R equal to
 * `n × step` computed as the walk computes its boundaries is n steps (the quotient is within
 * 2 × 10^-33 × n of n, inside both snaps). Anything else, or a count a number cannot hold: undefined.
 */
export function quickSteps(s: Staircase, r: Decimal): StepCount | undefined {
  const q = approxNumber(r) / approxNumber(s.requestsPerStep);
  if (!(Math.abs(q) < QUICK_STEPS_BELOW)) return undefined;
  const n = Math.round(q);
  if (Math.abs(q - n) > APPROX_RELATIVE * Math.max(1, Math.abs(q))) {
    const at = new Decimal(Math.ceil(q));
    return { at, above: at };
  }
  const whole = new Decimal(n);
  if (!whole.times(s.requestsPerStep).eq(r)) return undefined;
  return { at: whole, above: new Decimal(n + 1) };
}

/** Step counts up to here are whole numbers a JS number holds exactly, with room for the margin. */
const QUICK_STEPS_BELOW = 1e15;

/**
 * The last few step counts worked out. A solver asks the same question many times over (a point's
 * count below and above it, one fleet's several lines stepping together, the next interval starting
 * where the last ended) and the 34-digit division is the dearest operation of a walk. Decimals are
 * immutable, so a count found for the same R object and an equal width is the same count.
 */
const RECALL = 16;
const recalled: { width: Decimal; r: Decimal; steps: StepCount }[] = [];
let recallNext = 0;

function recallSteps(width: Decimal, r: Decimal): StepCount | undefined {
  for (const x of recalled) if (x.r === r && (x.width === width || x.width.eq(width))) return x.steps;
  return undefined;
}

function rememberSteps(width: Decimal, r: Decimal, steps: StepCount): void {
  recalled[recallNext] = { width, r, steps };
  recallNext = (recallNext + 1) % RECALL;
}

const SNAP = new Decimal('1e-18');
const SNAP_RELATIVE = new Decimal('1e-28');
const SNAP_RELATIVE_FROM = new Decimal('1e10');

/** Number of units at R (right-closed steps: exactly at a boundary the smaller count holds). */
export function unitsAt(s: Staircase, r: Decimal): Decimal {
  return maxDec(s.minCount, stepsIn(s, r).at);
}

/** Number of units just above R (the right limit). */
export function unitsRightOf(s: Staircase, r: Decimal): Decimal {
  return maxDec(s.minCount, stepsIn(s, r).above);
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
  const first = maxDec(stepsIn(s, lo).above, s.minCount);
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
  const first = maxDec(stepsIn(s, lo).above, s.minCount);
  const last = stepsIn(s, hi).above.minus(1);
  return Decimal.max(0, last.minus(first).plus(1));
}
