import { type Decimal, ZERO } from './decimal';
import { type Crossing, MAX_REQUESTS_PER_MONTH } from './breakeven';
import { type CostCurve, curveCostAt } from './curve';

/** A crossing between two named systems (what `analyze` lists as its breakevens). */
export type PairCrossing = Crossing & { readonly between: readonly [string, string] };

/** One stretch of traffic over which one system is the cheapest. */
export type CheapestSegment = {
  readonly id: string;
  readonly fromRequestsPerMonth: Decimal;
  /** Where another system becomes cheaper; null: it stays the cheapest to the end of the range. */
  readonly toRequestsPerMonth: Decimal | null;
};

/**
 * The cheapest system at every traffic level: the lower envelope of the cost curves over
 * (0, 10^12] requests/month, as contiguous segments. The cheapest can only change where it stops
 * being cheaper than another system — one of their breakevens — so the sweep walks the current
 * winner's losses in traffic order, exact like the breakevens, and picks each new winner by the
 * exact costs inside the stretch that follows. Ties keep the current winner (equal costs are no
 * change), then the scenario's order. Where a pair's crossings were truncated (`Analysis.truncatedPairs`)
 * the envelope is only as complete as they are.
 */
export function cheapestSequence(
  curves: ReadonlyMap<string, CostCurve>,
  order: readonly string[],
  breakevens: readonly PairCrossing[],
  maxRequests: Decimal = MAX_REQUESTS_PER_MONTH,
): CheapestSegment[] {
  if (order.length === 0) return [];
  const sorted = [...breakevens].filter((b) => b.requestsPerMonth.gt(0) && b.requestsPerMonth.lt(maxRequests)).sort((x, y) => x.requestsPerMonth.comparedTo(y.requestsPerMonth));
  const points = uniqueSorted([ZERO, ...sorted.map((b) => b.requestsPerMonth)]);
  const winnerAfter = (r: Decimal, previous: string | null) => cheapestAt(curves, order, sampleAfter(points, r, maxRequests), previous);
  const segments: CheapestSegment[] = [];
  let start = ZERO;
  let winner = winnerAfter(ZERO, null);
  for (let k = 0; k < sorted.length; k++) {
    const b = sorted[k]!;
    if (!losesAt(b, winner)) continue;
    const successor = winnerAfter(b.requestsPerMonth, winner);
    if (successor === winner) continue;
    segments.push({ id: winner, fromRequestsPerMonth: start, toRequestsPerMonth: b.requestsPerMonth });
    start = b.requestsPerMonth;
    winner = successor;
  }
  segments.push({ id: winner, fromRequestsPerMonth: start, toRequestsPerMonth: null });
  return segments;
}

/** True when, at this breakeven, `id` stops being the cheaper of its pair. */
function losesAt(b: PairCrossing, id: string): boolean {
  return (b.between[0] === id && b.cheaperAbove === 'b') || (b.between[1] === id && b.cheaperAbove === 'a');
}

/** A traffic level strictly inside the stretch after `r` (up to the next breakeven or the range's end). */
function sampleAfter(points: readonly Decimal[], r: Decimal, maxRequests: Decimal): Decimal {
  const next = points.find((p) => p.gt(r)) ?? maxRequests;
  return r.plus(next).div(2);
}

function cheapestAt(curves: ReadonlyMap<string, CostCurve>, order: readonly string[], r: Decimal, previous: string | null): string {
  let best = previous ?? order[0]!;
  let bestUsd = curveCostAt(curves.get(best)!, r);
  for (const id of order) {
    const usd = curveCostAt(curves.get(id)!, r);
    if (usd.lt(bestUsd)) {
      best = id;
      bestUsd = usd;
    }
  }
  return best;
}

function uniqueSorted(values: readonly Decimal[]): Decimal[] {
  const out: Decimal[] = [];
  for (const v of [...values].sort((x, y) => x.comparedTo(y))) if (out.length === 0 || !out[out.length - 1]!.eq(v)) out.push(v);
  return out;
}
