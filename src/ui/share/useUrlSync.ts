import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PricingCatalog } from '../../pricing';
import type { ScenarioPricer } from '../../report';
import type { Scenario } from '../../scenario';
import type { OpenedLink } from '../../share/openLink';
import { type LoadCause, type UrlSync, type UrlSyncHost, browserUrlHost, createUrlSync } from './urlSync';

/**
 * React binding of {@link createUrlSync}: opens the page's link on mount unless the page opened it
 * already (`openedHash`), and again when the fragment changes from outside, calling `onLoad` with
 * the scenario to put in the store and any notice to show; afterwards every change of `scenario` is
 * written to the address bar, throttled. Returns `flush`, to call before reading `location.href`
 * (e.g. in "Copy link").
 */
export function useUrlSync(
  scenario: Scenario,
  onLoad: (opened: OpenedLink, cause: LoadCause) => void,
  opts: {
    catalog: PricingCatalog;
    price: ScenarioPricer;
    /** The fragment the page opened before this hook mounted (it is not opened again). */
    openedHash?: string;
    throttleMs?: number;
    host?: UrlSyncHost;
    /** The scenario the page opened with, when the hook mounts later than the page (lazily): edits made before it count. */
    startScenario?: Scenario;
  },
): () => void {
  const sync = useRef<UrlSync | null>(null);
  const onLoadRef = useRef(onLoad);
  // Not during render (React may render without committing); layout effects run before the effect below.
  useLayoutEffect(() => {
    onLoadRef.current = onLoad;
  });
  const { catalog, price, openedHash, throttleMs, host } = opts;
  useEffect(() => {
    const s = createUrlSync({
      catalog,
      price,
      host: host ?? browserUrlHost(),
      onLoad: (opened, cause) => onLoadRef.current(opened, cause),
      ...(openedHash !== undefined ? { openedHash } : {}),
      ...(throttleMs !== undefined ? { throttleMs } : {}),
    });
    sync.current = s;
    return () => {
      s.dispose();
      sync.current = null;
    };
  }, [catalog, price, openedHash, throttleMs, host]);
  // The scenario the page started with is not an edit: writing it would replace the incoming link
  // before onLoad's scenario arrives (React's StrictMode re-runs effects, so a "first run" flag is
  // not enough). Every scenario after the first different one is written, even the initial one again.
  const initial = useRef(opts.startScenario ?? scenario);
  const edited = useRef(false);
  useEffect(() => {
    if (!edited.current && scenario === initial.current) return;
    // Mounted after edits were made (the hook loads lazily): write them as soon as the sync exists.
    edited.current = true;
    sync.current?.update(scenario);
  }, [scenario]);
  return () => sync.current?.flush();
}
