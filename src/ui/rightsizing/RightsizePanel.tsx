import { Suspense, lazy, useState } from 'react';
import { lambdaWorkload } from '../../kinds/aws-lambda/ownWorkload';
import { type Choice, lambdaSystems, patchFor } from '../../kinds/aws-lambda/rightsizing';
import type { PricedScenario } from '../../report';
import { SelectField } from '../fields/SelectField';
import { count } from '../format';
import { MeasurePaste } from './MeasurePaste';
import { ModelInputs } from './ModelInputs';
import { RecommendationTable } from './RecommendationTable';
import { type PanelForm, initialForm } from './inputs';
import { derivedFromReports, useRightsizing } from './useRightsizing';
import type { RightsizeApplyPatch } from './apply';

export type { RightsizeApplyPatch } from './apply';

// recharts is large and only this panel's charts need it: load it when the panel first draws them.
const RightsizeCharts = lazy(() => import('./RightsizeCharts'));

export type RightsizePanelProps = {
  /** The app's current scenario as priced (its resolved workload and price book are what is right-sized). */
  readonly priced: Extract<PricedScenario, { ok: true }>;
  /** Called with the Lambda system's id and its fields to change when the user applies a recommendation. */
  readonly onApply: (systemId: string, patch: RightsizeApplyPatch) => void;
};

type Priced = RightsizePanelProps['priced'];

/** The Lambda system a panel sizes: the chosen one while it exists, else the scenario's first. */
function sizedSystem(priced: Priced, chosen: string | undefined) {
  const all = lambdaSystems(priced.resolved);
  return { all, system: all.find((s) => s.id === chosen) ?? all[0] };
}

function formFor(priced: Priced, systemId: string | undefined): PanelForm {
  const { system } = sizedSystem(priced, systemId);
  const w = lambdaWorkload(priced.resolved.workload, system?.workload);
  return initialForm({ ...w, architecture: system?.architecture ?? w.architecture });
}

/**
 * Memory right-sizing for the scenario's Lambda system: model inputs or pasted measurements in,
 * cheapest / fastest / balanced / within-latency out (x86_64 and arm64 side by side), charts of
 * cost and duration against memory, and one click to apply a choice to the scenario.
 */
export function RightsizePanel({ priced, onApply }: RightsizePanelProps) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const { all, system } = sizedSystem(priced, chosen);
  const systemId = system?.id;
  const [form, setForm] = useState<PanelForm>(() => formFor(priced, systemId));
  const [seen, setSeen] = useState({ priced, systemId });
  if (seen.priced !== priced || seen.systemId !== systemId) {
    // A new scenario (e.g. after applying a choice) or another function: its model inputs replace the form's, the paste stays.
    const next = formFor(priced, systemId);
    setSeen({ priced, systemId });
    setForm((f) => ({
      ...f,
      cpuBoundSharePct: next.cpuBoundSharePct,
      threads: next.threads,
      maxMemoryUsedMb: next.maxMemoryUsedMb,
      headroomPct: next.headroomPct,
    }));
  }
  const state = useRightsizing(priced, form, systemId);
  const workload = priced.resolved.workload;
  const name = system?.name ?? systemId ?? 'Lambda';
  const change = (patch: Partial<PanelForm>) => setForm((f) => ({ ...f, ...patch }));
  const r = state.rightsizing;
  const derived = derivedFromReports(state.measurements);

  const apply = (choice: Choice) => {
    if (!r) return;
    const p = patchFor(r, choice.point);
    // Only the function the panel sized changes: never the workload other systems share.
    const threads = Number(form.threads);
    const headroomPct = Number(form.headroomPct);
    const maxMemoryUsedMb =
      derived.maxMemoryUsedMb ?? (form.maxMemoryUsedMb.trim() === '' ? undefined : Number(form.maxMemoryUsedMb));
    onApply(r.systemId, {
      ...p,
      threads,
      headroomPct,
      ...(maxMemoryUsedMb !== undefined ? { maxMemoryUsedMb } : {}),
      ...(derived.coldStartRate !== undefined ? { coldStartRate: derived.coldStartRate } : {}),
      ...(derived.initDurationMs !== undefined ? { initDurationMs: derived.initDurationMs } : {}),
    });
  };

  return (
    <section aria-labelledby="rs-title" data-testid="rightsize-panel" aria-busy={state.pending}>
      <h3 id="rs-title" data-testid="rs-title">
        Lambda memory of {name}: what to pick
      </h3>
      {all.length > 1 && systemId !== undefined ? (
        <SelectField
          label="Function to size"
          value={systemId}
          options={all.map((s) => ({ value: s.id, label: s.name ?? s.id }))}
          onChange={setChosen}
        />
      ) : null}
      <ModelInputs
        form={form}
        onChange={change}
        measured={r?.mode === 'measured'}
        reportMaxMemoryMb={derived.maxMemoryUsedMb ?? null}
      />
      <MeasurePaste form={form} measurements={state.measurements} onChange={change} />
      {derived.coldStartRate !== undefined ? (
        <button
          type="button"
          onClick={() =>
            systemId !== undefined &&
            onApply(systemId, { memoryMb: lambdaWorkload(workload, system?.workload).memoryMb, ...derived })
          }
        >
          Use these cold starts, INIT time and max memory for {name}
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
            Every cost is {name}&apos;s whole monthly bill at {count(workload.requestsPerMonth)} requests/month, as of{' '}
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
