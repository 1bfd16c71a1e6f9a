import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { type AzureFunctionsPrices } from './prices';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  toPrice,
  serviceFormat,
  PositiveInt,
} from '../../pricing/common';
import { AZURE_FUNCTIONS, AZURE_FUNCTIONS_SERVICE } from './kind';

export const AzureFunctionsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AZURE_FUNCTIONS),
  rules: z.strictObject({
    consumption: z.strictObject({
      memoryStepMb: PositiveInt,
      minMemoryMb: PositiveInt,
      maxMemoryMb: PositiveInt,
      minDurationMs: PositiveInt,
      granularityMs: PositiveInt,
      freeExecutions: DecimalString,
      freeGbSeconds: DecimalString,
    }),
    flex: z.strictObject({
      instanceMemoryMb: z.array(PositiveInt).check(z.minLength(1)),
      defaultConcurrency: z.record(z.string().check(z.regex(/^\d+$/)), PositiveInt),
      pythonDefaultConcurrency: PositiveInt,
      minPeriodMs: PositiveInt,
      granularityMs: PositiveInt,
      freeExecutions: DecimalString,
      freeGbSeconds: DecimalString,
    }),
  }),
  regions: z.record(
    z.string().check(z.regex(/^[a-z0-9]+$/, 'an Azure region name such as "eastus"')),
    z.strictObject({
      consumption: z.optional(z.strictObject({ gbSecond: PriceSchema, executions: PriceSchema })),
      flex: z.optional(
        z.strictObject({
          onDemandGbSecond: PriceSchema,
          onDemandExecutions: PriceSchema,
          alwaysReadyBaselineGbSecond: PriceSchema,
          alwaysReadyExecutionGbSecond: PriceSchema,
          alwaysReadyExecutions: PriceSchema,
        }),
      ),
    }),
  ),
});
export type AzureFunctionsFile = z.infer<typeof AzureFunctionsFile>;

/** Azure Functions prices of every Azure region in the file (a system names its own region). */
export function azureFunctionsPrices(meta: FileMeta, file: AzureFunctionsFile): AzureFunctionsPrices {
  const p = (x: z.infer<typeof PriceSchema>) => toPrice(meta, x);
  const regions = Object.fromEntries(
    Object.entries(file.regions).map(([name, r]) => [
      name,
      {
        ...(r.consumption
          ? { consumption: { gbSecond: p(r.consumption.gbSecond), executions: p(r.consumption.executions) } }
          : {}),
        ...(r.flex
          ? {
              flex: {
                onDemandGbSecond: p(r.flex.onDemandGbSecond),
                onDemandExecutions: p(r.flex.onDemandExecutions),
                alwaysReadyBaselineGbSecond: p(r.flex.alwaysReadyBaselineGbSecond),
                alwaysReadyExecutionGbSecond: p(r.flex.alwaysReadyExecutionGbSecond),
                alwaysReadyExecutions: p(r.flex.alwaysReadyExecutions),
              },
            }
          : {}),
      },
    ]),
  );
  const { consumption: c, flex: f } = file.rules;
  return {
    meta,
    regions,
    rules: {
      consumption: { ...c, freeExecutions: dec(c.freeExecutions), freeGbSeconds: dec(c.freeGbSeconds) },
      flex: { ...f, freeExecutions: dec(f.freeExecutions), freeGbSeconds: dec(f.freeGbSeconds) },
    },
  };
}

// One file holds all of that cloud's regions; a system names its own, so the scenario's AWS region is ignored.
/** How azure-functions pricing files are validated and read. */
export const azureFunctionsPricingFile = serviceFormat({
  service: AZURE_FUNCTIONS_SERVICE,
  schema: AzureFunctionsFile,
  prices: (meta, file) => azureFunctionsPrices(meta, file),
});
