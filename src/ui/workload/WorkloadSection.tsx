import { useActions, useFieldIssue, useInputs } from '../AppContext';
import { SelectField } from '../fields/SelectField';
import { ColdStartFields } from './ColdStartFields';
import { MemoryField } from './MemoryField';
import { RequestsField } from './RequestsField';
import { WorkloadNumber } from './WorkloadNumber';

type Arch = 'x86_64' | 'arm64';

/** The workload every system serves: traffic, duration, memory, architecture, storage, cold starts, shape. */
export function WorkloadSection() {
  return (
    <section className="panel" aria-labelledby="workload-heading">
      <h2 id="workload-heading">Workload</h2>
      <RequestsField />
      <WorkloadNumber
        field="durationMs"
        label="Average duration"
        unit="ms"
        slider={{ min: 1, max: 60_000, log: true }}
        testId="duration"
      />
      <WorkloadNumber
        field="cpuMs"
        label="CPU time per request"
        unit="ms"
        optionalDefault="same as duration"
        hint="Sizes servers (vCPUs × target utilisation ÷ CPU time) and bills Workers; empty means the same as the duration."
      />
      <MemoryField />
      <ArchitectureField />
      <WorkloadNumber
        field="ephemeralStorageMb"
        label="Ephemeral storage"
        unit="MB"
        slider={{ min: 512, max: 10_240, step: 1 }}
        optionalDefault="512"
        hint="Lambda /tmp; the first 512 MB are included."
      />
      <ColdStartFields />
      <WorkloadNumber
        field="peakToAverage"
        label="Peak-to-average traffic"
        unit="×"
        slider={{ min: 1, max: 100, log: true }}
        optionalDefault="1"
        hint="Sizes fleets that scale with traffic: they must serve the peak, not the average."
      />
      <WorkloadNumber
        field="memoryPerRequestMb"
        label="Server memory per request in flight"
        unit="MB"
        optionalDefault="not a limit"
        hint="Bounds how many requests a server instance holds at once (memory × target ÷ this, over the duration)."
      />
      <details className="field-group">
        <summary>Payload sizes</summary>
        <WorkloadNumber
          field="requestKb"
          label="Request size"
          unit="KB"
          optionalDefault="0"
          hint="API Gateway HTTP APIs meter every 512 KB of a request as one request."
        />
        <WorkloadNumber
          field="responseKb"
          label="Response size"
          unit="KB"
          optionalDefault="0"
          hint="Priced as data transfer out to the internet (AWS systems; rates and tiers under Explain)."
        />
      </details>
    </section>
  );
}

function ArchitectureField() {
  const architecture = useInputs((s) => s.scenario.workload.architecture ?? 'x86_64');
  const issue = useFieldIssue('workload.architecture');
  const { setWorkload } = useActions();
  return (
    <SelectField<Arch>
      label="Architecture"
      value={architecture}
      options={[
        { value: 'x86_64', label: 'x86_64' },
        { value: 'arm64', label: 'arm64 (Graviton)' },
      ]}
      onChange={(a) => setWorkload({ architecture: a })}
      issue={issue}
    />
  );
}
