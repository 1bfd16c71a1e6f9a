import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import type { ScenarioSystem } from '../../scenario';
import { memo, useCallback, useDeferredValue } from 'react';
import { SETTLE_MAX_WAIT_MS, SETTLE_QUIET_MS, useSettled } from '../useSettled';
import { useActions, useDerived, useInputs } from '../AppContext';
import { withPatch } from '../systems/patch';
import { type RightsizeApplyPatch, RightsizePanel } from './RightsizePanel';

// Re-renders only when its (settled) scenario or callback changes: its two charts are costly to redraw.
const Panel = memo(RightsizePanel);

/**
 * Memory right-sizing of the scenario's Lambda workload, on the app's store: one click writes the
 * chosen memory, architecture and duration (and any measured cold starts) into the workload.
 */
export function RightsizeSection() {
  // Both panels re-price the scenario (the sweep, the latest prices): they follow settled inputs so a
  // slider drag repaints only the table, and render as a deferred (interruptible) update.
  const shown = useDeferredValue(useSettled(useDerived().shown, SETTLE_QUIET_MS, SETTLE_MAX_WAIT_MS));
  const systems = useInputs((s) => s.scenario.systems);
  const { setWorkload, updateSystem } = useActions();
  const apply = useCallback(
    (patch: RightsizeApplyPatch) => {
      setWorkload(patch);
      // A Lambda system's own architecture would override the one just chosen for the workload.
      if (patch.architecture)
        systems.forEach(
          (s, i) =>
            s.kind === AWS_LAMBDA &&
            s.architecture !== undefined &&
            updateSystem(i, withPatch(s, { architecture: undefined }) as ScenarioSystem),
        );
    },
    [systems, setWorkload, updateSystem],
  );
  if (!shown || !shown.scenario.systems.some((s) => s.kind === AWS_LAMBDA)) return null;
  return (
    <div className="panel">
      <h2>Right-size memory</h2>
      <Panel priced={shown} onApply={apply} />
    </div>
  );
}
