import { z } from 'zod/mini';
import { DiscountSchema, GcpRegion, Id, Name, finite, integer, present, resolvedBase } from '../../scenario/fields';
import { CAPACITY_DEFAULTS, targetUtilization } from '../capacity/scenario';
import { GCP_CLOUD_RUN, type GcpCloudRunSystem } from './kind';

/** Defaults of absent Cloud Run fields; memory defaults to the workload's (the engine fills it). */
export const CLOUD_RUN_DEFAULTS = {
  region: 'us-central1',
  billing: 'request',
  vcpu: 1,
  minInstances: 0,
  sizing: 'workload',
} as const;

export const GcpCloudRunSystemSchema = z.strictObject({
  id: Id,
  name: z.optional(Name),
  kind: z.literal(GCP_CLOUD_RUN),
  region: z.optional(GcpRegion),
  billing: z.optional(z.enum(['request', 'instance'], { error: 'must be "request" or "instance"' })),
  vcpu: z.optional(finite().check(z.refine((n) => n >= 0.08 && n <= 8, 'must be 0.08–8 vCPU'))),
  memoryGib: z.optional(finite().check(z.refine((n) => n >= 0.125 && n <= 32, 'must be 0.125–32 GiB'))),
  concurrency: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 1000, 'must be 1–1,000'))),
  minInstances: z.optional(integer().check(z.refine((n) => n >= 0 && n <= 1000, 'must be 0–1,000'))),
  sizing: z.optional(z.enum(['workload', 'concurrency'], { error: 'must be "workload" or "concurrency"' })),
  targetUtilization: z.optional(targetUtilization()),
  discount: z.optional(DiscountSchema),
});
export type GcpCloudRunSystemInput = z.infer<typeof GcpCloudRunSystemSchema>;

/** Fills Cloud Run's defaults. */
export function resolveGcpCloudRun(s: GcpCloudRunSystemInput): GcpCloudRunSystem {
  const d = CLOUD_RUN_DEFAULTS;
  return {
    ...resolvedBase(s),
    ...present({ memoryGib: s.memoryGib, concurrency: s.concurrency }),
    kind: s.kind,
    region: s.region ?? d.region,
    billing: s.billing ?? d.billing,
    vcpu: s.vcpu ?? d.vcpu,
    minInstances: s.minInstances ?? d.minInstances,
    sizing: s.sizing ?? d.sizing,
    targetUtilization: s.targetUtilization ?? CAPACITY_DEFAULTS.targetUtilization,
  };
}
