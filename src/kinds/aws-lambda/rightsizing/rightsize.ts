import type { PricingIssue } from '../../../engine/estimate';
import type { ResolvedScenario, SystemBase } from '../../../engine/model';
import { type Architecture, type PriceBook, servicePrices } from '../../../engine/pricebook';
import { AWS_LAMBDA, LAMBDA_SERVICE, type LambdaSystem } from '../kind';
import { CPU_SHARE_UNCERTAINTY, type CpuShareModel } from './durationModel';
import { type DurationInput, anchoredAt, durationCurve } from './durationSource';
import { type MeasuredPoint, sortPoints } from './measuredCurve';
import { type LatencyMetric, type Recommendations, recommend } from './recommend';
import { type SizingPoint, candidateSizes, priceAt, sweep } from './sweep';

export type RightsizeOptions = {
  /** The Lambda system to size; by default the scenario's first. */
  readonly systemId?: string;
  /** Balanced weight on cost (0…1); default 0.5. */
  readonly weight?: number;
  readonly latencyLimitMs?: number;
  readonly latencyMetric?: LatencyMetric;
  /** Spacing of the sizes tried; default 64 MB (the price file's own step if coarser). */
  readonly stepMb?: number;
  /** Measured durations, taken on one architecture. */
  readonly measured?: { readonly architecture: Architecture; readonly points: readonly MeasuredPoint[] };
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
  readonly current: SizingPoint;
  readonly points: readonly SizingPoint[];
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
  const notes: string[] = [];
  const input = durationInput(scenario, currentArch, o, notes);
  const curve = durationCurve(input);
  const currentDuration = curve(w.memoryMb, currentArch) ?? {
    durationMs: w.durationMs,
    lowMs: w.durationMs,
    highMs: w.durationMs,
    p95Ms: null,
    source: 'scenario' as const,
    assumedFrom: null,
  };
  const currentPrice = priceAt(book, scenario, system, {
    memoryMb: w.memoryMb,
    architecture: currentArch,
    durationMs: currentDuration.durationMs,
  });
  if (!currentPrice.ok) return currentPrice;
  const floorMb = w.maxMemoryUsedMb === null ? null : Math.ceil(w.maxMemoryUsedMb * (1 + w.headroomPct / 100));
  const current: SizingPoint = {
    ...currentDuration,
    memoryMb: w.memoryMb,
    architecture: currentArch,
    monthlyUsd: currentPrice.monthlyUsd,
    belowFloor: floorMb !== null && w.memoryMb < floorMb,
  };
  const architectures = prices.rules.architectures.filter((a) => prices.duration[a] !== undefined);
  const measuredSizes = input.kind === 'measured' ? input.points.map((p) => p.memoryMb) : [];
  const sizes = candidateSizes(prices.rules.memoryMb, o.stepMb ?? 64, [w.memoryMb, ...measuredSizes]);
  const points = sweep(book, scenario, system, sizes, architectures, curve, floorMb ?? 0);
  const ro = {
    weight: o.weight ?? 0.5,
    latencyMetric: o.latencyMetric ?? 'average',
    ...(o.latencyLimitMs !== undefined ? { latencyLimitMs: o.latencyLimitMs } : {}),
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
  addNotes(notes, { floorMb, w, architectures, currentArch, ro, points });
  return {
    ok: true,
    rightsizing: {
      systemId: system.id,
      mode: input.kind,
      model: input.kind === 'model' ? input.model : null,
      floorMb,
      current,
      points,
      recommendations: recommend(points, current, ro),
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
    return { kind: 'measured', architecture: o.measured.architecture, points: sorted };
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

function addNotes(
  notes: string[],
  c: {
    floorMb: number | null;
    w: ResolvedScenario['workload'];
    architectures: readonly Architecture[];
    currentArch: Architecture;
    ro: { latencyMetric: LatencyMetric; latencyLimitMs?: number };
    points: readonly SizingPoint[];
  },
): void {
  const assumed = c.points.find((p) => p.assumedFrom !== null);
  if (assumed)
    notes.push(
      `${assumed.architecture} uses the ${assumed.assumedFrom} durations: nothing here says how fast ${assumed.architecture} runs this code; measure it to know.`,
    );
  if (c.floorMb !== null)
    notes.push(
      `Sizes below ${c.floorMb} MB (max memory used ${c.w.maxMemoryUsedMb} MB + ${c.w.headroomPct}% headroom) are not recommended.`,
    );
  if (c.w.coldStartRate > 0 && c.w.initDurationMs > 0)
    notes.push(
      `INIT time (${round(c.w.initDurationMs)} ms on ${round(c.w.coldStartRate * 100)}% of invocations) is kept the same at every size.`,
    );
  if (c.ro.latencyLimitMs !== undefined && c.ro.latencyMetric === 'p95' && !c.points.some((p) => p.p95Ms !== null)) {
    notes.push(
      'No p95 durations are known (REPORT lines give them; Power Tuning links and the model alone do not): no size can be checked against a p95 limit.',
    );
  }
  if (!c.architectures.includes(c.currentArch)) notes.push(`${c.currentArch} is not priced as of this date.`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
