import type { Decimal, FileMeta, Price } from '../../engine';

/** Cloudflare Workers Paid, Standard usage model: a subscription with included usage, then per million. */
export type CloudflareWorkersPrices = {
  readonly meta: FileMeta;
  readonly subscription: Price;
  readonly requests: Price;
  readonly cpuMs: Price;
  readonly rules: {
    readonly includedRequests: Decimal;
    readonly includedCpuMs: Decimal;
    readonly maxCpuMsPerRequest: number;
  };
};
