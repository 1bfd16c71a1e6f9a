import { SharePanel } from '../../share/ui/SharePanel';
import { useActions, useDerived, useInputs, usePricing } from '../AppContext';
import { useFlushLink } from './linkFlush';

/** Share links, embed code and exports of the current comparison (issue #4's panel, on the app's store). */
export function ShareSection() {
  const scenario = useInputs((s) => s.scenario);
  const { shown } = useDerived();
  const { catalog } = usePricing();
  const { setScenarioField } = useActions();
  const flush = useFlushLink();
  if (!shown) return null;
  return (
    <div className="panel">
      <h2>Share and export</h2>
      <SharePanel scenario={shown.scenario} priced={shown} catalog={catalog} onSwitchPricingDate={(d) => setScenarioField('pricingDate', d)} onBeforeCopy={flush} />
      {shown.scenario !== scenario && <p className="muted">Links and exports use the last valid inputs.</p>}
    </div>
  );
}
