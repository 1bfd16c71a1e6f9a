/** One measured memory size: average duration, optionally p95, and how many invocations it rests on. */
export type MeasuredPoint = {
  readonly memoryMb: number;
  readonly durationMs: number;
  readonly p95Ms?: number;
  readonly invocations?: number;
  /** Invocations at this size that timed out or failed: its duration is then a lower bound, not a measurement. */
  readonly timeouts?: number;
};

/** A duration read off measurements: at a measured size, or interpolated between two (untested). */
export type MeasuredDuration = {
  readonly durationMs: number;
  readonly p95Ms: number | null;
  readonly untested: boolean;
  /** Rests on a size where invocations timed out: the true duration is longer than this. */
  readonly censored: boolean;
};

/** Points sorted by memory, one per size (a later duplicate replaces an earlier one). */
export function sortPoints(points: readonly MeasuredPoint[]): MeasuredPoint[] {
  const bySize = new Map<number, MeasuredPoint>();
  for (const p of points) bySize.set(p.memoryMb, p);
  return [...bySize.values()].sort((a, b) => a.memoryMb - b.memoryMb);
}

/**
 * Duration at `memoryMb` from sorted measured points: the measurement itself, or a straight line
 * between the two measured neighbours (as Power Tuning draws it), flagged untested. Outside the
 * measured range there is nothing to go on: null (the right-sizer does not extrapolate).
 */
export function measuredDuration(sorted: readonly MeasuredPoint[], memoryMb: number): MeasuredDuration | null {
  for (let i = 0; i < sorted.length; i++) {
    const hi = sorted[i]!;
    if (hi.memoryMb === memoryMb)
      return { durationMs: hi.durationMs, p95Ms: hi.p95Ms ?? null, untested: false, censored: (hi.timeouts ?? 0) > 0 };
    if (hi.memoryMb < memoryMb) continue;
    const lo = sorted[i - 1];
    if (!lo) return null;
    const t = (memoryMb - lo.memoryMb) / (hi.memoryMb - lo.memoryMb);
    const lerp = (a: number, b: number) => a + t * (b - a);
    const p95Ms = lo.p95Ms !== undefined && hi.p95Ms !== undefined ? lerp(lo.p95Ms, hi.p95Ms) : null;
    const censored = (lo.timeouts ?? 0) > 0 || (hi.timeouts ?? 0) > 0;
    return { durationMs: lerp(lo.durationMs, hi.durationMs), p95Ms, untested: true, censored };
  }
  return null;
}
