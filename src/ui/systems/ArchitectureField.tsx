import type { Architecture } from '../../engine';
import { SelectField } from '../fields/SelectField';

type Choice = 'workload' | Architecture;
type Props = {
  readonly value: Architecture | undefined;
  /** Undefined: follow the workload's architecture. */
  readonly onChange: (architecture: Architecture | undefined) => void;
  readonly issue: string | undefined;
};

/** A system's own architecture, or "as the workload" (absent in the scenario). */
export function ArchitectureField({ value, onChange, issue }: Props) {
  return (
    <SelectField<Choice>
      label="Architecture"
      value={value ?? 'workload'}
      options={[
        { value: 'workload', label: 'as the workload' },
        { value: 'x86_64', label: 'x86_64' },
        { value: 'arm64', label: 'arm64' },
      ]}
      onChange={(a) => onChange(a === 'workload' ? undefined : a)}
      issue={issue}
    />
  );
}
