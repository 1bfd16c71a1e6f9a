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

/** The four recommendations; `withinLatency` is null when no limit was set or nothing meets it. */
export type Recommendations = {
  readonly cheapest: Choice | null;
  readonly fastest: Choice | null;
  readonly balanced: Choice | null;
  readonly withinLatency: Choice | null;
};

export type RecommendOptions = {
  /** Power Tuning's balanced weight w: score = w·cost/maxCost + (1−w)·time/maxTime. */
  readonly weight: number;
  readonly latencyLimitMs?: number;
  readonly latencyMetric: LatencyMetric;
};

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
 * Cheapest, fastest, balanced and cheapest within a latency limit among the points at or above
 * the memory floor. Balanced normalises by the largest cost and time among those points, as Power
 * Tuning does, so the weight means the same whatever the units.
 */
export function recommend(points: readonly SizingPoint[], current: SizingPoint, o: RecommendOptions): Recommendations {
  const ok = points.filter((p) => !p.belowFloor);
  const maxCost = ok.reduce((m, p) => Math.max(m, p.monthlyUsd.toNumber()), 0);
  const maxTime = ok.reduce((m, p) => Math.max(m, p.durationMs), 0);
  const score = (p: SizingPoint) =>
    (maxCost > 0 ? (o.weight * p.monthlyUsd.toNumber()) / maxCost : 0) +
    (maxTime > 0 ? ((1 - o.weight) * p.durationMs) / maxTime : 0);
  const balanced = best(ok, (a, b) => score(a) - score(b) || byCost(a, b));
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
  return {
    cheapest: choice(best(ok, byCost)),
    fastest: choice(best(ok, byTime)),
    balanced: choice(balanced),
    withinLatency: choice(best(within, byCost)),
  };
}
