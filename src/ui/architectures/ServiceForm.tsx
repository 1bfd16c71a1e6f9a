import type { WrittenComponent } from '../../scenario/architecture/schema';
import { useFieldIssue } from '../AppContext';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { type ServiceField, getIn, serviceFields, setIn } from './serviceFields';

type Props = {
  readonly component: WrittenComponent;
  /** `architectures[0].components[2]`: the prefix of the issues this form shows. */
  readonly path: string;
  readonly onChange: (component: WrittenComponent) => void;
};

/**
 * A managed service's settings, generated from its kind's zod schema: every field labelled with its
 * unit, empty meaning the kind's default; the scenario's own validation names what is wrong.
 */
export function ServiceForm({ component, path, onChange }: Props) {
  return (
    <>
      {serviceFields(component.kind).map((f) => (
        <ServiceInput key={f.path.join('.')} field={f} component={component} path={path} onChange={onChange} />
      ))}
    </>
  );
}

function ServiceInput({ field, component, path, onChange }: Props & { readonly field: ServiceField }) {
  const issue = useFieldIssue(`${path}.${field.path.join('.')}`);
  const value = getIn(component, field.path);
  const set = (v: unknown) => onChange(setIn(component, field.path, v));
  if (field.type === 'boolean')
    return (
      <>
        <CheckboxField label={field.label} checked={value === true} onChange={(on) => set(on || undefined)} />
        {issue && <p className="field__error">{issue}</p>}
      </>
    );
  if (field.type === 'enum') {
    const options = [
      ...(field.optional ? [{ value: '', label: 'default' }] : []),
      ...field.options.map((o) => ({ value: o, label: o })),
    ];
    return (
      <SelectField<string>
        label={field.label}
        value={typeof value === 'string' ? value : ''}
        options={options}
        onChange={(v) => set(v === '' ? undefined : v)}
        issue={issue}
      />
    );
  }
  return (
    <NumberField
      label={field.label}
      unit={field.unit}
      value={typeof value === 'number' ? value : undefined}
      onChange={set}
      issue={issue}
      placeholder="default"
      optional
    />
  );
}
