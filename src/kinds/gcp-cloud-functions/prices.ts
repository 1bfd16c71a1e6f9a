import type { Decimal, FileMeta, Price } from '../../engine';

/** One memory tier of Cloud Functions (1st gen) and the CPU clock it comes with. */
export type CloudFunctionsTier = { readonly memoryMb: number; readonly ghz: Decimal };

/** Cloud Functions (1st gen) prices of one region (its pricing tier). */
export type CloudFunctionsRegion = {
  readonly invocations: Price;
  readonly gbSecond: Price;
  readonly ghzSecond: Price;
};

/** Cloud Functions (1st gen): every region of the file (systems pick theirs) and the billing rules. */
export type CloudFunctionsPrices = {
  readonly meta: FileMeta;
  readonly regions: Readonly<Record<string, CloudFunctionsRegion>>;
  readonly rules: {
    readonly tiers: readonly CloudFunctionsTier[];
    readonly granularityMs: number;
    readonly freeInvocations: Decimal;
    readonly freeGbSeconds: Decimal;
    readonly freeGhzSeconds: Decimal;
  };
};
