import { Suspense, lazy, useState } from 'react';
import type { LinkNotice } from '../share/openLink';
import { DiagramsSection } from './architectures/DiagramsSection';
import { BreakevenSection } from './breakeven/BreakevenSection';
import { IssuesBanner } from './IssuesBanner';
import { PricesSection } from './prices/PricesSection';
import { ResultsSection } from './results/ResultsSection';
import { SectionBoundary as Panel } from './SectionBoundary';
import { SystemsSection } from './systems/SystemsSection';
import { WorkloadSection } from './workload/WorkloadSection';
import { type FlushSlot, LinkFlushContext } from './share/linkFlush';

// Below the first figure: loaded after it, so they never delay the first cost on screen.
const LinkSync = lazy(() => import('./share/LinkSync').then((m) => ({ default: m.LinkSync })));
const ShareSection = lazy(() => import('./share/ShareSection').then((m) => ({ default: m.ShareSection })));
// The architecture editor loads after the first figure too (a template or a link with architectures
// prices before it is on screen: the results never wait for the editor).
const ArchitecturesSection = lazy(() =>
  import('./architectures/ArchitecturesSection').then((m) => ({ default: m.ArchitecturesSection })),
);
const RightsizeSection = lazy(() =>
  import('./rightsizing/RightsizeSection').then((m) => ({ default: m.RightsizeSection })),
);
const ColdStartSection = lazy(() =>
  import('./coldstart/ColdStartSection').then((m) => ({ default: m.ColdStartSection })),
);

/**
 * The calculator page, as a list of panels: inputs on one side, results on the other. A new panel
 * (share links and exports, memory right-sizing) is one more `<Panel>` line in the column it belongs to.
 */
export function App({
  initialNotice = null,
  openedHash = '',
}: {
  readonly initialNotice?: LinkNotice | null;
  readonly openedHash?: string;
}) {
  const [flushSlot] = useState<FlushSlot>(() => ({ current: () => {} }));
  return (
    <LinkFlushContext.Provider value={flushSlot}>
      <div className="app">
        <Suspense fallback={null}>
          <LinkSync initialNotice={initialNotice} openedHash={openedHash} />
        </Suspense>
        <header className="app__header">
          <h1>Serverless Breakeven</h1>
          <p className="muted">
            What a serverless design costs, where it stops being cheaper than servers, and why — every figure with its
            arithmetic and dated source.
          </p>
        </header>
        <main className="layout">
          <div className="layout__inputs">
            <Panel name="workload">
              <WorkloadSection />
            </Panel>
            <Panel name="systems">
              <SystemsSection />
            </Panel>
            <Panel name="architectures">
              <Suspense fallback={null}>
                <ArchitecturesSection />
              </Suspense>
            </Panel>
          </div>
          <div className="layout__results">
            <IssuesBanner />
            <Panel name="results">
              <ResultsSection />
            </Panel>
            <Panel name="diagrams">
              <DiagramsSection />
            </Panel>
            <Panel name="breakeven">
              <BreakevenSection />
            </Panel>
            <Panel name="prices">
              <PricesSection />
            </Panel>
            <Panel name="share">
              <Suspense fallback={null}>
                <ShareSection />
              </Suspense>
            </Panel>
            <Panel name="rightsize">
              <Suspense fallback={null}>
                <RightsizeSection />
              </Suspense>
            </Panel>
            <Panel name="coldstart">
              <Suspense fallback={null}>
                <ColdStartSection />
              </Suspense>
            </Panel>
          </div>
        </main>
      </div>
    </LinkFlushContext.Provider>
  );
}
