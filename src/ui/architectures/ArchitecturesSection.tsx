import { ARCHITECTURE_TEMPLATES } from '../../scenario/templates';
import { MAX_SYSTEMS, alternativeCount } from '../../state';
import { useActions, useInputs } from '../AppContext';
import { ArchitectureCard } from './ArchitectureCard';
import { newArchitecture } from './palette';

/**
 * Whole architectures to compare (beside the systems): start from one of the brief's templates,
 * or add one and build it from the palette; each card prices as one bill.
 */
export function ArchitecturesSection() {
  const architectures = useInputs((s) => s.scenario.architectures);
  const total = useInputs((s) => alternativeCount(s.scenario));
  const { startFromTemplate, addArchitecture } = useActions();
  const canAdd = total < MAX_SYSTEMS;
  return (
    <section className="panel" aria-labelledby="architectures-heading">
      <h2 id="architectures-heading">Architectures</h2>
      <div className="templates" aria-labelledby="templates-heading">
        <h3 id="templates-heading">Start from a template</h3>
        <p className="muted">
          A template replaces the systems and architectures being compared, and the workload, with its own (a serverless
          design and its container/VM alternative); the pricing date and region stay yours.
        </p>
        <ul className="template-list">
          {ARCHITECTURE_TEMPLATES.map((t) => (
            <li key={t.id} className="template">
              <button
                type="button"
                onClick={() => startFromTemplate(t.scenario)}
                data-testid="template"
                data-template={t.id}
              >
                {t.title}
              </button>
              <span className="muted">{t.summary}</span>
            </li>
          ))}
        </ul>
      </div>
      {!architectures || architectures.length === 0 ? (
        <p className="muted">No architectures yet: start from a template, or add one and build it from the palette.</p>
      ) : (
        <ul className="system-list">
          {architectures.map((a, i) => (
            <ArchitectureCard key={a.id} architecture={a} index={i} canRemove={total > 1} canAdd={canAdd} />
          ))}
        </ul>
      )}
      <div className="add-system">
        <button type="button" onClick={() => addArchitecture(newArchitecture())} disabled={!canAdd}>
          Add an architecture
        </button>
        {!canAdd && <p className="muted">A scenario compares at most {MAX_SYSTEMS} systems and architectures.</p>}
      </div>
    </section>
  );
}
