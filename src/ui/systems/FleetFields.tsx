import { useId } from 'react';
import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import { instanceFleetPatch, withPatch } from './patch';

/** What the fleet fields change: the pinned count, the pinned req/s per member, the minimum, the target. */
export type FleetChange = {
  count?: number | undefined;
  rps?: number | undefined;
  min?: number | undefined;
  util?: number | undefined;
};

type Props = {
  readonly path: string;
  /** Scenario keys of this kind: EC2 (`count`, `rpsPerInstance`, `minInstances`), Fargate (`tasks`, `rpsPerTask`, `minTasks`). */
  readonly keys: { readonly count: string; readonly rps: string; readonly min: string };
  readonly noun: string;
  readonly count: number | undefined;
  readonly rps: number | undefined;
  readonly min: number | undefined;
  readonly util: number | undefined;
  /** The capacity the model assumes at this workload (`useCapacityHint`). */
  readonly capacityHint: string;
  readonly onChange: (next: FleetChange) => void;
};

type Mode = 'workload' | 'rps' | 'count';

/**
 * A fleet sized from the workload by the capacity model (the default), from a pinned capacity per
 * member, or pinned to a number; traffic-sized fleets keep a minimum for availability.
 */
export function FleetFields({ path, keys, noun, count, rps, min, util, capacityHint, onChange }: Props) {
  const name = useId();
  const mode: Mode = count !== undefined ? 'count' : rps !== undefined ? 'rps' : 'workload';
  const countIssue = useFieldIssue(`${path}.${keys.count}`);
  const rpsIssue = useFieldIssue(`${path}.${keys.rps}`);
  const minIssue = useFieldIssue(`${path}.${keys.min}`);
  const utilIssue = useFieldIssue(`${path}.targetUtilization`);
  const choose: Record<Mode, FleetChange> = {
    workload: { count: undefined, rps: undefined },
    rps: { count: undefined, rps: 100, util: undefined },
    count: { count: count ?? 1, rps: undefined, min: undefined, util: undefined },
  };
  const label: Record<Mode, string> = {
    workload: 'Sized from the workload',
    rps: 'Fixed req/s per ' + noun,
    count: 'Fixed number',
  };
  return (
    <fieldset className="field-group">
      <legend>How many {noun}s</legend>
      <div className="radio-row">
        {(['workload', 'rps', 'count'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={name} checked={mode === m} onChange={() => onChange(choose[m])} /> {label[m]}
          </label>
        ))}
      </div>
      {mode === 'count' && (
        <NumberField
          label={`${cap(noun)}s`}
          unit={noun}
          value={count ?? 1}
          onChange={(v) => v !== undefined && onChange({ count: v })}
          issue={countIssue}
          field={`${path}.${keys.count}`}
        />
      )}
      {mode === 'rps' && (
        <NumberField
          label={`Requests per second per ${noun}`}
          unit="req/s"
          value={rps}
          onChange={(v) => v !== undefined && onChange({ rps: v })}
          issue={rpsIssue}
          field={`${path}.${keys.rps}`}
        />
      )}
      {mode === 'workload' && (
        <NumberField
          label="Target CPU utilisation at peak"
          unit="%"
          value={util === undefined ? undefined : Math.round(util * 10_000) / 100}
          onChange={(v) => onChange({ util: v === undefined ? undefined : v / 100 })}
          issue={utilIssue}
          field={`${path}.targetUtilization`}
          range={{ min: 5, max: 100 }}
          placeholder="70"
          optional
          slider={{ min: 5, max: 100, step: 5 }}
          hint={capacityHint}
        />
      )}
      {mode !== 'count' && (
        <NumberField
          label={`Minimum ${noun}s`}
          unit={noun}
          value={min}
          onChange={(v) => onChange({ min: v })}
          issue={minIssue}
          field={`${path}.${keys.min}`}
          placeholder="1"
          optional
          hint="Kept running for availability even when traffic needs fewer; 2 or more for high availability."
        />
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
  readonly targetUtilization?: number | undefined;
};

/** The fleet fields of a kind counted in instances (`count`, `rpsPerInstance`, `minInstances`): EC2 and the cloud VMs. */
export function InstanceFleetFields<S extends InstanceFleet>({
  system,
  path,
  capacityHint,
  onChange,
}: {
  readonly system: S;
  readonly path: string;
  readonly capacityHint: string;
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
      util={system.targetUtilization}
      capacityHint={capacityHint}
      // S has exactly the optional keys the patch names (the type parameter just keeps the kind).
      onChange={(f) => onChange(withPatch<InstanceFleet>(system, instanceFleetPatch(f)) as S)}
    />
  );
}
