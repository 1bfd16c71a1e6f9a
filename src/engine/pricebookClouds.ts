import type { Decimal } from './decimal';
import type { FileMeta, Price } from './pricebook';

/** Cloudflare Workers Paid, Standard usage model: a subscription with included usage, then per million. */
export type CloudflareWorkersPrices = {
  readonly meta: FileMeta;
  readonly subscription: Price;
  readonly requests: Price;
  readonly cpuMs: Price;
  readonly rules: { readonly includedRequests: Decimal; readonly includedCpuMs: Decimal; readonly maxCpuMsPerRequest: number };
};

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
      readonly minPeriodMs: number;
      readonly granularityMs: number;
      readonly freeExecutions: Decimal;
      readonly freeGbSeconds: Decimal;
    };
  };
};

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

/** One VM size of a cloud other than AWS. */
export type VmMachine = { readonly name: string; readonly vcpu: number; readonly memoryGib: number; readonly hourly: Price };

/** On-demand VM prices by region of that cloud (Compute Engine, Azure VMs). */
export type VmPrices = {
  readonly meta: FileMeta;
  readonly hoursPerMonth: number;
  readonly regions: Readonly<Record<string, Readonly<Record<string, VmMachine>>>>;
};
