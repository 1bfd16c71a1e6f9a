import type { ScenarioSystem } from '../../scenario';
import { useActions, useDerived, useInputs, usePricing } from '../AppContext';
import { withPatch } from '../systems/patch';
import { type RightsizeApplyPatch, RightsizePanel } from './RightsizePanel';

/**
 * Memory right-sizing of the scenario's Lambda workload, on the app's store: one click writes the
 * chosen memory, architecture and duration (and any measured cold starts) into the workload.
 */
export function RightsizeSection() {
  const { shown } = useDerived();
  const { catalog } = usePricing();
  const systems = useInputs((s) => s.scenario.systems);
  const { setWorkload, updateSystem } = useActions();
  if (!shown || !shown.scenario.systems.some((s) => s.kind === 'aws-lambda')) return null;
  const apply = (patch: RightsizeApplyPatch) => {
    setWorkload(patch);
    // A Lambda system's own architecture would override the one just chosen for the workload.
    if (patch.architecture) systems.forEach((s, i) => s.kind === 'aws-lambda' && s.architecture !== undefined && updateSystem(i, withPatch(s, { architecture: undefined }) as ScenarioSystem));
  };
  return (
    <div className="panel">
      <h2>Right-size memory</h2>
      <RightsizePanel catalog={catalog} scenario={shown.scenario} onApply={apply} />
    </div>
  );
}
