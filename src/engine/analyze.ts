import { type Decimal, dec } from './decimal';
import { type Crossing, MAX_REQUESTS_PER_MONTH, crossings, walkBudget } from './breakeven';
import { type CheapestSegment, type PairOrder, cheapestSequence } from './envelope';
import type { CostCurve } from './curve';
import { type Steps, runSteps } from './steps';
import {
  type PricingIssue,
  type SystemEstimate,
  type UnpricedSystem,
  buildModels,
  estimateSystem,
  systemCurve,
} from './estimate';
import { EngineLimitError } from './errors';
import { cannotRun } from './limits';
import type { ResolvedScenario } from './model';
import type { PriceBook } from './pricebook';
import type { SystemModel, SystemModeler } from './context';

/** A crossing between two named systems. */
export type Breakeven = Crossing & { readonly between: readonly [string, string] };

/** Everything derived from one (scenario, price book): bills, exact curves and breakevens. */
export type Analysis = {
  readonly book: PriceBook;
  readonly requestsPerMonth: Decimal;
  readonly models: readonly SystemModel[];
  readonly estimates: readonly SystemEstimate[];
  /** Systems the prices cannot serve, each with why (left out of every figure; scenario order). */
  readonly unpriced: readonly UnpricedSystem[];
  readonly curves: ReadonlyMap<string, CostCurve>;
  /** Every pairwise crossing of systems able to run the workload, sorted by traffic (scenario order at one R). */
  readonly breakevens: readonly Breakeven[];
  /**
   * The cheapest system at every traffic in (0, 10^12]: the lower envelope of the curves, contiguous,
   * over the systems able to run the workload (empty when none is).
   */
  readonly cheapest: readonly CheapestSegment[];
  /** Each pair's whole solved order, for the cheapest sequence of a subset of the systems (a chart of some). */
  readonly pairs: readonly PairOrder[];
  /** Pairs whose costs track each other so closely that not every crossing was listed. */
  readonly truncatedPairs: readonly (readonly [string, string])[];
};

export type AnalysisResult =
  { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly issues: readonly PricingIssue[] };

/**
 * Prices a scenario: each system's bill at the scenario's traffic, its exact cost curve, and every
 * breakeven between every pair of systems in 0 … 10^12 requests/month. `modelOf` maps a system of
 * any kind onto its lines (the kinds' registry, `src/kinds/models.ts`).
 */
export function analyze(book: PriceBook, scenario: ResolvedScenario, modelOf: SystemModeler): AnalysisResult {
  return runSteps(analyzeSteps(book, scenario, modelOf));
}

/**
 * {@link analyze} in steps: it yields after the models, after each curve and after each pair's
 * breakevens, so its longest step is one system's model set or one pair's walk, not the whole analysis.
 */
export function* analyzeSteps(
  book: PriceBook,
  scenario: ResolvedScenario,
  modelOf: SystemModeler,
): Steps<AnalysisResult> {
  const built = buildModels(book, scenario, modelOf);
  if (!built.ok) return built;
  yield;
  const r = dec(scenario.workload.requestsPerMonth);
  const curves = new Map<string, CostCurve>();
  const issues: PricingIssue[] = [];
  for (const [i, m] of built.models.entries()) {
    try {
      curves.set(m.id, systemCurve(m));
    } catch (e) {
      if (!(e instanceof EngineLimitError)) throw e;
      issues.push({ field: `systems[${i}]`, message: e.message });
    }
    yield;
  }
  if (issues.length > 0) return { ok: false, issues };
  // A system the platform cannot run (a duration over its timeout) is no alternative: no breakeven
  // against it, never the cheapest. Its bill is still evaluated, to be shown as such.
  const able = built.models.filter((m) => !cannotRun(m.limits));
  const { breakevens, truncatedPairs, pairs } = yield* allBreakevenSteps(able, curves);
  const ids = able.map((m) => m.id);
  return {
    ok: true,
    analysis: {
      book,
      requestsPerMonth: r,
      models: built.models,
      estimates: built.models.map((m) => estimateSystem(m, r)),
      unpriced: built.unpriced,
      curves,
      breakevens,
      cheapest: cheapestSequence(ids, curves, pairs, MAX_REQUESTS_PER_MONTH),
      pairs,
      truncatedPairs,
    },
  };
}

/**
 * Breakevens between every pair of systems, sorted by traffic, all pairs sharing one walk budget;
 * `pairs` keeps each pair's whole result (ties and unknown stretches too) for {@link cheapestSequence}.
 */
export function allBreakevens(models: readonly SystemModel[], curves: ReadonlyMap<string, CostCurve>): AllBreakevens {
  return runSteps(allBreakevenSteps(models, curves));
}

type AllBreakevens = { breakevens: Breakeven[]; truncatedPairs: [string, string][]; pairs: PairOrder[] };

/** {@link allBreakevens}, yielding after each pair. */
function* allBreakevenSteps(
  models: readonly SystemModel[],
  curves: ReadonlyMap<string, CostCurve>,
): Steps<AllBreakevens> {
  const breakevens: Breakeven[] = [];
  const truncatedPairs: [string, string][] = [];
  const pairs: PairOrder[] = [];
  const budget = walkBudget();
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = models[i]!.id;
      const b = models[j]!.id;
      const res = crossings(curves.get(a)!, curves.get(b)!, undefined, budget);
      if (res.truncated) truncatedPairs.push([a, b]);
      pairs.push({ a, b, result: res });
      for (const c of res.crossings) breakevens.push({ ...c, between: [a, b] });
      yield;
    }
  }
  // Array.prototype.sort is stable: crossings at one R keep the scenario's pair order.
  breakevens.sort((x, y) => x.requestsPerMonth.comparedTo(y.requestsPerMonth));
  return { breakevens, truncatedPairs, pairs };
}
