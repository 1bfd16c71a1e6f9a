import { z } from 'zod/mini';
import type { FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, serviceFormat, toPrice } from '../../pricing/common';
import { AWS_PUBLIC_IPV4, PUBLIC_IPV4_SERVICE } from './kind';
import type { PublicIpv4Prices } from './prices';

export const AwsPublicIpv4File = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_PUBLIC_IPV4),
  rules: z.strictObject({}),
  // null: addresses in use were free at this date (a file says so rather than leaving the service out,
  // since as-of resolution would then fall back to the earliest file and bill a charge that did not exist).
  regions: z.record(z.string(), z.strictObject({ addressHourly: z.nullable(PriceSchema) })),
});
export type AwsPublicIpv4File = z.infer<typeof AwsPublicIpv4File>;

/** Public IPv4 prices of one region of a validated file. */
export function publicIpv4Prices(
  meta: FileMeta,
  file: AwsPublicIpv4File,
  region: string,
): PublicIpv4Prices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return { meta, addressHourly: r.addressHourly === null ? null : toPrice(meta, r.addressHourly) };
}

/** How aws-public-ipv4 pricing files are validated and read. */
export const publicIpv4PricingFile = serviceFormat({
  service: PUBLIC_IPV4_SERVICE,
  name: 'public IPv4 addresses',
  schema: AwsPublicIpv4File,
  prices: publicIpv4Prices,
});
