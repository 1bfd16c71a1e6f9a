import type { ResolvedScenario, Workload } from '../engine';
import type { SystemSpec } from '../kinds/models';
import { resolveSystem } from '../kinds/schemas';
import { resolveArchitecture } from './architecture/resolve';
import type { Scenario, ScenarioWorkload } from './schema';
import { uniqueNames, withUniqueNames } from './uniqueNames';

/** A scenario with every default filled in, its systems of the registered kinds. */
export type ResolvedSystems = ResolvedScenario<SystemSpec>;

/**
 * Defaults of absent scenario and workload fields; one table, so the README and the UI can cite it.
 * Each kind's own defaults live in its home (`src/kinds/<kind>/scenario.ts`).
 */
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
} as const;

/** Fills every default: the engine's view of a validated scenario. */
export function resolveScenario(s: Scenario): ResolvedSystems {
  const systems = s.systems.map(resolveSystem);
  const architectures = (s.architectures ?? []).map(resolveArchitecture);
  const names = uniqueNames([...systems, ...architectures]);
  return {
    ...(s.name !== undefined ? { name: s.name } : {}),
    pricingDate: s.pricingDate ?? null,
    region: s.region ?? DEFAULTS.region,
    options: {
      freeTier: s.freeTier ?? DEFAULTS.freeTier,
      apiGatewayFreeTier: s.apiGatewayFreeTier ?? DEFAULTS.apiGatewayFreeTier,
      ...(s.coldStart?.runtime !== undefined ? { runtime: s.coldStart.runtime } : {}),
    },
    workload: resolveWorkload(s.workload),
    // Shown names made unique across systems and architectures: every sentence names two different things.
    systems: withUniqueNames(systems, names),
    architectures: withUniqueNames(architectures, names),
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
    memoryPerRequestMb: w.memoryPerRequestMb ?? null,
  };
}
