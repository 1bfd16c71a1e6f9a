import type { ReactNode } from 'react';
import type { ScenarioWorkload } from '../../scenario';
import { useActions, useFieldIssue, useInputs } from '../AppContext';
import { NumberField, type SliderSpec } from '../fields/NumberField';

/** Numeric workload fields the form edits directly (requests and cold-start rate have their own units). */
type NumericKey =
  | 'durationMs'
  | 'cpuMs'
  | 'memoryMb'
  | 'ephemeralStorageMb'
  | 'initDurationMs'
  | 'peakToAverage'
  | 'requestKb'
  | 'responseKb'
  | 'memoryPerRequestMb';

type Props = {
  readonly field: NumericKey;
  readonly label: string;
  readonly unit: string;
  readonly slider?: SliderSpec;
  readonly hint?: ReactNode;
  /** Optional fields may be emptied, which restores the default shown as the placeholder. */
  readonly optionalDefault?: string;
  readonly testId?: string;
};

/**
 * One workload number bound to the store. It subscribes to its own value and its own issue only,
 * so dragging one slider re-renders that field and the results, not the whole form.
 */
export function WorkloadNumber({ field, label, unit, slider, hint, optionalDefault, testId }: Props) {
  const value = useInputs((s) => (s.scenario.workload as ScenarioWorkload)[field]);
  const issue = useFieldIssue(`workload.${field}`);
  const { setWorkload } = useActions();
  const optional = optionalDefault !== undefined;
  return (
    <NumberField
      label={label}
      unit={unit}
      value={value}
      onChange={(v) => (optional || v !== undefined) && setWorkload({ [field]: v })}
      issue={issue}
      field={`workload.${field}`}
      {...(slider ? { slider } : {})}
      {...(hint ? { hint } : {})}
      {...(optional ? { optional, placeholder: optionalDefault } : {})}
      {...(testId ? { testId } : {})}
    />
  );
}
