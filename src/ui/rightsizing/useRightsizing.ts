import { useMemo } from 'react';
import type { Architecture, PriceBook } from '../../engine';
import { type RightsizeOptions, type Rightsizing, rightsize } from '../../kinds/aws-lambda/rightsizing';
import { type Measurements, parseMeasurements } from '../../measure';
import type { OwnWorkload } from '../../kinds/aws-lambda/ownWorkload';
import type { PricedScenario } from '../../report';
import { type PanelForm, PanelInputs } from './inputs';

type Priced = Extract<PricedScenario, { ok: true }>;

/** Everything the panel shows, derived from (priced scenario, form); nothing stored. */
export type PanelState = {
  readonly measurements: Measurements;
  readonly errors: readonly string[];
  readonly rightsizing: Rightsizing | null;
  readonly book: PriceBook;
};

/** REPORT-derived values for the main scenario (cold starts, INIT, memory floor), when the paste holds any. */
export function derivedFromReports(m: Measurements): {
  coldStartRate?: number;
  initDurationMs?: number;
  maxMemoryUsedMb?: number;
} {
  if (m.kind !== 'report-lines' || m.summary.invocations === 0) return {};
  const s = m.summary;
  return {
    coldStartRate: Math.round(s.coldStartRate * 1e6) / 1e6,
    ...(s.initDurationMs !== null ? { initDurationMs: Math.round(s.initDurationMs * 100) / 100 } : {}),
    ...(s.maxMemoryUsedMb !== null ? { maxMemoryUsedMb: s.maxMemoryUsedMb } : {}),
  };
}

/**
 * Runs the right-sizer whenever an input changes (a full sweep takes ~15 ms), on the resolved
 * scenario and price book the app's pricing already made: nothing of the pipeline is rebuilt here.
 */
export function useRightsizing(priced: Priced, form: PanelForm, systemId: string | undefined): PanelState {
  const measurements = useMemo(() => parseMeasurements(form.paste), [form.paste]);
  return useMemo(() => {
    const { resolved, book } = priced;
    const parsed = PanelInputs.safeParse(form);
    if (!parsed.success)
      return { measurements, errors: parsed.error.issues.map((i) => i.message), rightsizing: null, book };
    const f = parsed.data;
    const derived = derivedFromReports(measurements);
    // The panel's inputs and what the paste says are the sized function's own: no other system sees them.
    const workload: OwnWorkload = {
      cpuBoundShare: f.cpuBoundSharePct / 100,
      threads: f.threads,
      headroomPct: f.headroomPct,
      maxMemoryUsedMb: derived.maxMemoryUsedMb ?? f.maxMemoryUsedMb,
      ...(derived.coldStartRate !== undefined ? { coldStartRate: derived.coldStartRate } : {}),
      ...(derived.initDurationMs !== undefined ? { initDurationMs: derived.initDurationMs } : {}),
    };
    const errors: string[] = [];
    const points = measuredPoints(measurements, errors);
    const arch: Architecture = f.measuredArchitecture;
    const extra = measuredExtras(measurements, arch, errors);
    const options: RightsizeOptions = {
      ...(systemId !== undefined ? { systemId } : {}),
      workload,
      weight: f.weightPct / 100,
      latencyMetric: f.latencyMetric,
      ...(f.latencyLimitMs !== null ? { latencyLimitMs: f.latencyLimitMs } : {}),
      ...(points.length > 0 ? { measured: { architecture: arch, points, ...extra.measured } } : {}),
      ...(extra.durationLimitMs !== undefined ? { durationLimitMs: extra.durationLimitMs } : {}),
    };
    const result = rightsize(book, resolved, options);
    if (!result.ok)
      return {
        measurements,
        errors: [...errors, ...result.issues.map((i) => `${i.field}: ${i.message}`)],
        rightsizing: null,
        book,
      };
    return { measurements, errors, rightsizing: result.rightsizing, book };
  }, [priced, form, measurements, systemId]);
}

/** What measurements add beyond durations: the other series, the configured size, the timeout; several functions are refused. */
function measuredExtras(
  m: Measurements,
  arch: Architecture,
  errors: string[],
): { measured: Omit<NonNullable<RightsizeOptions['measured']>, 'architecture' | 'points'>; durationLimitMs?: number } {
  if (m.kind === 'power-tuning' && m.result.ok) {
    const second = m.result.series[1];
    const a = second?.architecture;
    return { measured: second && a && a !== arch ? { other: { architecture: a, points: second.points } } : {} };
  }
  if (m.kind !== 'report-lines' || m.summary.points.length === 0) return { measured: {} };
  const names = new Set(m.parsed.reports.flatMap((r) => (r.functionName ? [r.functionName] : [])));
  if (names.size > 1) errors.push(`The paste holds several functions' lines (${[...names].join(', ')}): paste one's.`);
  const current = [...m.summary.points].sort((a, b) => b.invocations - a.invocations)[0];
  const restoreRate = m.summary.restores > 0 ? m.summary.restores / m.summary.invocations : undefined;
  return {
    measured: {
      ...(current ? { currentMemoryMb: current.memoryMb } : {}),
      ...(restoreRate !== undefined ? { restoreRate } : {}),
    },
    ...(m.summary.timeoutMs !== null ? { durationLimitMs: m.summary.timeoutMs } : {}),
  };
}

function measuredPoints(m: Measurements, errors: string[]) {
  if (m.kind === 'power-tuning') {
    if (!m.result.ok) {
      errors.push(`Power Tuning link: ${m.result.message}`);
      return [];
    }
    return m.result.series[0]?.points ?? [];
  }
  if (m.kind === 'report-lines') return m.summary.points;
  return [];
}
