import { useId } from 'react';

type Option<T extends string> = { readonly value: T; readonly label: string };

type Props<T extends string> = {
  readonly label: string;
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
  readonly issue?: string | undefined;
};

/** A labelled select over a closed set of values, with its issue inline. */
export function SelectField<T extends string>({ label, value, options, onChange, issue }: Props<T>) {
  const id = useId();
  return (
    <div className={`field${issue ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${id}-error` : undefined}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.currentTarget.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {issue && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {issue}
        </p>
      )}
    </div>
  );
}
