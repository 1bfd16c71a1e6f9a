import { memo, useId, useMemo, useState } from 'react';
import { type SystemEstimate, cannotRun } from '../../engine';
import { CANNOT_RUN } from '../../report/limitsText';
import { resolveArchitecture } from '../../scenario/architecture/resolve';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import { useActions, useDerived, useFieldIssue } from '../AppContext';
import { percent, usd } from '../format';
import { ComponentRow } from './ComponentRow';
import { PALETTE, newComponent } from './palette';

type Props = {
  readonly architecture: WrittenArchitecture;
  readonly index: number;
  readonly canRemove: boolean;
  readonly canAdd: boolean;
};

/**
 * One architecture: its name, monthly total, diagram and components (each editable, with its cost
 * and share of the bill), and a palette to add components. The figures are the last ones that
 * priced, so an invalid entry leaves them on screen while the field says what is wrong.
 */
export const ArchitectureCard = memo(function ArchitectureCard({ architecture, index, canRemove, canAdd }: Props) {
  const { renameArchitecture, duplicateArchitecture, removeArchitecture, addComponent } = useActions();
  const { shown } = useDerived();
  const nameId = useId();
  const kindId = useId();
  const [kind, setKind] = useState(PALETTE[0]!.kind);
  const path = `architectures[${index}]`;
  const nameFieldIssue = useFieldIssue(`${path}.name`);
  const idIssue = useFieldIssue(`${path}.id`);
  const nameIssue = nameFieldIssue ?? idIssue;
  const listIssue = useFieldIssue(`${path}.components`);
  const title = architecture.name ?? architecture.id;
  const estimate: SystemEstimate | undefined = shown?.analysis.estimates.find((e) => e.id === architecture.id);
  const priced = shown?.scenario.architectures?.find((a) => a.id === architecture.id);
  // How each compute component's volume was found, from the architecture as last priced.
  const volumes = useMemo(() => {
    const out = new Map<string, string>();
    if (priced) for (const c of resolveArchitecture(priced).components) if (c.volume) out.set(c.id, c.volume.how);
    return out;
  }, [priced]);
  const wiring = architecture.components.map((c) => `${c.id}\t${c.name ?? c.id}`).join('\n');
  const costOf = (id: string): string => {
    const part = estimate?.parts?.find((p) => p.id === id);
    if (!part || !estimate) return '';
    const share = estimate.monthlyUsd.isZero() ? 0 : part.monthlyUsd.div(estimate.monthlyUsd).toNumber();
    return `${usd(part.monthlyUsd)} · ${percent(share)} of the bill`;
  };
  return (
    <li className="system-card architecture-card" data-testid="architecture-card" aria-label={title}>
      <div className="system-card__head">
        <div className={`field${nameIssue ? ' field--invalid' : ''}`}>
          <label htmlFor={nameId}>Architecture name</label>
          <input
            id={nameId}
            type="text"
            value={architecture.name ?? ''}
            placeholder={architecture.id}
            maxLength={80}
            aria-invalid={nameIssue ? true : undefined}
            onChange={(e) => renameArchitecture(index, e.currentTarget.value)}
          />
          {nameIssue && <p className="field__error">{nameIssue}</p>}
        </div>
        <div className="system-card__actions">
          <button
            type="button"
            onClick={() => duplicateArchitecture(index)}
            disabled={!canAdd}
            aria-label={`Duplicate ${title}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={() => removeArchitecture(index)}
            disabled={!canRemove}
            aria-label={`Remove ${title}`}
          >
            Remove
          </button>
        </div>
      </div>
      <p className="architecture-card__total">
        Monthly{' '}
        <strong className="num" data-testid="architecture-total">
          {estimate ? (cannotRun(estimate.limits) ? CANNOT_RUN : usd(estimate.monthlyUsd)) : '—'}
        </strong>
      </p>
      {/* The diagram with each box's cost is in the results column (DiagramsSection), beside the figures. */}
      {listIssue && <p className="field__error">{listIssue}</p>}
      <ol className="component-list" aria-label={`Components of ${title}`}>
        {architecture.components.map((c, j) => (
          <ComponentRow
            key={c.id}
            architecture={index}
            index={j}
            component={c}
            wiring={wiring}
            cost={costOf(c.id)}
            volumeHow={volumes.get(c.id)}
            canRemove={architecture.components.length > 1}
          />
        ))}
      </ol>
      <div className="add-system">
        <div className="field">
          <label htmlFor={kindId}>Component to add</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {PALETTE.map((p) => (
              <option key={p.kind} value={p.kind}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => addComponent(index, newComponent(kind))}>
          Add component<span className="visually-hidden"> to {title}</span>
        </button>
      </div>
    </li>
  );
});
