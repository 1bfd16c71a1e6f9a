import { z } from 'zod';
import type { AlbPrices, FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, toPrice } from '../common';

export const AwsAlbFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal('aws-alb'),
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
