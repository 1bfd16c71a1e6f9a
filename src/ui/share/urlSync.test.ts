import { describe, expect, it, vi } from 'vitest';
import { createPricer } from '../../report';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { decodeScenario } from '../../share/codec';
import { buildFragment } from '../../share/fragment';
import type { OpenedLink } from '../../share/openLink';
import { throttledWriter } from './throttle';
import { type UrlSyncHost, createUrlSync } from './urlSync';

const catalog = testCatalog();
const price = createPricer(catalog);

/** A fake clock and a fake address bar that records every replaceState. */
function harness(initialHash = '') {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const clock = {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      timers.push({ at: now + ms, fn, id: ++nextId });
      return nextId;
    },
    clearTimeout: (id: unknown) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    advance(ms: number) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
  };
  let hash = initialHash;
  const writes: string[] = [];
  let listener: (() => void) | null = null;
  const host: UrlSyncHost = {
    getHash: () => hash,
    replaceHash: (f) => {
      hash = `#${f}`;
      writes.push(f);
    },
    onHashChange: (l) => {
      listener = l;
      return () => (listener = null);
    },
  };
  const navigate = (h: string) => {
    hash = h;
    listener?.();
  };
  return { clock, host, writes, navigate, hash: () => hash };
}

const edit = (r: number): Scenario => ({
  ...DEFAULT_SCENARIO,
  workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: r },
});

describe('throttledWriter', () => {
  it('writes the first value at once, then at most once per interval, always ending on the last value', () => {
    const h = harness();
    const write = vi.fn();
    const w = throttledWriter(write, 400, h.clock);
    w.push(1);
    for (let i = 2; i <= 20; i++) {
      h.clock.advance(50);
      w.push(i);
    }
    h.clock.advance(1000);
    expect(write.mock.calls.map((c) => c[0])).toEqual([1, 8, 16, 20]);
  });
});

describe('URL sync', () => {
  it('follows a burst of edits with a handful of replaceState calls, pinning the pricing date', () => {
    const h = harness();
    const loads: OpenedLink[] = [];
    const sync = createUrlSync({
      catalog,
      price,
      host: h.host,
      onLoad: (o) => loads.push(o),
      timers: h.clock,
      throttleMs: 400,
    });
    expect(loads).toHaveLength(1);
    expect(loads[0]!.fromLink).toBe(false);
    expect(loads[0]!.notice).toBeNull();
    for (let i = 1; i <= 100; i++) {
      sync.update(edit(i * 1000));
      h.clock.advance(16);
    }
    h.clock.advance(1000);
    expect(h.writes.length).toBeLessThanOrEqual(6);
    const last = decodeScenario(h.hash().replace('#s=', ''));
    expect(last.ok && last.scenario).toEqual({ ...edit(100_000), pricingDate: '2026-03-01' });
  });

  it('reloading from the written address reproduces the scenario (edit → URL → reload)', () => {
    const h = harness();
    const sync = createUrlSync({ catalog, price, host: h.host, onLoad: () => {}, timers: h.clock });
    sync.update(edit(42_000_000));
    sync.flush();
    const loads: OpenedLink[] = [];
    createUrlSync({ catalog, price, host: harness(h.hash()).host, onLoad: (o) => loads.push(o) });
    expect(loads[0]!.fromLink).toBe(true);
    expect(loads[0]!.scenario).toEqual({ ...edit(42_000_000), pricingDate: '2026-03-01' });
  });

  it('opens a link pasted into the address bar, and a bad one gives the defaults with a notice', () => {
    const h = harness();
    const loads: OpenedLink[] = [];
    const causes: string[] = [];
    createUrlSync({
      catalog,
      price,
      host: h.host,
      onLoad: (o, cause) => (loads.push(o), causes.push(cause)),
      timers: h.clock,
    });
    h.navigate(`#${buildFragment(edit(7))}`);
    // The page's own fragment is opened at start; later ones are told apart, so an app that mounts the
    // sync lazily keeps edits made before it loaded and only replaces them for a link opened later.
    expect(causes).toEqual(['start', 'hashchange']);
    expect(loads[1]!.scenario.workload.requestsPerMonth).toBe(7);
    h.navigate('#s=v1.garbage!');
    expect(loads[2]!.scenario).toEqual(DEFAULT_SCENARIO);
    expect(loads[2]!.notice?.problem).toMatch(/not valid base64url/);
    // The bad link does not stay in the address bar: the defaults' link replaces it.
    expect(h.writes).toEqual([buildFragment({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' })]);
  });

  it.each([
    [
      'a tampered link',
      '#s=v2.eyJ3Ijp7InIiOjEwMDAwMDAsImQiOjIwMCwibSI6NTEyfSwicyI6W3siSSI6IngiLCJrIjoiZSIsInQiOiJ0My5zbWFsbCIsIlIiOjFlLTE1fV19',
    ],
    ['garbage', '#s=v2.%%%'],
    ['no scenario', '#foo=bar'],
  ])('a page opened on %s shows the defaults’ link in the address bar at once', (_what, hash) => {
    const h = harness(hash);
    const loads: OpenedLink[] = [];
    createUrlSync({ catalog, price, host: h.host, onLoad: (o) => loads.push(o), timers: h.clock });
    expect(loads[0]!.notice).not.toBeNull();
    expect(h.hash()).toBe(`#${buildFragment({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' })}`);
  });

  it('when the address bar already holds the defaults and a bad link is pasted, the defaults’ link comes back', () => {
    const defaults = `#${buildFragment({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' })}`;
    const h = harness(defaults);
    createUrlSync({ catalog, price, host: h.host, onLoad: () => {}, timers: h.clock });
    h.navigate('#s=v2.tampered');
    expect(h.hash()).toBe(defaults);
  });

  it('edits made after a bad link are written over the defaults’ link as usual', () => {
    const h = harness('#s=v2.tampered');
    const sync = createUrlSync({ catalog, price, host: h.host, onLoad: () => {}, timers: h.clock });
    sync.update(edit(9));
    sync.flush();
    const last = decodeScenario(h.hash().replace('#s=', ''));
    expect(last.ok && last.scenario.workload.requestsPerMonth).toBe(9);
  });

  it('does not open again the fragment the page opened before the sync began, but opens one changed meanwhile', () => {
    const fragment = `#${buildFragment(edit(9))}`;
    const causes: string[] = [];
    createUrlSync({
      catalog,
      price,
      host: harness(fragment).host,
      openedHash: fragment,
      onLoad: (_o, cause) => causes.push(cause),
    });
    expect(causes).toEqual([]);
    const loads: OpenedLink[] = [];
    createUrlSync({
      catalog,
      price,
      host: harness(`#${buildFragment(edit(10))}`).host,
      openedHash: fragment,
      onLoad: (o) => loads.push(o),
    });
    expect(loads.map((o) => o.scenario.workload.requestsPerMonth)).toEqual([10]);
  });

  it('does not open the fragment it wrote itself when a hashchange reports it', () => {
    const h = harness();
    const causes: string[] = [];
    const sync = createUrlSync({
      catalog,
      price,
      host: h.host,
      onLoad: (_o, cause) => causes.push(cause),
      timers: h.clock,
    });
    sync.update(edit(11));
    sync.flush();
    h.navigate(h.hash());
    expect(causes).toEqual(['start']);
  });

  it('does not rewrite an address that already says the same thing', () => {
    const fragment = buildFragment({ ...edit(5), pricingDate: '2026-03-01' });
    const h = harness(`#${fragment}`);
    const sync = createUrlSync({ catalog, price, host: h.host, onLoad: () => {}, timers: h.clock });
    sync.update(edit(5));
    sync.flush();
    expect(h.writes).toEqual([]);
  });
});
