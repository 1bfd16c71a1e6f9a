import { describe, expect, it } from 'vitest';
import { createPricer } from '../report';
import { DEFAULT_SCENARIO } from '../scenario';
import { buildFragment } from '../share';
import { testCatalog } from '../testing/catalog';
import { createEmbedStore } from './store';

const price = createPricer(testCatalog());
const other = {
  ...DEFAULT_SCENARIO,
  name: 'Other',
  systems: [DEFAULT_SCENARIO.systems[0]!, DEFAULT_SCENARIO.systems[2]!],
};

describe('embed store', () => {
  it('gives each embed its own state: opening a link in one leaves the other alone', () => {
    const a = createEmbedStore(price, `#${buildFragment(other)}&view=chart&theme=dark`);
    const b = createEmbedStore(price, '');
    expect(a.getState().scenario.name).toBe('Other');
    expect(a.getState().options).toEqual({ view: 'chart', theme: 'dark' });
    expect(b.getState().scenario).toEqual(DEFAULT_SCENARIO);
    b.getState().open(`#${buildFragment(DEFAULT_SCENARIO)}&view=table&systems=lambda,t3-small&height=240`);
    expect(b.getState().options).toEqual({
      view: 'table',
      theme: 'auto',
      height: 240,
      systems: ['lambda', 't3-small'],
    });
    expect(a.getState().options.view).toBe('chart');
    expect(a.getState().scenario.name).toBe('Other');
  });

  it('reports a bad link and bad options, keeping the defaults for both', () => {
    const s = createEmbedStore(price, '#s=v1.AAAA&view=poster&height=-5&systems=nope').getState();
    expect(s.scenario).toEqual(DEFAULT_SCENARIO);
    expect(s.scenarioToken).toBeNull();
    expect(s.notice?.problem).toMatch(/truncated or damaged|does not hold a scenario/);
    expect(s.optionIssues.map((i) => i.field)).toEqual(['view', 'height', 'systems']);
    expect(s.options).toEqual({ view: 'both', theme: 'auto' });
  });

  it('links back to the full app with the scenario token it opened', () => {
    const fragment = buildFragment(other);
    expect(`s=${createEmbedStore(price, `#${fragment}&view=chart`).getState().scenarioToken}`).toBe(fragment);
  });
});
