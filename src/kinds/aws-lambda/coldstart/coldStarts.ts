import type { Decimal } from '../../../engine/decimal';
import type { PricingIssue } from '../../../engine/estimate';
import type { Workload } from '../../../engine/model';
import { type PcBreakeven, pcBreakeven } from './breakeven';
import type { Mitigation, MitigationId } from './mitigations';
import { type ModelledRate, modelColdStartRate } from './rate';
import { RUNTIME_TABLE_SOURCE, type ColdStartLatency, type RuntimeFacts, runtimeFacts } from './runtimes';
import type { ColdStartSettings } from './settings';
import { outcome, pct } from './outcome';
import { type RateSource, rateOf } from './rateSource';
import { type ColdStartInput, type ColdStartSubject, systemSubjects, withoutOwn } from './subjects';
import { otherMitigations } from './variants';
import type { ServerPrice, VariantContext } from './variantContext';
import { cheapestServerOf, once } from './servers';

export type { RateSource, ColdStartInput, ColdStartSubject };
export { systemSubjects };

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
  /** The mitigation the function already has (left out of every option), or null: none. */
  readonly ownMitigation: 'provisioned concurrency' | 'SnapStart' | null;
  /** The alternative it belongs to: the system itself, or a component's architecture. */
  readonly alternativeId: string;
  readonly notes: readonly string[];
};

export type ColdStartResult =
  | { readonly ok: true; readonly reports: readonly ColdStartReport[] }
  | { readonly ok: false; readonly issues: readonly PricingIssue[] };

/**
 * The cold starts of every Lambda system of a scenario: the rate (measured, the scenario's, or
 * modelled from traffic), its latency, and for the target each mitigation's monthly cost — each
 * the difference between the estimate of a modified scenario and the on-demand estimate, both
 * through the engine — and the latency it gives; the cheapest that meets the target is marked.
 */
export function coldStarts(input: ColdStartInput): ColdStartResult {
  const cheapestServer = once(() => cheapestServerOf(input.book, input.scenario));
  return coldStartsOfSubjects(input, systemSubjects(input), cheapestServer);
}

/** The cold starts of each function in `subjects`, in order; the first pricing issue stops them all. */
export function coldStartsOfSubjects(
  input: ColdStartInput,
  subjects: readonly ColdStartSubject[],
  cheapestServer: () => ServerPrice | null,
): ColdStartResult {
  const reports: ColdStartReport[] = [];
  for (const subject of subjects) {
    const r = coldStartsOf(input, subject, cheapestServer);
    if (!r.ok) return r;
    reports.push(r.report);
  }
  return { ok: true, reports };
}

function coldStartsOf(
  input: ColdStartInput,
  subject: ColdStartSubject,
  cheapestServer: () => ServerPrice | null,
): { ok: true; report: ColdStartReport } | { ok: false; issues: readonly PricingIssue[] } {
  const { book, scenario, settings } = input;
  const { system, workload: w } = subject;
  const model = modelColdStartRate({ ...w, keepAliveMinutes: settings.keepAliveMinutes });
  const { rate, source, rateText } = rateOf(w, model, input.measured ?? null, settings);
  const runtime = runtimeFacts(settings.runtime);
  const latency = settings.coldStartMs
    ? { ...settings.coldStartMs, source: 'given (coldStart.coldStartMs)' }
    : { medianMs: runtime.medianMs, p99Ms: runtime.p99Ms, source: `${runtime.label}: ${RUNTIME_TABLE_SOURCE}` };
  const initBilledMs = w.initDurationMs > 0 ? w.initDurationMs : latency.medianMs;
  const onDemandWorkload: Workload = { ...w, coldStartRate: rate, initDurationMs: initBilledMs };
  const variants = subject.variants(onDemandWorkload);
  const base = variants.lambda({});
  if (!base.ok) return base;
  const ctx: VariantContext = {
    variants,
    serverWhy: subject.serverWhy,
    settings,
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
    ...(subject.notes ?? []),
    ...(system.provisionedConcurrency || system.snapStart
      ? [
          `${subject.name}'s own provisioned concurrency and SnapStart are left out: every option is compared with on-demand.`,
        ]
      : []),
    'The keep-alive window is not published by AWS; the model assumes ' +
      `${settings.keepAliveMinutes} minutes (set coldStart.keepAliveMinutes, 1–60).`,
  ];
  return {
    ok: true,
    report: {
      systemId: subject.id,
      systemName: subject.name,
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
      pcBreakeven: subject.breakeven
        ? pcBreakeven(book, scenario, onDemandWorkload, withoutOwn(system), model.peakConcurrency)
        : null,
      ownMitigation: system.provisionedConcurrency ? 'provisioned concurrency' : system.snapStart ? 'SnapStart' : null,
      alternativeId: subject.alternativeId,
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
