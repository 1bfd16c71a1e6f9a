import { z } from 'zod/mini';
import { DiscountSchema, GcpRegion, Id, Name, present } from '../../scenario/fields';
import { GCP_CLOUD_FUNCTIONS, type GcpCloudFunctionsSystem } from './kind';

export const CLOUD_FUNCTIONS_DEFAULTS = { region: 'us-central1' } as const;

/** A Cloud Functions (1st gen) function: memory and duration are the workload's; its region is its own. */
export const GcpCloudFunctionsSystemSchema = z.strictObject({
  id: Id,
  name: z.optional(Name),
  kind: z.literal(GCP_CLOUD_FUNCTIONS),
  region: z.optional(GcpRegion),
  discount: z.optional(DiscountSchema),
});
export type GcpCloudFunctionsSystemInput = z.infer<typeof GcpCloudFunctionsSystemSchema>;

/** Fills Cloud Functions' defaults. */
export function resolveGcpCloudFunctions(s: GcpCloudFunctionsSystemInput): GcpCloudFunctionsSystem {
  return {
    ...present({ id: s.id, name: s.name, discount: s.discount }),
    kind: s.kind,
    region: s.region ?? CLOUD_FUNCTIONS_DEFAULTS.region,
  };
}
