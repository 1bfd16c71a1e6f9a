import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  serviceFormat,
  toPrice,
  PositiveInt,
} from '../../pricing/common';
import { AWS_SNS, SNS_SERVICE } from './kind';
import type { SnsPrices } from './prices';

export const AwsSnsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_SNS),
  rules: z.strictObject({
    freeTier: z.strictObject({ publishes: DecimalString, http: DecimalString, email: DecimalString, note: z.string() }),
    chunkKb: PositiveInt,
  }),
  regions: z.record(
    z.string(),
    z.strictObject({
      publishes: PriceSchema,
      deliveries: z.strictObject({ lambda: PriceSchema, sqs: PriceSchema, http: PriceSchema, email: PriceSchema }),
    }),
  ),
});
export type AwsSnsFile = z.infer<typeof AwsSnsFile>;

/** SNS prices of one region of a validated file. */
export function snsPrices(meta: FileMeta, file: AwsSnsFile, region: string): SnsPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const f = file.rules.freeTier;
  const d = r.deliveries;
  return {
    meta,
    publishes: toPrice(meta, r.publishes),
    deliveries: {
      lambda: toPrice(meta, d.lambda),
      sqs: toPrice(meta, d.sqs),
      http: toPrice(meta, d.http),
      email: toPrice(meta, d.email),
    },
    free: { publishes: dec(f.publishes), http: dec(f.http), email: dec(f.email) },
    chunkKb: file.rules.chunkKb,
  };
}

/** How aws-sns pricing files are validated and read. */
export const snsPricingFile = serviceFormat({
  service: SNS_SERVICE,
  name: 'Amazon SNS',
  schema: AwsSnsFile,
  prices: snsPrices,
});
