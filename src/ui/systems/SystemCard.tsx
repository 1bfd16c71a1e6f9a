import { useId } from 'react';
import type { ScenarioSystem } from '../../scenario';
import { useActions, useFieldIssue } from '../AppContext';
import { SYSTEM_KINDS, SystemEditor } from './kinds';

type Props = { readonly system: ScenarioSystem; readonly index: number; readonly canRemove: boolean; readonly canAdd: boolean };

/** One system: its name (renamable), kind, duplicate/remove, and its kind's editor. */
export function SystemCard({ system, index, canRemove, canAdd }: Props) {
  const { updateSystem, duplicateSystem, removeSystem } = useActions();
  const nameId = useId();
  const path = `systems[${index}]`;
  const nameFieldIssue = useFieldIssue(`${path}.name`);
  const idIssue = useFieldIssue(`${path}.id`);
  const nameIssue = nameFieldIssue ?? idIssue;
  const title = system.name ?? system.id;
  return (
    <li className="system-card" data-testid="system-card" aria-label={title}>
      <div className="system-card__head">
        <div className={`field${nameIssue ? ' field--invalid' : ''}`}>
          <label htmlFor={nameId}>
            Name <span className="muted">({SYSTEM_KINDS[system.kind].label})</span>
          </label>
          <input
            id={nameId}
            type="text"
            value={system.name ?? ''}
            placeholder={system.id}
            maxLength={80}
            aria-invalid={nameIssue ? true : undefined}
            onChange={(e) => {
              const name = e.currentTarget.value;
              const { name: _old, ...rest } = system;
              updateSystem(index, name === '' ? (rest as ScenarioSystem) : { ...system, name });
            }}
          />
          {nameIssue && <p className="field__error">{nameIssue}</p>}
        </div>
        <div className="system-card__actions">
          <button type="button" onClick={() => duplicateSystem(index)} disabled={!canAdd} aria-label={`Duplicate ${title}`}>
            Duplicate
          </button>
          <button type="button" onClick={() => removeSystem(index)} disabled={!canRemove} aria-label={`Remove ${title}`}>
            Remove
          </button>
        </div>
      </div>
      <SystemEditor system={system} path={path} onChange={(s: ScenarioSystem) => updateSystem(index, s)} />
    </li>
  );
}
