import { z } from 'zod';
import { type DataTransferPrices, type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, TierTableSchema, toTiers } from '../common';

export const AwsDataTransferFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal('aws-data-transfer'),
  rules: z.strictObject({ freeGbPerMonth: DecimalString }),
  regions: z.record(z.string(), z.strictObject({ internetOut: TierTableSchema })),
});
export type AwsDataTransferFile = z.infer<typeof AwsDataTransferFile>;

/** Data-transfer prices of one region of a validated file. */
export function dataTransferPrices(meta: FileMeta, file: AwsDataTransferFile, region: string): DataTransferPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return { meta, internetOut: toTiers(meta, r.internetOut), freeGbPerMonth: dec(file.rules.freeGbPerMonth) };
}
