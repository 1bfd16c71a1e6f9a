import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import type { SystemOf } from '../../state';
import type { EditorProps } from './editorProps';
import { InstanceFleetFields } from './FleetFields';
import { withPatch } from './patch';

type VmKind = 'gcp-compute' | 'azure-vm';

/** Machine types the bundled pricing files carry for each VM kind (secondary-graded prices). */
const MACHINES: Record<VmKind, readonly string[]> = { 'gcp-compute': ['e2-small', 'e2-medium'], 'azure-vm': ['B1s', 'B2s'] };
const REGION: Record<VmKind, string> = { 'gcp-compute': 'us-central1', 'azure-vm': 'East US' };

type VmSystem = SystemOf<'gcp-compute'> | SystemOf<'azure-vm'>;
type VmProps = { readonly system: VmSystem; readonly path: string; readonly onChange: (system: VmSystem) => void };

/** Google Compute Engine VM editor. */
export function GcpVmEditor(props: EditorProps<'gcp-compute'>) {
  return <CloudVmEditor {...(props as VmProps)} />;
}

/** Azure VM editor. */
export function AzureVmEditor(props: EditorProps<'azure-vm'>) {
  return <CloudVmEditor {...(props as VmProps)} />;
}

/** A comparable always-on VM on Google Cloud or Azure, fixed or sized from traffic. */
function CloudVmEditor({ system, path, onChange }: VmProps) {
  const machineIssue = useFieldIssue(`${path}.machineType`);
  const hoursIssue = useFieldIssue(`${path}.hoursPerMonth`);
  const kind = system.kind;
  return (
    <>
      <SelectField<string>
        label={`Machine type (${REGION[kind]})`}
        value={system.machineType}
        options={MACHINES[kind].map((m) => ({ value: m, label: m }))}
        onChange={(machineType) => onChange({ ...system, machineType })}
        issue={machineIssue}
      />
      <InstanceFleetFields system={system} path={path} onChange={onChange} />
      <NumberField
        label="Hours per month"
        unit="h"
        value={system.hoursPerMonth ?? 730}
        onChange={(v) => onChange(withPatch(system, { hoursPerMonth: v === 730 ? undefined : v }))}
        slider={{ min: 0, max: 744, step: 1 }}
        issue={hoursIssue}
      />
    </>
  );
}
