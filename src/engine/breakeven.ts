import { Decimal, ZERO, dec } from './decimal';
import { type CostCurve, addCurves, curveCostAt, curveCostRightOf, scaleCurve } from './curve';
import { breakpoints, segmentIndexAt } from './piecewise';
import { type PolylinePoint, signChanges } from './signChanges';
import { SAME_R, nearClusters, withoutNearDuplicates } from './nearDuplicates';
import { type Staircase, minBindsUpTo, stepBoundaries, unitsAt, unitsRightOf } from './staircase';

/** The traffic range every breakeven search covers: 0 … 10^12 requests/month. */
export const MAX_REQUESTS_PER_MONTH = new Decimal('1e12');

/**
 * How many step boundaries one pair may walk. Past it the rest of that stretch is not walked: the
 * pair is reported as truncated and no crossing is guessed inside the stretch (a walk of 20,000
 * steps took seconds; a list of thousands of alternating crossings helps nobody).
 */
const STEP_LIMIT = 1_000;

/** Steps a whole analysis may walk, shared by its pairs, so that 12 systems stay as quick as 2. */
export const ANALYSIS_STEP_LIMIT = 5_000;

/** What is left to walk; `crossings` takes one shared by all the pairs of an analysis. */
export type WalkBudget = { steps: number };

/** A budget for one analysis. */
export function walkBudget(steps: number = ANALYSIS_STEP_LIMIT): WalkBudget {
  return { steps };
}

/** One traffic level where the cheaper of two systems changes. */
export type Crossing = {
  /** Monthly requests where the order changes (exact, not rounded). */
  readonly requestsPerMonth: Decimal;
  /** `cross`: both cost the same here; `jump`: the difference jumps over zero (or off a tie) here. */
  readonly kind: 'cross' | 'jump';
  /** At a `jump`: whether a fleet of either system adds an instance here (else a price itself steps). */
  readonly fleetStep: boolean;
  readonly usdA: Decimal;
  readonly usdB: Decimal;
  /** Costs just above the point (equal to usdA/usdB except at a jump). */
  readonly usdAAbove: Decimal;
  readonly usdBAbove: Decimal;
  /** The cheaper just below the point; `tie` where both cost the same over an interval up to it. */
  readonly cheaperBelow: 'a' | 'b' | 'tie';
  readonly cheaperAbove: 'a' | 'b';
  /** Where the two started costing the same, when `cheaperBelow` is `tie` (0: from the start). */
  readonly equalFrom: Decimal | null;
};

/**
 * A pair's crossings, plus what the cheapest-at-every-traffic sequence needs besides them: the
 * stretches where the two cost the same (a tie that ends on the same side is no crossing) and the
 * stretches a truncated walk left unknown.
 */
export type CrossingsResult = {
  readonly crossings: readonly Crossing[];
  readonly truncated: boolean;
  readonly equal: readonly (readonly [Decimal, Decimal])[];
  readonly unknown: readonly (readonly [Decimal, Decimal])[];
};

/**
 * Every traffic level in (0, maxRequests] where one system stops being the cheaper, solved exactly
 * segment by segment: no sampling, no bisection. Between breakpoints of either curve the cost
 * difference is linear plus fleet steps; steps are walked only inside the window where the
 * difference can change sign. Costs within `SAME_USD` are equal: where two systems cost the
 * same over an interval, the crossing is where they stop (`cheaperBelow: 'tie'`), reported once.
 */
export function crossings(
  a: CostCurve,
  b: CostCurve,
  maxRequests: Decimal = MAX_REQUESTS_PER_MONTH,
  budget: WalkBudget = walkBudget(),
): CrossingsResult {
  const raw = addCurves(a, scaleCurve(b, dec(-1)));
  // Identical fleets on both sides (a duplicated system) cancel; walking their steps would be waste.
  const diff: CostCurve = { linear: raw.linear, steps: mergeSteps(raw.steps) };
  const state: WalkState = { truncated: false, pairSteps: STEP_LIMIT, budget };
  const found = signChanges(differencePoints(diff, maxRequests, state));
  // A change exactly at 0 requests is a fleet allowed to scale to zero starting its first member:
  // true, but no traffic level anyone plans for; the range reported is (0, maxRequests].
  const changes = found.changes.filter((c) => c.r.gt(0));
  const side = (sign: -1 | 0 | 1) => (sign < 0 ? 'a' : sign > 0 ? 'b' : 'tie');
  const result = changes.map((c): Crossing => ({
    requestsPerMonth: c.r,
    kind: c.kind,
    fleetStep: c.kind === 'jump' && [...a.steps, ...b.steps].some((s) => !unitsAt(s, c.r).eq(unitsRightOf(s, c.r))),
    usdA: curveCostAt(a, c.r),
    usdB: curveCostAt(b, c.r),
    usdAAbove: curveCostRightOf(a, c.r),
    usdBAbove: curveCostRightOf(b, c.r),
    cheaperBelow: side(c.signBelow),
    cheaperAbove: c.signAbove < 0 ? 'a' : 'b',
    equalFrom: c.zeroFrom,
  }));
  return { crossings: result, truncated: state.truncated, equal: found.zeros, unknown: found.unknown };
}

/** Whether a walk was cut short, and the steps this pair and the whole analysis may still walk. */
type WalkState = { truncated: boolean; pairSteps: number; readonly budget: WalkBudget };

/** Ordered points of the difference curve, dense only where its sign can change. */
function* differencePoints(d: CostCurve, maxR: Decimal, state: WalkState): Generator<PolylinePoint> {
  const cuts = new Set<string>();
  const edges: Decimal[] = [];
  for (const r of [...breakpoints(d.linear), ...d.steps.map(minBindsUpTo)]) {
    if (r.gt(0) && r.lt(maxR) && !cuts.has(r.toString())) {
      cuts.add(r.toString());
      edges.push(r);
    }
  }
  edges.sort((x, y) => x.comparedTo(y));
  edges.splice(0, edges.length, ...withoutNearDuplicates(edges));
  edges.push(maxR);
  yield { r: ZERO, value: curveCostAt(d, ZERO) };
  let lo = ZERO;
  for (const hi of edges) {
    yield* intervalPoints(d, lo, hi, state);
    lo = hi;
  }
}

/** Points of the difference on (lo, hi], where its linear part is one segment. */
function* intervalPoints(d: CostCurve, lo: Decimal, hi: Decimal, state: WalkState): Generator<PolylinePoint> {
  const seg = d.linear[segmentIndexAt(d.linear, hi)]!;
  const sized: Staircase[] = [];
  let alpha = seg.a;
  let slope = seg.b;
  let upSpread = ZERO; // how far above its trend line the fleets can lift the difference
  let downSpread = ZERO;
  for (const s of d.steps) {
    if (hi.lte(minBindsUpTo(s))) {
      alpha = alpha.plus(s.usdPerUnit.times(s.minCount));
      continue;
    }
    sized.push(s);
  }
  // Past their minimums, fleets of one step width move together whatever their minimums were
  // (a duplicated fleet with a higher minimum): summed, they often cancel and need no walk.
  const active = mergeSteps(sized.map((s) => ({ ...s, minCount: ZERO })));
  for (const s of active) {
    slope = slope.plus(s.usdPerUnit.div(s.requestsPerStep));
    if (s.usdPerUnit.isPositive()) upSpread = upSpread.plus(s.usdPerUnit);
    else downSpread = downSpread.minus(s.usdPerUnit);
  }
  const valueAt = (r: Decimal, units: (s: Staircase, r: Decimal) => Decimal): Decimal =>
    active.reduce((v, s) => v.plus(units(s, r).times(s.usdPerUnit)), alpha.plus(seg.b.times(r)));
  yield { r: lo, value: valueAt(lo, unitsRightOf) };
  let cut = false;
  if (active.length > 0) {
    const window = signWindow(alpha, slope, upSpread, downSpread, lo, hi);
    if (window) cut = yield* stepPoints(active, window, lo, hi, valueAt, state);
  }
  // After a walk cut short the sign between its last point and hi is unknown: no crossing is guessed there.
  yield { r: hi, value: valueAt(hi, unitsAt), ...(cut ? { gap: true } : {}) };
}

/** The R range where trend ± fleet spread can reach zero, or null when it never does. */
function signWindow(
  alpha: Decimal,
  slope: Decimal,
  up: Decimal,
  down: Decimal,
  lo: Decimal,
  hi: Decimal,
): [Decimal, Decimal] | null {
  if (slope.isZero()) return alpha.gte(up.neg()) && alpha.lte(down) ? [lo, hi] : null;
  const r1 = up.neg().minus(alpha).div(slope);
  const r2 = down.minus(alpha).div(slope);
  const from = Decimal.max(lo, Decimal.min(r1, r2));
  const to = Decimal.min(hi, Decimal.max(r1, r2));
  return from.lte(to) ? [from, to] : null;
}

/**
 * A jump and value at every step boundary inside the window, plus one boundary either side, as
 * far as the walk limits allow; returns true when it stopped short of the window's end.
 */
function* stepPoints(
  active: readonly Staircase[],
  [from, to]: [Decimal, Decimal],
  lo: Decimal,
  hi: Decimal,
  valueAt: (r: Decimal, units: (s: Staircase, r: Decimal) => Decimal) => Decimal,
  state: WalkState,
): Generator<PolylinePoint, boolean> {
  const seen = new Set<string>();
  const all: Decimal[] = [];
  let walkedTo: Decimal | null = null; // boundaries above this one were not walked
  for (const s of active) {
    // Start one step before the window and end one after it, so the cells at its edges are linear.
    const start = Decimal.max(lo, from.minus(s.requestsPerStep));
    const end = Decimal.min(hi, to.plus(s.requestsPerStep));
    const limit = Math.max(0, Math.min(state.pairSteps, state.budget.steps));
    const bounds = stepBoundaries(s, start, end, limit + 1);
    if (bounds.length > limit) {
      state.truncated = true;
      bounds.length = limit;
      const last = bounds[limit - 1] ?? start;
      walkedTo = walkedTo === null ? last : Decimal.min(walkedTo, last);
    }
    state.pairSteps -= bounds.length;
    state.budget.steps -= bounds.length;
    for (const r of bounds) {
      if (r.lt(hi) && !seen.has(r.toString())) {
        seen.add(r.toString());
        all.push(r);
      }
    }
  }
  all.sort((x, y) => x.comparedTo(y));
  const inside = (x: Decimal) =>
    x.minus(lo).gt(SAME_R) && hi.minus(x).gt(SAME_R) && (walkedTo === null || x.lte(walkedTo));
  // Boundaries a hair apart (46 × one width, 57 × another) are one point: the value below it is
  // taken before the first, the value above it after the last, so no fleet's jump falls between.
  for (const run of nearClusters(all)) {
    const r = run[0]!;
    if (!inside(r)) continue;
    yield { r, value: valueAt(r, unitsAt) };
    yield { r, value: valueAt(run[run.length - 1]!, unitsRightOf) };
  }
  return walkedTo !== null;
}

/** Sums fleets with the same minimum and step width; drops those that cancel to zero. */
function mergeSteps(steps: readonly Staircase[]): Staircase[] {
  const byShape = new Map<string, Staircase>();
  for (const s of steps) {
    const key = `${s.minCount.toString()}|${s.requestsPerStep.toString()}`;
    const prev = byShape.get(key);
    byShape.set(key, prev ? { ...prev, usdPerUnit: prev.usdPerUnit.plus(s.usdPerUnit) } : s);
  }
  return [...byShape.values()].filter((s) => !s.usdPerUnit.isZero());
}
