import type { PricingCatalog } from '../../pricing';
import { latestDate } from '../../pricing';
import type { ScenarioPricer } from '../../report';
import type { Scenario } from '../../scenario';
import { buildFragment, pinPricingDate } from '../../share/fragment';
import { type OpenedLink, openLink } from '../../share/openLink';
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
 * outside, the link is opened (decoded, validated, priced with `price`; a bad link gives the defaults
 * and a notice, and the defaults' link replaces the bad one) and handed to `onLoad`. A fragment is never opened twice: not the one the page
 * already opened (`openedHash`), nor one this sync wrote itself. Edits are written back with
 * replaceState at most once per `throttleMs`, so typing never floods the history and Back leaves
 * the app as expected.
 */
export function createUrlSync(opts: {
  catalog: PricingCatalog;
  /** The app's pricer: a link opened here is priced once, and the store's selectors reuse that result. */
  price: ScenarioPricer;
  host: UrlSyncHost;
  /** `start`: the fragment the page had when the sync began; `hashchange`: one changed later. */
  onLoad: (opened: OpenedLink, cause: LoadCause) => void;
  /** The fragment (with its `#`) the page opened before the sync began: not opened again at start. */
  openedHash?: string;
  throttleMs?: number;
  timers?: Timers;
}): UrlSync {
  const latest = latestDate(opts.catalog);
  const fragmentNow = () => opts.host.getHash().replace(/^#/, '');
  let written = fragmentNow();
  // The writer takes scenarios and encodes only the ones it writes: encoding (JSON, deflate) on every
  // edit would put it on each keystroke's critical path, for fragments the throttle then drops.
  const writer = throttledWriter<Scenario>(
    (scenario) => {
      const fragment = buildFragment(pinPricingDate(scenario, latest));
      if (fragment === written) return;
      written = fragment;
      opts.host.replaceHash(fragment);
    },
    opts.throttleMs ?? 400,
    ...(opts.timers ? [opts.timers] : []),
  );
  const load = (cause: LoadCause) => {
    writer.cancel();
    written = fragmentNow();
    const opened = openLink(opts.price, opts.host.getHash());
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
  // What the address bar already says (this sync wrote it, or opened it) is on screen: opening it again would re-price it.
  const unsubscribe = opts.host.onHashChange(() => fragmentNow() !== written && load('hashchange'));
  if (opts.openedHash === undefined || opts.host.getHash() !== opts.openedHash) load('start');
  return {
    update: (scenario) => writer.push(scenario),
    flush: () => writer.flush(),
    dispose: () => {
      writer.flush();
      unsubscribe();
    },
  };
}
