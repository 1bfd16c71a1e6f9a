import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { API_TYPES, type ApiGatewayPrices, type WebSocketPrices } from './prices';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  TierTableSchema,
  mapValues,
  toPrice,
  toTiers,
  serviceFormat,
  PositiveInt,
} from '../../pricing/common';
import { AWS_API_GATEWAY, API_GATEWAY_SERVICE } from './kind';

const Api = z.enum(API_TYPES);

export const AwsApiGatewayFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_API_GATEWAY),
  rules: z.strictObject({
    httpApiMeteringKb: PositiveInt,
    freeTier: z.strictObject({ 'http-api': DecimalString, 'rest-api': DecimalString, note: z.string() }),
    // Optional so that files written before WebSocket rates were added stay valid.
    websocket: z.optional(
      z.strictObject({
        messageMeteringKb: PositiveInt,
        freeTier: z.strictObject({ messages: DecimalString, connectionMinutes: DecimalString, note: z.string() }),
      }),
    ),
  }),
  regions: z.record(
    z.string(),
    z.strictObject({
      requests: z.partialRecord(Api, TierTableSchema),
      websocket: z.optional(z.strictObject({ messages: TierTableSchema, connectionMinutes: PriceSchema })),
    }),
  ),
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
  const ws = webSocketPrices(meta, file, r.websocket);
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
    ...(ws ? { websocket: ws } : {}),
  };
}

function webSocketPrices(
  meta: FileMeta,
  file: AwsApiGatewayFile,
  r: AwsApiGatewayFile['regions'][string]['websocket'],
): WebSocketPrices | undefined {
  const rules = file.rules.websocket;
  if (!r || !rules) return undefined;
  return {
    messages: toTiers(meta, r.messages),
    connectionMinutes: toPrice(meta, r.connectionMinutes),
    messageMeteringKb: rules.messageMeteringKb,
    freeMessages: dec(rules.freeTier.messages),
    freeConnectionMinutes: dec(rules.freeTier.connectionMinutes),
  };
}

/** How aws-api-gateway pricing files are validated and read. */
export const apiGatewayPricingFile = serviceFormat({
  service: API_GATEWAY_SERVICE,
  name: 'Amazon API Gateway',
  schema: AwsApiGatewayFile,
  prices: apiGatewayPrices,
});
