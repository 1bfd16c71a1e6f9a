import { BreakevenSection } from './breakeven/BreakevenSection';
import { IssuesBanner } from './IssuesBanner';
import { PricesSection } from './prices/PricesSection';
import { ResultsSection } from './results/ResultsSection';
import { SectionBoundary as Panel } from './SectionBoundary';
import { SystemsSection } from './systems/SystemsSection';
import { WorkloadSection } from './workload/WorkloadSection';

/**
 * The calculator page, as a list of panels: inputs on one side, results on the other. A new panel
 * (share links and exports, memory right-sizing) is one more `<Panel>` line in the column it belongs to.
 */
export function App() {
  return (
    <div className="app">
      <header className="app__header">
        <h1>Serverless Breakeven</h1>
        <p className="muted">What a serverless design costs, where it stops being cheaper than servers, and why — every figure with its arithmetic and dated source.</p>
      </header>
      <main className="layout">
        <div className="layout__inputs">
          <Panel name="workload"><WorkloadSection /></Panel>
          <Panel name="systems"><SystemsSection /></Panel>
        </div>
        <div className="layout__results">
          <IssuesBanner />
          <Panel name="results"><ResultsSection /></Panel>
          <Panel name="breakeven"><BreakevenSection /></Panel>
          <Panel name="prices"><PricesSection /></Panel>
        </div>
      </main>
    </div>
  );
}
