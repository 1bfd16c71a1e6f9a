import { describe, expect, it } from 'vitest';
import { latestDate } from '../pricing';
import { createPricer, priceScenario } from '../report';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { buildFragment, openLink } from '../share';
import { createAppStore, createDeriveSelector } from '../state';
import { renderStaticMarkup } from '../prerender/staticMarkup';
import { testCatalog } from '../testing/catalog';
import { App } from './App';
import { AppProvider } from './AppContext';
import { type UrlSyncHost, createUrlSync } from './share/urlSync';

const catalog = testCatalog();
const latest = latestDate(catalog);
/** What "Copy link" shares: the scenario pinned to the latest prices, here with its own traffic. */
const shared: Scenario = {
  ...DEFAULT_SCENARIO,
  pricingDate: latest,
  workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 3_000_000 },
};
const sharedHash = `#${buildFragment(shared)}`;

/** The pricing pipeline, counting how often it really runs. */
function countingPipeline() {
  let calls = 0;
  const pipeline = (c: typeof catalog, raw: unknown) => {
    calls++;
    return priceScenario(c, raw);
  };
  return { pipeline, calls: () => calls };
}

/** The app's pricer over a counting pipeline. */
function countingPricer() {
  const { pipeline, calls } = countingPipeline();
  return { price: createPricer(catalog, pipeline), calls };
}

/** An address bar: replaceState writes without an event (as browsers do); `fire` sends a hashchange. */
function addressBar(initial: string) {
  let hash = initial;
  let listener: (() => void) | null = null;
  const host: UrlSyncHost = {
    getHash: () => hash,
    replaceHash: (f) => (hash = `#${f}`),
    onHashChange: (l) => ((listener = l), () => (listener = null)),
  };
  return { host, navigate: (h: string) => ((hash = h), listener?.()), fire: () => listener?.() };
}

describe('the app prices a scenario once per change', () => {
  it('opening a shared link, drawing the whole page and starting the URL sync price it exactly once', () => {
    const { price, calls } = countingPricer();
    // main.tsx: the link is opened before the first render, with the app's pricer.
    const opened = openLink(price, sharedHash);
    const html = renderStaticMarkup(
      <AppProvider catalog={catalog} price={price} initial={{ scenario: opened.scenario }}>
        <App initialNotice={opened.notice} openedHash={sharedHash} />
      </AppProvider>,
    );
    // LinkSync, once loaded: the page's own fragment is not opened again.
    const loads: unknown[] = [];
    createUrlSync({
      catalog,
      price,
      host: addressBar(sharedHash).host,
      openedHash: sharedHash,
      onLoad: (o) => loads.push(o),
    }).dispose();
    expect(html).toContain('3,000,000');
    expect(html).toContain('$5.60');
    expect(loads).toEqual([]);
    expect(calls()).toBe(1);
  });

  it('a link pasted later is priced once: the sync opens it and the selectors reuse that result', () => {
    const { price, calls } = countingPricer();
    const store = createAppStore();
    const derive = createDeriveSelector(price);
    derive(store.getState());
    expect(calls()).toBe(1);
    const bar = addressBar('');
    createUrlSync({
      catalog,
      price,
      host: bar.host,
      openedHash: '',
      onLoad: (o) => store.getState().replaceScenario(o.scenario),
    });
    bar.navigate(sharedHash);
    expect(derive(store.getState()).shown?.analysis.requestsPerMonth.toNumber()).toBe(3_000_000);
    expect(calls()).toBe(2);
  });

  it('an edit is priced once, and the fragment the sync writes for it is not opened again', () => {
    const { price, calls } = countingPricer();
    const store = createAppStore();
    const derive = createDeriveSelector(price);
    const bar = addressBar('');
    const loads: unknown[] = [];
    const sync = createUrlSync({ catalog, price, host: bar.host, openedHash: '', onLoad: (o) => loads.push(o) });
    derive(store.getState());
    store.getState().setWorkload({ memoryMb: 1024 });
    derive(store.getState());
    sync.update(store.getState().scenario);
    sync.flush();
    bar.fire();
    expect(loads).toEqual([]);
    expect(calls()).toBe(2);
  });

  it('counts every real pricing: with a pricer each and no opened fragment, the same start prices the link three times', () => {
    // The start as it was before one pricing path: openLink, the selector and URL sync each priced on their own.
    const { pipeline, calls } = countingPipeline();
    const opened = openLink(createPricer(catalog, pipeline), sharedHash);
    createDeriveSelector(createPricer(catalog, pipeline))(createAppStore({ scenario: opened.scenario }).getState());
    createUrlSync({
      catalog,
      price: createPricer(catalog, pipeline),
      host: addressBar(sharedHash).host,
      onLoad: () => {},
    }).dispose();
    expect(calls()).toBe(3);
  });
});
