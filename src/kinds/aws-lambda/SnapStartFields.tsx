import { useFieldIssue } from '../../ui/AppContext';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { NumberField } from '../../ui/fields/NumberField';
import { withPatch } from '../../ui/systems/patch';
import type { LambdaSystemInput } from './scenario';

type Props = {
  readonly system: LambdaSystemInput;
  readonly path: string;
  readonly onChange: (system: LambdaSystemInput) => void;
};

/** SnapStart: off by default; on, its restore rate, active hours and versions (priced from 2024-11-18). */
export function SnapStartFields({ system, path, onChange }: Props) {
  const snap = system.snapStart;
  const issue = useFieldIssue(`${path}.snapStart`);
  const rateIssue = useFieldIssue(`${path}.snapStart.restoreRate`);
  const hoursIssue = useFieldIssue(`${path}.snapStart.activeHoursPerMonth`);
  const versionsIssue = useFieldIssue(`${path}.snapStart.versions`);
  return (
    <>
      <CheckboxField
        label="SnapStart"
        checked={snap !== undefined}
        onChange={(on) =>
          onChange(withPatch(system, { snapStart: on ? { restoreRate: 0.01, activeHoursPerMonth: 730 } : undefined }))
        }
      />
      {issue && <p className="field__error">{issue}</p>}
      {snap && (
        <>
          <NumberField
            label="Restores"
            unit="% of invocations"
            value={snap.restoreRate * 100}
            onChange={(v) => v !== undefined && onChange({ ...system, snapStart: { ...snap, restoreRate: v / 100 } })}
            slider={{ min: 0, max: 10, step: 0.1 }}
            hint="New execution environments restored from the snapshot (the cold starts SnapStart replaces; no INIT is billed per invocation)."
            issue={rateIssue}
          />
          <NumberField
            label="Snapshot cached"
            unit="h/month per version"
            value={snap.activeHoursPerMonth}
            onChange={(v) => v !== undefined && onChange({ ...system, snapStart: { ...snap, activeHoursPerMonth: v } })}
            slider={{ min: 0, max: 744, step: 1 }}
            hint="Each published version is billed at least 3 hours of cache."
            issue={hoursIssue}
          />
          <NumberField
            label="Published versions"
            unit="versions"
            value={snap.versions}
            optional
            placeholder="1"
            onChange={(v) => onChange({ ...system, snapStart: withPatch(snap, { versions: v }) })}
            issue={versionsIssue}
          />
        </>
      )}
    </>
  );
}
