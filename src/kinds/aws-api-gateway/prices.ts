import type { Decimal, FileMeta, TieredPrice } from '../../engine';

export const API_TYPES = ['http-api', 'rest-api'] as const;
export type ApiType = (typeof API_TYPES)[number];

/** Amazon API Gateway request prices (tiered) and the 12-month free tier. */
export type ApiGatewayPrices = {
  readonly meta: FileMeta;
  readonly requests: Readonly<Partial<Record<ApiType, readonly TieredPrice[]>>>;
  readonly rules: {
    /** HTTP APIs meter each request in this many KB (512): a 4.5 MB request counts as 9. */
    readonly httpApiMeteringKb: number;
    readonly freeTierRequests: Readonly<Partial<Record<ApiType, Decimal>>>;
  };
};
