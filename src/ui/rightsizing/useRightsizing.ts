import { useEffect, useMemo, useState } from 'react';
import type { Architecture, PriceBook } from '../../engine';
import {
  type RightsizeOptions,
  type RightsizeResult,
  type Rightsizing,
  rightsizeSteps,
} from '../../kinds/aws-lambda/rightsizing';
import { runInSlices } from '../runInSlices';
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
  /** The sweep for the current inputs is still running: what is shown is the previous inputs' result. */
  readonly pending: boolean;
};

/** One sweep to run: the inputs it was made from, or only the errors that stop it. */
type Request = {
  readonly systemId: string | undefined;
  readonly errors: readonly string[];
  readonly run: {
    readonly book: PriceBook;
    readonly resolved: Priced['resolved'];
    readonly options: RightsizeOptions;
  } | null;
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
 * Runs the right-sizer whenever an input changes, on the resolved scenario and price book the app's
 * pricing already made: nothing of the pipeline is rebuilt here. The sweep (~300 sizes, tens of
 * milliseconds) runs in slices of a few milliseconds, so typing in the panel is answered between
 * them; until it ends, the previous result for the same function stays on screen, marked pending. The result is the
 * one-shot `rightsize`'s, exactly (same steps, run later).
 */
export function useRightsizing(priced: Priced, form: PanelForm, systemId: string | undefined): PanelState {
  const measurements = useMemo(() => parseMeasurements(form.paste), [form.paste]);
  const request = useMemo(
    () => sweepRequest(priced, form, measurements, systemId),
    [priced, form, measurements, systemId],
  );
  const [done, setDone] = useState<{ readonly request: Request; readonly result: RightsizeResult } | null>(null);
  useEffect(() => {
    const run = request.run;
    if (!run) return undefined;
    return runInSlices(rightsizeSteps(run.book, run.resolved, run.options), (result) => setDone({ request, result }));
  }, [request]);
  const book = priced.book;
  if (!request.run) return { measurements, errors: request.errors, rightsizing: null, book, pending: false };
  const pending = done?.request !== request;
  // Another function's result is never shown for this one, not even while its own is on the way.
  if (!done || done.request.systemId !== systemId)
    return { measurements, errors: request.errors, rightsizing: null, book, pending };
  const shownBook = done.request.run?.book ?? book;
  if (!done.result.ok)
    return {
      measurements,
      errors: [...request.errors, ...done.result.issues.map((i) => `${i.field}: ${i.message}`)],
      rightsizing: null,
      book: shownBook,
      pending,
    };
  return { measurements, errors: request.errors, rightsizing: done.result.rightsizing, book: shownBook, pending };
}

function sweepRequest(
  priced: Priced,
  form: PanelForm,
  measurements: Measurements,
  systemId: string | undefined,
): Request {
  const { resolved, book } = priced;
  const parsed = PanelInputs.safeParse(form);
  if (!parsed.success) return { systemId, errors: parsed.error.issues.map((i) => i.message), run: null };
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
  return { systemId, errors, run: { book, resolved, options } };
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
