import type { Decimal } from '../../../engine/decimal';
import type { SizingPoint } from './sweep';

/** Which duration a latency limit applies to. */
export type LatencyMetric = 'average' | 'p95';

/** How a choice compares with the current setting; positive percentages are improvements. */
export type VersusCurrent = {
  /** (current − choice) / current cost × 100: negative means dearer. */
  readonly cheaperPct: number;
  /** (current − choice) / current duration × 100: negative means slower. */
  readonly fasterPct: number;
  /** Current monthly bill minus the choice's, at the scenario's traffic (negative: it costs more). */
  readonly monthlySavingUsd: Decimal;
};

/** A recommended point and how it compares with the current setting. */
export type Choice = { readonly point: SizingPoint; readonly vsCurrent: VersusCurrent };

/** The recommendations; `withinLatency` is null when no limit was set or nothing meets it. */
export type Recommendations = {
  readonly cheapest: Choice | null;
  readonly fastest: Choice | null;
  /** Balanced on the whole monthly bill (requests, free tier, INIT, storage and all). */
  readonly balanced: Choice | null;
  /**
   * Power Tuning's own "balanced": on duration cost only (⌈duration⌉ × memory × the GB-s price), as
   * its results page computes it; null when no duration cost was given.
   */
  readonly powerTuningBalanced: Choice | null;
  readonly withinLatency: Choice | null;
};

/** The largest cost and time a balanced score is normalised by: the same for every column, so balanced does not move between them. */
export type BalanceScale = {
  readonly maxCostUsd: number;
  readonly maxTimeMs: number;
  readonly maxDurationCostUsd: number;
};

/**
 * A size may be recommended when it is at or above the memory floor, within the duration limit, and
 * measured (an interpolated size only when interpolation is asked for).
 */
export function recommendable(p: SizingPoint, interpolate = false): boolean {
  return !p.belowFloor && !p.exceedsLimit && (interpolate || p.source !== 'untested');
}

/** The scale over every recommendable point of a sweep (both architectures). */
export function balanceScale(
  points: readonly SizingPoint[],
  durationCostUsd: (p: SizingPoint) => number,
  interpolate = false,
): BalanceScale {
  const ok = points.filter((p) => recommendable(p, interpolate));
  const max = (f: (p: SizingPoint) => number) => ok.reduce((m, p) => Math.max(m, f(p)), 0);
  return {
    maxCostUsd: max((p) => p.monthlyUsd.toNumber()),
    maxTimeMs: max((p) => p.durationMs),
    maxDurationCostUsd: max(durationCostUsd),
  };
}

export type RecommendOptions = {
  /** Power Tuning's balanced weight w: score = w·cost/maxCost + (1−w)·time/maxTime. */
  readonly weight: number;
  readonly latencyLimitMs?: number;
  readonly latencyMetric: LatencyMetric;
  /** Let interpolated (untested) sizes be recommended; even then one that wins by under {@link UNTESTED_MARGIN} is not. */
  readonly interpolate?: boolean;
  /** Normalisation shared by every column; by default the points' own maxima. */
  readonly scale?: BalanceScale;
  /** Power Tuning's cost of one invocation at a point (duration only), for `powerTuningBalanced`. */
  readonly durationCostUsd?: (p: SizingPoint) => number;
};

/** An untested size must beat the best measured one by more than this share (1%) to be recommended. */
export const UNTESTED_MARGIN = 0.01;

/** Compares a point with the current one. */
export function versus(current: SizingPoint, p: SizingPoint): VersusCurrent {
  const cost = current.monthlyUsd;
  return {
    cheaperPct: cost.isZero() ? 0 : cost.minus(p.monthlyUsd).div(cost).times(100).toNumber(),
    fasterPct: ((current.durationMs - p.durationMs) / current.durationMs) * 100,
    monthlySavingUsd: cost.minus(p.monthlyUsd),
  };
}

/** Cheaper first, then faster, then less memory: a total order, so ties resolve the same way every time. */
function byCost(a: SizingPoint, b: SizingPoint): number {
  return a.monthlyUsd.comparedTo(b.monthlyUsd) || a.durationMs - b.durationMs || a.memoryMb - b.memoryMb;
}

function byTime(a: SizingPoint, b: SizingPoint): number {
  return a.durationMs - b.durationMs || a.monthlyUsd.comparedTo(b.monthlyUsd) || a.memoryMb - b.memoryMb;
}

function best(points: readonly SizingPoint[], order: (a: SizingPoint, b: SizingPoint) => number): SizingPoint | null {
  return points.reduce<SizingPoint | null>((m, p) => (m === null || order(p, m) < 0 ? p : m), null);
}

/**
 * The best point, where an untested one wins only by more than {@link UNTESTED_MARGIN} of `value`
 * over the best measured one: a line between two measurements is no reason to pick a size nobody ran.
 */
function bestTested(
  points: readonly SizingPoint[],
  order: (a: SizingPoint, b: SizingPoint) => number,
  value: (p: SizingPoint) => number,
): SizingPoint | null {
  const top = best(points, order);
  if (!top || top.source !== 'untested') return top;
  const tested = best(
    points.filter((p) => p.source !== 'untested'),
    order,
  );
  if (!tested) return top;
  return value(top) < value(tested) * (1 - UNTESTED_MARGIN) ? top : tested;
}

/**
 * Cheapest, fastest, balanced (on the whole bill, and Power Tuning's on duration cost only) and
 * cheapest within a latency limit, among the recommendable points. Balanced normalises by the
 * largest cost and time, as Power Tuning does, so the weight means the same whatever the units.
 */
export function recommend(points: readonly SizingPoint[], current: SizingPoint, o: RecommendOptions): Recommendations {
  const ok = points.filter((p) => recommendable(p, o.interpolate));
  // Scores compare many times per point: read each Decimal bill as a number once.
  const bills = new Map(ok.map((p) => [p, p.monthlyUsd.toNumber()]));
  const cost = (p: SizingPoint) => bills.get(p) ?? p.monthlyUsd.toNumber();
  const ptCost = o.durationCostUsd;
  const scale = o.scale ?? balanceScale(points, ptCost ?? (() => 0), o.interpolate);
  const part = (x: number, max: number) => (max > 0 ? x / max : 0);
  const score = (cost: (p: SizingPoint) => number, maxCost: number) => (p: SizingPoint) =>
    o.weight * part(cost(p), maxCost) + (1 - o.weight) * part(p.durationMs, scale.maxTimeMs);
  const billScore = score(cost, scale.maxCostUsd);
  const limit = o.latencyLimitMs;
  const latencyOf = (p: SizingPoint) => (o.latencyMetric === 'p95' ? p.p95Ms : p.durationMs);
  const within =
    limit === undefined
      ? []
      : ok.filter((p) => {
          const t = latencyOf(p);
          return t !== null && t <= limit;
        });
  const choice = (p: SizingPoint | null): Choice | null => (p ? { point: p, vsCurrent: versus(current, p) } : null);
  const ptScore = ptCost ? score(ptCost, scale.maxDurationCostUsd) : null;
  return {
    cheapest: choice(bestTested(ok, byCost, cost)),
    fastest: choice(bestTested(ok, byTime, (p) => p.durationMs)),
    balanced: choice(bestTested(ok, (a, b) => billScore(a) - billScore(b) || byCost(a, b), billScore)),
    powerTuningBalanced: ptScore
      ? choice(bestTested(ok, (a, b) => ptScore(a) - ptScore(b) || byCost(a, b), ptScore))
      : null,
    withinLatency: choice(bestTested(within, byCost, cost)),
  };
}
