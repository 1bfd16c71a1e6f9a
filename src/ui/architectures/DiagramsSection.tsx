import { Suspense, lazy } from 'react';
import { useDerived } from '../AppContext';

// The diagram code loads only for a scenario with architectures: a comparison of systems never fetches it.
const ArchitectureDiagram = lazy(() =>
  import('./ArchitectureDiagram').then((m) => ({ default: m.ArchitectureDiagram })),
);

/**
 * Each architecture of the scenario on screen as a diagram, priced with the figures shown (the last
 * valid inputs while some are invalid). Nothing when the scenario has no architectures.
 */
export function DiagramsSection() {
  const { shown } = useDerived();
  const architectures = shown?.scenario.architectures ?? [];
  if (!shown || architectures.length === 0) return null;
  return (
    <div className="panel" data-testid="diagrams-section">
      <h2>Architecture diagrams</h2>
      <Suspense fallback={null}>
        {architectures.map((a) => (
          <section key={a.id} aria-label={a.name ?? a.id}>
            <h3>{a.name ?? a.id}</h3>
            <ArchitectureDiagram architecture={a} estimate={shown.analysis.estimates.find((e) => e.id === a.id)} />
          </section>
        ))}
      </Suspense>
    </div>
  );
}
