import type { ServiceKey } from '../../engine';
import { useFieldIssue } from '../../ui/AppContext';
import { NumberField } from '../../ui/fields/NumberField';
import { SelectField } from '../../ui/fields/SelectField';
import { InstanceFleetFields } from '../../ui/systems/FleetFields';
import { withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { useCapacityHint } from '../../ui/systems/useCapacityHint';
import type { ScenarioSystem } from '../../scenario';
import { FLEET_DEFAULTS } from './scenario';
import type { VmPrices } from './prices';

/** The VM kinds of other clouds: the systems with a `machineType`. */
type VmSystem = Extract<ScenarioSystem, { machineType: string }>;

/** What a VM kind's editor needs beyond its system: where its prices are and its cloud's default region. */
export type CloudVmEditorProps = {
  readonly system: VmSystem;
  readonly path: string;
  readonly onChange: (system: VmSystem) => void;
  readonly service: ServiceKey<VmPrices>;
  readonly defaultRegion: string;
};

/** A comparable always-on VM on Google Cloud or Azure: region and machine type from its pricing file, fleet, hours. */
export function CloudVmEditor({ system, path, onChange, service, defaultRegion }: CloudVmEditorProps) {
  const machineIssue = useFieldIssue(`${path}.machineType`);
  const regionIssue = useFieldIssue(`${path}.region`);
  const hoursIssue = useFieldIssue(`${path}.hoursPerMonth`);
  const prices = useServicePrices(service);
  const region = system.region ?? defaultRegion;
  const regions = Object.keys(prices?.regions ?? {});
  if (!regions.includes(region)) regions.unshift(region);
  const machines = prices?.regions[region] ?? {};
  const names = Object.keys(machines);
  if (!names.includes(system.machineType)) names.unshift(system.machineType);
  const m = machines[system.machineType];
  const hint = useCapacityHint(
    m && { name: m.name, noun: 'instance', vcpu: m.vcpu, memoryGib: m.memoryGib, baselinePerVcpu: m.baseline?.perVcpu },
    system.targetUtilization,
  );
  return (
    <>
      <SelectField<string>
        label="Region"
        value={region}
        options={regions.map((r) => ({ value: r, label: r }))}
        onChange={(r) => onChange(withPatch(system, { region: r === defaultRegion ? undefined : r }))}
        issue={regionIssue}
      />
      <SelectField<string>
        label="Machine type"
        value={system.machineType}
        options={names.map((n) => {
          const m = machines[n];
          return { value: n, label: m ? `${n} — ${m.vcpu} vCPU, ${m.memoryGib} GiB` : n };
        })}
        onChange={(machineType) => onChange({ ...system, machineType })}
        issue={machineIssue}
      />
      <InstanceFleetFields system={system} path={path} capacityHint={hint} onChange={onChange} />
      <NumberField
        label="Hours per month"
        unit="h"
        value={system.hoursPerMonth ?? FLEET_DEFAULTS.hoursPerMonth}
        onChange={(v) =>
          onChange(withPatch(system, { hoursPerMonth: v === FLEET_DEFAULTS.hoursPerMonth ? undefined : v }))
        }
        slider={{ min: 0, max: 744, step: 1 }}
        issue={hoursIssue}
      />
    </>
  );
}
