import { renderStaticMarkup } from './staticMarkup';
import type { PricingCatalog } from '../pricing';
import { createPricer } from '../report';
import { chartViewOf } from '../scenario';
import { type ChartTheme, breakevenChart, chartData, svgToString } from '../share/chart';
import { createAppStore, createDeriveSelector } from '../state';
import { App } from '../ui/App';
import { AppProvider } from '../ui/AppContext';

/** What the app paints where the chart goes until recharts has loaded; the prerendered page draws the chart there. */
const CHART_PLACEHOLDER = '<div class="chart chart--loading">Loading the chart…</div>';
const APP_OPEN = '<div class="app">';

/**
 * The calculator's first screen for the default scenario, as the app's own components render it
 * (main.tsx renders the same tree, so the client's first render meets identical markup), with the
 * breakeven chart drawn as SVG by the export renderer where the app has its placeholder: one SVG per
 * colour scheme, the stylesheet shows the reader's. The app's root carries `data-prerendered`, which
 * the link guard's rule hides on a shared link, and its test ids are renamed `data-prerendered-testid`
 * (the figures are the app's; the elements are not live until the app replaces them). Throws if the app's markup lost an anchor it needs.
 */
export function prerenderApp(catalog: PricingCatalog): string {
  const price = createPricer(catalog);
  const html = renderStaticMarkup(
    <AppProvider catalog={catalog} price={price}>
      <App />
    </AppProvider>,
  );
  const inputs = createAppStore().getState();
  const shown = createDeriveSelector(price)(inputs).shown;
  if (!shown) throw new Error('prerender: the default scenario did not price');
  const data = chartData(shown.analysis, { view: chartViewOf(inputs.scenario) });
  const svg = (theme: ChartTheme) =>
    `<div class="chart__svg chart__svg--${theme}">${svgToString(breakevenChart(data, { theme, idPrefix: `prerendered-${theme}` }))}</div>`;
  const chart = `<div class="chart chart--prerendered" data-testid="chart">${svg('light')}${svg('dark')}</div>`;
  const page = replaceOnce(
    replaceOnce(html, CHART_PLACEHOLDER, chart),
    APP_OPEN,
    '<div class="app" data-prerendered="">',
  );
  // The static copy's test ids are its own: a test waiting for the app's elements never acts on the copy.
  return page.replaceAll(' data-testid="', ' data-prerendered-testid="');
}

function replaceOnce(html: string, anchor: string, by: string): string {
  const at = html.indexOf(anchor);
  if (at < 0 || html.indexOf(anchor, at + 1) >= 0)
    throw new Error(`prerender: expected exactly one ${anchor} in the app's markup`);
  return html.slice(0, at) + by + html.slice(at + anchor.length);
}
