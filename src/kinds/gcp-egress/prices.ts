import type { Decimal, FileMeta, TieredPrice } from '../../engine';

/** One source region's Premium Tier internet egress: tiers per GiB and the Always Free GiB sent from it. */
export type GcpEgressRegion = {
  readonly internetOut: readonly TieredPrice[];
  readonly freeGibPerMonth: Decimal;
};

/** Google Cloud internet egress by source region (a system names its own region). */
export type GcpEgressPrices = {
  readonly meta: FileMeta;
  readonly regions: Readonly<Record<string, GcpEgressRegion>>;
};
