import { z } from 'zod/mini';
import { DiscountSchema, Id, Name, resolvedBase } from '../../scenario/fields';
import { DIGITALOCEAN_FUNCTIONS, type DigitalOceanFunctionsSystem } from './kind';

/** A DigitalOcean function: its memory and duration are the workload's (or a component's own). */
export const DigitalOceanFunctionsSystemSchema = z.strictObject({
  id: Id,
  name: z.optional(Name),
  kind: z.literal(DIGITALOCEAN_FUNCTIONS),
  discount: z.optional(DiscountSchema),
});
export type DigitalOceanFunctionsSystemInput = z.infer<typeof DigitalOceanFunctionsSystemSchema>;

/** Fills DigitalOcean Functions' defaults (it has none of its own). */
export function resolveDigitalOceanFunctions(s: DigitalOceanFunctionsSystemInput): DigitalOceanFunctionsSystem {
  return { ...resolvedBase(s), kind: s.kind };
}
