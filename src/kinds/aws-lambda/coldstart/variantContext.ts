import type { Decimal } from '../../../engine/decimal';
import type { SystemBase, Workload } from '../../../engine/model';
import type { ProvisionedConcurrency, SnapStart } from '../kind';
import type { Mitigation } from './mitigations';
import { outcome } from './outcome';
import type { Priced } from './price';
import type { ModelledRate } from './rate';
import type { ColdStartLatency, RuntimeFacts } from './runtimes';
import type { ColdStartSettings } from './settings';

/** No cold start: what provisioned concurrency and servers give. */
export const WARM: ColdStartLatency = { medianMs: 0, p99Ms: 0 };

/** What a variant changes on the function: its provisioned concurrency or SnapStart, its cold starts' INIT. */
export type LambdaPatch = {
  readonly provisionedConcurrency?: ProvisionedConcurrency;
  readonly snapStart?: SnapStart;
  /** INIT billed per cold start, ms (a lighter runtime's). */
  readonly initDurationMs?: number;
};

/**
 * How the variants of one function are priced: a standalone system as a scenario of its own, an
 * architecture's component as its whole architecture with the component changed (each mitigation's
 * cost then being the difference of two full architecture estimates).
 */
export type VariantPricer = {
  /** The bill with the function on demand, changed by `patch`. */
  readonly lambda: (patch: LambdaPatch) => Priced;
  /** The bill with the function on Cloudflare Workers instead (same traffic and CPU time). */
  readonly edge: () => Priced;
  /** The bill with the function and `pingsPerMonth` keep-warm pings, leaving `coldStartRate` cold. */
  readonly pinged: (pingsPerMonth: number, coldStartRate: number) => Priced;
};

/** Everything a mitigation is priced against. */
export type VariantContext = {
  readonly variants: VariantPricer;
  /** Why no server is priced as this function's alternative (an architecture's component), or null. */
  readonly serverWhy: string | null;
  readonly settings: ColdStartSettings;
  /** The workload with this rate's cold starts and INIT. */
  readonly workload: Workload;
  readonly onDemandUsd: Decimal;
  readonly rate: number;
  readonly source: 'measured' | 'scenario' | 'modelled';
  readonly model: ModelledRate;
  readonly latency: ColdStartLatency;
  readonly runtime: RuntimeFacts;
  /** The scenario's cheapest server system and its bill (priced once for all Lambda systems), or null. */
  readonly cheapestServer: () => ServerPrice | null;
};

export type ServerPrice = { readonly system: SystemBase; readonly usd: Decimal };

/** Provisioned concurrency needed to cover the modelled peak: ⌈mean + 3√mean⌉, at least 1. */
export function pcConcurrency(model: ModelledRate): number {
  return Math.max(1, Math.ceil(model.peakConcurrency - 1e-9));
}

/** A mitigation's row from its priced modified scenario and the cold starts it leaves. */
export function row(
  c: VariantContext,
  id: Mitigation['id'],
  label: string,
  what: string,
  priced: Priced,
  coldShare: number,
  cold: ColdStartLatency,
  notes: readonly string[] = [],
): Mitigation {
  return {
    id,
    label,
    what,
    priced: priced.ok
      ? outcome(c.settings, c.workload.durationMs, coldShare, cold, priced.monthlyUsd, c.onDemandUsd)
      : { ok: false, why: priced.issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues: priced.issues },
    notes,
  };
}

/** A mitigation that cannot be priced here, and why. */
export function unavailable(id: Mitigation['id'], label: string, why: string): Mitigation {
  return { id, label, what: '', priced: { ok: false, why }, notes: [] };
}
