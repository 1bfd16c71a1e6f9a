import { useDerived } from '../AppContext';
import { ArchitectureDiagram } from './ArchitectureDiagram';

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
      {architectures.map((a) => (
        <section key={a.id} aria-label={a.name ?? a.id}>
          <h3>{a.name ?? a.id}</h3>
          <ArchitectureDiagram architecture={a} estimate={shown.analysis.estimates.find((e) => e.id === a.id)} />
        </section>
      ))}
    </div>
  );
}
