import type { Architecture, Decimal, FileMeta, Price, TieredPrice } from '../../engine';

/** AWS Lambda prices and billing rules for one region, as of one date. */
export type LambdaPrices = {
  readonly meta: FileMeta;
  readonly rules: {
    readonly billingGranularityMs: number;
    readonly memoryMb: { readonly min: number; readonly max: number; readonly step: number };
    readonly ephemeralStorageMb: { readonly included: number; readonly min: number; readonly max: number };
    readonly architectures: readonly Architecture[];
    readonly initBilledOnDemand: boolean;
    readonly maxInitMs: number;
    readonly provisionedConcurrencyRoundingMinutes: number;
    readonly freeTier: { readonly requests: Decimal; readonly gbSeconds: Decimal };
  };
  readonly requests: Price;
  readonly duration: Readonly<Partial<Record<Architecture, readonly TieredPrice[]>>>;
  readonly provisionedConcurrency: Readonly<Partial<Record<Architecture, Price>>>;
  readonly provisionedDuration: Readonly<Partial<Record<Architecture, Price>>>;
  readonly ephemeralStorage: Price | null;
  /** SnapStart's cache (per GB-s, a minimum per version) and restore (per GB restored); null before it was priced. */
  readonly snapStart: {
    readonly cache: Price;
    readonly restore: Price;
    readonly cacheMinimumHours: number;
  } | null;
};
