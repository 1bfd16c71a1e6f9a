import type { Decimal, FileMeta, Price } from '../../engine';

/** Lambda@Edge and CloudFront Functions: global prices (billed by CloudFront, not by region). */
export type EdgeFunctionsPrices = {
  readonly meta: FileMeta;
  readonly lambdaEdge: { readonly requests: Price; readonly gbSecond: Price };
  readonly cloudFrontFunctions: { readonly invocations: Price };
  readonly rules: {
    readonly lambdaEdgeGranularityMs: number;
    readonly lambdaEdgeMinMemoryMb: number;
    readonly lambdaEdgeMaxMemoryMb: number;
    readonly cloudFrontFunctionsFreeInvocations: Decimal;
  };
};
