import { z } from 'zod';
import { type CloudRunPrices, type CloudRunTier, type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, PriceSchema, toPrice } from '../common';

const Tier = z.strictObject({
  request: z
    .strictObject({
      vcpuSecond: PriceSchema,
      gibSecond: PriceSchema,
      requests: PriceSchema,
      idleVcpuSecond: PriceSchema.optional(),
      idleGibSecond: PriceSchema.optional(),
    })
    .optional(),
  instance: z.strictObject({ vcpuSecond: PriceSchema, gibSecond: PriceSchema }).optional(),
});

export const GcpCloudRunFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal('gcp-cloud-run'),
  rules: z.strictObject({
    granularityMs: z.number().int().positive(),
    defaultConcurrency: z.number().int().positive(),
    freeTier: z.strictObject({
      request: z.strictObject({ vcpuSeconds: DecimalString, gibSeconds: DecimalString, requests: DecimalString }),
      instance: z.strictObject({ vcpuSeconds: DecimalString, gibSeconds: DecimalString }),
    }),
    regionTiers: z.record(z.string().regex(/^[a-z]+-[a-z]+\d+$/, 'a Google Cloud region such as "us-central1"'), z.union([z.literal(1), z.literal(2)])),
  }),
  regions: z.strictObject({ tier1: Tier, tier2: Tier.optional() }),
});
export type GcpCloudRunFile = z.infer<typeof GcpCloudRunFile>;

/** Cloud Run prices by tier (a system's region picks its tier). */
export function cloudRunPrices(meta: FileMeta, file: GcpCloudRunFile): CloudRunPrices {
  const p = (x: z.infer<typeof PriceSchema>) => toPrice(meta, x);
  const tier = (t: z.infer<typeof Tier>): CloudRunTier => ({
    ...(t.request
      ? {
          request: {
            vcpuSecond: p(t.request.vcpuSecond),
            gibSecond: p(t.request.gibSecond),
            requests: p(t.request.requests),
            ...(t.request.idleVcpuSecond ? { idleVcpuSecond: p(t.request.idleVcpuSecond) } : {}),
            ...(t.request.idleGibSecond ? { idleGibSecond: p(t.request.idleGibSecond) } : {}),
          },
        }
      : {}),
    ...(t.instance ? { instance: { vcpuSecond: p(t.instance.vcpuSecond), gibSecond: p(t.instance.gibSecond) } } : {}),
  });
  const { request, instance } = file.rules.freeTier;
  return {
    meta,
    tiers: { tier1: tier(file.regions.tier1), ...(file.regions.tier2 ? { tier2: tier(file.regions.tier2) } : {}) },
    rules: {
      granularityMs: file.rules.granularityMs,
      defaultConcurrency: file.rules.defaultConcurrency,
      regionTiers: file.rules.regionTiers,
      freeTier: {
        request: { vcpuSeconds: dec(request.vcpuSeconds), gibSeconds: dec(request.gibSeconds), requests: dec(request.requests) },
        instance: { vcpuSeconds: dec(instance.vcpuSeconds), gibSeconds: dec(instance.gibSeconds) },
      },
    },
  };
}
