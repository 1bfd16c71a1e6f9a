import { useFieldIssue } from '../../ui/AppContext';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import { ArchitectureField } from '../../ui/systems/ArchitectureField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { FleetFields } from '../../ui/systems/FleetFields';
import { pick, withPatch } from '../../ui/systems/patch';
import { useCapacityHint } from '../../ui/systems/useCapacityHint';
import { AwsServerChargeFields } from '../vm-common/ChargeFields';
import type { AWS_FARGATE, FargateOs } from './kind';

const VCPUS = ['0.25', '0.5', '1', '2', '4', '8', '16', '32'] as const;
type Vcpu = 0.25 | 0.5 | 1 | 2 | 4 | 8 | 16 | 32;

/** AWS Fargate: task size, OS, architecture, storage, runs, fixed or traffic-sized task count, ALB. */
export function FargateEditor({ system, path, onChange }: EditorProps<typeof AWS_FARGATE>) {
  const osIssue = useFieldIssue(`${path}.os`);
  const storageIssue = useFieldIssue(`${path}.ephemeralStorageGb`);
  const hoursIssue = useFieldIssue(`${path}.hoursPerMonth`);
  const runsIssue = useFieldIssue(`${path}.runsPerMonth`);
  const hint = useCapacityHint(
    {
      name: `${system.vcpu} vCPU / ${system.memoryGb} GB task`,
      noun: 'task',
      vcpu: system.vcpu,
      memoryGib: system.memoryGb,
    },
    system.targetUtilization,
  );
  return (
    <>
      <SelectField<(typeof VCPUS)[number]>
        label="Task vCPU"
        value={String(system.vcpu) as (typeof VCPUS)[number]}
        options={VCPUS.map((v) => ({ value: v, label: `${v} vCPU` }))}
        onChange={(v) => onChange({ ...system, vcpu: Number(v) as Vcpu })}
        issue={useFieldIssue(`${path}.vcpu`)}
      />
      <NumberField
        label="Task memory"
        unit="GB"
        value={system.memoryGb}
        onChange={(v) => v !== undefined && onChange({ ...system, memoryGb: v })}
        issue={useFieldIssue(`${path}.memoryGb`)}
      />
      <SelectField<FargateOs>
        label="Operating system"
        value={system.os ?? 'linux'}
        options={[
          { value: 'linux', label: 'Linux' },
          { value: 'windows', label: 'Windows (x86_64, OS licence per vCPU)' },
        ]}
        onChange={(os) => onChange(withPatch(system, { os: os === 'linux' ? undefined : os }))}
        issue={osIssue}
      />
      <ArchitectureField
        value={system.architecture}
        onChange={(architecture) => onChange(withPatch(system, { architecture }))}
        issue={useFieldIssue(`${path}.architecture`)}
      />
      <NumberField
        label="Ephemeral storage per task"
        unit="GB"
        value={system.ephemeralStorageGb}
        placeholder="20 (included)"
        optional
        onChange={(v) => onChange(withPatch(system, { ephemeralStorageGb: v }))}
        hint="20 GB included; up to 200 GB, the rest billed per GB-second."
        issue={storageIssue}
      />
      <NumberField
        label="Hours per task a month"
        unit="h"
        value={system.hoursPerMonth}
        placeholder="730 (always on)"
        optional
        onChange={(v) => onChange(withPatch(system, { hoursPerMonth: v }))}
        issue={hoursIssue}
      />
      <NumberField
        label="Runs per task a month"
        unit="runs"
        value={system.runsPerMonth}
        placeholder="1"
        optional
        onChange={(v) => onChange(withPatch(system, { runsPerMonth: v }))}
        hint="Each run bills at least 1 minute (Windows: 5 minutes)."
        issue={runsIssue}
      />
      <FleetFields
        path={path}
        keys={{ count: 'tasks', rps: 'rpsPerTask', min: 'minTasks' }}
        noun="task"
        count={system.tasks}
        rps={system.rpsPerTask}
        min={system.minTasks}
        util={system.targetUtilization}
        capacityHint={hint}
        onChange={(f) =>
          onChange(
            withPatch(system, {
              ...pick('count' in f, { tasks: f.count }),
              ...pick('rps' in f, { rpsPerTask: f.rps }),
              ...pick('min' in f, { minTasks: f.min }),
              ...pick('util' in f, { targetUtilization: f.util }),
            }),
          )
        }
      />
      <CheckboxField
        label="Application Load Balancer"
        checked={system.loadBalancer === 'alb'}
        onChange={(on) => onChange(withPatch(system, { loadBalancer: on ? 'alb' : undefined }))}
      />
      <AwsServerChargeFields system={system} path={path} onChange={onChange} noun="task" ebs={false} />
    </>
  );
}
