import {
  type Decimal,
  type PriceBook,
  type Steps,
  type SystemEstimate,
  buildModels,
  cannotRun,
  estimateSystem,
  runSteps,
} from '../../engine';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { type Rightsizing, patchFor, rightsizeSteps } from '../../kinds/aws-lambda/rightsizing';
import { systemModel } from '../../kinds/models';
import { type PricingCatalog, resolvePriceBook } from '../../pricing';
import { type Scenario, parseScenario } from '../../scenario';
import type { PricedScenario } from '../priceScenario';
import { type Candidate, type ChecklistAction, componentCandidates, systemCandidates } from './candidates';

/** One optimisation priced: the alternative's bill before and after only this change. */
export type ChecklistItem = Candidate & {
  /** `<action>:<alternative>[:<component>]`, stable across edits. */
  readonly id: string;
  readonly alternativeName: string;
  readonly beforeUsd: Decimal;
  readonly afterUsd: Decimal;
  /** beforeUsd − afterUsd: the difference of two full estimates of the alternative. */
  readonly savingUsd: Decimal;
  /** The priced scenario with only this setting changed (`apply` makes the same change to any later edit of it). */
  readonly scenario: Scenario;
};

/** The checklist: items that save money, largest saving first, and those that would not ("already optimal"). */
export type Checklist = { readonly items: readonly ChecklistItem[]; readonly optimal: readonly ChecklistItem[] };

type PricedOk = Extract<PricedScenario, { ok: true }>;

/**
 * Right-sizings already computed, by Lambda system id: when given, only these are used (a system
 * without one gets no right-size item); absent, each Lambda system is right-sized here (the sweep
 * is most of the checklist's time).
 */
export type ChecklistOptions = { readonly rightsizings?: ReadonlyMap<string, Rightsizing> };

/**
 * The brief's cost checklist for a priced scenario: each optimisation that applies to a system or
 * an architecture's component, priced by the same engine as the scenario with only that setting
 * changed. The saving is the difference of the alternative's two full estimates; an alternative the
 * platform cannot run is skipped (its figure is no price).
 */
export function checklist(priced: PricedOk, o: ChecklistOptions = {}): Checklist {
  return runSteps(checklistSteps(priced, o));
}

/**
 * {@link checklist} in steps: it pauses after each size the right-sizing sweep prices and after each
 * item's estimate, so a page can work it out between inputs (its whole run is one re-pricing per
 * item and a sweep per Lambda function: far more than a frame). Same result as {@link checklist}.
 */
export function* checklistSteps(priced: PricedOk, o: ChecklistOptions = {}): Steps<Checklist> {
  const s = priced.scenario;
  const before = new Map(priced.analysis.estimates.map((e) => [e.id, e] as const));
  const candidates = [...(yield* rightsizeCandidates(priced, o)), ...systemCandidates(s), ...componentCandidates(s)];
  const items: ChecklistItem[] = [];
  for (const c of candidates) {
    yield;
    const was = before.get(c.alternativeId);
    if (!was || cannotRun(was.limits)) continue;
    const scenario = c.apply(s);
    // No item changes the pricing date or region: the scenario's own price book serves every one.
    const now = estimateIn(priced.book, scenario, c.alternativeId);
    if (!now || cannotRun(now.limits)) continue;
    items.push({
      ...c,
      id: [c.action, c.alternativeId, ...(c.componentId !== undefined ? [c.componentId] : [])].join(':'),
      alternativeName: was.name,
      beforeUsd: was.monthlyUsd,
      afterUsd: now.monthlyUsd,
      savingUsd: was.monthlyUsd.minus(now.monthlyUsd),
      scenario,
    });
  }
  // Savings under half a cent round to nothing on a bill: already optimal.
  const pays = (i: ChecklistItem) => i.savingUsd.gte(HALF_CENT);
  return {
    items: items.filter(pays).sort((a, b) => b.savingUsd.comparedTo(a.savingUsd)),
    optimal: items.filter((i) => !pays(i)),
  };
}

const HALF_CENT = 0.005;

/**
 * One alternative's full estimate in a scenario (every line, at the scenario's traffic), as the
 * scenario's own analysis gives it: each system and architecture is its own bill. Only its model is
 * built and evaluated, with no curves or breakevens, which the checklist does not need.
 */
export function estimateOf(catalog: PricingCatalog, s: Scenario, id: string): SystemEstimate | null {
  const parsed = parseScenario(s);
  if (!parsed.ok) return null;
  const r = parsed.resolved;
  return estimateIn(resolvePriceBook(catalog, { pricingDate: r.pricingDate, region: r.region }), s, id);
}

/** {@link estimateOf} under a price book already resolved for the scenario's date and region. */
function estimateIn(book: PriceBook, s: Scenario, id: string): SystemEstimate | null {
  const alone = {
    ...s,
    systems: s.systems.filter((x) => x.id === id),
    ...(s.architectures ? { architectures: s.architectures.filter((a) => a.id === id) } : {}),
  };
  const parsed = parseScenario(alone);
  if (!parsed.ok) return null;
  const r = parsed.resolved;
  const built = buildModels(book, r, systemModel);
  const model = built.ok ? built.models[0] : undefined;
  return model ? estimateSystem(model, r.workload.requestsPerMonth) : null;
}

/** Right-size memory: the cheapest size on the function's own architecture, from the right-sizing result. */
function* rightsizeCandidates(priced: PricedOk, o: ChecklistOptions): Steps<Candidate[]> {
  const out: Candidate[] = [];
  for (const sys of priced.resolved.systems) {
    if (sys.kind !== AWS_LAMBDA) continue;
    const estimate = priced.analysis.estimates.find((e) => e.id === sys.id);
    if (!estimate || cannotRun(estimate.limits)) continue;
    const r = o.rightsizings ? o.rightsizings.get(sys.id) : yield* computed(priced, sys.id);
    if (!r) continue;
    const best = r.byArchitecture[r.current.architecture]?.cheapest;
    if (!best || best.point.memoryMb === r.current.memoryMb) continue;
    const patch = patchFor(r, best.point);
    const { architecture: _same, ...fields } = patch;
    out.push({
      action: 'right-size',
      alternativeId: sys.id,
      title: 'Right-size memory',
      change: `memoryMb: ${r.current.memoryMb} → ${patch.memoryMb} (duration ${r.current.durationMs} → ${patch.durationMs} ms)`,
      assumption:
        r.mode === 'measured'
          ? 'Durations as measured at each size.'
          : "Durations from the CPU-share model (1,769 MB = 1 vCPU; the CPU share of the duration scales with memory, I/O doesn't); memory and duration are the workload's, so every system reading them follows.",
      apply: (s) => ({ ...s, workload: { ...s.workload, ...fields } }),
    });
  }
  return out;
}

function* computed(priced: PricedOk, systemId: string): Steps<Rightsizing | null> {
  const r = yield* rightsizeSteps(priced.book, priced.resolved, { systemId });
  return r.ok ? r.rightsizing : null;
}

export type { ChecklistAction };
