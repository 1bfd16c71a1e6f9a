import { z } from 'zod/mini';
import { AzureRegion, DiscountSchema, Id, Name, integer, present, resolvedBase } from '../../scenario/fields';
import { AZURE_FUNCTIONS, type AzureFunctionsSystem } from './kind';

export const AZURE_FUNCTIONS_DEFAULTS = {
  region: 'eastus',
  plan: 'consumption',
  instanceMemoryMb: 2048,
  alwaysReady: 0,
} as const;

export const AzureFunctionsSystemSchema = z
  .strictObject({
    id: Id,
    name: z.optional(Name),
    kind: z.literal(AZURE_FUNCTIONS),
    region: z.optional(AzureRegion),
    plan: z.optional(z.enum(['consumption', 'flex'], { error: 'must be "consumption" or "flex"' })),
    instanceMemoryMb: z.optional(
      z.union([z.literal(512), z.literal(2048), z.literal(4096)], { error: 'must be 512, 2048 or 4096' }),
    ),
    concurrency: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 1000, 'must be 1–1,000'))),
    alwaysReady: z.optional(integer().check(z.refine((n) => n >= 0 && n <= 1000, 'must be 0–1,000'))),
    discount: z.optional(DiscountSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      if ((s.plan ?? AZURE_FUNCTIONS_DEFAULTS.plan) !== 'consumption') return;
      for (const field of ['instanceMemoryMb', 'concurrency', 'alwaysReady'] as const) {
        if (s[field] !== undefined)
          ctx.addIssue({ code: 'custom', path: [field], message: 'applies only to plan "flex"' });
      }
    }),
  );
export type AzureFunctionsSystemInput = z.infer<typeof AzureFunctionsSystemSchema>;

/** Fills Azure Functions' defaults. */
export function resolveAzureFunctions(s: AzureFunctionsSystemInput): AzureFunctionsSystem {
  const d = AZURE_FUNCTIONS_DEFAULTS;
  return {
    ...resolvedBase(s),
    ...present({ concurrency: s.concurrency }),
    kind: s.kind,
    region: s.region ?? d.region,
    plan: s.plan ?? d.plan,
    instanceMemoryMb: s.instanceMemoryMb ?? d.instanceMemoryMb,
    alwaysReady: s.alwaysReady ?? d.alwaysReady,
  };
}
