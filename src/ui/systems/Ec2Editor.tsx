import { useDerived, useFieldIssue } from '../AppContext';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import type { EditorProps } from './editorProps';
import { InstanceFleetFields } from './FleetFields';
import { withPatch } from './patch';

/** EC2 on-demand: instance type (from the price list in use), fixed or traffic-sized fleet, ALB. */
export function Ec2Editor({ system, path, onChange }: EditorProps<'aws-ec2'>) {
  const instances = useDerived().shown?.book.services['aws-ec2']?.instances ?? {};
  const names = Object.keys(instances);
  if (!names.includes(system.instanceType)) names.unshift(system.instanceType);
  return (
    <>
      <SelectField<string>
        label="Instance type"
        value={system.instanceType}
        options={names.map((n) => {
          const t = instances[n];
          return { value: n, label: t ? `${n} — ${t.vcpu} vCPU, ${t.memoryGib} GiB, ${t.architecture}` : n };
        })}
        onChange={(instanceType) => onChange({ ...system, instanceType })}
        issue={useFieldIssue(`${path}.instanceType`)}
      />
      <InstanceFleetFields system={system} path={path} onChange={onChange} />
      <CheckboxField
        label="Application Load Balancer"
        checked={system.loadBalancer === 'alb'}
        onChange={(on) => onChange(withPatch(system, { loadBalancer: on ? 'alb' : undefined }))}
        hint="$0.0225/hour plus LCUs (one new connection per request)."
      />
    </>
  );
}
