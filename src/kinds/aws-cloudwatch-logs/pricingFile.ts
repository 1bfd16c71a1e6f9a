import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, PriceSchema, serviceFormat, toPrice } from '../../pricing/common';
import { AWS_CLOUDWATCH_LOGS, CLOUDWATCH_LOGS_SERVICE } from './kind';
import type { CloudWatchLogsPrices } from './prices';

export const AwsCloudWatchLogsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_CLOUDWATCH_LOGS),
  rules: z.strictObject({ freeTierGb: DecimalString, freeTierNote: z.string() }),
  regions: z.record(
    z.string(),
    z.strictObject({
      ingest: z.strictObject({ standard: PriceSchema, 'infrequent-access': PriceSchema }),
      storage: PriceSchema,
    }),
  ),
});
export type AwsCloudWatchLogsFile = z.infer<typeof AwsCloudWatchLogsFile>;

/** CloudWatch Logs prices of one region of a validated file. */
export function cloudWatchLogsPrices(
  meta: FileMeta,
  file: AwsCloudWatchLogsFile,
  region: string,
): CloudWatchLogsPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    ingest: {
      standard: toPrice(meta, r.ingest.standard),
      'infrequent-access': toPrice(meta, r.ingest['infrequent-access']),
    },
    storage: toPrice(meta, r.storage),
    rules: { freeTierGb: dec(file.rules.freeTierGb) },
  };
}

/** How aws-cloudwatch-logs pricing files are validated and read. */
export const cloudWatchLogsPricingFile = serviceFormat({
  service: CLOUDWATCH_LOGS_SERVICE,
  name: 'Amazon CloudWatch Logs',
  schema: AwsCloudWatchLogsFile,
  prices: cloudWatchLogsPrices,
});
