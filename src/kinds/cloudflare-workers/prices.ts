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
    /** A Cron Trigger or Queue consumer invocation's CPU maximum (the pricing page's 15 minutes). */
    readonly maxCpuMsPerCronOrQueueInvocation: number;
  };
};
