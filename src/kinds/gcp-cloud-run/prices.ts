import type { Decimal, FileMeta, Price } from '../../engine';

/** Cloud Run prices of one pricing tier. */
export type CloudRunTier = {
  readonly request?: {
    readonly vcpuSecond: Price;
    readonly gibSecond: Price;
    readonly requests: Price;
    readonly idleVcpuSecond?: Price;
    readonly idleGibSecond?: Price;
  };
  readonly instance?: { readonly vcpuSecond: Price; readonly gibSecond: Price };
};

/** Google Cloud Run: prices by tier, the region → tier table, and the free tier (valued at Tier 1). */
export type CloudRunPrices = {
  readonly meta: FileMeta;
  readonly tiers: Readonly<Partial<Record<'tier1' | 'tier2', CloudRunTier>>>;
  readonly rules: {
    readonly granularityMs: number;
    readonly defaultConcurrency: number;
    readonly regionTiers: Readonly<Record<string, 1 | 2>>;
    readonly freeTier: {
      readonly request: { readonly vcpuSeconds: Decimal; readonly gibSeconds: Decimal; readonly requests: Decimal };
      readonly instance: { readonly vcpuSeconds: Decimal; readonly gibSeconds: Decimal };
    };
  };
};
