import { useFieldIssue } from '../../ui/AppContext';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import { withPatch } from '../../ui/systems/patch';
import { useCapacityHint } from '../../ui/systems/useCapacityHint';
import type { ScenarioSystem } from '../../scenario';
import { CLOUD_RUN_DEFAULTS } from './scenario';
import type { GCP_CLOUD_RUN } from './kind';

type RunSystem = Extract<ScenarioSystem, { kind: typeof GCP_CLOUD_RUN }>;
type Sizing = 'workload' | 'concurrency';

/** Instance-based Cloud Run: how instances are sized (the capacity model or concurrency alone) and the CPU target. */
export function CloudRunSizingFields({
  system,
  path,
  memoryGib,
  concurrency,
  onChange,
}: {
  readonly system: RunSystem;
  readonly path: string;
  readonly memoryGib: number;
  readonly concurrency: number | undefined;
  readonly onChange: (s: RunSystem) => void;
}) {
  const sizing = system.sizing ?? CLOUD_RUN_DEFAULTS.sizing;
  const vcpu = system.vcpu ?? CLOUD_RUN_DEFAULTS.vcpu;
  const hint = useCapacityHint(
    {
      name: `${vcpu} vCPU / ${memoryGib} GiB instance`,
      noun: 'instance',
      vcpu,
      memoryGib,
      maxConcurrency: concurrency,
    },
    system.targetUtilization,
  );
  const sizingIssue = useFieldIssue(`${path}.sizing`);
  const utilIssue = useFieldIssue(`${path}.targetUtilization`);
  const util = system.targetUtilization;
  return (
    <>
      <SelectField<Sizing>
        label="Instances sized by"
        value={sizing}
        options={[
          { value: 'workload', label: 'the workload (CPU at the target, memory, concurrency)' },
          { value: 'concurrency', label: 'concurrency alone (links before version 3)' },
        ]}
        onChange={(v) => onChange(withPatch(system, { sizing: v === CLOUD_RUN_DEFAULTS.sizing ? undefined : v }))}
        issue={sizingIssue}
      />
      {sizing === 'workload' && (
        <NumberField
          label="Target CPU utilisation at peak"
          unit="%"
          value={util === undefined ? undefined : Math.round(util * 10_000) / 100}
          onChange={(v) => onChange(withPatch(system, { targetUtilization: v === undefined ? undefined : v / 100 }))}
          issue={utilIssue}
          placeholder="70"
          optional
          slider={{ min: 5, max: 100, step: 5 }}
          hint={hint}
        />
      )}
    </>
  );
}
