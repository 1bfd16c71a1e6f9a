import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  TierTableSchema,
  serviceFormat,
  toPrice,
  toTiers,
  PositiveInt,
} from '../../pricing/common';
import { AWS_STEP_FUNCTIONS, STEP_FUNCTIONS_SERVICE } from './kind';
import type { StepFunctionsPrices } from './prices';

export const AwsStepFunctionsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_STEP_FUNCTIONS),
  rules: z.strictObject({
    freeTierTransitions: DecimalString,
    expressMemoryStepMb: PositiveInt,
    expressDurationGranularityMs: PositiveInt,
  }),
  regions: z.record(
    z.string(),
    z.strictObject({ transitions: PriceSchema, expressRequests: PriceSchema, expressDuration: TierTableSchema }),
  ),
});
export type AwsStepFunctionsFile = z.infer<typeof AwsStepFunctionsFile>;

/** Step Functions prices of one region of a validated file. */
export function stepFunctionsPrices(
  meta: FileMeta,
  file: AwsStepFunctionsFile,
  region: string,
): StepFunctionsPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    transitions: toPrice(meta, r.transitions),
    expressRequests: toPrice(meta, r.expressRequests),
    expressDuration: toTiers(meta, r.expressDuration),
    rules: { ...file.rules, freeTierTransitions: dec(file.rules.freeTierTransitions) },
  };
}

/** How aws-step-functions pricing files are validated and read. */
export const stepFunctionsPricingFile = serviceFormat({
  service: STEP_FUNCTIONS_SERVICE,
  name: 'AWS Step Functions',
  schema: AwsStepFunctionsFile,
  prices: stepFunctionsPrices,
});
