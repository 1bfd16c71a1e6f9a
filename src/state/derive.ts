import { type Analysis, type ChartPoint, type Decimal, cannotRun, curveCostAt, curvePoints, dec } from '../engine';
import type { PricedScenario, ScenarioPricer } from '../report';
import type { InputIssue } from '../scenario';
import type { AppInputs, ChartRange } from './inputs';
import { CURVE_SAMPLES } from '../share/chart/chartData';

/** A scenario that priced: what every figure on screen is drawn from. */
export type Priced = Extract<PricedScenario, { ok: true }>;

/** The derived view of the inputs: what to show, and what is wrong with the current inputs. */
export type Derived = {
  /** The current inputs' result, or else the last inputs that priced (null only if none ever did). */
  readonly shown: Priced | null;
  /** True when `shown` is from earlier inputs because the current ones have issues. */
  readonly stale: boolean;
  /**
   * Problems with the current inputs, each naming its field: the same array while they are the same
   * problems, so a field that shows its issue re-renders only when the issues change, not on every input.
   */
  readonly issues: readonly InputIssue[];
};

const NO_ISSUES: readonly InputIssue[] = [];

/**
 * A memoized selector from inputs to results, one per mounted app. It asks the app's pricer only
 * when the scenario object changes (and the pricer prices a scenario it has seen, such as an opened
 * link's, not again), and remembers the last scenario that priced so that an invalid entry leaves
 * the previous figures on screen (marked stale) instead of blanking them.
 */
export function createDeriveSelector(price: ScenarioPricer): (inputs: Pick<AppInputs, 'scenario'>) => Derived {
  let lastScenario: unknown = undefined;
  let lastGood: Priced | null = null;
  let last: Derived = { shown: null, stale: false, issues: NO_ISSUES };
  return ({ scenario }) => {
    if (scenario === lastScenario) return last;
    lastScenario = scenario;
    const priced = safePrice(price, scenario);
    if (priced.ok) lastGood = priced;
    const issues = priced.ok ? NO_ISSUES : sameIssues(priced.issues, last.issues) ? last.issues : priced.issues;
    last = priced.ok ? { shown: priced, stale: false, issues } : { shown: lastGood, stale: lastGood !== null, issues };
    return last;
  };
}

function sameIssues(a: readonly InputIssue[], b: readonly InputIssue[]): boolean {
  return a.length === b.length && a.every((x, i) => x.field === b[i]?.field && x.message === b[i]?.message);
}

/** priceScenario never throws by contract; a bug that breaks it still must not blank the page. */
function safePrice(price: ScenarioPricer, scenario: unknown): PricedScenario {
  try {
    return price(scenario);
  } catch (e) {
    return {
      ok: false,
      issues: [{ field: '(scenario)', message: `could not be priced: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

/** One system's cost curve as chart points. */
export type Series = { readonly id: string; readonly name: string; readonly points: readonly ChartPoint[] };

/** Traffic window of the chart in requests/month. */
export function rangeRequests(range: ChartRange): { readonly fromR: number; readonly toR: number } {
  return { fromR: 10 ** range.fromExp, toR: 10 ** range.toExp };
}

/**
 * A memoized selector for the chart's series: exact points from each system's curve (breakpoints,
 * fleet steps and a few log samples), recomputed only when the analysis or the window changes.
 */
export function createSeriesSelector(): (analysis: Analysis, range: ChartRange) => readonly Series[] {
  let key: [Analysis, number, number] | null = null;
  let value: readonly Series[] = [];
  return (analysis, range) => {
    if (key && key[0] === analysis && key[1] === range.fromExp && key[2] === range.toExp) return value;
    const { fromR, toR } = rangeRequests(range);
    // A system the platform cannot run is not drawn: a curve would read as an option.
    value = runnable(analysis).map((e) => ({
      id: e.id,
      name: e.name,
      points: curvePoints(analysis.curves.get(e.id)!, fromR, toR, CURVE_SAMPLES),
    }));
    key = [analysis, range.fromExp, range.toExp];
    return value;
  };
}

/** Every system's exact monthly cost at one traffic level (for the chart's hover read-out). */
export function costsAt(analysis: Analysis, requestsPerMonth: number): { id: string; name: string; usd: Decimal }[] {
  const r = dec(Math.round(requestsPerMonth));
  return runnable(analysis).map((e) => ({ id: e.id, name: e.name, usd: curveCostAt(analysis.curves.get(e.id)!, r) }));
}

function runnable(analysis: Analysis) {
  return analysis.estimates.filter((e) => !cannotRun(e.limits));
}
