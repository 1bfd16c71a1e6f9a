import './zodConfig';
import { h } from '../embed/dom';
import { scenarioChartDom } from '../embed/scenarioChart';
import { cheapestAmong, cheapestSentence } from '../report/cheapestSentence';
import type { PricedScenario } from '../report/priceScenario';
import { pricedIn } from '../report/pricedIn';
import { count } from '../ui/format';
import { cheapestUsdOf, rowFigures } from '../ui/results/rowFigures';
import { openStartLink } from './startLink';

/** The attribute that marks the static paint (React's first commit replaces it; tests wait for that). */
export const LINK_PAINT_ATTRIBUTE = 'data-link-paint';

/**
 * A shared link's figures painted before the app's JavaScript (React and the UI) has loaded: the link
 * is opened (decoded, validated, priced) once, by {@link openStartLink}, which the app then reads, and
 * its results table and breakeven chart are drawn in plain DOM with the app's classes and the app's own
 * cell figures (rowFigures). The app's first commit replaces them. A link that does not open (a bad,
 * tampered or unpriceable one) paints nothing here: the app shows its notice, as it always has.
 * Returns whether it painted.
 */
export function paintLink(root: HTMLElement, hash: string): boolean {
  const opened = openStartLink(hash);
  if (!opened.fromLink || !opened.priced.ok) return false;
  root.replaceChildren(linkFigures(opened.priced));
  return true;
}

type Priced = Extract<PricedScenario, { ok: true }>;

/** The app's header, results table and breakeven chart for a priced scenario, not yet interactive. */
export function linkFigures(priced: Priced): HTMLElement {
  const { analysis, book, scenario } = priced;
  const cheapestUsd = cheapestUsdOf(analysis);
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  const rows = analysis.estimates.map((e, i) => {
    const f = rowFigures(e, cheapestUsd);
    const first = i === 0 ? { elementtiming: 'first-figure' } : {};
    return h(
      'tr',
      { 'data-link-paint-testid': 'result-row', 'data-system': e.id, ...(f.cheapest ? { class: 'cheapest' } : {}) },
      h(
        'th',
        { scope: 'row' },
        e.name,
        f.cheapest && h('span', { class: 'badge badge--best' }, 'cheapest'),
        f.secondary && h('span', { class: 'badge badge--warn' }, '⚠ secondary'),
      ),
      h(
        'td',
        { class: 'num total', 'data-link-paint-testid': i === 0 ? 'first-figure' : 'total', ...first },
        f.unable ? h('span', { class: 'cannot-run' }, f.monthly) : f.monthly,
      ),
      h('td', { class: 'num' }, f.perMillion),
      h('td', {}, f.largest),
      h('td', { class: 'result-actions' }),
    );
  });
  const unpriced = analysis.unpriced.map((u) =>
    h(
      'tr',
      { class: 'unpriced' },
      h('th', { scope: 'row' }, u.name),
      h('td', { colspan: '4' }, `Not priced: ${u.message}`),
    ),
  );
  const heads = ['System', 'Monthly', 'Per 1M requests', 'Largest line', ''];
  const table = h(
    'table',
    { class: 'results-table' },
    h('caption', {}, `At ${count(analysis.requestsPerMonth)} requests/month, ${pricedIn(book)}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...heads.map((t, i) => h('th', { scope: 'col', ...(i === 1 || i === 2 ? { class: 'num' } : {}) }, t)),
      ),
    ),
    h('tbody', {}, ...rows, ...unpriced),
  );
  const chart = h(
    'div',
    { class: 'chart chart--prerendered' },
    ...(['light', 'dark'] as const).map((theme) =>
      h(
        'div',
        { class: `chart__svg chart__svg--${theme}` },
        scenarioChartDom(analysis, scenario, theme, `link-${theme}`),
      ),
    ),
  );
  const cheapest = cheapestSentence(cheapestAmong(analysis, null), names);
  return h(
    'div',
    { class: 'app', [LINK_PAINT_ATTRIBUTE]: '', 'aria-busy': 'true' },
    h(
      'header',
      { class: 'app__header' },
      h('h1', {}, 'Serverless Breakeven'),
      scenario.name !== undefined && h('p', { class: 'muted' }, scenario.name),
      h('p', { class: 'app__region' }, pricedIn(book)),
    ),
    h(
      'main',
      { class: 'layout' },
      h(
        'div',
        { class: 'layout__lead' },
        h(
          'section',
          { class: 'panel results' },
          h('h2', {}, 'Monthly cost'),
          h('div', { class: 'table-scroll' }, table),
        ),
      ),
      h(
        'div',
        { class: 'layout__results' },
        h(
          'section',
          { class: 'panel' },
          h('h2', {}, 'Breakevens'),
          cheapest && h('p', { class: 'cheapest' }, cheapest),
          chart,
        ),
      ),
    ),
  );
}
