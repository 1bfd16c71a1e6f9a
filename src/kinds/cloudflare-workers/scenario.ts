import { z } from 'zod';
import { DiscountSchema, Id, Name, finite, resolvedBase } from '../../scenario/fields';
import { CLOUDFLARE_WORKERS, type CloudflareWorkersSystem, WORKERS_TRIGGERS } from './kind';

export const WORKERS_DEFAULTS = { staticAssetShare: 0, trigger: 'http' } as const;

export const CloudflareWorkersSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal(CLOUDFLARE_WORKERS),
  staticAssetShare: finite()
    .refine((n) => n >= 0 && n <= 1, 'must be between 0 and 1')
    .optional(),
  trigger: z.enum(WORKERS_TRIGGERS, { error: 'must be "http", "cron" or "queue"' }).optional(),
  discount: DiscountSchema.optional(),
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
