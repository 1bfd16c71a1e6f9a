import type { PricingIssue } from '../../../engine/estimate';
import type { Architecture } from '../../../engine/pricebook';
import type { OwnWorkload } from '../ownWorkload';
import type { CpuShareModel } from './durationModel';
import type { MeasuredSeries } from './durationSource';
import type { LatencyMetric, Recommendations } from './recommend';
import type { SizingPoint } from './sweep';

export type RightsizeOptions = {
  /** The Lambda system to size; by default the scenario's first. */
  readonly systemId?: string;
  /**
   * Workload fields for the sized function only (the panel's or the CLI's inputs, what measurements
   * say): over the function's own and the scenario's; no other system sees them.
   */
  readonly workload?: OwnWorkload;
  /** Balanced weight on cost (0…1); default 0.5. */
  readonly weight?: number;
  readonly latencyLimitMs?: number;
  readonly latencyMetric?: LatencyMetric;
  /** Spacing of the sizes tried; default 64 MB (the price file's own step if coarser). */
  readonly stepMb?: number;
  /** Measured durations, taken on one architecture (and the other's, when a comparison measured both). */
  readonly measured?: MeasuredSeries & {
    readonly other?: MeasuredSeries;
    /** The size the function is configured with, when the measurements say (REPORT lines' Memory Size). */
    readonly currentMemoryMb?: number;
    /** Share of invocations that were SnapStart restores (REPORT lines' Restore Duration), 0…1. */
    readonly restoreRate?: number;
  };
  /** The function's timeout (at most 900,000 ms): no duration is extrapolated past it, no size recommended that reaches it. */
  readonly durationLimitMs?: number;
  /** Let interpolated (untested) sizes between measurements be recommended. */
  readonly interpolate?: boolean;
  /** p95 duration at the current size, when known: the model scales it like the average. */
  readonly p95AtCurrentMs?: number;
};

/** A right-sizing: every priced size, the current setting, the recommendations overall and per architecture. */
export type Rightsizing = {
  readonly systemId: string;
  readonly mode: 'model' | 'measured';
  /** The CPU-share model used (mode `model`): what a recommendation applied to the scenario carries over. */
  readonly model: CpuShareModel | null;
  /** Max memory used plus headroom, rounded up; null when max memory used is unknown. */
  readonly floorMb: number | null;
  /** The duration limit applied: the function's timeout, at most 15 minutes. */
  readonly durationLimitMs: number;
  readonly current: SizingPoint;
  readonly points: readonly SizingPoint[];
  /** The headline: among sizes whose durations were measured or modelled on their own architecture (none assumed from the other). */
  readonly recommendations: Recommendations;
  readonly byArchitecture: Readonly<Partial<Record<Architecture, Recommendations>>>;
  readonly notes: readonly string[];
};

export type RightsizeResult =
  | { readonly ok: true; readonly rightsizing: Rightsizing }
  | { readonly ok: false; readonly issues: readonly PricingIssue[] };
