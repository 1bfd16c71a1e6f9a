import { z } from 'zod/mini';
import type { FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, serviceFormat, toPrice } from '../../pricing/common';
import { AWS_NAT_GATEWAY, NAT_GATEWAY_SERVICE } from './kind';
import type { NatGatewayPrices } from './prices';

export const AwsNatGatewayFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_NAT_GATEWAY),
  rules: z.strictObject({}),
  regions: z.record(z.string(), z.strictObject({ hourly: PriceSchema, perGb: PriceSchema })),
});
export type AwsNatGatewayFile = z.infer<typeof AwsNatGatewayFile>;

/** NAT gateway prices of one region of a validated file. */
export function natGatewayPrices(
  meta: FileMeta,
  file: AwsNatGatewayFile,
  region: string,
): NatGatewayPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return { meta, hourly: toPrice(meta, r.hourly), perGb: toPrice(meta, r.perGb) };
}

/** How aws-nat-gateway pricing files are validated and read. */
export const natGatewayPricingFile = serviceFormat({
  service: NAT_GATEWAY_SERVICE,
  name: 'NAT gateways',
  schema: AwsNatGatewayFile,
  prices: natGatewayPrices,
});
