import { type Decimal, ZERO, dec } from '../../../engine/decimal';
import { linesCostAt } from '../../../engine/bill';
import { type PricingIssue, buildModels } from '../../../engine/estimate';
import type { ResolvedScenario, SystemBase, Workload } from '../../../engine/model';
import type { PriceBook } from '../../../engine/pricebook';
import { scaleRequests } from '../../../engine/scaleRequests';
import { ARCHITECTURE_KIND, type ArchitectureSpec } from '../../architectureModel';
import { systemModel } from '../../models';
import type { LambdaSystem } from '../kind';

export type Priced =
  | { readonly ok: true; readonly monthlyUsd: Decimal }
  | { readonly ok: false; readonly issues: readonly PricingIssue[] };

/**
 * Prices alternatives of a modified scenario through the same engine as every estimate (no second
 * formula): the scenario's own options and price book, `workload` in place of its workload.
 */
export function priceVariant(
  book: PriceBook,
  scenario: ResolvedScenario,
  workload: Workload,
  alternatives: { systems?: readonly SystemBase[]; architectures?: readonly SystemBase[] },
): Priced {
  const variant: ResolvedScenario = {
    ...scenario,
    workload,
    systems: alternatives.systems ?? [],
    architectures: alternatives.architectures ?? [],
  };
  const built = buildModels(book, variant, systemModel);
  if (!built.ok) return built;
  const r = dec(workload.requestsPerMonth);
  return { ok: true, monthlyUsd: built.models.reduce((s, m) => s.plus(linesCostAt(m.lines, r)), ZERO) };
}

/**
 * A Lambda function and its keep-warm pings as one bill (an architecture of two components, so the
 * account's free tier and tiers are shared as AWS shares them): the pings are the same function at
 * the same memory, invoked directly `pingsPerMonth` times with `pingWorkload`'s duration.
 */
export function withPings(
  system: LambdaSystem,
  pingsPerMonth: number,
  requestsPerMonth: number,
  pingWorkload: Workload,
): ArchitectureSpec {
  const perEntry = dec(pingsPerMonth).div(requestsPerMonth);
  const pinger: LambdaSystem = { ...system, id: 'keep-warm', frontDoor: 'none' };
  return {
    id: `${system.id}-keep-warm`,
    name: `${system.name ?? system.id} with keep-warm pings`,
    kind: ARCHITECTURE_KIND,
    components: [
      {
        id: system.id,
        name: system.name ?? system.id,
        kind: system.kind,
        triggeredBy: null,
        volume: null,
        lines: (ctx) => {
          const m = systemModel(ctx, system);
          return { lines: m.lines, notes: m.notes };
        },
      },
      {
        id: 'keep-warm',
        name: 'keep-warm pings',
        kind: system.kind,
        triggeredBy: null,
        volume: null,
        lines: (ctx) => {
          const m = systemModel({ ...ctx, workload: { ...pingWorkload, requestsPerMonth: pingsPerMonth } }, pinger);
          return { lines: m.lines.map((l) => scaleRequests(l, perEntry)), notes: m.notes };
        },
      },
    ],
  };
}
