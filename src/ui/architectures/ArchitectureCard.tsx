import { memo, useId, useMemo, useState } from 'react';
import { type SystemEstimate, cannotRun } from '../../engine';
import { CANNOT_RUN } from '../../report/limitsText';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import { useActions, useDerived, useFieldIssue } from '../AppContext';
import { usd } from '../format';
import { ComponentRow } from './ComponentRow';
import { componentCosts, sameRecord, volumesOf } from './contentKeys';
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
 * priced, so an invalid entry leaves them on screen while the field says what is wrong. Every result
 * re-renders this (it reads the results), but only to work out the card's figures as text; the card
 * itself redraws when those or the architecture change (CardBody).
 */
export const ArchitectureCard = memo(function ArchitectureCard(props: Props) {
  const { architecture } = props;
  const { shown } = useDerived();
  const estimate: SystemEstimate | undefined = shown?.analysis.estimates.find((e) => e.id === architecture.id);
  const priced = shown?.scenario.architectures?.find((a) => a.id === architecture.id);
  // How each compute component's volume was found, from the architecture as last priced: resolved
  // again only when that architecture's content changes (each result parses a new object).
  const pricedKey = priced ? JSON.stringify(priced) : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content: `priced` is new on every result
  const volumes = useMemo(() => volumesOf(priced), [pricedKey]);
  const costs = componentCosts(architecture, estimate);
  const total = estimate ? (cannotRun(estimate.limits) ? CANNOT_RUN : usd(estimate.monthlyUsd)) : '—';
  return <CardBody {...props} total={total} costs={costs} volumes={volumes} />;
});

type BodyProps = Props & {
  /** The monthly total as shown ("$12.34", "cannot run" or "—"). */
  readonly total: string;
  /** Each component's cost line, by component id (a new record on every result: compared by content). */
  readonly costs: Readonly<Record<string, string>>;
  readonly volumes: ReadonlyMap<string, string>;
};

const sameBody = (a: BodyProps, b: BodyProps) =>
  a.architecture === b.architecture &&
  a.index === b.index &&
  a.canRemove === b.canRemove &&
  a.canAdd === b.canAdd &&
  a.total === b.total &&
  a.volumes === b.volumes &&
  sameRecord(a.costs, b.costs);

const CardBody = memo(function CardBody({ architecture, index, canRemove, canAdd, total, costs, volumes }: BodyProps) {
  const { renameArchitecture, duplicateArchitecture, removeArchitecture, addComponent } = useActions();
  const nameId = useId();
  const kindId = useId();
  const [kind, setKind] = useState(PALETTE[0]!.kind);
  const path = `architectures[${index}]`;
  const nameFieldIssue = useFieldIssue(`${path}.name`);
  const idIssue = useFieldIssue(`${path}.id`);
  const nameIssue = nameFieldIssue ?? idIssue;
  const listIssue = useFieldIssue(`${path}.components`);
  const title = architecture.name ?? architecture.id;
  const wiring = architecture.components.map((c) => `${c.id}\t${c.name ?? c.id}`).join('\n');
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
          {total}
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
            cost={costs[c.id] ?? ''}
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
}, sameBody);
