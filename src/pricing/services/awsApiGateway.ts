import { z } from 'zod';
import { API_TYPES, type ApiGatewayPrices, type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, TierTableSchema, mapValues, toTiers } from '../common';

const Api = z.enum(API_TYPES);

export const AwsApiGatewayFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal('aws-api-gateway'),
  rules: z.strictObject({
    httpApiMeteringKb: z.number().int().positive(),
    freeTier: z.strictObject({ 'http-api': DecimalString, 'rest-api': DecimalString, note: z.string() }),
  }),
  regions: z.record(z.string(), z.strictObject({ requests: z.partialRecord(Api, TierTableSchema) })),
});
export type AwsApiGatewayFile = z.infer<typeof AwsApiGatewayFile>;

/** API Gateway prices of one region of a validated file. */
export function apiGatewayPrices(meta: FileMeta, file: AwsApiGatewayFile, region: string): ApiGatewayPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    requests: mapValues(r.requests, (t) => toTiers(meta, t)),
    rules: {
      httpApiMeteringKb: file.rules.httpApiMeteringKb,
      freeTierRequests: { 'http-api': dec(file.rules.freeTier['http-api']), 'rest-api': dec(file.rules.freeTier['rest-api']) },
    },
  };
}
