import { Decimal, ZERO, dec } from './decimal';
import { type CostCurve, addCurves, curveCostAt, curveCostRightOf, scaleCurve } from './curve';
import { breakpoints, segmentIndexAt } from './piecewise';
import { type PolylinePoint, signChanges } from './signChanges';
import { signWindow } from './signWindow';
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
  const fleets = prepareFleets(d.steps);
  const cuts = [...breakpoints(d.linear), ...fleets.bindsUpTo].filter((r) => r.gt(0) && r.lt(maxR));
  cuts.sort((x, y) => x.comparedTo(y));
  // Equal cuts are near duplicates too: merging those keeps one of each.
  const edges = withoutNearDuplicates(cuts);
  edges.push(maxR);
  yield { r: ZERO, value: curveCostAt(d, ZERO) };
  let lo = ZERO;
  for (const hi of edges) {
    yield* intervalPoints(d, fleets, lo, hi, state);
    lo = hi;
  }
}

/**
 * What the intervals of one difference share about its fleets: where each one's minimum stops
 * binding and what that minimum costs, and the fleets past their minimums as last merged. Intervals
 * come in increasing order, so the fleets past their minimums only ever grow; while they stay the
 * same, their merged shapes and slopes are those of the interval before (the same Decimals, so
 * the same figures, without the 34-digit divisions again).
 */
type Fleets = {
  readonly steps: readonly Staircase[];
  readonly bindsUpTo: readonly Decimal[];
  readonly minimumUsd: readonly Decimal[];
  last: {
    readonly sized: number;
    readonly active: Staircase[];
    readonly slopes: Decimal[];
    up: Decimal;
    down: Decimal;
  } | null;
};

function prepareFleets(steps: readonly Staircase[]): Fleets {
  return {
    steps,
    bindsUpTo: steps.map(minBindsUpTo),
    minimumUsd: steps.map((s) => s.usdPerUnit.times(s.minCount)),
    last: null,
  };
}

/** Points of the difference on (lo, hi], where its linear part is one segment. */
function* intervalPoints(
  d: CostCurve,
  fleets: Fleets,
  lo: Decimal,
  hi: Decimal,
  state: WalkState,
): Generator<PolylinePoint> {
  const seg = d.linear[segmentIndexAt(d.linear, hi)]!;
  const sized: Staircase[] = [];
  let alpha = seg.a;
  let slope = seg.b;
  fleets.steps.forEach((s, i) => {
    if (hi.lte(fleets.bindsUpTo[i]!)) alpha = alpha.plus(fleets.minimumUsd[i]!);
    else sized.push(s);
  });
  if (fleets.last === null || fleets.last.sized !== sized.length) {
    // Past their minimums, fleets of one step width move together whatever their minimums were
    // (a duplicated fleet with a higher minimum): summed, they often cancel and need no walk.
    const active = mergeSteps(sized.map((s) => ({ ...s, minCount: ZERO })));
    let up = ZERO; // how far above its trend line the fleets can lift the difference
    let down = ZERO;
    for (const s of active) {
      if (s.usdPerUnit.isPositive()) up = up.plus(s.usdPerUnit);
      else down = down.minus(s.usdPerUnit);
    }
    fleets.last = {
      sized: sized.length,
      active,
      slopes: active.map((s) => s.usdPerUnit.div(s.requestsPerStep)),
      up,
      down,
    };
  }
  const { active, slopes, up: upSpread, down: downSpread } = fleets.last;
  for (const q of slopes) slope = slope.plus(q);
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
    // Two fleets' equal boundaries fall in one cluster below: the point is entered and left once.
    for (const r of bounds) if (r.lt(hi)) all.push(r);
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
  // A handful of fleets: comparing values beats building string keys for a map.
  const merged: Staircase[] = [];
  for (const s of steps) {
    const i = merged.findIndex((m) => m.minCount.eq(s.minCount) && m.requestsPerStep.eq(s.requestsPerStep));
    if (i < 0) merged.push(s);
    else merged[i] = { ...merged[i]!, usdPerUnit: merged[i]!.usdPerUnit.plus(s.usdPerUnit) };
  }
  return merged.filter((s) => !s.usdPerUnit.isZero());
}
