import { type PanelForm, PanelInputs } from './inputs';

type Props = {
  readonly form: PanelForm;
  readonly onChange: (patch: Partial<PanelForm>) => void;
  readonly measured: boolean;
  readonly reportMaxMemoryMb: number | null;
};

type TextKey = Exclude<keyof PanelForm, 'latencyMetric' | 'measuredArchitecture'>;

/** A typed number, marked up like the app's own fields (src/ui/fields/NumberField.tsx), with its problem inline. */
function NumberField(p: {
  id: TextKey;
  label: string;
  hint: string;
  form: PanelForm;
  onChange: Props['onChange'];
  unit?: string;
}) {
  const id = `rs-${p.id}`;
  const checked = PanelInputs.shape[p.id].safeParse(p.form[p.id]);
  const error = checked.success ? null : (checked.error.issues[0]?.message ?? null);
  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <div className="field__controls">
        <span className="field__typed">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={p.form[p.id]}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => p.onChange({ [p.id]: e.target.value })}
          />
          {p.unit ? <span className="field__unit">{p.unit}</span> : null}
        </span>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {p.hint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The CPU-share model's inputs, the memory floor, and how to choose: weight and latency limit. */
export function ModelInputs({ form, onChange, measured, reportMaxMemoryMb }: Props) {
  return (
    <fieldset className="field-group">
      <legend>Model and choice</legend>
      {measured ? <p className="field__hint">Measured durations replace the model where they exist.</p> : null}
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
      <div className="field">
        <label htmlFor="rs-latencyMetric">Limit applies to</label>
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
