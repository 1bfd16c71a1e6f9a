import type { Decimal, FileMeta, Price, TieredPrice } from '../../engine';

export const API_TYPES = ['http-api', 'rest-api'] as const;
export type ApiType = (typeof API_TYPES)[number];

/** WebSocket API prices: messages (tiered, 32 KB units) and connection minutes, with the 12-month free tier. */
export type WebSocketPrices = {
  readonly messages: readonly TieredPrice[];
  readonly connectionMinutes: Price;
  /** Messages are metered in this many KB (32): a 33 KB message counts as two. */
  readonly messageMeteringKb: number;
  readonly freeMessages: Decimal;
  readonly freeConnectionMinutes: Decimal;
};

/** Amazon API Gateway request prices (tiered) and the 12-month free tier. */
export type ApiGatewayPrices = {
  readonly meta: FileMeta;
  readonly requests: Readonly<Partial<Record<ApiType, readonly TieredPrice[]>>>;
  readonly rules: {
    /** HTTP APIs meter each request in this many KB (512): a 4.5 MB request counts as 9. */
    readonly httpApiMeteringKb: number;
    readonly freeTierRequests: Readonly<Partial<Record<ApiType, Decimal>>>;
  };
  /** Absent in files without WebSocket rates. */
  readonly websocket?: WebSocketPrices;
};
