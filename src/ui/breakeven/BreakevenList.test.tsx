import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { breakevenSentence, cheapestSentence, priceScenario } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { PINNED_DEFAULT } from '../../testing/pinnedDefault';
import { testCatalog } from '../../testing/catalog';
import { AppProvider } from '../AppContext';
import { BreakevenList } from './BreakevenList';
import { CheapestSentence } from './CheapestSentence';

const catalog = testCatalog();

describe('the breakeven list', () => {
  it('says in words what the report says, the names and the figure emphasised', () => {
    const html = renderToStaticMarkup(
      <AppProvider catalog={catalog}>
        <BreakevenList />
      </AppProvider>,
    );
    const priced = priceScenario(catalog, DEFAULT_SCENARIO);
    if (!priced.ok) throw new Error('the default scenario must price');
    const names = new Map(priced.analysis.estimates.map((e) => [e.id, e.name]));
    const items = [...html.matchAll(/<li data-testid="breakeven">(.*?) <span class="muted">/g)].map((m) => m[1]!);
    expect(items.map((i) => `${i.replace(/<[^>]+>/g, '')}.`)).toEqual(
      priced.analysis.breakevens.map((b) => breakevenSentence(b, names)),
    );
    // The default servers are sized from the workload: the first crossing is where a fleet steps.
    expect(items).toContain(
      '<strong>Fargate 0.5 vCPU / 1 GB</strong> costs more than <strong>t3.small (min 2) + ALB</strong> above <span class="num">9,198,000</span> requests/month (where a fleet adds an instance)',
    );
    // Sorted by traffic, behind a disclosure that counts them.
    const rs = priced.analysis.breakevens.map((b) => b.requestsPerMonth.toNumber());
    expect([...rs].sort((a, b) => a - b)).toEqual(rs);
    expect(html).toMatch(
      new RegExp(
        `<details (?=[^>]*class="pairs")[^>]*data-testid="pairs"[^>]*><summary>Every pairwise crossing \\(${rs.length}\\)</summary>`,
      ),
    );
  });

  it('puts the cheapest system at every traffic in one sentence above the chart', () => {
    const html = renderToStaticMarkup(
      <AppProvider catalog={catalog} initial={{ scenario: PINNED_DEFAULT }}>
        <CheapestSentence />
      </AppProvider>,
    );
    const text = html.replace(/<[^>]+>/g, '');
    const priced = priceScenario(catalog, PINNED_DEFAULT);
    if (!priced.ok) throw new Error('the default scenario must price');
    const names = new Map(priced.analysis.estimates.map((e) => [e.id, e.name]));
    expect(text).toBe(cheapestSentence(priced.analysis.cheapest, names));
    expect(html).toContain('Below <span class="num">8.1 M</span> requests/month <strong>Lambda</strong> is cheapest');
  });
});
