import type { SystemEstimate } from '../../engine';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';

/** Props of the architecture diagram: the architecture as written and its priced estimate (absent while invalid). */
export type ArchitectureDiagramProps = {
  readonly architecture: WrittenArchitecture;
  readonly estimate: SystemEstimate | undefined;
};

/** The architecture's components as a list until the laid-out diagram lands (replaced by the diagram work). */
export function ArchitectureDiagram({ architecture }: ArchitectureDiagramProps) {
  return (
    <ol aria-label={`Components of ${architecture.name ?? architecture.id}`}>
      {architecture.components.map((c) => (
        <li key={c.id}>{c.name ?? c.id}</li>
      ))}
    </ol>
  );
}
