import { type ColdStartReport, type Mitigation, pct } from '../../kinds/aws-lambda/coldstart';
import { mitigationCells } from '../coldStartReport';
import type { SystemWarning } from './systemWarning';

/** The label every front end gives the warning. */
export const LATENCY_TARGET = 'Latency target';

/**
 * "A latency target under the cold-start p99 with no mitigation" (the brief's table of where
 * serverless is the wrong tool): for each Lambda function that starts cold, has neither provisioned
 * concurrency nor SnapStart, and whose cold start's p99 exceeds the scenario's target — the numbers,
 * the source of the latency figures, and the cheapest mitigation that meets the target instead.
 */
export function coldStartWarnings(reports: readonly ColdStartReport[]): SystemWarning[] {
  const out: SystemWarning[] = [];
  for (const r of reports) {
    const target = r.settings.targetP99Ms;
    if (target === null || r.ownMitigation !== null || r.rate <= 0 || r.latency.p99Ms <= target) continue;
    const onDemand = r.mitigations.find((m) => m.id === 'on-demand');
    const requestP99 = onDemand?.priced.ok ? onDemand.priced.p99Ms : null;
    const tail =
      requestP99 !== null && requestP99 <= target
        ? ` The request p99 (${ms(requestP99)}) still meets it: cold starts are too rare to reach the 1% tail, but each cold request is slower than the target.`
        : '';
    out.push({
      id: r.alternativeId,
      label: LATENCY_TARGET,
      text:
        `${LATENCY_TARGET}: ${r.systemName}'s cold starts take ${ms(r.latency.p99Ms)} at p99 (${r.latency.source}), ` +
        `over the ${ms(target)} target, with no provisioned concurrency or SnapStart; ${pct(r.rate)} of invocations start cold (${r.source}).` +
        `${tail} Instead: ${instead(r)}.`,
    });
  }
  return out;
}

/** The cheapest mitigation that meets the target (not on-demand), with what it adds a month. */
function instead(r: ColdStartReport): string {
  let best: Mitigation | null = null;
  for (const m of r.mitigations) {
    if (m.id === 'on-demand' || !m.priced.ok || !m.priced.meetsTarget) continue;
    if (best === null || (best.priced.ok && m.priced.monthlyUsd.lt(best.priced.monthlyUsd))) best = m;
  }
  if (!best?.priced.ok) return 'no option priced here meets it; relax the target, or run the function on a server';
  return `${best.label} (${best.what}): ${mitigationCells(best).extra} a month against on-demand, request p99 ${ms(best.priced.p99Ms)}`;
}

function ms(x: number): string {
  return `${Math.round(x).toLocaleString('en-US')} ms`;
}
