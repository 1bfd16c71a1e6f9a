import type { Decimal } from '../../../engine/decimal';
import type { PricingIssue } from '../../../engine/estimate';
import type { ResolvedScenario, Workload } from '../../../engine/model';
import type { PriceBook } from '../../../engine/pricebook';
import { AWS_LAMBDA, type LambdaSystem } from '../kind';
import { lambdaWorkload } from '../ownWorkload';
import { type PcBreakeven, pcBreakeven } from './breakeven';
import type { Mitigation, MitigationId } from './mitigations';
import { type ModelledRate, modelColdStartRate } from './rate';
import { RUNTIME_TABLE_SOURCE, type ColdStartLatency, type RuntimeFacts, runtimeFacts } from './runtimes';
import type { ColdStartSettings, MeasuredColdStarts } from './settings';
import { outcome, pct } from './outcome';
import { type RateSource, rateOf } from './rateSource';
import { priceVariant } from './price';
import { otherMitigations } from './variants';
import type { ServerPrice, VariantContext } from './variantContext';
import { cheapestServerOf, once } from './servers';

export type { RateSource };

/** One Lambda system's cold starts and what each way of avoiding them costs. */
export type ColdStartReport = {
  readonly systemId: string;
  readonly systemName: string;
  readonly rate: number;
  readonly source: RateSource;
  /** How the rate was found, in words. */
  readonly rateText: string;
  /** The traffic model (always computed: it sizes provisioned concurrency and the pings' effect). */
  readonly model: ModelledRate;
  readonly runtime: RuntimeFacts;
  readonly latency: ColdStartLatency & { readonly source: string };
  /** INIT billed per cold start on demand (from 2025-08-01 prices), ms. */
  readonly initBilledMs: number;
  readonly settings: ColdStartSettings;
  /** The on-demand bill with this rate's INIT: what every mitigation is compared with. */
  readonly onDemandUsd: Decimal;
  readonly mitigations: readonly Mitigation[];
  /** The cheapest mitigation that meets the target, or null when none does. */
  readonly cheapest: MitigationId | null;
  readonly pcBreakeven: PcBreakeven | null;
  readonly notes: readonly string[];
};

export type ColdStartResult =
  | { readonly ok: true; readonly reports: readonly ColdStartReport[] }
  | { readonly ok: false; readonly issues: readonly PricingIssue[] };

/** What a cold-start analysis works on: a scenario as priced, its settings, measurements if any. */
export type ColdStartInput = {
  readonly book: PriceBook;
  readonly scenario: ResolvedScenario;
  readonly settings: ColdStartSettings;
  readonly measured?: MeasuredColdStarts | null;
};

/**
 * The cold starts of every Lambda system of a scenario: the rate (measured, the scenario's, or
 * modelled from traffic), its latency, and for the target each mitigation's monthly cost — each
 * the difference between the estimate of a modified scenario and the on-demand estimate, both
 * through the engine — and the latency it gives; the cheapest that meets the target is marked.
 */
export function coldStarts(input: ColdStartInput): ColdStartResult {
  const reports: ColdStartReport[] = [];
  const cheapestServer = once(() => cheapestServerOf(input.book, input.scenario));
  for (const s of input.scenario.systems) {
    if (s.kind !== AWS_LAMBDA) continue;
    const r = coldStartsOf(input, s as LambdaSystem, cheapestServer);
    if (!r.ok) return r;
    reports.push(r.report);
  }
  return { ok: true, reports };
}

function coldStartsOf(
  input: ColdStartInput,
  system: LambdaSystem,
  cheapestServer: () => ServerPrice | null,
): { ok: true; report: ColdStartReport } | { ok: false; issues: readonly PricingIssue[] } {
  const { book, scenario, settings } = input;
  // The function's own workload fields (memory, duration, cold starts), where it sets them, are its workload.
  const w = lambdaWorkload(scenario.workload, system.workload);
  const model = modelColdStartRate({ ...w, keepAliveMinutes: settings.keepAliveMinutes });
  const { rate, source, rateText } = rateOf(w, model, input.measured ?? null, settings);
  const runtime = runtimeFacts(settings.runtime);
  const latency = settings.coldStartMs
    ? { ...settings.coldStartMs, source: 'given (coldStart.coldStartMs)' }
    : { medianMs: runtime.medianMs, p99Ms: runtime.p99Ms, source: `${runtime.label}: ${RUNTIME_TABLE_SOURCE}` };
  const initBilledMs = w.initDurationMs > 0 ? w.initDurationMs : latency.medianMs;
  const onDemandWorkload: Workload = { ...w, coldStartRate: rate, initDurationMs: initBilledMs };
  // Its own fields are folded into `w`, so every variant sets its cold starts on one workload.
  const { provisionedConcurrency: existingPc, snapStart: existingSnap, workload: _own, ...rest } = system;
  const onDemand: LambdaSystem = rest;
  const base = priceVariant(book, scenario, onDemandWorkload, { systems: [onDemand] });
  if (!base.ok) return base;
  const ctx: VariantContext = {
    book,
    scenario,
    settings,
    system: onDemand,
    workload: onDemandWorkload,
    onDemandUsd: base.monthlyUsd,
    rate,
    source,
    model,
    latency,
    runtime,
    cheapestServer,
  };
  const onDemandRow: Mitigation = {
    id: 'on-demand',
    label: 'On-demand (no mitigation)',
    what: `${pct(rate)} of invocations start cold, each adding ${latency.medianMs} ms (p99 ${latency.p99Ms} ms) and billing ${initBilledMs} ms INIT where the prices bill it`,
    priced: outcome(settings, w.durationMs, rate, latency, base.monthlyUsd, base.monthlyUsd),
    notes: [],
  };
  const mitigations = [onDemandRow, ...otherMitigations(ctx)];
  const cheapest = cheapestMeeting(mitigations);
  const notes = [
    ...(existingPc || existingSnap
      ? [
          `${system.name ?? system.id}'s own provisioned concurrency and SnapStart are left out: every option is compared with on-demand.`,
        ]
      : []),
    'The keep-alive window is not published by AWS; the model assumes ' +
      `${settings.keepAliveMinutes} minutes (set coldStart.keepAliveMinutes, 1–60).`,
  ];
  return {
    ok: true,
    report: {
      systemId: system.id,
      systemName: system.name ?? system.id,
      rate,
      source,
      rateText,
      model,
      runtime,
      latency,
      initBilledMs,
      settings,
      onDemandUsd: base.monthlyUsd,
      mitigations,
      cheapest,
      pcBreakeven: pcBreakeven(book, scenario, onDemandWorkload, onDemand, model.peakConcurrency),
      notes,
    },
  };
}

/** On-demand when it already meets the target (nothing to do), else the cheapest mitigation that does. */
function cheapestMeeting(ms: readonly Mitigation[]): MitigationId | null {
  const first = ms[0];
  if (first?.id === 'on-demand' && first.priced.ok && first.priced.meetsTarget) return 'on-demand';
  let best: { id: MitigationId; usd: Decimal } | null = null;
  for (const m of ms) {
    if (!m.priced.ok || !m.priced.meetsTarget) continue;
    if (best === null || m.priced.monthlyUsd.lt(best.usd)) best = { id: m.id, usd: m.priced.monthlyUsd };
  }
  return best?.id ?? null;
}
