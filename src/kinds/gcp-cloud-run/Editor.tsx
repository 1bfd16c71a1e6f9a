import { useFieldIssue, useInputs } from '../../ui/AppContext';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { CLOUD_RUN_SERVICE, type GCP_CLOUD_RUN } from './kind';
import { CLOUD_RUN_DEFAULTS } from './scenario';
import { memoryGibOf } from './shared';
import { CloudRunSizingFields } from './SizingFields';

type Billing = 'request' | 'instance';

/** Google Cloud Run (and Cloud Run functions): request-based or instance-based billing. */
export function CloudRunEditor({ system, path, onChange, memoryMb }: EditorProps<typeof GCP_CLOUD_RUN>) {
  const issues = {
    region: useFieldIssue(`${path}.region`),
    billing: useFieldIssue(`${path}.billing`),
    vcpu: useFieldIssue(`${path}.vcpu`),
    memoryGib: useFieldIssue(`${path}.memoryGib`),
    concurrency: useFieldIssue(`${path}.concurrency`),
    minInstances: useFieldIssue(`${path}.minInstances`),
  };
  const prices = useServicePrices(CLOUD_RUN_SERVICE);
  const workloadMemoryMb = useInputs((s) => s.scenario.workload.memoryMb);
  // What the bill uses: the system's own memory, else a component's override, else the workload's.
  const billedGib = memoryGibOf(system, memoryMb ?? workloadMemoryMb).toNumber();
  const region = system.region ?? CLOUD_RUN_DEFAULTS.region;
  // Regions and their price tier come from the pricing file's region table.
  const tiers = prices?.rules.regionTiers ?? {};
  const regions = Object.keys(tiers);
  if (!regions.includes(region)) regions.unshift(region);
  return (
    <>
      <SelectField<string>
        label="Google Cloud region"
        value={region}
        options={regions.map((r) => ({ value: r, label: tiers[r] ? `${r} (Tier ${tiers[r]})` : r }))}
        onChange={(r) => onChange(withPatch(system, { region: r === CLOUD_RUN_DEFAULTS.region ? undefined : r }))}
        issue={issues.region}
      />
      <SelectField<Billing>
        label="Billing"
        value={system.billing ?? CLOUD_RUN_DEFAULTS.billing}
        options={[
          { value: 'request', label: 'Request-based (CPU only during requests)' },
          { value: 'instance', label: 'Instance-based (CPU always allocated)' },
        ]}
        onChange={(b) => onChange(withPatch(system, { billing: b === CLOUD_RUN_DEFAULTS.billing ? undefined : b }))}
        issue={issues.billing}
      />
      <NumberField
        label="vCPU per instance"
        unit="vCPU"
        value={system.vcpu ?? CLOUD_RUN_DEFAULTS.vcpu}
        onChange={(v) => onChange(withPatch(system, { vcpu: v }))}
        issue={issues.vcpu}
      />
      <NumberField
        label="Memory per instance"
        unit="GiB"
        value={billedGib}
        onChange={(v) => onChange(withPatch(system, { memoryGib: v }))}
        issue={issues.memoryGib}
      />
      <NumberField
        label="Concurrent requests per instance"
        unit="requests"
        value={system.concurrency ?? prices?.rules.defaultConcurrency}
        onChange={(v) => onChange(withPatch(system, { concurrency: v }))}
        issue={issues.concurrency}
      />
      {(system.billing ?? CLOUD_RUN_DEFAULTS.billing) === 'instance' && (
        <CloudRunSizingFields
          system={system}
          path={path}
          memoryGib={billedGib}
          concurrency={system.concurrency ?? prices?.rules.defaultConcurrency}
          onChange={onChange}
        />
      )}
      <NumberField
        label="Minimum instances"
        unit="instances"
        value={system.minInstances ?? 0}
        onChange={(v) => onChange(withPatch(system, { minInstances: v === 0 ? undefined : v }))}
        issue={issues.minInstances}
      />
    </>
  );
}
