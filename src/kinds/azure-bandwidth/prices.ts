import type { Decimal, FileMeta, TieredPrice } from '../../engine';

/** Azure internet egress tiers by source region, and the account's free GB a month (every region). */
export type AzureBandwidthPrices = {
  readonly meta: FileMeta;
  readonly freeGbPerMonth: Decimal;
  readonly regions: Readonly<Record<string, { readonly internetOut: readonly TieredPrice[] }>>;
};
