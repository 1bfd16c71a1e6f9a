import { z } from 'zod/mini';
import type { FileMeta } from '../../engine';
import {
  FileHeaderSchema,
  PriceSchema,
  TierTableSchema,
  serviceFormat,
  toPrice,
  toTiers,
  PositiveInt,
} from '../../pricing/common';
import { AWS_S3, S3_SERVICE } from './kind';
import type { S3Prices } from './prices';

export const AwsS3File = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_S3),
  rules: z.strictObject({ gbPerTb: PositiveInt, note: z.string() }),
  regions: z.record(z.string(), z.strictObject({ puts: PriceSchema, gets: PriceSchema, storage: TierTableSchema })),
});
export type AwsS3File = z.infer<typeof AwsS3File>;

/** S3 Standard prices of one region of a validated file. */
export function s3Prices(meta: FileMeta, file: AwsS3File, region: string): S3Prices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return { meta, puts: toPrice(meta, r.puts), gets: toPrice(meta, r.gets), storage: toTiers(meta, r.storage) };
}

/** How aws-s3 pricing files are validated and read. */
export const s3PricingFile = serviceFormat({
  service: S3_SERVICE,
  name: 'Amazon S3',
  schema: AwsS3File,
  prices: s3Prices,
});
