import { modelColdStartRate, pct, runtimeFacts } from '../../kinds/aws-lambda/coldstart';
import type { Scenario } from '../../scenario';
import { resolveColdStart } from '../../scenario/coldStart';
import type { Candidate } from './candidate';

/** A Lambda function's SnapStart-relevant fields as the scenario writes them (a system's or a component's). */
export type SnapStartSubject = {
  readonly alternativeId: string;
  readonly componentId?: string;
  /** Shown in the title for a component. */
  readonly name?: string;
  readonly hasPc: boolean;
  readonly hasSnapStart: boolean;
  /** Its cold-start rate as the scenario sets it (its own, else the workload's). */
  readonly coldStartRate: number;
  /** Its traffic and duration, to model the rate provisioned concurrency hides; null: not known here (a component). */
  readonly traffic: {
    readonly requestsPerMonth: number;
    readonly durationMs: number;
    readonly peakToAverage: number;
  } | null;
  /** The scenario with the function's fields patched. */
  readonly set: (patch: (x: Record<string, unknown>) => Record<string, unknown>) => Candidate['apply'];
};

/**
 * SnapStart for a function on Java, Python or .NET (the scenario's `coldStart.runtime`) that starts
 * cold, or whose provisioned concurrency it would replace: one published version cached all month,
 * every cold start a snapshot restore instead of a billed INIT. Priced like every item, as the
 * scenario with only that change; where AWS refuses SnapStart (priced from 2024-11-18, us-east-1
 * in the price files, ephemeral storage above 512 MB) the model refuses it and no item is listed.
 */
export function snapStartCandidate(s: Scenario, f: SnapStartSubject): Candidate | null {
  const settings = resolveColdStart(s.coldStart);
  const runtime = runtimeFacts(settings.runtime);
  if (!runtime.snapStart || f.hasSnapStart) return null;
  let rate = f.coldStartRate;
  let source = 'the scenario’s coldStartRate';
  if (rate <= 0) {
    // Only provisioned concurrency hides the cold starts SnapStart would take over: model them.
    if (!f.hasPc || f.traffic === null) return null;
    rate = modelColdStartRate({ ...f.traffic, keepAliveMinutes: settings.keepAliveMinutes }).rate;
    source = `modelled from traffic, keep-alive ${settings.keepAliveMinutes} min (the cold-start panel's model)`;
    if (rate <= 0) return null;
  }
  const restoreRate = Number(rate.toPrecision(6));
  const snap = `snapStart: restores ${pct(restoreRate)} of invocations, 1 version cached 730 h`;
  return {
    action: 'snapstart',
    alternativeId: f.alternativeId,
    ...(f.componentId !== undefined ? { componentId: f.componentId } : {}),
    title: f.hasPc
      ? `Replace ${f.name === undefined ? '' : `${f.name}'s `}provisioned concurrency with SnapStart`
      : `Turn on SnapStart${f.name === undefined ? '' : ` for ${f.name}`}`,
    change: f.hasPc ? `provisionedConcurrency: removed; ${snap}` : snap,
    assumption:
      `${runtime.label} (coldStart.runtime); every cold start (${pct(restoreRate)} of invocations, ${source}) restores a snapshot instead of running a billed INIT; ` +
      `its initialisation is snapshot-safe (unique ids, connections and secrets re-made after restore).` +
      (f.hasPc
        ? ' Without provisioned concurrency those requests start cold again, each restore about a tenth of the cold start (AWS\'s "up to 10x", a best case): check the cold-start panel against your latency target.'
        : ''),
    apply: f.set(({ provisionedConcurrency: _pc, ...x }) => ({
      ...x,
      snapStart: { restoreRate, activeHoursPerMonth: 730 },
    })),
  };
}
