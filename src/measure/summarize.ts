import type { MeasuredPoint } from '../kinds/aws-lambda/rightsizing';
import type { ReportLine } from './reportLines';

/** What a set of REPORT lines says about a function, for the right-sizer and the main scenario. */
export type ReportSummary = {
  readonly invocations: number;
  /** One point per configured memory size: average and p95 of Duration (INIT excluded, as Lambda reports it). */
  readonly points: readonly (MeasuredPoint & { readonly invocations: number; readonly billedDurationMs: number })[];
  /** Share of invocations whose line carries an Init Duration or a Restore Duration (cold starts, SnapStart restores), 0…1. */
  readonly coldStartRate: number;
  /** Cold starts (INIT or SnapStart restore) among `invocations`: what the rate rests on. */
  readonly coldStarts: number;
  /** SnapStart restores among the cold starts. */
  readonly restores: number;
  /** Set when the rate rests on fewer than {@link MIN_COLD_START_SAMPLE} invocations. */
  readonly coldStartWarning: string | null;
  /** Invocations whose REPORT says `Status: timeout` (their Duration is the timeout: a lower bound, not a measurement). */
  readonly timeouts: number;
  /** Invocations whose REPORT says `Status: error` (e.g. `Runtime.OutOfMemory`). */
  readonly errors: number;
  /** The longest timed-out Duration: the function's timeout as configured, when any invocation hit it. */
  readonly timeoutMs: number | null;
  /** Average Init Duration over the cold starts; null when there were none. */
  readonly initDurationMs: number | null;
  /** Average Restore Duration over SnapStart restores; null when there were none. */
  readonly restoreDurationMs: number | null;
  /** The largest Max Memory Used seen: the floor under every recommendation. */
  readonly maxMemoryUsedMb: number | null;
};

/** Below this many invocations a cold-start rate is reported with a warning: one line is not a rate of 100%. */
export const MIN_COLD_START_SAMPLE = 50;

/** The p-th percentile by nearest rank (the value at rank ceil(p·n) of the sorted sample). */
export function percentile(sortedValues: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sortedValues.length));
  return sortedValues[Math.min(rank, sortedValues.length) - 1] ?? Number.NaN;
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
}

/**
 * Groups REPORT lines by memory size into measured points, and derives the cold-start rate, the
 * average INIT time and the memory floor. A cold-start rate read from a sample of lines is only as
 * representative as the sample.
 */
export function summarizeReports(reports: readonly ReportLine[]): ReportSummary {
  const bySize = new Map<number, ReportLine[]>();
  for (const r of reports) {
    const list = bySize.get(r.memorySizeMb);
    if (list) list.push(r);
    else bySize.set(r.memorySizeMb, [r]);
  }
  const points = [...bySize.entries()]
    .sort(([a], [b]) => a - b)
    .map(([memoryMb, rs]) => {
      const durations = rs.map((r) => r.durationMs).sort((a, b) => a - b);
      return {
        memoryMb,
        durationMs: mean(durations) ?? 0,
        p95Ms: percentile(durations, 0.95),
        invocations: rs.length,
        billedDurationMs: mean(rs.map((r) => r.billedDurationMs)) ?? 0,
      };
    });
  const inits = reports.flatMap((r) => (r.initDurationMs !== undefined ? [r.initDurationMs] : []));
  const restores = reports.flatMap((r) => (r.restoreDurationMs !== undefined ? [r.restoreDurationMs] : []));
  const coldStarts = reports.filter((r) => r.initDurationMs !== undefined || r.restoreDurationMs !== undefined).length;
  const timedOut = reports.filter((r) => r.status === 'timeout').map((r) => r.durationMs);
  const n = reports.length;
  return {
    invocations: n,
    points,
    coldStartRate: n === 0 ? 0 : coldStarts / n,
    coldStarts,
    restores: restores.length,
    coldStartWarning:
      n > 0 && n < MIN_COLD_START_SAMPLE
        ? `the cold-start rate (${coldStarts} of ${n}) rests on ${n} invocation${n === 1 ? '' : 's'}, fewer than ${MIN_COLD_START_SAMPLE}: a rough guide at best`
        : null,
    timeouts: timedOut.length,
    errors: reports.filter((r) => r.status === 'error').length,
    timeoutMs: timedOut.length === 0 ? null : timedOut.reduce((m, x) => Math.max(m, x), 0),
    initDurationMs: mean(inits),
    restoreDurationMs: mean(restores),
    maxMemoryUsedMb: n === 0 ? null : reports.reduce((m, r) => Math.max(m, r.maxMemoryUsedMb), 0),
  };
}
