import type { Decimal, FileMeta, Price } from '../../engine';

/** Azure Functions prices of one Azure region. */
export type AzureFunctionsRegion = {
  readonly consumption?: { readonly gbSecond: Price; readonly executions: Price };
  readonly flex?: {
    readonly onDemandGbSecond: Price;
    readonly onDemandExecutions: Price;
    readonly alwaysReadyBaselineGbSecond: Price;
    readonly alwaysReadyExecutionGbSecond: Price;
    readonly alwaysReadyExecutions: Price;
  };
};

/** Azure Functions Consumption and Flex Consumption: every Azure region of the file (systems pick theirs). */
export type AzureFunctionsPrices = {
  readonly meta: FileMeta;
  readonly regions: Readonly<Record<string, AzureFunctionsRegion>>;
  readonly rules: {
    readonly consumption: {
      readonly memoryStepMb: number;
      readonly minMemoryMb: number;
      readonly maxMemoryMb: number;
      readonly minDurationMs: number;
      readonly granularityMs: number;
      readonly freeExecutions: Decimal;
      readonly freeGbSeconds: Decimal;
    };
    readonly flex: {
      readonly instanceMemoryMb: readonly number[];
      readonly defaultConcurrency: Readonly<Record<string, number>>;
      /** HTTP concurrency per instance of a Python app that sets none, whatever the instance memory. */
      readonly pythonDefaultConcurrency: number;
      readonly minPeriodMs: number;
      readonly granularityMs: number;
      readonly freeExecutions: Decimal;
      readonly freeGbSeconds: Decimal;
    };
  };
};
