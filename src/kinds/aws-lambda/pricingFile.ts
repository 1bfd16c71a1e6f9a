import { z } from 'zod/mini';
import { ARCHITECTURES, type FileMeta, dec } from '../../engine';
import { type LambdaPrices } from './prices';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  TierTableSchema,
  mapValues,
  toPrice,
  toTiers,
  serviceFormat,
  PositiveInt,
} from '../../pricing/common';
import { AWS_LAMBDA, LAMBDA_SERVICE } from './kind';

const Arch = z.enum(ARCHITECTURES);
const Region = z.strictObject({
  requests: PriceSchema,
  duration: z.partialRecord(Arch, TierTableSchema),
  provisionedConcurrency: z.partialRecord(Arch, PriceSchema),
  provisionedDuration: z.partialRecord(Arch, PriceSchema),
  ephemeralStorage: z.optional(PriceSchema),
  // Absent before SnapStart was priced (2024-11-18) and where no source gives the region's rates.
  snapStart: z.optional(z.strictObject({ cache: PriceSchema, restore: PriceSchema, cacheMinimumHours: PositiveInt })),
});

export const AwsLambdaFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_LAMBDA),
  rules: z.strictObject({
    billingGranularityMs: PositiveInt,
    memoryMb: z.strictObject({
      min: PositiveInt,
      max: PositiveInt,
      step: PositiveInt,
    }),
    ephemeralStorageMb: z.strictObject({
      included: PositiveInt,
      min: PositiveInt,
      max: PositiveInt,
    }),
    architectures: z.array(Arch).check(z.minLength(1)),
    initBilledOnDemand: z.boolean(),
    maxInitMs: PositiveInt,
    provisionedConcurrencyRoundingMinutes: PositiveInt,
    freeTier: z.strictObject({ requests: DecimalString, gbSeconds: DecimalString, note: z.string() }),
  }),
  regions: z.record(z.string(), Region),
});
export type AwsLambdaFile = z.infer<typeof AwsLambdaFile>;

/** Lambda prices of one region of a validated file. */
export function lambdaPrices(meta: FileMeta, file: AwsLambdaFile, region: string): LambdaPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const { freeTier, ...rules } = file.rules;
  return {
    meta,
    rules: { ...rules, freeTier: { requests: dec(freeTier.requests), gbSeconds: dec(freeTier.gbSeconds) } },
    requests: toPrice(meta, r.requests),
    duration: mapValues(r.duration, (t) => toTiers(meta, t)),
    provisionedConcurrency: mapValues(r.provisionedConcurrency, (p) => toPrice(meta, p)),
    provisionedDuration: mapValues(r.provisionedDuration, (p) => toPrice(meta, p)),
    ephemeralStorage: r.ephemeralStorage ? toPrice(meta, r.ephemeralStorage) : null,
    snapStart: r.snapStart
      ? {
          cache: toPrice(meta, r.snapStart.cache),
          restore: toPrice(meta, r.snapStart.restore),
          cacheMinimumHours: r.snapStart.cacheMinimumHours,
        }
      : null,
  };
}

/** How aws-lambda pricing files are validated and read. */
export const lambdaPricingFile = serviceFormat({
  service: LAMBDA_SERVICE,
  name: 'AWS Lambda',
  schema: AwsLambdaFile,
  prices: lambdaPrices,
});
