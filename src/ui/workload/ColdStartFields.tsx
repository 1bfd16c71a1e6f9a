import { useId } from 'react';
import { useActions, useFieldIssue, useInputs } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { RUNTIME_INIT_MS } from './runtimes';
import { WorkloadNumber } from './WorkloadNumber';

/** Cold-start share and INIT duration, with runtime presets (billed for on-demand since 2025-08-01). */
export function ColdStartFields() {
  const coldStartRate = useInputs((s) => s.scenario.workload.coldStartRate);
  const { setWorkload } = useActions();
  const presetId = useId();
  return (
    <fieldset className="field-group">
      <legend>Cold starts</legend>
      <NumberField
        label="Cold-start rate"
        unit="% of invocations"
        value={coldStartRate === undefined ? undefined : coldStartRate * 100}
        onChange={(v) => setWorkload({ coldStartRate: v === undefined ? undefined : v / 100 })}
        slider={{ min: 0, max: 10, step: 0.1 }}
        issue={useFieldIssue('workload.coldStartRate')}
        field="workload.coldStartRate"
        range={{ min: 0, max: 100 }}
        placeholder="0"
        optional
        hint="AWS says cold starts typically hit under 1% of invocations."
      />
      <div className="field">
        <label htmlFor={presetId}>Runtime preset for INIT duration</label>
        <select
          id={presetId}
          value=""
          onChange={(e) => {
            const ms = Number(e.currentTarget.value);
            if (Number.isFinite(ms) && ms > 0) setWorkload({ initDurationMs: ms });
          }}
        >
          <option value="">Choose a runtime…</option>
          {RUNTIME_INIT_MS.flatMap((r) => [
            <option key={`${r.runtime}-m`} value={r.medianMs}>{`${r.runtime}: median ${r.medianMs} ms`}</option>,
            <option key={`${r.runtime}-p`} value={r.p99Ms}>{`${r.runtime}: p99 ${r.p99Ms} ms`}</option>,
          ])}
        </select>
      </div>
      <WorkloadNumber
        field="initDurationMs"
        label="INIT duration"
        unit="ms"
        slider={{ min: 0, max: 10_000, step: 10 }}
        optionalDefault="0"
        hint="Billed with the invocation for on-demand functions from 2025-08-01 (capped at 10 s)."
      />
    </fieldset>
  );
}
