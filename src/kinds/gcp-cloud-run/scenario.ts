import { z } from 'zod';
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
  name: Name.optional(),
  kind: z.literal(GCP_CLOUD_RUN),
  region: GcpRegion.optional(),
  billing: z.enum(['request', 'instance'], { error: 'must be "request" or "instance"' }).optional(),
  vcpu: finite()
    .refine((n) => n >= 0.08 && n <= 8, 'must be 0.08–8 vCPU')
    .optional(),
  memoryGib: finite()
    .refine((n) => n >= 0.125 && n <= 32, 'must be 0.125–32 GiB')
    .optional(),
  concurrency: integer()
    .refine((n) => n >= 1 && n <= 1000, 'must be 1–1,000')
    .optional(),
  minInstances: integer()
    .refine((n) => n >= 0 && n <= 1000, 'must be 0–1,000')
    .optional(),
  sizing: z.enum(['workload', 'concurrency'], { error: 'must be "workload" or "concurrency"' }).optional(),
  targetUtilization: targetUtilization().optional(),
  discount: DiscountSchema.optional(),
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
