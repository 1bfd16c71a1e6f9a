import { type ComponentType, Suspense, useId, useState } from 'react';
import { KIND_UI } from '../../kinds/ui';
import { splitComputeFields, volumeUnitOf } from '../../scenario/architecture/computeComponent';
import type { WrittenComponent } from '../../scenario/architecture/schema';
import type { SystemKind } from '../../state';
import { useFieldIssue } from '../AppContext';
import { NumberField } from '../fields/NumberField';
import type { EditorProps } from '../systems/editorProps';
import { setIn } from './serviceFields';

type Props = {
  readonly component: WrittenComponent & { readonly kind: SystemKind };
  readonly path: string;
  /** How the engine found the component's volume ("2 per entry request from queue ÷ batch size 10 = …"). */
  readonly volumeHow: string | undefined;
  readonly onChange: (component: WrittenComponent) => void;
};

/** A number the component may override (empty: the workload's, or derived from its trigger). */
function Override({
  component,
  path,
  field,
  label,
  unit,
  placeholder,
  hint,
  onChange,
}: Omit<Props, 'volumeHow'> & {
  readonly field: readonly string[];
  readonly label: string;
  readonly unit: string;
  readonly placeholder: string;
  readonly hint?: string | undefined;
}) {
  const issue = useFieldIssue(`${path}.${field.join('.')}`);
  const value = field.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], component);
  return (
    <NumberField
      label={label}
      unit={unit}
      value={typeof value === 'number' ? value : undefined}
      onChange={(v) => onChange(setIn(component, field, v))}
      issue={issue}
      placeholder={placeholder}
      hint={hint}
      optional
    />
  );
}

/**
 * A compute component: its volume (given, or derived from what triggers it ÷ its batch size), the
 * workload it overrides (duration, CPU, memory), a function's logs, and its kind's own settings in
 * the same editor the systems use.
 */
export function ComputeForm({ component, path, volumeHow, onChange }: Props) {
  const unit = volumeUnitOf(component.kind);
  const lambda = component.kind === 'aws-lambda';
  const common = { component, path, onChange };
  const [open, setOpen] = useState(false);
  const id = useId();
  const title = component.name ?? component.id;
  return (
    <>
      <Override
        {...common}
        field={['perRequest', unit]}
        label={`${unit === 'invocations' ? 'Invocations' : 'Requests'} per entry request`}
        unit={unit}
        placeholder="derived"
        hint={volumeHow ? `Now: ${volumeHow}.` : 'Empty: derived from what triggers it (1 for an entry point).'}
      />
      {component.triggeredBy !== undefined && (
        <Override
          {...common}
          field={['batchSize']}
          label="Batch size"
          unit="events"
          placeholder="1"
          hint="Events per invocation (a queue’s messages, a stream’s records): the derived volume is divided by it."
        />
      )}
      <Override {...common} field={['durationMs']} label="Duration" unit="ms" placeholder="workload" />
      <Override {...common} field={['cpuMs']} label="CPU time" unit="ms" placeholder="duration" />
      <Override {...common} field={['memoryMb']} label="Memory" unit="MB" placeholder="workload" />
      <Override {...common} field={['responseKb']} label="Response size" unit="KB" placeholder="0" />
      {lambda && (
        <Override {...common} field={['logKbPerInvocation']} label="Logs per invocation" unit="KB" placeholder="0.3" />
      )}
      <button type="button" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
        {open ? `Close ${KIND_UI[component.kind].label} settings` : `${KIND_UI[component.kind].label} settings`}
        <span className="visually-hidden"> of {title}</span>
      </button>
      {open && (
        <div id={id} className="component__kind-editor">
          <KindEditor component={component} path={path} onChange={onChange} />
        </div>
      )}
    </>
  );
}

/** The kind's own editor (as in the systems list), on the component's system fields. */
function KindEditor({ component, path, onChange }: Omit<Props, 'volumeHow'>) {
  const Editor = KIND_UI[component.kind].Editor as unknown as ComponentType<EditorProps<SystemKind>>;
  const { system, component: own } = splitComputeFields(component);
  return (
    <Suspense fallback={<p className="muted">Loading settings…</p>}>
      <Editor
        system={system as EditorProps<SystemKind>['system']}
        path={path}
        memoryMb={typeof own['memoryMb'] === 'number' ? own['memoryMb'] : undefined}
        onChange={(next) => onChange({ ...own, ...next, id: component.id, kind: component.kind } as WrittenComponent)}
      />
    </Suspense>
  );
}
