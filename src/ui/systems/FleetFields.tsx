import { useId } from 'react';
import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { instanceFleetPatch, withPatch } from './patch';

type Props = {
  readonly path: string;
  /** Scenario keys of this kind: EC2 (`count`, `rpsPerInstance`, `minInstances`), Fargate (`tasks`, `rpsPerTask`, `minTasks`). */
  readonly keys: { readonly count: string; readonly rps: string; readonly min: string };
  readonly noun: string;
  readonly count: number | undefined;
  readonly rps: number | undefined;
  readonly min: number | undefined;
  readonly onChange: (next: { count?: number | undefined; rps?: number | undefined; min?: number | undefined }) => void;
};

/** A fleet that is either a fixed size or sized from peak traffic with a minimum for availability. */
export function FleetFields({ path, keys, noun, count, rps, min, onChange }: Props) {
  const name = useId();
  const sized = rps !== undefined;
  const countIssue = useFieldIssue(`${path}.${keys.count}`);
  const rpsIssue = useFieldIssue(`${path}.${keys.rps}`);
  const minIssue = useFieldIssue(`${path}.${keys.min}`);
  return (
    <fieldset className="field-group">
      <legend>How many {noun}s</legend>
      <div className="radio-row">
        <label>
          <input
            type="radio"
            name={name}
            checked={!sized}
            onChange={() => onChange({ count: count ?? 1, rps: undefined, min: undefined })}
          />{' '}
          Fixed number
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={sized}
            onChange={() => onChange({ count: undefined, rps: 100, min: min ?? 1 })}
          />{' '}
          Sized from peak traffic
        </label>
      </div>
      {!sized ? (
        <NumberField
          label={`${cap(noun)}s`}
          unit={noun}
          value={count ?? 1}
          onChange={(v) => v !== undefined && onChange({ count: v })}
          issue={countIssue}
        />
      ) : (
        <>
          <NumberField
            label={`Requests per second per ${noun}`}
            unit="req/s"
            value={rps}
            onChange={(v) => v !== undefined && onChange({ rps: v })}
            issue={rpsIssue}
          />
          <NumberField
            label={`Minimum ${noun}s`}
            unit={noun}
            value={min}
            onChange={(v) => onChange({ min: v })}
            issue={minIssue}
            placeholder="1"
            optional
            hint="Kept running for availability even when traffic needs fewer."
          />
        </>
      )}
    </fieldset>
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type InstanceFleet = {
  readonly count?: number | undefined;
  readonly rpsPerInstance?: number | undefined;
  readonly minInstances?: number | undefined;
};

/** The fleet fields of a kind counted in instances (`count`, `rpsPerInstance`, `minInstances`): EC2 and the cloud VMs. */
export function InstanceFleetFields<S extends InstanceFleet>({
  system,
  path,
  onChange,
}: {
  readonly system: S;
  readonly path: string;
  readonly onChange: (system: S) => void;
}) {
  return (
    <FleetFields
      path={path}
      keys={{ count: 'count', rps: 'rpsPerInstance', min: 'minInstances' }}
      noun="instance"
      count={system.count}
      rps={system.rpsPerInstance}
      min={system.minInstances}
      // S has exactly the three optional keys the patch names (the type parameter just keeps the kind).
      onChange={(f) => onChange(withPatch<InstanceFleet>(system, instanceFleetPatch(f)) as S)}
    />
  );
}
