import { useId, useState } from 'react';
import { MAX_SYSTEMS, type SystemKind } from '../../state';
import { useActions, useInputs } from '../AppContext';
import { KIND_ORDER, SYSTEM_KINDS } from './kinds';
import { SystemCard } from './SystemCard';

/** The systems to compare: add (of any kind), and per system rename, configure, duplicate, remove. */
export function SystemsSection() {
  const systems = useInputs((s) => s.scenario.systems);
  const { addSystem } = useActions();
  const [kind, setKind] = useState<SystemKind>('aws-lambda');
  const kindId = useId();
  const canAdd = systems.length < MAX_SYSTEMS;
  return (
    <section className="panel" aria-labelledby="systems-heading">
      <h2 id="systems-heading">Systems</h2>
      <ul className="system-list">
        {systems.map((s, i) => (
          <SystemCard key={s.id} system={s} index={i} canRemove={systems.length > 1} canAdd={canAdd} />
        ))}
      </ul>
      <div className="add-system">
        <div className="field">
          <label htmlFor={kindId}>Kind of system to add</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.currentTarget.value as SystemKind)}>
            {KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {SYSTEM_KINDS[k].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => addSystem(SYSTEM_KINDS[kind].create())} disabled={!canAdd}>
          Add system
        </button>
        {!canAdd && <p className="muted">A scenario holds at most {MAX_SYSTEMS} systems.</p>}
      </div>
    </section>
  );
}
