import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import type { EditorProps } from './editorProps';
import { withPatch } from './patch';

type Billing = 'request' | 'instance';

/** Regions with their price tier, from the Cloud Run pricing file's region table. */
export const CLOUD_RUN_REGIONS = [
  'us-central1', 'us-east1', 'us-east4', 'us-west1', 'europe-west1', 'europe-west4', 'europe-north1', 'asia-east1', 'asia-northeast1',
  'europe-west2', 'europe-west3', 'asia-southeast1', 'asia-northeast3', 'australia-southeast1',
] as const;
type Region = (typeof CLOUD_RUN_REGIONS)[number];

/** Google Cloud Run (and Cloud Run functions): request-based or instance-based billing. */
export function CloudRunEditor({ system, path, onChange }: EditorProps<'gcp-cloud-run'>) {
  const issues = {
    region: useFieldIssue(`${path}.region`),
    billing: useFieldIssue(`${path}.billing`),
    vcpu: useFieldIssue(`${path}.vcpu`),
    memoryGib: useFieldIssue(`${path}.memoryGib`),
    concurrency: useFieldIssue(`${path}.concurrency`),
    minInstances: useFieldIssue(`${path}.minInstances`),
  };
  return (
    <>
      <SelectField<Region>
        label="Google Cloud region"
        value={(system.region ?? 'us-central1') as Region}
        options={CLOUD_RUN_REGIONS.map((r) => ({ value: r, label: r }))}
        onChange={(r) => onChange(withPatch(system, { region: r === 'us-central1' ? undefined : r }))}
        issue={issues.region}
      />
      <SelectField<Billing>
        label="Billing"
        value={system.billing ?? 'request'}
        options={[
          { value: 'request', label: 'Request-based (CPU only during requests)' },
          { value: 'instance', label: 'Instance-based (CPU always allocated)' },
        ]}
        onChange={(b) => onChange(withPatch(system, { billing: b === 'request' ? undefined : b }))}
        issue={issues.billing}
      />
      <NumberField label="vCPU per instance" unit="vCPU" value={system.vcpu ?? 1} onChange={(v) => onChange(withPatch(system, { vcpu: v }))} issue={issues.vcpu} />
      <NumberField label="Memory per instance" unit="GiB" value={system.memoryGib ?? 0.5} onChange={(v) => onChange(withPatch(system, { memoryGib: v }))} issue={issues.memoryGib} />
      <NumberField label="Concurrent requests per instance" unit="requests" value={system.concurrency ?? 80} onChange={(v) => onChange(withPatch(system, { concurrency: v }))} issue={issues.concurrency} />
      <NumberField label="Minimum instances" unit="instances" value={system.minInstances ?? 0} onChange={(v) => onChange(withPatch(system, { minInstances: v === 0 ? undefined : v }))} issue={issues.minInstances} />
    </>
  );
}
