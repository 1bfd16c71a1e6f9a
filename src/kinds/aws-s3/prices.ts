import type { FileMeta, Price, TieredPrice } from '../../engine';

/** S3 Standard prices of one region: the two request classes and the storage tiers (bounds in GB). */
export type S3Prices = {
  readonly meta: FileMeta;
  /** PUT, COPY, POST and LIST requests. */
  readonly puts: Price;
  /** GET, SELECT and the other read requests. */
  readonly gets: Price;
  /** Per GB-month through the account's monthly volume tiers. */
  readonly storage: readonly TieredPrice[];
};
