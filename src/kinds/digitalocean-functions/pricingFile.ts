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
import { DIGITALOCEAN_FUNCTIONS, DO_FUNCTIONS_SERVICE } from './kind';
import type { DigitalOceanFunctionsPrices } from './prices';

export const DigitalOceanFunctionsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(DIGITALOCEAN_FUNCTIONS),
  rules: z.strictObject({
    freeGibSeconds: DecimalString,
    minDurationMs: PositiveInt,
    minMemoryMb: PositiveInt,
    maxMemoryMb: PositiveInt,
  }),
  regions: z.strictObject({ global: z.strictObject({ gibSecond: PriceSchema }) }),
});
export type DigitalOceanFunctionsFile = z.infer<typeof DigitalOceanFunctionsFile>;

/** DigitalOcean Functions prices: global, whatever the scenario's (AWS) region. */
export function digitalOceanFunctionsPrices(
  meta: FileMeta,
  file: DigitalOceanFunctionsFile,
): DigitalOceanFunctionsPrices {
  return {
    meta,
    gibSecond: toPrice(meta, file.regions.global.gibSecond),
    rules: { ...file.rules, freeGibSeconds: dec(file.rules.freeGibSeconds) },
  };
}

/** How digitalocean-functions pricing files are validated and read. */
export const doFunctionsPricingFile = serviceFormat({
  service: DO_FUNCTIONS_SERVICE,
  schema: DigitalOceanFunctionsFile,
  prices: (meta, file) => digitalOceanFunctionsPrices(meta, file),
});
