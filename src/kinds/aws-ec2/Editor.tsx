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
import type { Ec2Commitment } from './prices';

const COMMITMENT_LABELS: Readonly<Record<Ec2Commitment, string>> = {
  'on-demand': 'On-Demand',
  'ri-standard-1yr': 'Reserved, standard, 1 year, no upfront',
  'ri-standard-3yr': 'Reserved, standard, 3 years, no upfront',
  'ri-convertible-1yr': 'Reserved, convertible, 1 year, no upfront',
  'ri-convertible-3yr': 'Reserved, convertible, 3 years, no upfront',
};

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
  const commitment = system.commitment ?? 'on-demand';
  const commitments: Ec2Commitment[] = ['on-demand', ...(Object.keys(t?.reserved ?? {}) as Ec2Commitment[])];
  if (!commitments.includes(commitment)) commitments.push(commitment);
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
      <SelectField<Ec2Commitment>
        label="Commitment"
        value={commitment}
        options={commitments.map((c) => {
          const rate = c === 'on-demand' ? t?.hourly : t?.reserved[c];
          return { value: c, label: rate ? `${COMMITMENT_LABELS[c]} — ${priceText(rate)}` : COMMITMENT_LABELS[c] };
        })}
        onChange={(c) => onChange(withPatch(system, { commitment: c === 'on-demand' ? undefined : c }))}
        issue={useFieldIssue(`${path}.commitment`)}
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
