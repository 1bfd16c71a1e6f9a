import { useActions, useFieldIssue, useInputs } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { ColdStartFields } from './ColdStartFields';
import { RequestsField } from './RequestsField';

type Arch = 'x86_64' | 'arm64';

/** The workload every system serves: traffic, duration, memory, architecture, storage, cold starts, shape. */
export function WorkloadSection() {
  const w = useInputs((s) => s.scenario.workload);
  const { setWorkload } = useActions();
  return (
    <section className="panel" aria-labelledby="workload-heading">
      <h2 id="workload-heading">Workload</h2>
      <RequestsField />
      <NumberField
        label="Average duration"
        unit="ms"
        value={w.durationMs}
        onChange={(v) => v !== undefined && setWorkload({ durationMs: v })}
        slider={{ min: 1, max: 60_000, log: true }}
        issue={useFieldIssue('workload.durationMs')}
        testId="duration"
      />
      <NumberField
        label="CPU time per request"
        unit="ms"
        value={w.cpuMs}
        onChange={(v) => setWorkload({ cpuMs: v })}
        issue={useFieldIssue('workload.cpuMs')}
        placeholder={`same as duration (${w.durationMs})`}
        optional
        hint="Only for platforms that bill CPU rather than wall time; empty means the same as the duration."
      />
      <NumberField
        label="Memory"
        unit="MB"
        value={w.memoryMb}
        onChange={(v) => v !== undefined && setWorkload({ memoryMb: v })}
        slider={{ min: 128, max: 10_240, step: 1 }}
        issue={useFieldIssue('workload.memoryMb')}
        hint="Lambda: 128–10,240 MB; 1,769 MB is one vCPU."
        testId="memory"
      />
      <SelectField<Arch>
        label="Architecture"
        value={w.architecture ?? 'x86_64'}
        options={[
          { value: 'x86_64', label: 'x86_64' },
          { value: 'arm64', label: 'arm64 (Graviton)' },
        ]}
        onChange={(architecture) => setWorkload({ architecture })}
        issue={useFieldIssue('workload.architecture')}
      />
      <NumberField
        label="Ephemeral storage"
        unit="MB"
        value={w.ephemeralStorageMb}
        onChange={(v) => setWorkload({ ephemeralStorageMb: v })}
        slider={{ min: 512, max: 10_240, step: 1 }}
        issue={useFieldIssue('workload.ephemeralStorageMb')}
        placeholder="512"
        optional
        hint="Lambda /tmp; the first 512 MB are included."
      />
      <ColdStartFields />
      <NumberField
        label="Peak-to-average traffic"
        unit="×"
        value={w.peakToAverage}
        onChange={(v) => setWorkload({ peakToAverage: v })}
        slider={{ min: 1, max: 100, log: true }}
        issue={useFieldIssue('workload.peakToAverage')}
        placeholder="1"
        optional
        hint="Sizes fleets that scale with traffic: they must serve the peak, not the average."
      />
    </section>
  );
}

