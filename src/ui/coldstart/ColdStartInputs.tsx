import {
  COLD_START_DEFAULTS,
  KEEP_ALIVE_MINUTES,
  RUNTIME_COLD_STARTS,
  type Runtime,
} from '../../kinds/aws-lambda/coldstart';
import type { ScenarioColdStart } from '../../scenario';
import { useActions, useFieldIssue, useInputs } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';

const RUNTIME_OPTIONS = RUNTIME_COLD_STARTS.map((r) => ({
  value: r.runtime,
  label: `${r.label} (cold start ${r.medianMs} ms, p99 ${r.p99Ms} ms)`,
}));

/** The scenario's `coldStart` inputs: runtime, keep-alive, target and ping interval (empty: the default). */
export function ColdStartInputs() {
  const coldStart = useInputs((s) => s.scenario.coldStart);
  const { setScenarioField } = useActions();
  const set = (patch: Partial<ScenarioColdStart>) => {
    const next: Record<string, unknown> = { ...coldStart, ...patch };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    setScenarioField('coldStart', Object.keys(next).length === 0 ? undefined : (next as ScenarioColdStart));
  };
  return (
    <fieldset className="field-group">
      <legend>Cold-start inputs</legend>
      <SelectField<Runtime>
        label="Runtime"
        value={coldStart?.runtime ?? COLD_START_DEFAULTS.runtime}
        options={RUNTIME_OPTIONS}
        onChange={(runtime) => set({ runtime })}
        issue={useFieldIssue('coldStart.runtime')}
      />
      <NumberField
        label="Keep-alive of an idle instance"
        unit="min"
        value={coldStart?.keepAliveMinutes}
        onChange={(v) => set({ keepAliveMinutes: v })}
        slider={{ min: KEEP_ALIVE_MINUTES.min, max: KEEP_ALIVE_MINUTES.max }}
        optional
        placeholder={String(KEEP_ALIVE_MINUTES.default)}
        hint={`AWS does not publish it: ${KEEP_ALIVE_MINUTES.default} min assumed, ${KEEP_ALIVE_MINUTES.min}–${KEEP_ALIVE_MINUTES.max}`}
        issue={useFieldIssue('coldStart.keepAliveMinutes')}
      />
      <NumberField
        label="Target p99 latency"
        unit="ms"
        value={coldStart?.targetP99Ms}
        onChange={(v) => set({ targetP99Ms: v })}
        optional
        placeholder="none visible"
        hint="The request's p99; empty: no cold start visible to users"
        issue={useFieldIssue('coldStart.targetP99Ms')}
      />
      <NumberField
        label="Keep-warm ping every"
        unit="min"
        value={coldStart?.pingIntervalMinutes}
        onChange={(v) => set({ pingIntervalMinutes: v })}
        optional
        placeholder={String(COLD_START_DEFAULTS.pingIntervalMinutes)}
        issue={useFieldIssue('coldStart.pingIntervalMinutes')}
      />
    </fieldset>
  );
}
