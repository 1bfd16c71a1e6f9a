import type { Discount, ServiceKey } from '../../engine';
import type { CloudRunPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const GCP_CLOUD_RUN = 'gcp-cloud-run';
export const CLOUD_RUN_SERVICE: ServiceKey<CloudRunPrices> = GCP_CLOUD_RUN;

/** Google Cloud Run service (Cloud Run functions bill the same way). */
export type GcpCloudRunSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof GCP_CLOUD_RUN;
  /** Google Cloud region, e.g. `us-central1`: picks the pricing tier. */
  readonly region: string;
  /** `request`: CPU allocated only while serving; `instance`: whole instance lifetime. */
  readonly billing: 'request' | 'instance';
  readonly vcpu: number;
  /** Memory per instance; absent: the workload's memoryMb / 1024. */
  readonly memoryGib?: number;
  /** Requests one instance serves at once; absent: the file's default (80). */
  readonly concurrency?: number;
  readonly minInstances: number;
  /**
   * Instance-based billing: `workload` sizes instances by the capacity model (CPU at the target,
   * memory, concurrency); `concurrency` by concurrency alone (how version 2 sized them).
   */
  readonly sizing: 'workload' | 'concurrency';
  /** Share of the vCPUs kept busy at peak by the capacity model. */
  readonly targetUtilization: number;
  readonly discount?: Discount;
};
