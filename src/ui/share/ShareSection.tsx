import { memo } from 'react';
import { useDerived, usePricing } from '../AppContext';
import { SharePanel } from './SharePanel';
import { useFlushLink } from './linkFlush';

const Panel = memo(SharePanel);

/** Share links, embed code and exports of the current comparison (issue #4's panel, on the app's store). */
export function ShareSection() {
  // The panel prices nothing (exports are made from the figures on screen when a button is pressed),
  // so it follows every input: a copied link is always the scenario on screen.
  const derived = useDerived();
  const { shown } = derived;
  const { catalog } = usePricing();
  const flush = useFlushLink();
  if (!shown) return null;
  return (
    <div className="panel">
      <h2>Share and export</h2>
      <Panel priced={shown} catalog={catalog} onBeforeCopy={flush} />
      {derived.stale && (
        <p className="muted">Links and exports use the last valid inputs until the ones marked are fixed.</p>
      )}
    </div>
  );
}
