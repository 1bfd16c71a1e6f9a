import { z } from 'zod/mini';
import { DiscountSchema, Id, Name, finite, resolvedBase } from '../../scenario/fields';
import { CLOUDFLARE_WORKERS, type CloudflareWorkersSystem, WORKERS_TRIGGERS } from './kind';

export const WORKERS_DEFAULTS = { staticAssetShare: 0, trigger: 'http' } as const;

export const CloudflareWorkersSystemSchema = z.strictObject({
  id: Id,
  name: z.optional(Name),
  kind: z.literal(CLOUDFLARE_WORKERS),
  staticAssetShare: z.optional(finite().check(z.refine((n) => n >= 0 && n <= 1, 'must be between 0 and 1'))),
  trigger: z.optional(z.enum(WORKERS_TRIGGERS, { error: 'must be "http", "cron" or "queue"' })),
  discount: z.optional(DiscountSchema),
});
export type CloudflareWorkersSystemInput = z.infer<typeof CloudflareWorkersSystemSchema>;

/** Fills Workers' defaults. */
export function resolveCloudflareWorkers(s: CloudflareWorkersSystemInput): CloudflareWorkersSystem {
  return {
    ...resolvedBase(s),
    kind: s.kind,
    staticAssetShare: s.staticAssetShare ?? WORKERS_DEFAULTS.staticAssetShare,
    trigger: s.trigger ?? WORKERS_DEFAULTS.trigger,
  };
}
