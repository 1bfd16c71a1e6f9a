import type { FileMeta, Price } from '../../engine';

/**
 * The hourly price of one public IPv4 address, or null where in-use addresses were not billed
 * (before 2024-02-01 only idle Elastic IPs were, which no system here holds).
 */
export type PublicIpv4Prices = {
  readonly meta: FileMeta;
  readonly addressHourly: Price | null;
};
