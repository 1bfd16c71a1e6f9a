import { z } from 'zod/mini';
import { ARCHITECTURES, type FileMeta } from '../../engine';
import { type FargatePrices } from './prices';
import { FileHeaderSchema, PriceSchema, mapValues, toPrice, serviceFormat, PositiveNumber } from '../../pricing/common';
import { AWS_FARGATE, FARGATE_SERVICE } from './kind';

const Arch = z.enum(ARCHITECTURES);
const seconds = () => z.number().check(z.int(), z.nonnegative());

export const AwsFargateFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_FARGATE),
  rules: z.strictObject({
    minimumBilledSeconds: seconds(),
    windowsMinimumBilledSeconds: z.optional(seconds()),
    includedEphemeralGb: z.number().check(z.nonnegative()),
    maxEphemeralGb: z.optional(PositiveNumber),
  }),
  regions: z.record(
    z.string(),
    z.strictObject({
      vcpuHourly: z.partialRecord(Arch, PriceSchema),
      gbHourly: z.partialRecord(Arch, PriceSchema),
      ephemeralGbSecond: z.optional(PriceSchema),
      windows: z.optional(
        z.strictObject({ vcpuSecond: PriceSchema, osLicenseVcpuSecond: PriceSchema, gbSecond: PriceSchema }),
      ),
    }),
  ),
});
export type AwsFargateFile = z.infer<typeof AwsFargateFile>;

/** Fargate prices of one region of a validated file. */
export function fargatePrices(meta: FileMeta, file: AwsFargateFile, region: string): FargatePrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const p = (x: z.infer<typeof PriceSchema>) => toPrice(meta, x);
  return {
    meta,
    vcpuHourly: mapValues(r.vcpuHourly, p),
    gbHourly: mapValues(r.gbHourly, p),
    ...(r.ephemeralGbSecond ? { ephemeralGbSecond: p(r.ephemeralGbSecond) } : {}),
    ...(r.windows
      ? {
          windows: {
            vcpuSecond: p(r.windows.vcpuSecond),
            osLicenseVcpuSecond: p(r.windows.osLicenseVcpuSecond),
            gbSecond: p(r.windows.gbSecond),
          },
        }
      : {}),
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
