import { z } from 'zod/mini';
import { DiscountSchema, Id, Name, resolvedBase } from '../../scenario/fields';
import { AWS_EDGE_FUNCTIONS, EDGE_RUNTIMES, type EdgeFunctionsSystem } from './kind';

export const EDGE_FUNCTIONS_DEFAULTS = { runtime: 'lambda-edge' } as const;

/** An edge function: `runtime` picks Lambda@Edge (default) or CloudFront Functions. */
export const EdgeFunctionsSystemSchema = z.strictObject({
  id: Id,
  name: z.optional(Name),
  kind: z.literal(AWS_EDGE_FUNCTIONS),
  runtime: z.optional(z.enum(EDGE_RUNTIMES)),
  discount: z.optional(DiscountSchema),
});
export type EdgeFunctionsSystemInput = z.infer<typeof EdgeFunctionsSystemSchema>;

/** Fills the edge functions' defaults. */
export function resolveEdgeFunctions(s: EdgeFunctionsSystemInput): EdgeFunctionsSystem {
  return { ...resolvedBase(s), kind: s.kind, runtime: s.runtime ?? EDGE_FUNCTIONS_DEFAULTS.runtime };
}
