import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, PriceSchema, serviceFormat, toPrice } from '../../pricing/common';
import { AWS_DYNAMODB, DYNAMODB_SERVICE } from './kind';
import type { DynamoDbPrices } from './prices';

export const AwsDynamoDbFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_DYNAMODB),
  rules: z.strictObject({
    freeTier: z.strictObject({ storageGb: DecimalString, streamReads: DecimalString, note: z.string() }),
  }),
  regions: z.record(
    z.string(),
    z.strictObject({ writeUnits: PriceSchema, readUnits: PriceSchema, storage: PriceSchema, streamReads: PriceSchema }),
  ),
});
export type AwsDynamoDbFile = z.infer<typeof AwsDynamoDbFile>;

/** DynamoDB on-demand prices of one region of a validated file. */
export function dynamoDbPrices(meta: FileMeta, file: AwsDynamoDbFile, region: string): DynamoDbPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const free = file.rules.freeTier;
  return {
    meta,
    writeUnits: toPrice(meta, r.writeUnits),
    readUnits: toPrice(meta, r.readUnits),
    storage: toPrice(meta, r.storage),
    streamReads: toPrice(meta, r.streamReads),
    freeTier: { storageGb: dec(free.storageGb), streamReads: dec(free.streamReads) },
  };
}

/** How aws-dynamodb pricing files are validated and read. */
export const dynamoDbPricingFile = serviceFormat({
  service: DYNAMODB_SERVICE,
  name: 'Amazon DynamoDB',
  schema: AwsDynamoDbFile,
  prices: dynamoDbPrices,
});
