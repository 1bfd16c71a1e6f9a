import type { Decimal, FileMeta, TieredPrice } from '../../engine';

/** Data transfer out to the internet (tiered per GB) and the account-wide free allowance. */
export type DataTransferPrices = {
  readonly meta: FileMeta;
  readonly internetOut: readonly TieredPrice[];
  readonly freeGbPerMonth: Decimal;
};
