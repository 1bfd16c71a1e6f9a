import { priceText } from '../../engine';
import { useFieldIssue } from '../../ui/AppContext';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { SelectField } from '../../ui/fields/SelectField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { InstanceFleetFields } from '../../ui/systems/FleetFields';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { useCapacityHint } from '../../ui/systems/useCapacityHint';
import { ALB_SERVICE } from '../aws-alb/kind';
import { AwsServerChargeFields } from '../vm-common/ChargeFields';
import { type AWS_EC2, EC2_SERVICE } from './kind';

/** EC2 on-demand: instance type (from the price list in use), fixed or traffic-sized fleet, ALB. */
export function Ec2Editor({ system, path, onChange }: EditorProps<typeof AWS_EC2>) {
  const instances = useServicePrices(EC2_SERVICE)?.instances ?? {};
  const alb = useServicePrices(ALB_SERVICE);
  const t = instances[system.instanceType];
  const hint = useCapacityHint(
    t && { name: t.name, noun: 'instance', vcpu: t.vcpu, memoryGib: t.memoryGib, baselinePerVcpu: t.baseline?.perVcpu },
    system.targetUtilization,
  );
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
      <InstanceFleetFields system={system} path={path} capacityHint={hint} onChange={onChange} />
      <CheckboxField
        label="Application Load Balancer"
        checked={system.loadBalancer === 'alb'}
        onChange={(on) => onChange(withPatch(system, { loadBalancer: on ? 'alb' : undefined }))}
        hint={
          alb
            ? `${priceText(alb.hourly)} plus ${priceText(alb.lcuHourly)} on the highest of four LCU dimensions.`
            : 'Hours plus LCUs on the highest of four dimensions.'
        }
      />
      <AwsServerChargeFields system={system} path={path} onChange={onChange} noun="instance" ebs />
    </>
  );
}
