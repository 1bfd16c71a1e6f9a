import { z } from 'zod';
import { ARCHITECTURES, type FileMeta } from '../../engine';
import { type FargatePrices } from './prices';
import { FileHeaderSchema, PriceSchema, mapValues, toPrice, serviceFormat } from '../../pricing/common';
import { AWS_FARGATE, FARGATE_SERVICE } from './kind';

const Arch = z.enum(ARCHITECTURES);
const seconds = () => z.number().int().nonnegative();

export const AwsFargateFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_FARGATE),
  rules: z.strictObject({
    minimumBilledSeconds: seconds(),
    windowsMinimumBilledSeconds: seconds().optional(),
    includedEphemeralGb: z.number().nonnegative(),
    maxEphemeralGb: z.number().positive().optional(),
  }),
  regions: z.record(
    z.string(),
    z.strictObject({
      vcpuHourly: z.partialRecord(Arch, PriceSchema),
      gbHourly: z.partialRecord(Arch, PriceSchema),
      ephemeralGbSecond: PriceSchema.optional(),
      windows: z
        .strictObject({ vcpuSecond: PriceSchema, osLicenseVcpuSecond: PriceSchema, gbSecond: PriceSchema })
        .optional(),
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
