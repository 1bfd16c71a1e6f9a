import { useFieldIssue } from '../../ui/AppContext';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import { ArchitectureField } from '../../ui/systems/ArchitectureField';
import type { EditorProps } from '../../ui/systems/editorProps';
import { withPatch } from '../../ui/systems/patch';
import type { AWS_LAMBDA, FrontDoor } from './kind';
import { OwnWorkloadFields } from './OwnWorkloadFields';
import { SnapStartFields } from './SnapStartFields';

/** AWS Lambda: architecture, front door (API Gateway), provisioned concurrency, SnapStart. */
export function LambdaEditor({ system, path, onChange }: EditorProps<typeof AWS_LAMBDA>) {
  const pc = system.provisionedConcurrency;
  // Hooks before any condition: the PC fields come and go with the checkbox.
  const pcIssue = useFieldIssue(`${path}.provisionedConcurrency`);
  const concurrencyIssue = useFieldIssue(`${path}.provisionedConcurrency.concurrency`);
  const hoursIssue = useFieldIssue(`${path}.provisionedConcurrency.hoursPerMonth`);
  const pcRequestsIssue = useFieldIssue(`${path}.provisionedConcurrency.requestsPerMonth`);
  const pcDurationIssue = useFieldIssue(`${path}.provisionedConcurrency.durationMs`);
  const archIssue = useFieldIssue(`${path}.architecture`);
  const frontDoorIssue = useFieldIssue(`${path}.frontDoor`);
  return (
    <>
      {/* A component of an architecture has its own duration and memory fields already. */}
      {path.includes('.components[') ? null : <OwnWorkloadFields system={system} path={path} onChange={onChange} />}
      <ArchitectureField
        value={system.architecture}
        onChange={(architecture) => onChange(withPatch(system, { architecture }))}
        issue={archIssue}
      />
      <SelectField<FrontDoor>
        label="Front door"
        value={system.frontDoor ?? 'none'}
        options={[
          { value: 'none', label: 'none (function URL / direct)' },
          { value: 'http-api', label: 'API Gateway HTTP API' },
          { value: 'rest-api', label: 'API Gateway REST API' },
        ]}
        onChange={(frontDoor) =>
          onChange(withPatch(system, { frontDoor: frontDoor === 'none' ? undefined : frontDoor }))
        }
        issue={frontDoorIssue}
      />
      <CheckboxField
        label="Provisioned concurrency"
        checked={pc !== undefined}
        onChange={(on) =>
          onChange(
            withPatch(system, { provisionedConcurrency: on ? { concurrency: 1, hoursPerMonth: 730 } : undefined }),
          )
        }
      />
      {pcIssue && <p className="field__error">{pcIssue}</p>}
      {pc && (
        <>
          <NumberField
            label="Concurrency"
            unit="environments"
            value={pc.concurrency}
            onChange={(v) =>
              v !== undefined && onChange({ ...system, provisionedConcurrency: { ...pc, concurrency: v } })
            }
            issue={concurrencyIssue}
          />
          <NumberField
            label="Provisioned hours"
            unit="h/month"
            value={pc.hoursPerMonth}
            onChange={(v) =>
              v !== undefined && onChange({ ...system, provisionedConcurrency: { ...pc, hoursPerMonth: v } })
            }
            slider={{ min: 0, max: 744, step: 1 }}
            issue={hoursIssue}
          />
          <NumberField
            label="Requests served on provisioned concurrency"
            unit="req/month"
            value={pc.requestsPerMonth}
            optional
            placeholder="share of hours enabled"
            onChange={(v) => onChange({ ...system, provisionedConcurrency: withPatch(pc, { requestsPerMonth: v }) })}
            hint="Empty: the share of traffic that falls in the enabled hours. Beyond what the concurrency can serve, requests spill over to on-demand."
            issue={pcRequestsIssue}
          />
          <NumberField
            label="Duration on provisioned concurrency"
            unit="ms"
            value={pc.durationMs}
            optional
            placeholder="same as the workload"
            onChange={(v) => onChange({ ...system, provisionedConcurrency: withPatch(pc, { durationMs: v }) })}
            issue={pcDurationIssue}
          />
        </>
      )}
      <SnapStartFields system={system} path={path} onChange={onChange} />
    </>
  );
}
