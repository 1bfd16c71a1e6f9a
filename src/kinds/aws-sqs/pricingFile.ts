import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import {
  DecimalString,
  FileHeaderSchema,
  TierTableSchema,
  serviceFormat,
  toTiers,
  PositiveInt,
} from '../../pricing/common';
import { AWS_SQS, SQS_SERVICE } from './kind';
import type { SqsPrices } from './prices';

export const AwsSqsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_SQS),
  rules: z.strictObject({
    freeTier: z.strictObject({ requests: DecimalString, note: z.string() }),
    chunkKb: PositiveInt,
  }),
  regions: z.record(z.string(), z.strictObject({ standard: TierTableSchema, fifo: TierTableSchema })),
});
export type AwsSqsFile = z.infer<typeof AwsSqsFile>;

/** SQS prices of one region of a validated file. */
export function sqsPrices(meta: FileMeta, file: AwsSqsFile, region: string): SqsPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    requests: { standard: toTiers(meta, r.standard), fifo: toTiers(meta, r.fifo) },
    freeRequests: dec(file.rules.freeTier.requests),
    chunkKb: file.rules.chunkKb,
  };
}

/** How aws-sqs pricing files are validated and read. */
export const sqsPricingFile = serviceFormat({
  service: SQS_SERVICE,
  name: 'Amazon SQS',
  schema: AwsSqsFile,
  prices: sqsPrices,
});
