import type { Discount, ServiceKey } from '../../engine';
import type { CloudflareWorkersPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const CLOUDFLARE_WORKERS = 'cloudflare-workers';
export const WORKERS_SERVICE: ServiceKey<CloudflareWorkersPrices> = CLOUDFLARE_WORKERS;

/** What invokes a Worker: an HTTP request, a Cron Trigger or a Queue consumer batch (their CPU limits differ). */
export const WORKERS_TRIGGERS = ['http', 'cron', 'queue'] as const;
export type WorkersTrigger = (typeof WORKERS_TRIGGERS)[number];

/** Cloudflare Workers (Paid, Standard): billed on the workload's `cpuMs`, not its wall time. */
export type CloudflareWorkersSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof CLOUDFLARE_WORKERS;
  /** Share of requests (0…1) served as static assets: free, and not counted as Worker requests. */
  readonly staticAssetShare: number;
  /** What invokes it (default `http`): Cron Triggers and Queue consumers may use more CPU per invocation. */
  readonly trigger: WorkersTrigger;
  readonly discount?: Discount;
};
