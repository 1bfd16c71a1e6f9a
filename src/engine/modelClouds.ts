import type { Discount } from './model';

/** Cloudflare Workers (Paid, Standard): billed on the workload's `cpuMs`, not its wall time. */
export type CloudflareWorkersSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'cloudflare-workers';
  /** Share of requests (0…1) served as static assets: free, and not counted as Worker requests. */
  readonly staticAssetShare: number;
  readonly discount?: Discount;
};

/** Azure Functions on the Consumption (legacy) or Flex Consumption plan. */
export type AzureFunctionsSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'azure-functions';
  /** Azure region name, e.g. `eastus`. */
  readonly region: string;
  readonly plan: 'consumption' | 'flex';
  /** Flex: configured instance memory (512, 2048 or 4096 MB). */
  readonly instanceMemoryMb: number;
  /** Flex: executions one instance runs at once; absent: the default for the instance size. */
  readonly concurrency?: number;
  /** Flex: always-ready instances. */
  readonly alwaysReady: number;
  readonly discount?: Discount;
};

/** Google Cloud Run service (Cloud Run functions bill the same way). */
export type GcpCloudRunSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'gcp-cloud-run';
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
  readonly discount?: Discount;
};

/** An always-on VM fleet on Google Compute Engine or Azure, sized like `aws-ec2`. */
export type CloudVmSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'gcp-compute' | 'azure-vm';
  readonly region: string;
  /** `e2-small`, `B1s`… */
  readonly machineType: string;
  readonly count?: number;
  readonly minInstances: number;
  readonly rpsPerInstance?: number;
  readonly hoursPerMonth: number;
  readonly discount?: Discount;
};
