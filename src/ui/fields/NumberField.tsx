import { type ReactNode, useId, useState } from 'react';
import { type ParsedNumber, parseNumberInput, showNumber } from './parseNumber';
import { useReportTypedDraft } from './typedDrafts';

/** A slider's range; `log` makes the slider move in powers of ten (for traffic spanning decades). */
export type SliderSpec = { readonly min: number; readonly max: number; readonly step?: number; readonly log?: boolean };

type Props = {
  readonly label: string;
  readonly unit: string;
  /** The committed value; undefined for an optional field left at its default. */
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly slider?: SliderSpec;
  /** The problem the scenario has with this field (from validation or pricing), shown inline. */
  readonly issue?: string | undefined;
  readonly hint?: ReactNode;
  /** Shown when empty; an empty optional field means "use the default". */
  readonly placeholder?: string;
  readonly optional?: boolean;
  readonly allowSuffix?: boolean;
  readonly testId?: string;
  /** The scenario field it edits (`workload.durationMs`): a typed problem is then listed under its name. */
  readonly field?: string;
  /** The range in the unit shown (0–100 for a field in %): a number outside it is refused in that unit. */
  readonly range?: { readonly min: number; readonly max: number };
};

/**
 * A numeric input: a slider where a range makes sense plus a typed value with its unit. Text that
 * is not a number stays in the box with its reason and is not committed, so the last valid result
 * stays on screen; a number out of range is committed and the scenario's own issue names it, except
 * outside `range` (a field shown in % refuses 150 in %, not "between 0 and 1" of the stored share).
 */
export function NumberField({
  label,
  unit,
  value,
  onChange,
  slider,
  issue,
  hint,
  placeholder,
  optional,
  allowSuffix,
  testId,
  field,
  range,
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(() => (value === undefined ? '' : showNumber(value)));
  const [seen, setSeen] = useState(value);
  const [typedError, setTypedError] = useState<string | null>(null);
  if (seen !== value) {
    // The value changed elsewhere (slider, preset, unit switch): show it instead of the old draft.
    setSeen(value);
    setDraft(value === undefined ? '' : showNumber(value));
    setTypedError(null);
  }
  const onType = (text: string) => {
    setDraft(text);
    if (optional && text.trim() === '') {
      setTypedError(null);
      setSeen(undefined);
      onChange(undefined);
      return;
    }
    const parsed: ParsedNumber = parseNumberInput(text, { allowSuffix: allowSuffix ?? false });
    if (!parsed.ok) return setTypedError(parsed.reason);
    if (range && (parsed.value < range.min || parsed.value > range.max))
      return setTypedError(`must be between ${showNumber(range.min)} and ${showNumber(range.max)}${unitAfter(unit)}`);
    setTypedError(null);
    setSeen(parsed.value);
    onChange(parsed.value);
  };
  useReportTypedDraft(field, typedError);
  const error = typedError ?? issue;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="field__controls">
        {slider && (
          <input
            type="range"
            aria-label={`${label} (slider)`}
            min={slider.log ? Math.log10(Math.max(slider.min, 1)) : slider.min}
            max={slider.log ? Math.log10(slider.max) : slider.max}
            step={slider.log ? 0.01 : (slider.step ?? 1)}
            value={sliderPosition(value ?? slider.min, slider)}
            onChange={(e) => {
              const pos = Number(e.currentTarget.value);
              const next = slider.log ? roundLog(10 ** pos) : pos;
              setTypedError(null);
              onChange(next);
            }}
          />
        )}
        <span className="field__typed">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            data-field={field}
            onChange={(e) => onType(e.currentTarget.value)}
          />
          <span className="field__unit">{unit}</span>
        </span>
      </div>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** "%" right after the number ("100%"), any other unit after a space ("900,000 ms"). */
function unitAfter(unit: string): string {
  return unit.startsWith('%') ? '%' : ` ${unit}`;
}

function sliderPosition(value: number, s: SliderSpec): number {
  const clamped = Math.min(Math.max(value, s.min), s.max);
  return s.log ? Math.log10(Math.max(clamped, 1)) : clamped;
}

/** A slider on a log scale lands on round numbers: 3 significant digits ("1,230,000", not "1,230,268.77"). */
function roundLog(n: number): number {
  return Number(n.toPrecision(3));
}
