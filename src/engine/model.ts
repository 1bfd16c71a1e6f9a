import type { ApiType, Architecture } from './pricebook';
import type { AzureFunctionsSystem, CloudflareWorkersSystem, CloudVmSystem, GcpCloudRunSystem } from './modelClouds';

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
  /** Right-sizing: share of `durationMs` that is CPU work at `memoryMb` (0…1); the rest is I/O wait. */
  readonly cpuBoundShare: number;
  /** Right-sizing: how many vCPUs the code can keep busy (1 for single-threaded code). */
  readonly threads: number;
  /** Right-sizing: the largest memory an invocation was seen to use, or null when unknown. */
  readonly maxMemoryUsedMb: number | null;
  /** Right-sizing: headroom above `maxMemoryUsedMb`, in percent, below which no size is recommended. */
  readonly headroomPct: number;
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
