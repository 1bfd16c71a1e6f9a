import { Decimal, ONE, ZERO, dec } from './decimal';
import { formatQuantity } from './money';
import { SECONDS_PER_MONTH } from './model';
import { type Piecewise, type Segment, compose, pointwiseMax, scale } from './piecewise';

/**
 * Seconds a month that instances billed "while executing" are busy, for platforms where concurrent
 * requests on one instance are billed once (Azure Flex Consumption, Cloud Run request-based):
 * `max(T × (1 − e^(−R × sparse / T)), R × dense)` with T one instance-month.
 * - First instance: with requests arriving at random (Poisson, rate R / T), each holding its
 *   instance billed for `sparseSeconds` (its duration rounded up, with the platform's minimum
 *   period), the instance is billed a share 1 − e^(−x) of the month, x = R × sparse / T. Sparse
 *   traffic bills every request its own period (x small: ≈ R × sparse); steady traffic merges
 *   them until the instance is always billed.
 * - Dense traffic: instances are packed with `concurrency` requests each, `denseSeconds` =
 *   duration / concurrency per request.
 * The exponential is drawn as chords through knots close enough to stay within 1% of it, so the
 * curve stays piecewise-linear and every breakeven exact. Microsoft's Flex worked example (40 RPS of
 * 250 ms at concurrency 1 → 10 busy instances; at 10 → 1) is the dense case. Not modelled: the
 * rounding up to whole instances when a few are busy (see README).
 */
export function busyInstanceSeconds(sparseSeconds: Decimal, denseSeconds: Decimal): Piecewise {
  const month = dec(SECONDS_PER_MONTH);
  const dense: Piecewise = [{ to: null, a: ZERO, b: denseSeconds }];
  if (sparseSeconds.lte(denseSeconds)) return dense;
  const firstInstance = compose(scale(OCCUPANCY, month), [{ to: null, a: ZERO, b: sparseSeconds.div(month) }]);
  return pointwiseMax(firstInstance, dense);
}

/** Offered load x at which the chords of 1 − e^(−x) bend: dense where the curve bends most. */
const KNOTS = [
  '0',
  '0.001',
  '0.01',
  '0.02',
  '0.04',
  '0.08',
  '0.15',
  '0.25',
  '0.4',
  '0.6',
  '0.8',
  '1',
  '1.3',
  '1.7',
  '2.2',
  '3',
  '4',
  '5.5',
  '7.5',
  '10',
];

/** Up to this load requests almost never overlap (< 0.1%): each is billed as its own period, exactly. */
const SPARSE_LIMIT = new Decimal('0.001');

/**
 * 1 − e^(−x) as chords through the knots (within 1% of it), x itself up to SPARSE_LIMIT (the
 * sparse rule, within 0.05%), constant beyond the last knot (within 0.005% of 1 there).
 */
const OCCUPANCY: Piecewise = (() => {
  const xs = KNOTS.map((k) => new Decimal(k));
  const ys = xs.map((x) => (x.lte(SPARSE_LIMIT) ? x : ONE.minus(x.neg().exp())));
  const out: Segment[] = [];
  for (let i = 1; i < xs.length; i++) {
    const b = ys[i]!.minus(ys[i - 1]!).div(xs[i]!.minus(xs[i - 1]!));
    out.push({ to: xs[i]!, a: ys[i - 1]!.minus(b.times(xs[i - 1]!)), b });
  }
  out.push({ to: null, a: ys[ys.length - 1]!, b: ZERO });
  return out;
})();

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

/** "max(R × 250 ms / 16, 2,628,000 s × (1 − e^(−R × 1,000 ms / 2,628,000 s)))": the busy-time rule in words. */
export function busyRuleText(durationMs: number, concurrency: number, sparseMs: Decimal): string {
  const month = formatQuantity(SECONDS_PER_MONTH);
  return `busy time max(R × ${formatQuantity(durationMs)} ms / ${concurrency} concurrent, ${month} s × (1 − e^(−R × ${formatQuantity(sparseMs)} ms per activity period / ${month} s)))`;
}
