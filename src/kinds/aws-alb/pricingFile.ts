import { z } from 'zod';
import type { FileMeta } from '../../engine';
import type { AlbPrices } from './prices';
import { FileHeaderSchema, PriceSchema, toPrice, serviceFormat } from '../../pricing/common';
import { AWS_ALB, ALB_SERVICE } from './kind';

export const AwsAlbFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_ALB),
  rules: z.strictObject({ newConnectionsPerSecondPerLcu: z.number().positive() }),
  regions: z.record(z.string(), z.strictObject({ hourly: PriceSchema, lcuHourly: PriceSchema })),
});
export type AwsAlbFile = z.infer<typeof AwsAlbFile>;

/** ALB prices of one region of a validated file. */
export function albPrices(meta: FileMeta, file: AwsAlbFile, region: string): AlbPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    hourly: toPrice(meta, r.hourly),
    lcuHourly: toPrice(meta, r.lcuHourly),
    newConnectionsPerSecondPerLcu: file.rules.newConnectionsPerSecondPerLcu,
  };
}

/** How aws-alb pricing files are validated and read. */
export const albPricingFile = serviceFormat({ service: ALB_SERVICE, schema: AwsAlbFile, prices: albPrices });
