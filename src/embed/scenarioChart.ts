import type { Analysis } from '../engine';
import type { Scenario } from '../scenario';
import { type ChartTheme, breakevenChart, chartData } from '../share';
import { chartViewOf } from '../scenario';
import { svgTreeToDom } from './dom';

/**
 * The app's breakeven chart of a priced scenario as SVG DOM, drawn by the export renderer at the app's
 * size with the scenario's chart view (range and cost scale), as the prerendered page draws it.
 */
export function scenarioChartDom(
  analysis: Analysis,
  scenario: Scenario,
  theme: ChartTheme,
  idPrefix: string,
): SVGElement | null {
  return svgTreeToDom(breakevenChart(chartData(analysis, { view: chartViewOf(scenario) }), { theme, idPrefix }));
}
