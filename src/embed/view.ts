import type { Analysis } from '../engine';
import { breakevenSentence } from '../report/breakevenSentence';
import { cheapestAmong, cheapestSentence } from '../report/cheapestSentence';
import { monthlyText } from '../report/limitsText';
import { perMillion } from '../report/perMillion';
import type { PricedScenario } from '../report/priceScenario';
import { pricedIn } from '../report/pricedIn';
import { type ChartTheme, type EmbedOptions, breakevenChart, chartData, noticeText, scenarioTitle } from '../share';
import { chartViewOf } from '../scenario';
import type { diagramFigures } from './diagrams';
import { h, svgTreeToDom } from './dom';
import type { EmbedState } from './store';

type ViewInput = {
  readonly state: EmbedState;
  readonly priced: PricedScenario;
  readonly theme: ChartTheme;
  readonly idPrefix: string;
  /** The chart's width in CSS pixels: the frame's, so its text stays 11–12 px in a narrow frame. */
  readonly chartWidthPx?: number;
  /** The diagram renderer, loaded on demand (mount.ts) and drawn once it is here; absent, diagrams are not drawn yet. */
  readonly diagrams?: typeof diagramFigures;
};

/**
 * The embed's content: a notice for a bad link or bad options, a header linking to the full app,
 * then only the chosen view (breakeven chart, cost table, architecture diagrams, or all) and "prices as of". Built with
 * DOM calls rather than React, which keeps the embed bundle small.
 */
export function embedView({ state, priced, theme, idPrefix, chartWidthPx, diagrams }: ViewInput): HTMLElement {
  const { scenario, options, notice, optionIssues, scenarioToken } = state;
  const appHref = `./index.html${scenarioToken ? `#s=${scenarioToken}` : ''}`;
  const appLink = (text: string) => h('a', { href: appHref, target: '_blank', rel: 'noopener noreferrer' }, text);
  const systemIds = options.systems ? new Set(options.systems) : null;
  return h(
    'main',
    { class: 'sbe-embed' },
    notice &&
      h(
        'div',
        { role: 'alert', class: 'sbe-notice', 'data-testid': 'link-notice' },
        h('p', {}, noticeText(notice)),
        notice.issues.length > 0 &&
          h('ul', {}, ...notice.issues.map((i) => h('li', {}, h('code', {}, i.field), `: ${i.message}`))),
      ),
    optionIssues.length > 0 &&
      h(
        'p',
        { role: 'status', class: 'sbe-notice', 'data-testid': 'option-notice' },
        `Embed options ignored: ${optionIssues.map((i) => `${i.field} ${i.message}`).join('; ')}.`,
      ),
    h(
      'header',
      {},
      h('h1', {}, appLink('Serverless Breakeven')),
      scenario.name !== undefined && h('p', { class: 'sbe-name' }, scenario.name),
      priced.ok && h('p', { class: 'sbe-region', 'data-testid': 'embed-region' }, pricedIn(priced.book)),
    ),
    !priced.ok &&
      h(
        'p',
        { role: 'alert', class: 'sbe-notice' },
        `This scenario cannot be priced: ${priced.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
      ),
    priced.ok && shows(options.view, 'chart') && chartFigure(priced.analysis, state, theme, idPrefix, chartWidthPx),
    priced.ok && shows(options.view, 'table') && costTable(priced.analysis, systemIds),
    priced.ok && shows(options.view, 'diagram') && diagrams?.(scenario, priced.analysis, theme, idPrefix),
    h(
      'footer',
      {},
      priced.ok && `Prices as of ${priced.book.pricingDate} (${priced.book.region}). `,
      appLink('Open in Serverless Breakeven'),
    ),
  );
}

/** `both` shows the chart, the table and any architecture's diagram. */
export const shows = (view: EmbedOptions['view'], what: 'chart' | 'table' | 'diagram') =>
  view === what || view === 'both';

function chartFigure(
  analysis: Analysis,
  state: EmbedState,
  theme: ChartTheme,
  idPrefix: string,
  widthPx: number | undefined,
): HTMLElement {
  const { options, scenario } = state;
  // The scenario's chart view: the range and cost scale the app showed when the embed code was copied.
  const data = chartData(analysis, {
    ...(options.systems ? { systemIds: options.systems } : {}),
    title: scenarioTitle(scenario.name),
    view: chartViewOf(scenario),
  });
  const tree = breakevenChart(data, {
    theme,
    idPrefix,
    ...(widthPx !== undefined ? { width: widthPx } : {}),
    // A narrow frame gets a shorter plot (0.6 × its width, 180–300 px) unless `height=` sets one.
    ...(options.height !== undefined
      ? { plotHeight: options.height }
      : widthPx !== undefined
        ? { plotHeight: Math.round(Math.min(300, Math.max(180, widthPx * 0.6))) }
        : {}),
  });
  return h('figure', { class: 'sbe-chart', 'data-testid': 'embed-chart' }, svgTreeToDom(tree));
}

function costTable(analysis: Analysis, systemIds: ReadonlySet<string> | null): DocumentFragment {
  const shown = analysis.estimates.filter((e) => !systemIds || systemIds.has(e.id));
  const unpriced = analysis.unpriced.filter((u) => !systemIds || systemIds.has(u.id));
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  const breakevens = analysis.breakevens.filter(
    (b) => !systemIds || (systemIds.has(b.between[0]) && systemIds.has(b.between[1])),
  );
  const frag = document.createDocumentFragment();
  frag.append(
    h(
      'table',
      { class: 'sbe-table' },
      h(
        'caption',
        {},
        `Monthly cost at ${analysis.requestsPerMonth.toNumber().toLocaleString('en-US')} requests/month`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'System'),
          h('th', { scope: 'col' }, 'Monthly'),
          h('th', { scope: 'col' }, 'Per 1M requests'),
        ),
      ),
      h(
        'tbody',
        {},
        ...shown.map((e, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, e.name),
            h('td', i === 0 ? { 'data-testid': 'first-figure' } : {}, monthlyText(e)),
            h('td', {}, perMillion(e) ?? '—'),
          ),
        ),
        ...unpriced.map((u) =>
          h(
            'tr',
            { 'data-testid': 'unpriced-row' },
            h('th', { scope: 'row' }, u.name),
            h('td', { colspan: '2' }, `Not priced: ${u.message}`),
          ),
        ),
      ),
    ),
  );
  const cheapest = cheapestSentence(cheapestAmong(analysis, systemIds), names);
  if (cheapest) frag.append(h('p', { class: 'sbe-cheapest', 'data-testid': 'embed-cheapest' }, cheapest));
  if (breakevens.length > 0)
    frag.append(
      h(
        'ul',
        { class: 'sbe-breakevens', 'aria-label': 'Breakevens' },
        ...breakevens.map((b) => h('li', {}, breakevenSentence(b, names))),
      ),
    );
  return frag;
}
