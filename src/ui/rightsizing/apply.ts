import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import type { ScenarioSystem } from '../../scenario';
import type { Architecture } from '../../engine';

/** The sized function's workload fields a right-sizing choice changes (absent: leave as is). */
export type RightsizeApplyPatch = {
  readonly memoryMb: number;
  readonly architecture?: Architecture;
  readonly durationMs?: number;
  readonly cpuBoundShare?: number;
  readonly threads?: number;
  readonly headroomPct?: number;
  readonly maxMemoryUsedMb?: number;
  readonly coldStartRate?: number;
  readonly initDurationMs?: number;
};

/**
 * The systems after applying a right-sizing choice to the Lambda system `systemId`: its
 * architecture and its own workload fields (memory, duration, cold starts, right-sizing inputs)
 * change; every other system, and the workload they share, stay as they are. Null when no Lambda
 * system has that id.
 */
export function applyToSystem(
  systems: readonly ScenarioSystem[],
  systemId: string,
  patch: RightsizeApplyPatch,
): ScenarioSystem[] | null {
  const i = systems.findIndex((s) => s.id === systemId);
  const s = systems[i];
  if (!s || s.kind !== AWS_LAMBDA) return null;
  const { architecture, ...fields } = patch;
  const next: ScenarioSystem = {
    ...s,
    ...(architecture !== undefined ? { architecture } : {}),
    workload: { ...s.workload, ...fields },
  };
  return systems.map((x, j) => (j === i ? next : x));
}
