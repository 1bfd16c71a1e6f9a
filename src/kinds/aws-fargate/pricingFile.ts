import { z } from 'zod';
import { ARCHITECTURES, type FileMeta } from '../../engine';
import { type FargatePrices } from './prices';
import { FileHeaderSchema, PriceSchema, mapValues, toPrice, serviceFormat } from '../../pricing/common';
import { AWS_FARGATE, FARGATE_SERVICE } from './kind';

const Arch = z.enum(ARCHITECTURES);

export const AwsFargateFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_FARGATE),
  rules: z.strictObject({
    minimumBilledSeconds: z.number().int().nonnegative(),
    includedEphemeralGb: z.number().nonnegative(),
  }),
  regions: z.record(
    z.string(),
    z.strictObject({ vcpuHourly: z.partialRecord(Arch, PriceSchema), gbHourly: z.partialRecord(Arch, PriceSchema) }),
  ),
});
export type AwsFargateFile = z.infer<typeof AwsFargateFile>;

/** Fargate prices of one region of a validated file. */
export function fargatePrices(meta: FileMeta, file: AwsFargateFile, region: string): FargatePrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    vcpuHourly: mapValues(r.vcpuHourly, (p) => toPrice(meta, p)),
    gbHourly: mapValues(r.gbHourly, (p) => toPrice(meta, p)),
    rules: file.rules,
  };
}

/** How aws-fargate pricing files are validated and read. */
export const fargatePricingFile = serviceFormat({
  service: FARGATE_SERVICE,
  name: 'AWS Fargate',
  schema: AwsFargateFile,
  prices: fargatePrices,
});
