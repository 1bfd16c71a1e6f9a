import { type Analysis, type ChartPoint, cannotRun, curvePoints, formatUsd } from '../../engine';
import { breakevenSentence } from '../../report/breakevenSentence';
import { cheapestAmong, cheapestSentence } from '../../report/cheapestSentence';
import { type SeriesSlot, seriesSlots } from './palette';
import { decadeRange } from './scales';
import type { ChartView, CostScale } from '../../scenario';

/** One system's curve, ready to draw, with its place in the shared palette (keyed by its id). */
export type ChartSeries = {
  readonly id: string;
  readonly name: string;
  readonly slot: SeriesSlot;
  readonly points: readonly ChartPoint[];
  readonly usdAtTraffic: number;
  readonly usdText: string;
};
/** A breakeven to mark: where, at what cost, and its sentence (for the tooltip). */
export type ChartMark = { readonly requestsPerMonth: number; readonly usd: number; readonly sentence: string };

/** Everything the breakeven chart draws, as plain numbers and strings. */
export type BreakevenChartData = {
  readonly title: string;
  readonly caption: string;
  readonly fromR: number;
  readonly toR: number;
  readonly requestsPerMonth: number;
  readonly series: readonly ChartSeries[];
  readonly breakevens: readonly ChartMark[];
  /** Which of the drawn systems is cheapest at every traffic, in one sentence ('' without systems). */
  readonly cheapest: string;
  /** The cost axis' scale (the scenario's `chart.costScale`; log without one). */
  readonly costScale: CostScale;
};

/** Sample points per curve between its exact breakpoints: the app's chart draws the same. */
export const CURVE_SAMPLES = 24;

/** Traffic below one request a month, or above the engine's 10^12 limit, is never drawn. */
const MIN_R = 1;
const MAX_R = 1e12;

/**
 * The chart's data for an analysis: each selected system's exact curve points (every breakpoint and
 * fleet step, see `curvePoints`) over the traffic window of `view` (the scenario's `chart`, as the
 * app draws it: pass `chartViewOf(scenario)`), or without one over whole decades around the current
 * traffic and every breakeven between the selected systems. `systemIds` absent or empty selects
 * every system.
 */
export function chartData(
  analysis: Analysis,
  opts: { systemIds?: readonly string[]; title?: string; caption?: string; view?: ChartView } = {},
): BreakevenChartData {
  const wanted = opts.systemIds && opts.systemIds.length > 0 ? new Set(opts.systemIds) : null;
  // A system the platform cannot run has no curve to compare: drawn, it would read as an option.
  const estimates = analysis.estimates.filter((e) => (!wanted || wanted.has(e.id)) && !cannotRun(e.limits));
  const ids = new Set(estimates.map((e) => e.id));
  // Slots over every system, not only the drawn ones: a system has the same colour in any subset.
  const slots = seriesSlots(analysis.estimates.map((e) => e.id));
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  const bes = analysis.breakevens.filter((b) => ids.has(b.between[0]) && ids.has(b.between[1]));
  const r = analysis.requestsPerMonth.toNumber();
  const xs = [r, ...bes.map((b) => b.requestsPerMonth.toNumber())].filter((x) => x >= MIN_R);
  const [fromR, toR] = opts.view
    ? [10 ** opts.view.fromExp, 10 ** opts.view.toExp]
    : decadeRange(Math.min(...xs, 1e4) / 10, Math.max(...xs, 1e4) * 10, 4, MIN_R, MAX_R);
  // The drawn systems' own envelope: a system left out of the chart is not named as the cheapest.
  const shown = cheapestAmong(analysis, wanted);
  return {
    cheapest: cheapestSentence(shown, names),
    title: opts.title ?? 'Monthly cost by traffic',
    caption: opts.caption ?? '',
    costScale: opts.view?.costScale ?? 'log',
    fromR,
    toR,
    requestsPerMonth: r,
    series: estimates.map((e) => ({
      id: e.id,
      name: e.name,
      slot: slots.get(e.id)!,
      points: curvePoints(analysis.curves.get(e.id)!, fromR, toR, CURVE_SAMPLES),
      usdAtTraffic: e.monthlyUsd.toNumber(),
      usdText: formatUsd(e.monthlyUsd),
    })),
    breakevens: bes
      .map((b) => ({
        requestsPerMonth: b.requestsPerMonth.toNumber(),
        usd: b.usdA.toNumber(),
        sentence: breakevenSentence(b, names),
      }))
      .filter((m) => m.requestsPerMonth >= fromR && m.requestsPerMonth <= toR),
  };
}
