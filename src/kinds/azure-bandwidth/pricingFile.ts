import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, TierTableSchema, serviceFormat, toTiers } from '../../pricing/common';
import { AZURE_BANDWIDTH, AZURE_BANDWIDTH_SERVICE } from './kind';
import type { AzureBandwidthPrices } from './prices';

export const AzureBandwidthFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AZURE_BANDWIDTH),
  rules: z.strictObject({ freeGbPerMonth: DecimalString }),
  regions: z.record(z.string().check(z.regex(/^[a-z0-9]+$/)), z.strictObject({ internetOut: TierTableSchema })),
});
export type AzureBandwidthFile = z.infer<typeof AzureBandwidthFile>;

/** Every source region of a validated file: Azure systems name their own region. */
export function azureBandwidthPrices(meta: FileMeta, file: AzureBandwidthFile): AzureBandwidthPrices {
  const regions = Object.fromEntries(
    Object.entries(file.regions).map(([region, r]) => [region, { internetOut: toTiers(meta, r.internetOut) }]),
  );
  return { meta, freeGbPerMonth: dec(file.rules.freeGbPerMonth), regions };
}

/** How azure-bandwidth pricing files are validated and read; one file holds every priced region. */
export const azureBandwidthPricingFile = serviceFormat({
  service: AZURE_BANDWIDTH_SERVICE,
  schema: AzureBandwidthFile,
  prices: (meta, file) => azureBandwidthPrices(meta, file),
});
