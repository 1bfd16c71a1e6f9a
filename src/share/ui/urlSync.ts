import type { PricingCatalog } from '../../pricing';
import { latestDate } from '../../pricing';
import type { Scenario } from '../../scenario';
import { buildFragment, pinPricingDate } from '../fragment';
import { type OpenedLink, openLink } from '../openLink';
import { type Timers, throttledWriter } from './throttle';

/** The browser pieces URL sync touches, injectable for tests. */
export type UrlSyncHost = {
  readonly getHash: () => string;
  /** Replaces the current history entry's URL fragment (never adds an entry). */
  readonly replaceHash: (fragment: string) => void;
  /** Subscribes to fragment changes made outside the app (a pasted link, back/forward); returns unsubscribe. */
  readonly onHashChange: (listener: () => void) => () => void;
};

/** The real browser: history.replaceState (keeping history.state) and the hashchange event. */
export function browserUrlHost(win: Window = window): UrlSyncHost {
  return {
    getHash: () => win.location.hash,
    replaceHash: (fragment) => win.history.replaceState(win.history.state, '', `#${fragment}`),
    onHashChange: (listener) => {
      win.addEventListener('hashchange', listener);
      return () => win.removeEventListener('hashchange', listener);
    },
  };
}

/** Why a link was opened: the page's own fragment at start, or a fragment changed afterwards. */
export type LoadCause = 'start' | 'hashchange';

export type UrlSync = {
  /** Call on every edit: the address bar follows, throttled, with the pricing date pinned. */
  update(scenario: Scenario): void;
  /** Writes any pending edit now (e.g. before copying the link). */
  flush(): void;
  dispose(): void;
};

/**
 * Keeps the address bar and the scenario in step. At start, and whenever the fragment changes from
 * outside, the link is opened (decoded, validated, priced; a bad link gives the defaults and a
 * notice, and the defaults' link replaces the bad one) and handed to `onLoad`. Edits are written back with replaceState at most once per
 * `throttleMs`, so typing never floods the history and Back leaves the app as expected.
 */
export function createUrlSync(opts: {
  catalog: PricingCatalog;
  host: UrlSyncHost;
  /** `start`: the fragment the page had when the sync began; `hashchange`: one changed later. */
  onLoad: (opened: OpenedLink, cause: LoadCause) => void;
  throttleMs?: number;
  timers?: Timers;
}): UrlSync {
  const latest = latestDate(opts.catalog);
  let written = opts.host.getHash().replace(/^#/, '');
  const writer = throttledWriter<string>(
    (fragment) => {
      if (fragment === written) return;
      written = fragment;
      opts.host.replaceHash(fragment);
    },
    opts.throttleMs ?? 400,
    ...(opts.timers ? [opts.timers] : []),
  );
  const load = (cause: LoadCause) => {
    writer.cancel();
    written = opts.host.getHash().replace(/^#/, '');
    const opened = openLink(opts.catalog, opts.host.getHash());
    opts.onLoad(opened, cause);
    // A bad link loads the defaults: the address bar then shows their link, not the broken one
    // (after onLoad, which tells a changed fragment from the one the page opened with).
    if (opened.notice) {
      const fragment = buildFragment(pinPricingDate(opened.scenario, latest));
      if (fragment !== written) {
        written = fragment;
        opts.host.replaceHash(fragment);
      }
    }
  };
  const unsubscribe = opts.host.onHashChange(() => load('hashchange'));
  load('start');
  return {
    update: (scenario) => writer.push(buildFragment(pinPricingDate(scenario, latest))),
    flush: () => writer.flush(),
    dispose: () => {
      writer.flush();
      unsubscribe();
    },
  };
}
