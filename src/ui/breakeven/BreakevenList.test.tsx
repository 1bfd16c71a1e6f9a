import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { breakevenSentence, priceScenario } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { AppProvider } from '../AppContext';
import { BreakevenList } from './BreakevenList';

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
    expect(items[0]).toBe(
      '<strong>Lambda</strong> costs more than <strong>t3.small</strong> above <span class="num">10,432,481</span> requests/month',
    );
  });
});
