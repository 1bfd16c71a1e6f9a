import { Decimal, ZERO, dec } from '../decimal';
import { formatQuantity } from '../money';
import { SECONDS_PER_MONTH } from '../model';
import type { Piecewise, Segment } from '../piecewise';

/**
 * Seconds a month that instances billed "while executing" are busy, for platforms where concurrent
 * requests on one instance are billed once (Azure Flex Consumption, Cloud Run request-based):
 * `max(R × dense, min(R × sparse, one instance-month))`.
 * - Sparse traffic: every request is its own activity period, billed `sparseSeconds` (its
 *   duration rounded up, with the platform's minimum period).
 * - Those periods cannot bill more than the wall clock of the instance they run on: once they
 *   fill one instance-month, that instance is simply always busy.
 * - Dense traffic: instances are packed with `concurrency` requests each, billed
 *   `denseSeconds` = duration / concurrency per request.
 * Microsoft's Flex worked example (40 RPS of 250 ms at concurrency 1 → 10 busy instances; at 10 → 1)
 * is the dense case. The sparse case is an upper bound for random arrivals; see README.
 */
export function busyInstanceSeconds(sparseSeconds: Decimal, denseSeconds: Decimal): Piecewise {
  const month = dec(SECONDS_PER_MONTH);
  if (sparseSeconds.lte(denseSeconds)) return [{ to: null, a: ZERO, b: denseSeconds }];
  const fillsOne = month.div(sparseSeconds);
  const packedBeyond = month.div(denseSeconds);
  const out: Segment[] = [
    { to: fillsOne, a: ZERO, b: sparseSeconds },
    { to: packedBeyond, a: month, b: ZERO },
    { to: null, a: ZERO, b: denseSeconds },
  ];
  return out;
}

/** The largest R at which a non-decreasing continuous function is still ≤ `limit` (null: never exceeds it). */
export function lastAtOrBelow(p: Piecewise, limit: Decimal): Decimal | null {
  let from = ZERO;
  for (const seg of p) {
    const end = seg.to === null ? null : seg.a.plus(seg.b.times(seg.to));
    if (end !== null && end.lte(limit) && seg.to !== null) {
      from = seg.to;
      continue;
    }
    if (seg.b.isZero()) return seg.a.lte(limit) ? seg.to : from;
    return Decimal.max(from, limit.minus(seg.a).div(seg.b));
  }
  return null;
}

/** "max(R × 250 ms / 16, min(R × 1,000 ms, 2,628,000 s))": the busy-time rule in words. */
export function busyRuleText(durationMs: number, concurrency: number, sparseMs: Decimal): string {
  return `busy time max(R × ${formatQuantity(durationMs)} ms / ${concurrency} concurrent, min(R × ${formatQuantity(sparseMs)} ms per activity period, ${formatQuantity(SECONDS_PER_MONTH)} s per instance))`;
}
