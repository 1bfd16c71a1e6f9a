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
import { CLOUD_FUNCTIONS_SERVICE, GCP_CLOUD_FUNCTIONS } from './kind';
import type { CloudFunctionsPrices } from './prices';

export const CloudFunctionsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(GCP_CLOUD_FUNCTIONS),
  rules: z.strictObject({
    tiers: z.array(z.strictObject({ memoryMb: PositiveInt, ghz: DecimalString })).check(
      z.minLength(1),
      z.refine((t) => t.every((x, i) => i === 0 || x.memoryMb > t[i - 1]!.memoryMb), 'tiers must grow in memory'),
    ),
    granularityMs: PositiveInt,
    freeInvocations: DecimalString,
    freeGbSeconds: DecimalString,
    freeGhzSeconds: DecimalString,
  }),
  regions: z.record(
    z.string().check(z.regex(/^[a-z]+-[a-z]+\d+$/, 'a Google Cloud region such as "us-central1"')),
    z.strictObject({ invocations: PriceSchema, gbSecond: PriceSchema, ghzSecond: PriceSchema }),
  ),
});
export type CloudFunctionsFile = z.infer<typeof CloudFunctionsFile>;

/** Cloud Functions (1st gen) prices of every region in the file (a system names its own). */
export function cloudFunctionsPrices(meta: FileMeta, file: CloudFunctionsFile): CloudFunctionsPrices {
  const p = (x: z.infer<typeof PriceSchema>) => toPrice(meta, x);
  const r = file.rules;
  return {
    meta,
    regions: Object.fromEntries(
      Object.entries(file.regions).map(([name, x]) => [
        name,
        { invocations: p(x.invocations), gbSecond: p(x.gbSecond), ghzSecond: p(x.ghzSecond) },
      ]),
    ),
    rules: {
      tiers: r.tiers.map((t) => ({ memoryMb: t.memoryMb, ghz: dec(t.ghz) })),
      granularityMs: r.granularityMs,
      freeInvocations: dec(r.freeInvocations),
      freeGbSeconds: dec(r.freeGbSeconds),
      freeGhzSeconds: dec(r.freeGhzSeconds),
    },
  };
}

// One file holds all of that cloud's regions; a system names its own, so the scenario's AWS region is ignored.
/** How gcp-cloud-functions pricing files are validated and read. */
export const cloudFunctionsPricingFile = serviceFormat({
  service: CLOUD_FUNCTIONS_SERVICE,
  schema: CloudFunctionsFile,
  prices: (meta, file) => cloudFunctionsPrices(meta, file),
});
