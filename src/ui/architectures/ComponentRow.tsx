import { memo, useId, useState } from 'react';
import type { WrittenComponent } from '../../scenario/architecture/schema';
import { useActions, useFieldIssue, useHasIssueUnder } from '../AppContext';
import { ComputeForm } from './ComputeForm';
import { componentKindLabel, isComputeKind } from './palette';
import { ServiceForm } from './ServiceForm';

const ENTRY = '';
const NAME_OR_ID_OR_TRIGGER = /\.(name|id|triggeredBy)$/;

type Props = {
  readonly architecture: number;
  readonly index: number;
  readonly component: WrittenComponent;
  /** The architecture's components as "id\tname" lines: a string, so a row re-renders only when they change. */
  readonly wiring: string;
  /** "$8.47 · 54% of the bill", or empty before anything priced. */
  readonly cost: string;
  readonly volumeHow: string | undefined;
  readonly canRemove: boolean;
};

/**
 * One component of an architecture: its name, what triggers it, its cost and share of the bill,
 * and its settings on demand. Memoized: typing in one component re-renders that row only.
 */
export const ComponentRow = memo(function ComponentRow({
  architecture,
  index,
  component,
  wiring,
  cost,
  volumeHow,
  canRemove,
}: Props) {
  const { updateComponent, removeComponent } = useActions();
  const path = `architectures[${architecture}].components[${index}]`;
  const nameId = useId();
  const triggerId = useId();
  const editorId = `${nameId}-settings`;
  const nameFieldIssue = useFieldIssue(`${path}.name`);
  const idIssue = useFieldIssue(`${path}.id`);
  const nameIssue = nameFieldIssue ?? idIssue;
  const triggerIssue = useFieldIssue(`${path}.triggeredBy`);
  const hasIssue = useHasIssueUnder(`${path}.`, NAME_OR_ID_OR_TRIGGER);
  const [open, setOpen] = useState(false);
  const expanded = open || hasIssue;
  const title = component.name ?? component.id;
  const onChange = (c: WrittenComponent) => updateComponent(architecture, index, c);
  const others = wiring
    .split('\n')
    .map((line) => line.split('\t') as [string, string])
    .filter(([id]) => id !== component.id);
  return (
    <li className="component" data-testid="component" data-component={component.id} aria-label={title}>
      <div className="component__head">
        <div className={`field${nameIssue ? ' field--invalid' : ''}`}>
          <label htmlFor={nameId}>
            Name <span className="muted">({componentKindLabel(component.kind)})</span>
          </label>
          <input
            id={nameId}
            type="text"
            value={component.name ?? ''}
            placeholder={component.id}
            maxLength={80}
            aria-invalid={nameIssue ? true : undefined}
            onChange={(e) => {
              const name = e.currentTarget.value;
              const { name: _old, ...rest } = component;
              onChange(name === '' ? (rest as WrittenComponent) : { ...component, name });
            }}
          />
          {nameIssue && <p className="field__error">{nameIssue}</p>}
        </div>
        <div className={`field${triggerIssue ? ' field--invalid' : ''}`}>
          <label htmlFor={triggerId}>Triggered by</label>
          <select
            id={triggerId}
            value={component.triggeredBy ?? ENTRY}
            aria-invalid={triggerIssue ? true : undefined}
            onChange={(e) => {
              const by = e.currentTarget.value;
              const { triggeredBy: _old, ...rest } = component;
              onChange(by === ENTRY ? (rest as WrittenComponent) : { ...rest, triggeredBy: by });
            }}
          >
            <option value={ENTRY}>entry point</option>
            {others.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          {triggerIssue && <p className="field__error">{triggerIssue}</p>}
        </div>
      </div>
      <div className="component__summary">
        <span className="num" data-testid="component-cost">
          {cost}
        </span>
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
        <button
          type="button"
          onClick={() => removeComponent(architecture, index)}
          disabled={!canRemove}
          aria-label={`Remove ${title}`}
        >
          Remove
        </button>
      </div>
      {expanded && (
        <div id={editorId} className="component__editor">
          {isComputeKind(component.kind) ? (
            <ComputeForm
              component={component as WrittenComponent & { kind: typeof component.kind }}
              path={path}
              volumeHow={volumeHow}
              onChange={onChange}
            />
          ) : (
            <ServiceForm component={component} path={path} onChange={onChange} />
          )}
        </div>
      )}
    </li>
  );
});
