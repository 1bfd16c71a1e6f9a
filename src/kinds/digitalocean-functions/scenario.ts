import { z } from 'zod';
import { DiscountSchema, Id, Name, resolvedBase } from '../../scenario/fields';
import { DIGITALOCEAN_FUNCTIONS, type DigitalOceanFunctionsSystem } from './kind';

/** A DigitalOcean function: its memory and duration are the workload's (or a component's own). */
export const DigitalOceanFunctionsSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal(DIGITALOCEAN_FUNCTIONS),
  discount: DiscountSchema.optional(),
});
export type DigitalOceanFunctionsSystemInput = z.infer<typeof DigitalOceanFunctionsSystemSchema>;

/** Fills DigitalOcean Functions' defaults (it has none of its own). */
export function resolveDigitalOceanFunctions(s: DigitalOceanFunctionsSystemInput): DigitalOceanFunctionsSystem {
  return { ...resolvedBase(s), kind: s.kind };
}
