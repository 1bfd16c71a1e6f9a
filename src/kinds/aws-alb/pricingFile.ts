import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import type { AlbPrices } from './prices';
import {
  DecimalString,
  readDecimal,
  FileHeaderSchema,
  PriceSchema,
  toPrice,
  serviceFormat,
  PositiveNumber,
} from '../../pricing/common';
import { AWS_ALB, ALB_SERVICE } from './kind';

/** GB per LCU-hour divides the traffic: never 0. */
const PositiveDecimal = DecimalString.check(z.refine((s) => readDecimal(s)?.gt(0) !== false, 'must be greater than 0'));

export const AwsAlbFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_ALB),
  rules: z.strictObject({
    newConnectionsPerSecondPerLcu: PositiveNumber,
    activeConnectionsPerMinutePerLcu: PositiveNumber,
    processedGbPerHourPerLcu: z.strictObject({ instance: PositiveDecimal, lambda: PositiveDecimal }),
    ruleEvaluationsPerSecondPerLcu: PositiveNumber,
    freeRulesPerRequest: z.number().check(z.int(), z.nonnegative()),
  }),
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
    activeConnectionsPerMinutePerLcu: file.rules.activeConnectionsPerMinutePerLcu,
    processedGbPerHourPerLcu: {
      instance: dec(file.rules.processedGbPerHourPerLcu.instance),
      lambda: dec(file.rules.processedGbPerHourPerLcu.lambda),
    },
    ruleEvaluationsPerSecondPerLcu: file.rules.ruleEvaluationsPerSecondPerLcu,
    freeRulesPerRequest: file.rules.freeRulesPerRequest,
  };
}

/** How aws-alb pricing files are validated and read. */
export const albPricingFile = serviceFormat({
  service: ALB_SERVICE,
  name: 'Application Load Balancer',
  schema: AwsAlbFile,
  prices: albPrices,
});
