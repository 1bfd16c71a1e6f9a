import type { Architecture } from './pricebook';

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
  /** Servers: memory one in-flight request holds, bounding a member's concurrency; null: not a limit. */
  readonly memoryPerRequestMb: number | null;
};

/** A discount on the lines it covers (compute, not requests): a Compute Savings Plan or a negotiated rate. */
export type Discount = { readonly kind: 'savings-plan' | 'negotiated'; readonly percent: number };

/**
 * What every system has, whatever its kind. Each kind (src/kinds/<kind>/kind.ts) extends it with
 * its own resolved settings; the engine core only ever sees this shape.
 */
export type SystemBase = {
  readonly id: string;
  readonly name?: string;
  readonly kind: string;
  readonly discount?: Discount;
};

/** Scenario-wide switches that change how every system is priced. */
export type PricingOptions = {
  /** Lambda's perpetual free tier (and the AWS 100 GB data-transfer allowance). Off by default. */
  readonly freeTier: boolean;
  /** API Gateway's 12-month free tier for new accounts. Off by default. */
  readonly apiGatewayFreeTier: boolean;
  /**
   * The application's language runtime when the scenario states one (`coldStart.runtime`: `python`,
   * `nodejs`…); absent, none is assumed. Azure Flex Consumption's default HTTP concurrency depends on it.
   */
  readonly runtime?: string;
};

/**
 * A scenario as the engine sees it: parsed, migrated and defaulted (`S`: the systems' union of
 * kinds). Architectures are alternatives priced as one bill each, after the systems, by the same
 * modeler (the kinds' registry knows how to price one).
 */
export type ResolvedScenario<S extends SystemBase = SystemBase> = {
  readonly name?: string;
  readonly pricingDate: string | null;
  readonly region: string;
  readonly options: PricingOptions;
  readonly workload: Workload;
  readonly systems: readonly S[];
  readonly architectures?: readonly SystemBase[];
};

/** Seconds in the conventional 730-hour month: average RPS = requests / this. */
export const SECONDS_PER_MONTH = 730 * 3600;
