import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, TierTableSchema, serviceFormat, toTiers } from '../../pricing/common';
import { GCP_EGRESS, GCP_EGRESS_SERVICE } from './kind';
import type { GcpEgressPrices } from './prices';

export const GcpEgressFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(GCP_EGRESS),
  rules: z.strictObject({}),
  regions: z.record(
    z.string().check(z.regex(/^[a-z]+-[a-z]+\d+$/)),
    z.strictObject({ internetOut: TierTableSchema, freeGibPerMonth: DecimalString }),
  ),
});
export type GcpEgressFile = z.infer<typeof GcpEgressFile>;

/** Every source region of a validated file: Google Cloud systems name their own region. */
export function gcpEgressPrices(meta: FileMeta, file: GcpEgressFile): GcpEgressPrices {
  const regions = Object.fromEntries(
    Object.entries(file.regions).map(([region, r]) => [
      region,
      { internetOut: toTiers(meta, r.internetOut), freeGibPerMonth: dec(r.freeGibPerMonth) },
    ]),
  );
  return { meta, regions };
}

/** How gcp-egress pricing files are validated and read; one file holds every priced region. */
export const gcpEgressPricingFile = serviceFormat({
  service: GCP_EGRESS_SERVICE,
  schema: GcpEgressFile,
  prices: (meta, file) => gcpEgressPrices(meta, file),
});
