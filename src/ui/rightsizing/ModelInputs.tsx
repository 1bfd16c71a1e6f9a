import type { PanelForm } from './inputs';

type Props = {
  readonly form: PanelForm;
  readonly onChange: (patch: Partial<PanelForm>) => void;
  readonly measured: boolean;
  readonly reportMaxMemoryMb: number | null;
};

function NumberField(p: {
  id: keyof PanelForm;
  label: string;
  hint: string;
  form: PanelForm;
  onChange: Props['onChange'];
  unit?: string;
}) {
  const id = `rs-${p.id}`;
  return (
    <div className="rs-field">
      <label htmlFor={id}>{p.label}</label>{' '}
      <input
        id={id}
        inputMode="decimal"
        size={8}
        value={p.form[p.id]}
        aria-describedby={`${id}-hint`}
        onChange={(e) => p.onChange({ [p.id]: e.target.value })}
      />
      {p.unit ? ` ${p.unit}` : ''}
      <small id={`${id}-hint`}> {p.hint}</small>
    </div>
  );
}

/** The CPU-share model's inputs, the memory floor, and how to choose: weight and latency limit. */
export function ModelInputs({ form, onChange, measured, reportMaxMemoryMb }: Props) {
  return (
    <fieldset>
      <legend>Model and choice</legend>
      {measured ? <p>Measured durations replace the model where they exist.</p> : null}
      <NumberField
        id="cpuBoundSharePct"
        label="CPU-bound share"
        unit="%"
        hint="of the current duration spent on CPU (the rest waits on I/O and does not speed up)"
        form={form}
        onChange={onChange}
      />
      <NumberField
        id="threads"
        label="Threads"
        hint="vCPUs the code can keep busy (1,769 MB = 1 vCPU)"
        form={form}
        onChange={onChange}
      />
      <NumberField
        id="maxMemoryUsedMb"
        label="Max memory used"
        unit="MB"
        hint={
          reportMaxMemoryMb === null
            ? 'from REPORT lines; blank if unknown'
            : `the pasted REPORT lines say ${reportMaxMemoryMb} MB, which is used instead`
        }
        form={form}
        onChange={onChange}
      />
      <NumberField
        id="headroomPct"
        label="Headroom"
        unit="%"
        hint="above max memory used: no size below it is recommended"
        form={form}
        onChange={onChange}
      />
      <NumberField
        id="weightPct"
        label="Balanced weight on cost"
        unit="%"
        hint="w·cost/maxCost + (1−w)·time/maxTime, as Power Tuning"
        form={form}
        onChange={onChange}
      />
      <NumberField
        id="latencyLimitMs"
        label="Latency limit"
        unit="ms"
        hint="blank for none"
        form={form}
        onChange={onChange}
      />
      <div className="rs-field">
        <label htmlFor="rs-latencyMetric">Limit applies to</label>{' '}
        <select
          id="rs-latencyMetric"
          value={form.latencyMetric}
          onChange={(e) => onChange({ latencyMetric: e.target.value === 'p95' ? 'p95' : 'average' })}
        >
          <option value="average">average duration</option>
          <option value="p95">p95 duration (needs REPORT lines)</option>
        </select>
      </div>
    </fieldset>
  );
}
