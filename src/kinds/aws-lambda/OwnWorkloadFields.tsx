import { useFieldIssue, useInputs } from '../../ui/AppContext';
import { NumberField } from '../../ui/fields/NumberField';
import { withPatch } from '../../ui/systems/patch';
import type { LambdaSystemInput } from './scenario';

type Props = {
  readonly system: LambdaSystemInput;
  readonly path: string;
  readonly onChange: (system: LambdaSystemInput) => void;
};

/**
 * The function's own memory and duration (what applying a right-sizing writes): empty, the
 * workload's; set, this function alone runs with them. Other own fields can be cleared at once.
 */
export function OwnWorkloadFields({ system, path, onChange }: Props) {
  const shared = useInputs((s) => s.scenario.workload);
  const own = system.workload;
  const memoryIssue = useFieldIssue(`${path}.workload.memoryMb`);
  const durationIssue = useFieldIssue(`${path}.workload.durationMs`);
  const set = (patch: Partial<NonNullable<LambdaSystemInput['workload']>>) => {
    const next = withPatch(own ?? {}, patch);
    onChange(withPatch(system, { workload: Object.keys(next).length > 0 ? next : undefined }));
  };
  const others = Object.keys(own ?? {}).filter((k) => k !== 'memoryMb' && k !== 'durationMs');
  return (
    <>
      <NumberField
        label="Memory (this function)"
        unit="MB"
        value={own?.memoryMb}
        optional
        placeholder={`workload's ${shared.memoryMb}`}
        onChange={(memoryMb) => set({ memoryMb })}
        issue={memoryIssue}
      />
      <NumberField
        label="Duration (this function)"
        unit="ms"
        value={own?.durationMs}
        optional
        placeholder={`workload's ${shared.durationMs}`}
        onChange={(durationMs) => set({ durationMs })}
        hint="Empty: the workload's. Applying a right-sizing choice sets these for this function only."
        issue={durationIssue}
      />
      {others.length > 0 ? (
        <p className="field__hint">
          Also its own: {others.join(', ')}.{' '}
          <button type="button" onClick={() => onChange(withPatch(system, { workload: undefined }))}>
            Use the workload&apos;s values
          </button>
        </p>
      ) : null}
    </>
  );
}
