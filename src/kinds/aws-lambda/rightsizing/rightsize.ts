import type { PricingIssue } from '../../../engine/estimate';
import type { ResolvedScenario, SystemBase } from '../../../engine/model';
import { type Architecture, type PriceBook, servicePrices } from '../../../engine/pricebook';
import { AWS_LAMBDA, LAMBDA_SERVICE, type LambdaSystem } from '../kind';
import { CPU_SHARE_UNCERTAINTY, type CpuShareModel } from './durationModel';
import { type DurationInput, type MeasuredSeries, anchoredAt, durationCurve } from './durationSource';
import { sortPoints } from './measuredCurve';
import { type LatencyMetric, type Recommendations, balanceScale, recommend } from './recommend';
import { addNotes } from './rightsizeNotes';
import { LAMBDA_MAX_DURATION_MS, type SizingPoint, candidateSizes, censorAt, priceAt, sweep } from './sweep';

export type RightsizeOptions = {
  /** The Lambda system to size; by default the scenario's first. */
  readonly systemId?: string;
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

/**
 * Prices the scenario's Lambda system at every memory size on both architectures, with durations
 * from the CPU-share model or from measurements, and recommends sizes. Every figure comes from the
 * same engine as the main estimate, at the scenario's traffic.
 */
export function rightsize(book: PriceBook, scenario: ResolvedScenario, o: RightsizeOptions = {}): RightsizeResult {
  const lambdas = scenario.systems.filter((s: SystemBase): s is LambdaSystem => s.kind === AWS_LAMBDA);
  const system = o.systemId === undefined ? lambdas[0] : lambdas.find((s) => s.id === o.systemId);
  if (!system) {
    const field = o.systemId === undefined ? 'systems' : 'systemId';
    return {
      ok: false,
      issues: [
        {
          field,
          message:
            o.systemId === undefined
              ? `the scenario has no ${AWS_LAMBDA} system to right-size`
              : `no ${AWS_LAMBDA} system "${o.systemId}"`,
        },
      ],
    };
  }
  const prices = servicePrices(book, LAMBDA_SERVICE);
  if (!prices)
    return {
      ok: false,
      issues: [{ field: 'systems', message: `no ${AWS_LAMBDA} prices for ${book.region} as of ${book.pricingDate}` }],
    };
  const w = scenario.workload;
  const currentArch = system.architecture ?? w.architecture;
  const currentMb = o.measured?.currentMemoryMb ?? w.memoryMb;
  const limitMs = Math.min(o.durationLimitMs ?? LAMBDA_MAX_DURATION_MS, LAMBDA_MAX_DURATION_MS);
  const notes: string[] = [];
  const input = durationInput(scenario, currentArch, o, notes);
  const curve = durationCurve(input);
  const currentDuration = censorAt(
    curve(currentMb, currentArch) ?? {
      durationMs: w.durationMs,
      lowMs: w.durationMs,
      highMs: w.durationMs,
      p95Ms: null,
      source: 'scenario' as const,
      assumedFrom: null,
      censored: false,
    },
    limitMs,
  );
  const currentPrice = priceAt(book, scenario, system, {
    memoryMb: currentMb,
    architecture: currentArch,
    durationMs: currentDuration.durationMs,
  });
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
  const points = sweep(book, scenario, system, sizes, architectures, curve, floorMb ?? 0, limitMs);
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
  const byArchitecture = Object.fromEntries(
    architectures.map((a) => [
      a,
      recommend(
        points.filter((p) => p.architecture === a),
        current,
        ro,
      ),
    ]),
  );
  addNotes(notes, { floorMb, w, architectures, currentArch, ro, points, current, limitMs, measuredSizes });
  return {
    ok: true,
    rightsizing: {
      systemId: system.id,
      mode: input.kind,
      model: input.kind === 'model' ? input.model : null,
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

function durationInput(
  scenario: ResolvedScenario,
  architecture: Architecture,
  o: RightsizeOptions,
  notes: string[],
): DurationInput {
  const w = scenario.workload;
  const sorted = o.measured ? sortPoints(o.measured.points) : [];
  if (o.measured && sorted.length >= 2) {
    const lo = sorted[0]!.memoryMb;
    const hi = sorted[sorted.length - 1]!.memoryMb;
    notes.push(
      `Durations measured at ${sorted.length} sizes on ${o.measured.architecture}; sizes between them are interpolated and untested; sizes outside ${lo}–${hi} MB are not offered.`,
    );
    const other = o.measured.other;
    return { kind: 'measured', architecture: o.measured.architecture, points: sorted, ...(other ? { other } : {}) };
  }
  const one = sorted[0];
  if (o.measured && one) {
    notes.push(
      `One measured size (${one.memoryMb} MB, ${round(one.durationMs)} ms): the CPU-share model extrapolates from it.`,
    );
    const p95 = one.p95Ms ?? o.p95AtCurrentMs;
    return {
      kind: 'model',
      architecture: o.measured.architecture,
      model: anchoredAt(one, w.cpuBoundShare, w.threads),
      ...(p95 !== undefined ? { p95AtAnchorMs: p95 } : {}),
    };
  }
  const model = { memoryMb: w.memoryMb, durationMs: w.durationMs, cpuBoundShare: w.cpuBoundShare, threads: w.threads };
  notes.push(
    `Durations are modelled: ${round(w.cpuBoundShare * 100)}% of ${round(w.durationMs)} ms is CPU work at ${w.memoryMb} MB, scaling with memory (1,769 MB = 1 vCPU) up to ${w.threads} thread${w.threads === 1 ? '' : 's'}; I/O time does not scale. The band shows cpuBoundShare ± ${CPU_SHARE_UNCERTAINTY}, a guess measured data would replace.`,
  );
  return {
    kind: 'model',
    architecture,
    model,
    ...(o.p95AtCurrentMs !== undefined ? { p95AtAnchorMs: o.p95AtCurrentMs } : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
