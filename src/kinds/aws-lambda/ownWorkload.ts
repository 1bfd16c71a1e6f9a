import type { Workload } from '../../engine/model';

/** The workload fields one Lambda system may set for itself (what applying a right-sizing writes). */
export const OWN_WORKLOAD_FIELDS = [
  'memoryMb',
  'durationMs',
  'coldStartRate',
  'initDurationMs',
  'cpuBoundShare',
  'threads',
  'maxMemoryUsedMb',
  'headroomPct',
] as const;
export type OwnWorkloadField = (typeof OWN_WORKLOAD_FIELDS)[number];
export type OwnWorkload = { readonly [K in OwnWorkloadField]?: Workload[K] };

/**
 * The workload a Lambda system runs: the scenario's, with the fields the system sets for itself.
 * A function's memory and duration are its own; the other alternatives keep serving the shared
 * workload (a Fargate service's request time is not the function's new duration).
 */
export function lambdaWorkload(w: Workload, own: OwnWorkload | undefined): Workload {
  if (!own) return w;
  return { ...w, ...own };
}

/** The scenario field that set `field` for this system: its own when it has one, else the workload's. */
export function workloadField(path: string, own: OwnWorkload | undefined, field: OwnWorkloadField): string {
  return own?.[field] !== undefined ? `${path}.workload.${field}` : `workload.${field}`;
}
