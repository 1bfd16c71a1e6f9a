import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { memo, useCallback, useDeferredValue } from 'react';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettledResults } from '../useSettled';
import { useActions, useDerived, useInputs } from '../AppContext';
import { applyToSystem } from './apply';
import { type RightsizeApplyPatch, RightsizePanel } from './RightsizePanel';

// Re-renders only when its (settled) scenario or callback changes: its two charts are costly to redraw.
const Panel = memo(RightsizePanel);

/**
 * Memory right-sizing of one of the scenario's Lambda systems, on the app's store: one click writes
 * the chosen memory, architecture and duration (and any measured cold starts) into that system's
 * own workload fields; the workload the other systems share is left as it is.
 */
export function RightsizeSection() {
  // Both panels re-price the scenario (the sweep, the latest prices): they follow settled inputs so a
  // slider drag repaints only the table, and render as a deferred (interruptible) update.
  const shown = useDeferredValue(useSettledResults(useDerived().shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS));
  const systems = useInputs((s) => s.scenario.systems);
  const { updateSystem } = useActions();
  const apply = useCallback(
    (systemId: string, patch: RightsizeApplyPatch) => {
      const next = applyToSystem(systems, systemId, patch);
      const i = systems.findIndex((s) => s.id === systemId);
      const changed = next?.[i];
      if (changed) updateSystem(i, changed);
    },
    [systems, updateSystem],
  );
  if (!shown || !shown.scenario.systems.some((s) => s.kind === AWS_LAMBDA)) return null;
  return (
    <div className="panel">
      <h2>Right-size memory</h2>
      <Panel priced={shown} onApply={apply} />
    </div>
  );
}
