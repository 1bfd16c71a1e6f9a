import { z } from 'zod/mini';
import type { FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, serviceFormat, toPrice, PositiveInt } from '../../pricing/common';
import { AWS_KINESIS, KINESIS_SERVICE } from './kind';
import type { KinesisPrices } from './prices';

export const AwsKinesisFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_KINESIS),
  rules: z.strictObject({
    putPayloadUnitKb: PositiveInt,
    onDemandRecordRoundingKb: PositiveInt,
  }),
  regions: z.record(
    z.string(),
    z.strictObject({
      shardHour: PriceSchema,
      putPayloadUnits: PriceSchema,
      onDemandStreamHour: PriceSchema,
      onDemandDataInGb: PriceSchema,
      onDemandDataOutGb: PriceSchema,
    }),
  ),
});
export type AwsKinesisFile = z.infer<typeof AwsKinesisFile>;

/** Kinesis Data Streams prices of one region of a validated file. */
export function kinesisPrices(meta: FileMeta, file: AwsKinesisFile, region: string): KinesisPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const p = (x: z.infer<typeof PriceSchema>) => toPrice(meta, x);
  return {
    meta,
    shardHour: p(r.shardHour),
    putPayloadUnits: p(r.putPayloadUnits),
    onDemandStreamHour: p(r.onDemandStreamHour),
    onDemandDataInGb: p(r.onDemandDataInGb),
    onDemandDataOutGb: p(r.onDemandDataOutGb),
    rules: file.rules,
  };
}

/** How aws-kinesis pricing files are validated and read. */
export const kinesisPricingFile = serviceFormat({
  service: KINESIS_SERVICE,
  name: 'Amazon Kinesis Data Streams',
  schema: AwsKinesisFile,
  prices: kinesisPrices,
});
