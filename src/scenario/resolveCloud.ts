import type { SystemSpec } from '../engine';
import { DEFAULTS, present } from './resolve';
import type { ScenarioSystem } from './schema';

type CloudSystem = Extract<ScenarioSystem, { kind: 'cloudflare-workers' | 'azure-functions' | 'gcp-cloud-run' | 'gcp-compute' | 'azure-vm' }>;

/** Defaults for the kinds beyond AWS (the table is `DEFAULTS` in resolve.ts). */
export function resolveCloudSystem(s: CloudSystem): SystemSpec {
  const base = present({ id: s.id, name: s.name, discount: s.discount });
  switch (s.kind) {
    case 'cloudflare-workers':
      return { ...base, kind: s.kind, staticAssetShare: s.staticAssetShare ?? DEFAULTS.staticAssetShare };
    case 'azure-functions':
      return {
        ...base,
        ...present({ concurrency: s.concurrency }),
        kind: s.kind,
        region: s.region ?? DEFAULTS.azureRegion,
        plan: s.plan ?? DEFAULTS.azurePlan,
        instanceMemoryMb: s.instanceMemoryMb ?? DEFAULTS.flexInstanceMemoryMb,
        alwaysReady: s.alwaysReady ?? DEFAULTS.alwaysReady,
      };
    case 'gcp-cloud-run':
      return {
        ...base,
        ...present({ memoryGib: s.memoryGib, concurrency: s.concurrency }),
        kind: s.kind,
        region: s.region ?? DEFAULTS.gcpRegion,
        billing: s.billing ?? DEFAULTS.cloudRunBilling,
        vcpu: s.vcpu ?? DEFAULTS.cloudRunVcpu,
        minInstances: s.minInstances ?? DEFAULTS.cloudRunMinInstances,
      };
    case 'gcp-compute':
    case 'azure-vm':
      return {
        ...base,
        ...present({ count: s.count, rpsPerInstance: s.rpsPerInstance }),
        kind: s.kind,
        region: s.region ?? (s.kind === 'gcp-compute' ? DEFAULTS.gcpRegion : DEFAULTS.azureRegion),
        machineType: s.machineType,
        minInstances: s.minInstances ?? DEFAULTS.minInstances,
        hoursPerMonth: s.hoursPerMonth ?? DEFAULTS.hoursPerMonth,
      };
  }
}
