import { Suspense, lazy, useState } from 'react';
import type { Architecture } from '../../engine';
import { type Choice, patchFor } from '../../kinds/aws-lambda/rightsizing';
import type { PricedScenario } from '../../report';
import { count } from '../format';
import { MeasurePaste } from './MeasurePaste';
import { ModelInputs } from './ModelInputs';
import { RecommendationTable } from './RecommendationTable';
import { type PanelForm, initialForm } from './inputs';
import { derivedFromReports, useRightsizing } from './useRightsizing';

// recharts is large and only this panel's charts need it: load it when the panel first draws them.
const RightsizeCharts = lazy(() => import('./RightsizeCharts'));

/** Workload fields a right-sizing choice changes in the scenario (absent: leave as is). */
export type RightsizeApplyPatch = {
  readonly memoryMb: number;
  readonly architecture?: Architecture;
  readonly durationMs?: number;
  readonly cpuBoundShare?: number;
  readonly threads?: number;
  readonly headroomPct?: number;
  readonly maxMemoryUsedMb?: number;
  readonly coldStartRate?: number;
  readonly initDurationMs?: number;
};

export type RightsizePanelProps = {
  /** The app's current scenario as priced (its resolved workload and price book are what is right-sized). */
  readonly priced: Extract<PricedScenario, { ok: true }>;
  /** Called with the workload fields to change when the user applies a recommendation. */
  readonly onApply: (patch: RightsizeApplyPatch) => void;
};

function formFor(priced: RightsizePanelProps['priced']): PanelForm {
  const w = priced.resolved.workload;
  return initialForm({ ...w, architecture: w.architecture });
}

/**
 * Memory right-sizing for the scenario's Lambda system: model inputs or pasted measurements in,
 * cheapest / fastest / balanced / within-latency out (x86_64 and arm64 side by side), charts of
 * cost and duration against memory, and one click to apply a choice to the scenario.
 */
export function RightsizePanel({ priced, onApply }: RightsizePanelProps) {
  const [form, setForm] = useState<PanelForm>(() => formFor(priced));
  const [seen, setSeen] = useState(priced);
  if (seen !== priced) {
    // A new scenario (e.g. after applying a choice): its model inputs replace the form's, the paste stays.
    const next = formFor(priced);
    setSeen(priced);
    setForm((f) => ({
      ...f,
      cpuBoundSharePct: next.cpuBoundSharePct,
      threads: next.threads,
      maxMemoryUsedMb: next.maxMemoryUsedMb,
      headroomPct: next.headroomPct,
    }));
  }
  const state = useRightsizing(priced, form);
  const workload = priced.resolved.workload;
  const change = (patch: Partial<PanelForm>) => setForm((f) => ({ ...f, ...patch }));
  const r = state.rightsizing;
  const derived = derivedFromReports(state.measurements);

  const apply = (choice: Choice) => {
    if (!r) return;
    const p = patchFor(r, choice.point);
    const threads = Number(form.threads);
    const headroomPct = Number(form.headroomPct);
    const maxMemoryUsedMb =
      derived.maxMemoryUsedMb ?? (form.maxMemoryUsedMb.trim() === '' ? undefined : Number(form.maxMemoryUsedMb));
    onApply({
      ...p,
      threads,
      headroomPct,
      ...(maxMemoryUsedMb !== undefined ? { maxMemoryUsedMb } : {}),
      ...(derived.coldStartRate !== undefined ? { coldStartRate: derived.coldStartRate } : {}),
      ...(derived.initDurationMs !== undefined ? { initDurationMs: derived.initDurationMs } : {}),
    });
  };

  return (
    <section aria-labelledby="rs-title" data-testid="rightsize-panel">
      <h3 id="rs-title">Lambda memory: what to pick</h3>
      <ModelInputs
        form={form}
        onChange={change}
        measured={r?.mode === 'measured'}
        reportMaxMemoryMb={derived.maxMemoryUsedMb ?? null}
      />
      <MeasurePaste form={form} measurements={state.measurements} onChange={change} />
      {derived.coldStartRate !== undefined ? (
        <button type="button" onClick={() => onApply({ memoryMb: workload.memoryMb, ...derived })}>
          Use these cold starts, INIT time and max memory in the scenario
        </button>
      ) : null}
      {state.errors.length > 0 ? (
        <ul role="alert" data-testid="rs-errors">
          {state.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {r ? (
        <>
          <p data-testid="rs-mode">
            {r.mode === 'measured'
              ? 'Durations measured; sizes between measured ones are interpolated and untested.'
              : 'Durations modelled (an estimate with a band).'}{' '}
            Every cost is the whole system's monthly bill at {count(workload.requestsPerMonth)} requests/month, as of{' '}
            {state.book.pricingDate}.
          </p>
          <div className="table-scroll">
            <RecommendationTable rightsizing={r} showLatency={form.latencyLimitMs.trim() !== ''} onPick={apply} />
          </div>
          <ul aria-label="Notes">
            {r.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <Suspense fallback={<p>Loading charts…</p>}>
            <RightsizeCharts rightsizing={r} />
          </Suspense>
        </>
      ) : null}
    </section>
  );
}
