import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPricing } from '../pricing/bundled';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { RightsizePanel } from '../ui/rightsizing/RightsizePanel';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

// Temporary mount of the right-sizing panel on the `rightsize` branch, so e2e can drive it; the
// lead re-mounts it in the merged app, wired to the store's scenario.
function RightsizeDemo() {
  const [scenario, setScenario] = useState<Scenario>(DEFAULT_SCENARIO);
  return (
    <section aria-labelledby="rightsize-heading">
      <h2 id="rightsize-heading">Right-size memory</h2>
      <RightsizePanel catalog={bundledPricing.catalog} scenario={scenario} onApply={(patch) => setScenario((s) => ({ ...s, workload: { ...s.workload, ...patch } }))} />
      <p>
        Scenario workload: <code data-testid="applied-workload">{JSON.stringify(scenario.workload)}</code>
      </p>
    </section>
  );
}

// Placeholder until the UI lands: the figure is static text, not an engine result.
createRoot(rootElement).render(
  <StrictMode>
    <main>
      <h1>Serverless Breakeven</h1>
      <p data-testid="first-figure">$15.18</p>
      <RightsizeDemo />
    </main>
  </StrictMode>,
);
