import { AWS_EC2 } from '../kinds/aws-ec2/kind';
import { AWS_FARGATE } from '../kinds/aws-fargate/kind';
import { AZURE_VM } from '../kinds/azure-vm/kind';
import { GCP_CLOUD_RUN } from '../kinds/gcp-cloud-run/kind';
import { GCP_COMPUTE } from '../kinds/gcp-compute/kind';

/** Each server kind's fleet fields: the pinned count, the pinned capacity and the minimum. */
const FLEET_FIELDS: Readonly<Record<string, { count: string; rps: string; min: string }>> = {
  [AWS_EC2]: { count: 'count', rps: 'rpsPerInstance', min: 'minInstances' },
  [GCP_COMPUTE]: { count: 'count', rps: 'rpsPerInstance', min: 'minInstances' },
  [AZURE_VM]: { count: 'count', rps: 'rpsPerInstance', min: 'minInstances' },
  [AWS_FARGATE]: { count: 'tasks', rps: 'rpsPerTask', min: 'minTasks' },
};

/**
 * Migration 2 → 3. Version 3 sizes a server with neither a count nor a capacity from the workload;
 * up to version 2 it was `max(1, minimum)` members all month, and Cloud Run's instance-based
 * billing sized instances by concurrency alone. A version 2 file or link keeps its figures: the
 * old behaviour is written out (`count`, `tasks`, `sizing: "concurrency"`), never silently changed.
 * Runs on untrusted JSON before validation: anything unexpected is left for the schema to report.
 */
export function pinV2Fleets(old: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(old.systems)) return old;
  return { ...old, systems: old.systems.map(pinSystem) };
}

function pinSystem(s: unknown): unknown {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return s;
  const sys = s as Record<string, unknown>;
  if (sys.kind === GCP_CLOUD_RUN)
    return sys.billing === 'instance' && sys.sizing === undefined ? { ...sys, sizing: 'concurrency' } : sys;
  const f = typeof sys.kind === 'string' ? FLEET_FIELDS[sys.kind] : undefined;
  if (!f || sys[f.count] !== undefined || sys[f.rps] !== undefined) return sys;
  const min = sys[f.min];
  // Version 2 ran max(1, minimum) members; an invalid minimum is the schema's to report, so count 1.
  const count = typeof min === 'number' && Number.isInteger(min) && min >= 1 && min <= 100_000 ? min : 1;
  return { ...sys, [f.count]: count };
}
