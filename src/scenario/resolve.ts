import type { LambdaSystem, ResolvedScenario, SystemSpec, Workload } from '../engine';
import { resolveCloudSystem } from './resolveCloud';
import type { Scenario, ScenarioSystem, ScenarioWorkload } from './schema';

/** Defaults the engine applies to absent fields; one table, so the README and the UI can cite it. */
export const DEFAULTS = {
  region: 'us-east-1',
  freeTier: false,
  apiGatewayFreeTier: false,
  architecture: 'x86_64',
  ephemeralStorageMb: 512,
  coldStartRate: 0,
  initDurationMs: 0,
  peakToAverage: 1,
  requestKb: 0,
  responseKb: 0,
  /** A guess, not a measurement: the right-sizer shows a band around it; measure to replace it. */
  cpuBoundShare: 0.5,
  threads: 1,
  headroomPct: 20,
  frontDoor: 'none',
  minInstances: 1,
  hoursPerMonth: 730,
  loadBalancer: 'none',
  staticAssetShare: 0,
  azureRegion: 'eastus',
  azurePlan: 'consumption',
  flexInstanceMemoryMb: 2048,
  alwaysReady: 0,
  gcpRegion: 'us-central1',
  cloudRunBilling: 'request',
  cloudRunVcpu: 1,
  cloudRunMinInstances: 0,
} as const;

/** Fills every default: the engine's view of a validated scenario. */
export function resolveScenario(s: Scenario): ResolvedScenario {
  return {
    ...(s.name !== undefined ? { name: s.name } : {}),
    pricingDate: s.pricingDate ?? null,
    region: s.region ?? DEFAULTS.region,
    options: { freeTier: s.freeTier ?? DEFAULTS.freeTier, apiGatewayFreeTier: s.apiGatewayFreeTier ?? DEFAULTS.apiGatewayFreeTier },
    workload: resolveWorkload(s.workload),
    systems: s.systems.map(resolveSystem),
  };
}

function resolveWorkload(w: ScenarioWorkload): Workload {
  return {
    requestsPerMonth: w.requestsPerMonth,
    durationMs: w.durationMs,
    memoryMb: w.memoryMb,
    architecture: w.architecture ?? DEFAULTS.architecture,
    ephemeralStorageMb: w.ephemeralStorageMb ?? DEFAULTS.ephemeralStorageMb,
    cpuMs: w.cpuMs ?? w.durationMs,
    coldStartRate: w.coldStartRate ?? DEFAULTS.coldStartRate,
    initDurationMs: w.initDurationMs ?? DEFAULTS.initDurationMs,
    peakToAverage: w.peakToAverage ?? DEFAULTS.peakToAverage,
    requestKb: w.requestKb ?? DEFAULTS.requestKb,
    responseKb: w.responseKb ?? DEFAULTS.responseKb,
    cpuBoundShare: w.cpuBoundShare ?? DEFAULTS.cpuBoundShare,
    threads: w.threads ?? DEFAULTS.threads,
    maxMemoryUsedMb: w.maxMemoryUsedMb ?? null,
    headroomPct: w.headroomPct ?? DEFAULTS.headroomPct,
  };
}

/** Copies only the keys whose value is present (exactOptionalPropertyTypes forbids `key: undefined`). */
export function present<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

function resolveSystem(s: ScenarioSystem): SystemSpec {
  switch (s.kind) {
    case 'aws-lambda': {
      const pc = s.provisionedConcurrency;
      const out: LambdaSystem = {
        ...present({ id: s.id, name: s.name, architecture: s.architecture, discount: s.discount }),
        kind: s.kind,
        frontDoor: s.frontDoor ?? DEFAULTS.frontDoor,
        ...(pc ? { provisionedConcurrency: present(pc) } : {}),
      };
      return out;
    }
    case 'aws-ec2':
      return {
        ...present({ id: s.id, name: s.name, count: s.count, rpsPerInstance: s.rpsPerInstance, discount: s.discount }),
        kind: s.kind,
        instanceType: s.instanceType,
        minInstances: s.minInstances ?? DEFAULTS.minInstances,
        hoursPerMonth: s.hoursPerMonth ?? DEFAULTS.hoursPerMonth,
        loadBalancer: s.loadBalancer ?? DEFAULTS.loadBalancer,
      };
    case 'aws-fargate':
      return {
        ...present({ id: s.id, name: s.name, architecture: s.architecture, tasks: s.tasks, rpsPerTask: s.rpsPerTask, discount: s.discount }),
        kind: s.kind,
        vcpu: s.vcpu,
        memoryGb: s.memoryGb,
        minTasks: s.minTasks ?? DEFAULTS.minInstances,
        hoursPerMonth: s.hoursPerMonth ?? DEFAULTS.hoursPerMonth,
        loadBalancer: s.loadBalancer ?? DEFAULTS.loadBalancer,
      };
    default:
      return resolveCloudSystem(s);
  }
}
