import { useId, useState } from 'react';
import type { ScenarioSystem } from '../../scenario';
import { useActions, useDerived, useFieldIssue, useHasIssueUnder } from '../AppContext';
import { SystemEditor, kindLabel, summarize } from './kinds';

const NAME_OR_ID = /\.(name|id)$/;

type Props = {
  readonly system: ScenarioSystem;
  readonly index: number;
  readonly canRemove: boolean;
  readonly canAdd: boolean;
};

/** One system: its name (renamable), a summary of its settings, duplicate/remove, and its kind's editor on demand. */
export function SystemCard({ system, index, canRemove, canAdd }: Props) {
  const { updateSystem, duplicateSystem, removeSystem } = useActions();
  const nameId = useId();
  const path = `systems[${index}]`;
  const nameFieldIssue = useFieldIssue(`${path}.name`);
  const idIssue = useFieldIssue(`${path}.id`);
  const nameIssue = nameFieldIssue ?? idIssue;
  const title = system.name ?? system.id;
  // A name another alternative has too is shown with its id (src/scenario/uniqueNames.ts): say so here.
  const shownAs = useDerived().shown?.analysis.estimates.find((e) => e.id === system.id)?.name;
  const [open, setOpen] = useState(false);
  // A card whose settings have a problem opens, so the problem shows next to its field.
  const hasIssue = useHasIssueUnder(`${path}.`, NAME_OR_ID);
  const expanded = open || hasIssue;
  const editorId = `${nameId}-settings`;
  return (
    <li className="system-card" data-testid="system-card" aria-label={title}>
      <div className="system-card__head">
        <div className={`field${nameIssue ? ' field--invalid' : ''}`}>
          <label htmlFor={nameId}>
            Name <span className="muted">({kindLabel(system.kind)})</span>
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
          {!nameIssue && shownAs !== undefined && shownAs !== title && (
            <p className="field__hint" data-testid="duplicate-name">
              Another system has this name: results call this one “{shownAs}”.
            </p>
          )}
        </div>
        <div className="system-card__actions">
          <button
            type="button"
            onClick={() => duplicateSystem(index)}
            disabled={!canAdd}
            aria-label={`Duplicate ${title}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => removeSystem(index)}
            disabled={!canRemove}
            aria-label={`Remove ${title}`}
          >
            Remove
          </button>
        </div>
      </div>
      <div className="system-card__summary">
        <span className="muted">{summarize(system)}</span>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? editorId : undefined}
          onClick={() => setOpen(!expanded)}
          disabled={hasIssue}
        >
          {expanded ? 'Close settings' : 'Settings'}
          <span className="visually-hidden"> of {title}</span>
        </button>
      </div>
      {expanded && (
        <div id={editorId} className="system-card__editor">
          <SystemEditor system={system} path={path} onChange={(s: ScenarioSystem) => updateSystem(index, s)} />
        </div>
      )}
    </li>
  );
}
