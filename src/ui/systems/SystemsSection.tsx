import { useEffect, useId, useState } from 'react';
import { MAX_SYSTEMS, type SystemKind, alternativeCount } from '../../state';
import { useActions, useInputs } from '../AppContext';
import { FIRST_KIND, KIND_ORDER, createSystem, kindLabel } from './kinds';
import { SystemCard } from './SystemCard';

/** The systems to compare: add (of any kind), and per system rename, configure, duplicate, remove. */
export function SystemsSection() {
  // The editors load after the first figure, but right after it: opening a card later never waits
  // on the network, and the page keeps working if the connection drops once it has loaded.
  useEffect(() => void import('../../kinds/editors'), []);
  const systems = useInputs((s) => s.scenario.systems);
  const { addSystem } = useActions();
  const [kind, setKind] = useState<SystemKind>(FIRST_KIND);
  const kindId = useId();
  const total = useInputs((s) => alternativeCount(s.scenario));
  const canAdd = total < MAX_SYSTEMS;
  return (
    <section className="panel" aria-labelledby="systems-heading">
      <h2 id="systems-heading">Systems</h2>
      <ul className="system-list">
        {systems.map((s, i) => (
          <SystemCard key={s.id} system={s} index={i} canRemove={total > 1} canAdd={canAdd} />
        ))}
      </ul>
      <div className="add-system">
        <div className="field">
          <label htmlFor={kindId}>Kind of system to add</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.currentTarget.value as SystemKind)}>
            {KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => addSystem(createSystem(kind))} disabled={!canAdd}>
          Add system
        </button>
        {!canAdd && <p className="muted">A scenario compares at most {MAX_SYSTEMS} systems and architectures.</p>}
      </div>
    </section>
  );
}
