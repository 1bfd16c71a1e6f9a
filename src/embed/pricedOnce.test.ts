import { describe, expect, it } from 'vitest';
import { createPricer, priceScenario } from '../report';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { buildFragment } from '../share';
import { testCatalog } from '../testing/catalog';
import { embedFrame } from './frame';
import { createEmbedStore } from './store';

const catalog = testCatalog();
const twoSystems: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Two systems',
  systems: [DEFAULT_SCENARIO.systems[0]!, DEFAULT_SCENARIO.systems[2]!],
};

/** An embed's pricer over a pipeline that counts how often it really runs (what mountEmbed builds). */
function countingPricer() {
  let calls = 0;
  const price = createPricer(catalog, (c, raw) => {
    calls++;
    return priceScenario(c, raw);
  });
  return { price, calls: () => calls };
}

describe('an embed prices each link once', () => {
  it('opening the link and drawing it, in either colour scheme, is one pricing', () => {
    const { price, calls } = countingPricer();
    const store = createEmbedStore(price, `#${buildFragment(twoSystems)}&view=chart`);
    const light = embedFrame(store.getState(), price, false);
    const dark = embedFrame(store.getState(), price, true);
    expect(light.priced.ok && light.priced.analysis.estimates.map((e) => e.id)).toEqual(['lambda', 't3-small']);
    expect([light.theme, dark.theme]).toEqual(['light', 'dark']);
    expect(dark.priced).toBe(light.priced);
    expect(calls()).toBe(1);
  });

  it('a fragment whose options change but not its scenario is not priced again; a new scenario is, once', () => {
    const { price, calls } = countingPricer();
    const store = createEmbedStore(price, `#${buildFragment(twoSystems)}`);
    embedFrame(store.getState(), price, false);
    store.getState().open(`#${buildFragment(twoSystems)}&theme=dark&view=table`);
    expect(store.getState().options).toMatchObject({ theme: 'dark', view: 'table' });
    expect(embedFrame(store.getState(), price, false).theme).toBe('dark');
    expect(calls()).toBe(1);
    store.getState().open(`#${buildFragment(DEFAULT_SCENARIO)}`);
    embedFrame(store.getState(), price, false);
    expect(calls()).toBe(2);
  });

  it('the defaults of a bad link are priced once too', () => {
    const { price, calls } = countingPricer();
    const store = createEmbedStore(price, '#s=v2.garbage!');
    expect(store.getState().notice).not.toBeNull();
    expect(embedFrame(store.getState(), price, false).priced.ok).toBe(true);
    expect(calls()).toBe(1);
  });
});
