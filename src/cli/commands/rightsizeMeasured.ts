import type { ReportSummary, SkippedLine } from '../../measure';

/** Where measured durations came from, for the output's header and `measured` in JSON. */
export type MeasuredInfo = {
  readonly source: 'report-lines' | 'power-tuning';
  readonly parsed: number;
  readonly skipped: number;
  readonly problems: readonly SkippedLine[];
  readonly summary?: ReportSummary;
  readonly label?: string | null;
  readonly series?: number;
  /** The architecture the durations were measured on, and how that is known. */
  readonly architecture?: { readonly measured: string; readonly basis: string };
  /** What the measurements leave open (cold-start runs, several sizes, a small sample). */
  readonly notes: readonly string[];
};

const ms = (x: number) => Math.round(x * 100) / 100;

/** `measured` in `rightsize --format json`: what was read, skipped (with reasons) and applied. */
export function measuredJson(m: MeasuredInfo | null) {
  if (!m) return null;
  const s = m.summary;
  return {
    source: m.source,
    parsed: m.parsed,
    skipped: m.skipped,
    problems: m.problems,
    ...(m.label !== undefined ? { label: m.label, series: m.series } : {}),
    ...(m.architecture ? { architecture: m.architecture } : {}),
    ...(s
      ? {
          applied: {
            coldStartRate: s.coldStartRate,
            coldStartRateFrom: { coldStarts: s.coldStarts, invocations: s.invocations, warning: s.coldStartWarning },
            initDurationMs: s.initDurationMs === null ? null : ms(s.initDurationMs),
            maxMemoryUsedMb: s.maxMemoryUsedMb,
          },
          restoreDurationMs: s.restoreDurationMs,
          restores: s.restores,
          timeouts: s.timeouts,
          errors: s.errors,
          timeoutMs: s.timeoutMs,
        }
      : {}),
    notes: m.notes,
  };
}
