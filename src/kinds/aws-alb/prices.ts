import type { FileMeta, Price } from '../../engine';

/** Application Load Balancer prices and the LCU capacity used to convert traffic into LCU-hours. */
export type AlbPrices = {
  readonly meta: FileMeta;
  readonly hourly: Price;
  readonly lcuHourly: Price;
  /** New connections per second one LCU absorbs (25): the dimension that binds for short requests. */
  readonly newConnectionsPerSecondPerLcu: number;
};
