import type { PricingIssue } from '../../../engine/estimate';
import type { ResolvedScenario, SystemBase, Workload } from '../../../engine/model';
import { AWS_LAMBDA, type LambdaSystem } from '../kind';
import { lambdaWorkload } from '../ownWorkload';
import type { RightsizeOptions } from './options';

/** The function being sized, as the sweep prices it, and the workload it runs. */
export type SizingTarget = { readonly system: LambdaSystem; readonly workload: Workload };

/** The scenario's Lambda systems, in order: what a right-sizing may size. */
export function lambdaSystems(scenario: ResolvedScenario): LambdaSystem[] {
  return scenario.systems.filter((s: SystemBase): s is LambdaSystem => s.kind === AWS_LAMBDA);
}

/**
 * The Lambda system named by `o.systemId` (the first by default) with the options' workload fields
 * and measured SnapStart restores written onto it alone: the rest of the scenario is left as it is.
 */
export function sizingTarget(
  scenario: ResolvedScenario,
  o: RightsizeOptions,
  notes: string[],
): { ok: true; target: SizingTarget } | { ok: false; issues: readonly PricingIssue[] } {
  const lambdas = lambdaSystems(scenario);
  const found = o.systemId === undefined ? lambdas[0] : lambdas.find((s) => s.id === o.systemId);
  if (!found) {
    const message =
      o.systemId === undefined
        ? `the scenario has no ${AWS_LAMBDA} system to right-size`
        : `no ${AWS_LAMBDA} system "${o.systemId}"`;
    return { ok: false, issues: [{ field: o.systemId === undefined ? 'systems' : 'systemId', message }] };
  }
  const own = o.workload ? { ...found.workload, ...o.workload } : found.workload;
  const restoreRate = o.measured?.restoreRate;
  let system: LambdaSystem = own ? { ...found, workload: own } : found;
  if (restoreRate !== undefined && restoreRate > 0) {
    // Restores were measured: price them at the measured rate; the cache is the system's SnapStart
    // setting when it has one, else one version cached all month (said, not silent).
    const set = found.snapStart;
    const snapStart = {
      restoreRate,
      activeHoursPerMonth: set?.activeHoursPerMonth ?? 730,
      versions: set?.versions ?? 1,
    };
    system = { ...system, snapStart };
    notes.push(
      `SnapStart restores measured in ${pct(restoreRate)} of invocations: priced as restores at every size (they are the cold starts; no INIT is billed)${set ? '' : ', with the snapshot cache of 1 version cached 730 h/month (set SnapStart on the system to change it)'}.`,
    );
  }
  return { ok: true, target: { system, workload: lambdaWorkload(scenario.workload, system.workload) } };
}

function pct(x: number): string {
  return `${Math.round(x * 10_000) / 100}%`;
}
