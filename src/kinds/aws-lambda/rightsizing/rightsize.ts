import type { ResolvedScenario } from '../../../engine/model';
import { type Architecture, type PriceBook, servicePrices } from '../../../engine/pricebook';
import { AWS_LAMBDA, LAMBDA_SERVICE } from '../kind';
import { durationInput } from './durationInput';
import { durationCurve } from './durationSource';
import type { RightsizeOptions, RightsizeResult } from './options';
import { balanceScale, recommend } from './recommend';
import { addNotes } from './rightsizeNotes';
import { LAMBDA_MAX_DURATION_MS, type SizingPoint, candidateSizes, censorAt, priceAt, sweep } from './sweep';
import { sizingTarget } from './target';
import { runSteps } from '../../../engine/steps';

export type { RightsizeOptions, Rightsizing, RightsizeResult } from './options';

/**
 * Prices one Lambda system of the scenario at every memory size on both architectures, with
 * durations from the CPU-share model or from measurements, and recommends sizes. Every figure comes
 * from the same engine as the main estimate, at the scenario's traffic; only that system changes.
 */
export function rightsize(book: PriceBook, scenario: ResolvedScenario, o: RightsizeOptions = {}): RightsizeResult {
  return runSteps(rightsizeSteps(book, scenario, o));
}

/**
 * {@link rightsize} as steps: it pauses after each priced size (about a tenth of a millisecond of
 * work) and returns the same result, so the app can sweep in slices that leave room for input.
 */
export function* rightsizeSteps(
  book: PriceBook,
  scenario: ResolvedScenario,
  o: RightsizeOptions = {},
): Generator<void, RightsizeResult> {
  const notes: string[] = [];
  const found = sizingTarget(scenario, o, notes);
  if (!found.ok) return found;
  const { system, workload: w } = found.target;
  const prices = servicePrices(book, LAMBDA_SERVICE);
  if (!prices)
    return {
      ok: false,
      issues: [{ field: 'systems', message: `no ${AWS_LAMBDA} prices for ${book.region} as of ${book.pricingDate}` }],
    };
  const currentArch = system.architecture ?? w.architecture;
  const currentMb = o.measured?.currentMemoryMb ?? w.memoryMb;
  const limitMs = Math.min(o.durationLimitMs ?? LAMBDA_MAX_DURATION_MS, LAMBDA_MAX_DURATION_MS);
  const input = durationInput(w, currentArch, o, notes);
  const curve = durationCurve(input);
  const scenarioDuration = {
    durationMs: w.durationMs,
    lowMs: w.durationMs,
    highMs: w.durationMs,
    p95Ms: null,
    source: 'scenario' as const,
    assumedFrom: null,
    censored: false,
  };
  const currentDuration = censorAt(curve(currentMb, currentArch) ?? scenarioDuration, limitMs);
  const at = { memoryMb: currentMb, architecture: currentArch, durationMs: currentDuration.durationMs };
  const currentPrice = priceAt(book, scenario, system, at);
  if (!currentPrice.ok) return currentPrice;
  const floorMb = w.maxMemoryUsedMb === null ? null : Math.ceil(w.maxMemoryUsedMb * (1 + w.headroomPct / 100));
  const current: SizingPoint = {
    ...currentDuration,
    memoryMb: currentMb,
    architecture: currentArch,
    monthlyUsd: currentPrice.monthlyUsd,
    belowFloor: floorMb !== null && currentMb < floorMb,
  };
  const architectures = prices.rules.architectures.filter((a) => prices.duration[a] !== undefined);
  const measuredSizes = input.kind === 'measured' ? [...input.points, ...(input.other?.points ?? [])] : [];
  const sizes = candidateSizes(prices.rules.memoryMb, o.stepMb ?? 64, [
    currentMb,
    ...measuredSizes.map((p) => p.memoryMb),
  ]);
  const points = yield* sweep(book, scenario, system, sizes, architectures, curve, floorMb ?? 0, limitMs);
  // Power Tuning's cost of one invocation: ⌈duration⌉ × GB × the first tier's GB-s price (no requests, no free tier).
  const gbSecondUsd = (a: Architecture) => prices.duration[a]?.[0]?.usdPerUnit.toNumber() ?? 0;
  const durationCostUsd = (p: SizingPoint) =>
    (Math.ceil(p.durationMs) / 1000) * (p.memoryMb / 1024) * gbSecondUsd(p.architecture);
  const interpolate = o.interpolate ?? false;
  const ro = {
    weight: o.weight ?? 0.5,
    latencyMetric: o.latencyMetric ?? 'average',
    ...(o.latencyLimitMs !== undefined ? { latencyLimitMs: o.latencyLimitMs } : {}),
    interpolate,
    durationCostUsd,
    scale: balanceScale(points, durationCostUsd, interpolate),
  } as const;
  const inArch = (a: Architecture) => points.filter((p) => p.architecture === a);
  const byArchitecture = Object.fromEntries(architectures.map((a) => [a, recommend(inArch(a), current, ro)]));
  addNotes(notes, { floorMb, w, architectures, currentArch, ro, points, current, limitMs, measuredSizes });
  const model = input.kind === 'model' ? input.model : null;
  return {
    ok: true,
    rightsizing: {
      systemId: system.id,
      mode: input.kind,
      model,
      floorMb,
      durationLimitMs: limitMs,
      current,
      points,
      recommendations: recommend(
        points.filter((p) => p.assumedFrom === null),
        current,
        ro,
      ),
      byArchitecture,
      notes,
    },
  };
}
