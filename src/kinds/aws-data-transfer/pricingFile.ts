import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { type DataTransferPrices } from './prices';
import { DecimalString, FileHeaderSchema, TierTableSchema, toTiers, serviceFormat } from '../../pricing/common';
import { AWS_DATA_TRANSFER, DATA_TRANSFER_SERVICE } from './kind';

export const AwsDataTransferFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_DATA_TRANSFER),
  rules: z.strictObject({ freeGbPerMonth: DecimalString }),
  regions: z.record(z.string(), z.strictObject({ internetOut: TierTableSchema })),
});
export type AwsDataTransferFile = z.infer<typeof AwsDataTransferFile>;

/** Data-transfer prices of one region of a validated file. */
export function dataTransferPrices(
  meta: FileMeta,
  file: AwsDataTransferFile,
  region: string,
): DataTransferPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return { meta, internetOut: toTiers(meta, r.internetOut), freeGbPerMonth: dec(file.rules.freeGbPerMonth) };
}

/** How aws-data-transfer pricing files are validated and read. */
export const dataTransferPricingFile = serviceFormat({
  service: DATA_TRANSFER_SERVICE,
  name: 'AWS data transfer out',
  schema: AwsDataTransferFile,
  prices: dataTransferPrices,
});
