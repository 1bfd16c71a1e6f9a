import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { type CloudRunPrices, type CloudRunTier } from './prices';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  toPrice,
  serviceFormat,
  PositiveInt,
} from '../../pricing/common';
import { GCP_CLOUD_RUN, CLOUD_RUN_SERVICE } from './kind';

const Tier = z.strictObject({
  request: z.optional(
    z.strictObject({
      vcpuSecond: PriceSchema,
      gibSecond: PriceSchema,
      requests: PriceSchema,
      idleVcpuSecond: z.optional(PriceSchema),
      idleGibSecond: z.optional(PriceSchema),
    }),
  ),
  instance: z.optional(z.strictObject({ vcpuSecond: PriceSchema, gibSecond: PriceSchema })),
});

export const GcpCloudRunFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(GCP_CLOUD_RUN),
  rules: z.strictObject({
    granularityMs: PositiveInt,
    defaultConcurrency: PositiveInt,
    freeTier: z.strictObject({
      request: z.strictObject({ vcpuSeconds: DecimalString, gibSeconds: DecimalString, requests: DecimalString }),
      instance: z.strictObject({ vcpuSeconds: DecimalString, gibSeconds: DecimalString }),
    }),
    regionTiers: z.record(
      z.string().check(z.regex(/^[a-z]+-[a-z]+\d+$/, 'a Google Cloud region such as "us-central1"')),
      z.union([z.literal(1), z.literal(2)]),
    ),
  }),
  regions: z.strictObject({ tier1: Tier, tier2: z.optional(Tier) }),
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
        request: {
          vcpuSeconds: dec(request.vcpuSeconds),
          gibSeconds: dec(request.gibSeconds),
          requests: dec(request.requests),
        },
        instance: { vcpuSeconds: dec(instance.vcpuSeconds), gibSeconds: dec(instance.gibSeconds) },
      },
    },
  };
}

// One file holds all of that cloud's regions; a system names its own, so the scenario's AWS region is ignored.
/** How gcp-cloud-run pricing files are validated and read. */
export const cloudRunPricingFile = serviceFormat({
  service: CLOUD_RUN_SERVICE,
  schema: GcpCloudRunFile,
  prices: (meta, file) => cloudRunPrices(meta, file),
});
