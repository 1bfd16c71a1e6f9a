import type { ApiType, Architecture } from './pricebook';

/**
 * The workload every system in a scenario serves, with every default filled in (the scenario
 * layer parses and defaults untrusted input; the engine trusts this shape).
 */
export type Workload = {
  readonly requestsPerMonth: number;
  /** Average wall-clock duration of one invocation. */
  readonly durationMs: number;
  readonly memoryMb: number;
  readonly architecture: Architecture;
  readonly ephemeralStorageMb: number;
  /** CPU time per request where it differs from wall time (platforms that bill CPU, e.g. Workers). */
  readonly cpuMs: number;
  /** Share of invocations that are cold starts (0…1). */
  readonly coldStartRate: number;
  readonly initDurationMs: number;
  /** Peak request rate over the monthly average: sizes always-on fleets. */
  readonly peakToAverage: number;
  /** Request payload size; HTTP APIs meter every 512 KB as one request. */
  readonly requestKb: number;
  /** Response size; priced as data transfer out to the internet when above zero. */
  readonly responseKb: number;
};

export type FrontDoor = 'none' | ApiType;

export type ProvisionedConcurrency = {
  readonly concurrency: number;
  readonly hoursPerMonth: number;
  /** Requests served on PC at the scenario's traffic; by default the share of time PC is on. */
  readonly requestsPerMonth?: number;
  readonly durationMs?: number;
};

/** A discount on the lines it covers (compute, not requests): a Compute Savings Plan or a negotiated rate. */
export type Discount = { readonly kind: 'savings-plan' | 'negotiated'; readonly percent: number };

export type LambdaSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'aws-lambda';
  readonly architecture?: Architecture;
  readonly frontDoor: FrontDoor;
  readonly provisionedConcurrency?: ProvisionedConcurrency;
  readonly discount?: Discount;
};

export type Ec2System = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'aws-ec2';
  readonly instanceType: string;
  /** A fixed fleet; when absent the fleet is sized from traffic with `rpsPerInstance`. */
  readonly count?: number;
  readonly minInstances: number;
  readonly rpsPerInstance?: number;
  readonly hoursPerMonth: number;
  readonly loadBalancer: 'none' | 'alb';
  readonly discount?: Discount;
};

export type FargateSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: 'aws-fargate';
  readonly vcpu: number;
  readonly memoryGb: number;
  readonly architecture?: Architecture;
  readonly tasks?: number;
  readonly minTasks: number;
  readonly rpsPerTask?: number;
  readonly hoursPerMonth: number;
  readonly loadBalancer: 'none' | 'alb';
  readonly discount?: Discount;
};

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

/** One system to price: a discriminated union on `kind`. */
export type SystemSpec = LambdaSystem | Ec2System | FargateSystem | CloudflareWorkersSystem | AzureFunctionsSystem | GcpCloudRunSystem | CloudVmSystem;
export type SystemKind = SystemSpec['kind'];

/** Scenario-wide switches that change how every system is priced. */
export type PricingOptions = {
  /** Lambda's perpetual free tier (and the AWS 100 GB data-transfer allowance). Off by default. */
  readonly freeTier: boolean;
  /** API Gateway's 12-month free tier for new accounts. Off by default. */
  readonly apiGatewayFreeTier: boolean;
};

/** A scenario as the engine sees it: parsed, migrated and defaulted. */
export type ResolvedScenario = {
  readonly name?: string;
  readonly pricingDate: string | null;
  readonly region: string;
  readonly options: PricingOptions;
  readonly workload: Workload;
  readonly systems: readonly SystemSpec[];
};

/** Seconds in the conventional 730-hour month: average RPS = requests / this. */
export const SECONDS_PER_MONTH = 730 * 3600;
