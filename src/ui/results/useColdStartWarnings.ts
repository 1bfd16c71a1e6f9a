import { useEffect, useState } from 'react';
import type { SystemWarning } from '../../report/coldstart/systemWarning';
import type { PricedScenario } from '../../report/priceScenario';

type Priced = Extract<PricedScenario, { ok: true }>;
type ColdStartModule = typeof import('../../report/coldstart');

let loaded: ColdStartModule | null = null;
let loading: Promise<ColdStartModule> | null = null;

/** The cold-start code, loaded once when a scenario first sets a latency target (and prefetched after the first figure). */
export function loadColdStarts(): Promise<ColdStartModule> {
  loading ??= import('../../report/coldstart').then((m) => (loaded = m));
  return loading;
}

/** What the results show for the latency target: its warnings, or why there are none yet. */
export type ColdStartWarnings =
  { readonly state: 'ready'; readonly warnings: readonly SystemWarning[] } | { readonly state: 'loading' | 'failed' };

const NONE: ColdStartWarnings = { state: 'ready', warnings: [] };

/**
 * The latency-target warnings of a priced scenario. Without a target there are none and nothing loads
 * (the default page): the cold-start code stays off the first figure's path. With one, the warnings
 * wait for that code, and until it is here the results say they are checking rather than show none.
 */
export function useColdStartWarnings(priced: Priced | null): ColdStartWarnings {
  const needed = priced?.scenario.coldStart?.targetP99Ms !== undefined;
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(loaded !== null);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    loadColdStarts().then(
      () => live && setLoaded(true),
      () => {
        // Offline before the prefetch: a later render (another edit) tries again.
        loading = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [needed]);
  if (!needed || priced === null) return NONE;
  if (loaded) return { state: 'ready', warnings: loaded.pricedColdStartWarnings(priced) };
  return { state: failed ? 'failed' : 'loading' };
}
