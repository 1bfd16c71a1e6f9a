import { SharePanel } from './SharePanel';

const Panel = memo(SharePanel);
import { memo, useCallback, useDeferredValue } from 'react';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettled } from '../useSettled';
import { useActions, useDerived, usePricing } from '../AppContext';
import { useFlushLink } from './linkFlush';

/** Share links, embed code and exports of the current comparison (issue #4's panel, on the app's store). */
export function ShareSection() {
  // Both panels re-price the scenario (the sweep, the latest prices): they follow settled inputs so a
  // slider drag repaints only the table, and render as a deferred (interruptible) update.
  const derived = useDerived();
  const shown = useDeferredValue(useSettled(derived.shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS));
  const { catalog } = usePricing();
  const { setScenarioField } = useActions();
  const flush = useFlushLink();
  const switchDate = useCallback((d: string) => setScenarioField('pricingDate', d), [setScenarioField]);
  if (!shown) return null;
  return (
    <div className="panel">
      <h2>Share and export</h2>
      <Panel scenario={shown.scenario} priced={shown} catalog={catalog} onSwitchPricingDate={switchDate} onBeforeCopy={flush} />
      {derived.stale && <p className="muted">Links and exports use the last valid inputs until the ones marked are fixed.</p>}
    </div>
  );
}
