import type { FileMeta, Price } from '../../engine';

/** NAT gateway prices: per gateway-hour and per GB it processes. */
export type NatGatewayPrices = {
  readonly meta: FileMeta;
  readonly hourly: Price;
  readonly perGb: Price;
};
