import type { Architecture } from '../../../engine/pricebook';
import { reanchor } from './durationModel';
import type { Rightsizing } from './rightsize';
import type { SizingPoint } from './sweep';

/** The workload fields a recommendation changes when applied to the scenario. */
export type RightsizePatch = {
  readonly memoryMb: number;
  readonly architecture: Architecture;
  /** The duration at the new size, so the main estimate prices what the right-sizer priced. */
  readonly durationMs: number;
  /** The CPU share at the new size (model mode): the same CPU and I/O milliseconds, re-expressed. */
  readonly cpuBoundShare?: number;
};

/**
 * What to write into the scenario's workload to adopt `point`. Durations are rounded to 0.01 ms;
 * in model mode the CPU share is re-anchored so the model predicts the same curve afterwards.
 */
export function patchFor(r: Rightsizing, point: SizingPoint): RightsizePatch {
  const durationMs = Math.max(0.01, Math.round(point.durationMs * 100) / 100);
  const base = { memoryMb: point.memoryMb, architecture: point.architecture, durationMs };
  if (!r.model) return base;
  const share = reanchor(r.model, point.memoryMb).cpuBoundShare;
  return { ...base, cpuBoundShare: Math.round(share * 10_000) / 10_000 };
}
