import type { MeasuredPoint } from '../kinds/aws-lambda/rightsizing';
import type { ReportLine } from './reportLines';

/** What a set of REPORT lines says about a function, for the right-sizer and the main scenario. */
export type ReportSummary = {
  readonly invocations: number;
  /** One point per configured memory size: average and p95 of Duration (INIT excluded, as Lambda reports it). */
  readonly points: readonly (MeasuredPoint & { readonly invocations: number; readonly billedDurationMs: number })[];
  /** Share of invocations whose line carries an Init Duration (cold starts), 0…1. */
  readonly coldStartRate: number;
  /** Average Init Duration over the cold starts; null when there were none. */
  readonly initDurationMs: number | null;
  /** Average Restore Duration over SnapStart restores; null when there were none. */
  readonly restoreDurationMs: number | null;
  /** The largest Max Memory Used seen: the floor under every recommendation. */
  readonly maxMemoryUsedMb: number | null;
};

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
  for (const r of reports) bySize.set(r.memorySizeMb, [...(bySize.get(r.memorySizeMb) ?? []), r]);
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
  return {
    invocations: reports.length,
    points,
    coldStartRate: reports.length === 0 ? 0 : inits.length / reports.length,
    initDurationMs: mean(inits),
    restoreDurationMs: mean(restores),
    maxMemoryUsedMb: reports.length === 0 ? null : Math.max(...reports.map((r) => r.maxMemoryUsedMb)),
  };
}
