import { z } from 'zod';
import { type FileMeta, dec } from '../../engine';
import { API_TYPES, type ApiGatewayPrices } from './prices';
import {
  DecimalString,
  FileHeaderSchema,
  TierTableSchema,
  mapValues,
  toTiers,
  serviceFormat,
} from '../../pricing/common';
import { AWS_API_GATEWAY, API_GATEWAY_SERVICE } from './kind';

const Api = z.enum(API_TYPES);

export const AwsApiGatewayFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_API_GATEWAY),
  rules: z.strictObject({
    httpApiMeteringKb: z.number().int().positive(),
    freeTier: z.strictObject({ 'http-api': DecimalString, 'rest-api': DecimalString, note: z.string() }),
  }),
  regions: z.record(z.string(), z.strictObject({ requests: z.partialRecord(Api, TierTableSchema) })),
});
export type AwsApiGatewayFile = z.infer<typeof AwsApiGatewayFile>;

/** API Gateway prices of one region of a validated file. */
export function apiGatewayPrices(
  meta: FileMeta,
  file: AwsApiGatewayFile,
  region: string,
): ApiGatewayPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    requests: mapValues(r.requests, (t) => toTiers(meta, t)),
    rules: {
      httpApiMeteringKb: file.rules.httpApiMeteringKb,
      freeTierRequests: {
        'http-api': dec(file.rules.freeTier['http-api']),
        'rest-api': dec(file.rules.freeTier['rest-api']),
      },
    },
  };
}

/** How aws-api-gateway pricing files are validated and read. */
export const apiGatewayPricingFile = serviceFormat({
  service: API_GATEWAY_SERVICE,
  schema: AwsApiGatewayFile,
  prices: apiGatewayPrices,
});
