import { type Decimal, dec } from '../../../engine/decimal';
import { buildModels, type PricingIssue } from '../../../engine/estimate';
import { monthlyUsdOf } from './monthlyUsd';
import type { ResolvedScenario } from '../../../engine/model';
import type { Architecture, PriceBook } from '../../../engine/pricebook';
import { systemModel } from '../../models';
import type { LambdaSystem } from '../kind';
import { lambdaWorkload } from '../ownWorkload';
import type { LambdaPrices } from '../prices';
import type { DurationAt, DurationCurve } from './durationSource';

/** One priced candidate: a memory size on one architecture, its duration and the system's monthly bill. */
export type SizingPoint = DurationAt & {
  readonly memoryMb: number;
  readonly architecture: Architecture;
  /** The whole system's monthly bill at the scenario's traffic (requests, tiers, free tier, storage, INIT, PC, front door). */
  readonly monthlyUsd: Decimal;
  /** Below max memory used plus headroom: drawn, never recommended. */
  readonly belowFloor: boolean;
  /**
   * Would run into the duration limit (the function's timeout, at most 15 minutes), or rests on
   * invocations that did: its duration is held at the limit, never extrapolated past it, and it is
   * never recommended.
   */
  readonly exceedsLimit: boolean;
};

/** Lambda's hard limit on an invocation: 15 minutes. */
export const LAMBDA_MAX_DURATION_MS = 900_000;

/**
 * Memory sizes to try: every `stepMb` from the minimum of the price file's limits, its maximum,
 * and any `extra` sizes (the current one, measured ones) that the limits allow.
 */
export function candidateSizes(
  limits: LambdaPrices['rules']['memoryMb'],
  stepMb: number,
  extra: readonly number[],
): number[] {
  const step = Math.max(limits.step, Math.ceil(stepMb / limits.step) * limits.step);
  const sizes = new Set<number>();
  for (let m = limits.min; m <= limits.max; m += step) sizes.add(m);
  sizes.add(limits.max);
  const valid = (m: number) =>
    Number.isInteger(m) && m >= limits.min && m <= limits.max && (m - limits.min) % limits.step === 0;
  for (const m of extra) if (valid(m)) sizes.add(m);
  return [...sizes].sort((a, b) => a - b);
}

/**
 * Prices the Lambda system with memory, duration and architecture substituted into the scenario,
 * through the same engine as every other estimate (no second pricing formula). A duration set for
 * provisioned concurrency scales with the on-demand one.
 */
export function priceAt(
  book: PriceBook,
  scenario: ResolvedScenario,
  system: LambdaSystem,
  at: { memoryMb: number; architecture: Architecture; durationMs: number },
): { ok: true; monthlyUsd: Decimal } | { ok: false; issues: readonly PricingIssue[] } {
  const w = lambdaWorkload(scenario.workload, system.workload);
  const pc = system.provisionedConcurrency;
  const pcDurationMs = pc?.durationMs;
  // The size is the function's own: the scenario's workload, which other systems share, is left as is.
  const sized: LambdaSystem = {
    ...system,
    architecture: at.architecture,
    workload: { ...system.workload, memoryMb: at.memoryMb, durationMs: at.durationMs },
    ...(pc
      ? {
          provisionedConcurrency: {
            ...pc,
            ...(pcDurationMs !== undefined ? { durationMs: (pcDurationMs * at.durationMs) / w.durationMs } : {}),
          },
        }
      : {}),
  };
  const built = buildModels(book, { ...scenario, systems: [sized], architectures: [] }, systemModel);
  if (!built.ok) return built;
  const model = built.models[0];
  if (!model) return { ok: false, issues: [{ field: 'systems', message: 'no Lambda system to price' }] };
  return { ok: true, monthlyUsd: monthlyUsdOf(model, dec(w.requestsPerMonth)) };
}

/**
 * Prices every size × architecture the duration curve covers; sizes it says nothing about are left
 * out. Pauses (yields) after each priced size, so that a caller may spread the sweep over several
 * tasks (the app's panel) or run it through (`rightsize`).
 */
export function* sweep(
  book: PriceBook,
  scenario: ResolvedScenario,
  system: LambdaSystem,
  sizes: readonly number[],
  architectures: readonly Architecture[],
  curve: DurationCurve,
  floorMb: number,
  limitMs: number = LAMBDA_MAX_DURATION_MS,
): Generator<void, SizingPoint[]> {
  const points: SizingPoint[] = [];
  for (const architecture of architectures) {
    for (const memoryMb of sizes) {
      const d = curve(memoryMb, architecture);
      if (!d) continue;
      const at = censorAt(d, limitMs);
      const priced = priceAt(book, scenario, system, { memoryMb, architecture, durationMs: at.durationMs });
      if (!priced.ok) continue;
      points.push({ ...at, memoryMb, architecture, monthlyUsd: priced.monthlyUsd, belowFloor: memoryMb < floorMb });
      yield;
    }
  }
  return points;
}

/** A duration held at the limit when it would pass it (a timed-out invocation bills the limit), flagged. */
export function censorAt(d: DurationAt, limitMs: number): DurationAt & { readonly exceedsLimit: boolean } {
  const over = d.durationMs > limitMs;
  const cap = (x: number) => Math.min(x, limitMs);
  return {
    ...d,
    durationMs: cap(d.durationMs),
    lowMs: cap(d.lowMs),
    highMs: cap(d.highMs),
    p95Ms: d.p95Ms === null ? null : cap(d.p95Ms),
    exceedsLimit: over || d.censored,
  };
}
