import { useEffect, useId, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  max: number;
  /** Whole numbers only (months); otherwise halves and tenths are fine (years). */
  integer?: boolean;
  /** Shown in the field ("yrs"). */
  unit: string;
  /** Said in messages ("years"). */
  unitName: string;
  /** What counts, under the field. */
  hint?: string;
}

function parse(text: string, max: number, integer: boolean): { value?: number; error?: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return {};
  const pattern = integer ? /^\d+$/ : /^\d+(\.\d+)?$|^\.\d+$/;
  if (!pattern.test(trimmed)) return { error: `Enter ${integer ? 'a whole number' : 'a number'} from 0 to ${max}.` };
  const value = Number(trimmed);
  if (value > max) return { error: `Enter at most ${max}.` };
  return { value };
}

/**
 * A number typed as text, so odd input ("two", "-3", "99") can be named instead of silently
 * dropped by the browser. Only valid numbers reach the plan; the field keeps what was typed.
 */
export function NumberField({ label, value, onChange, max, integer = false, unit, unitName, hint }: NumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parsed = parse(text, max, integer);

  // Follow changes made elsewhere (a reset, a restored plan). This runs only when `value`
  // changes (deliberately its only dependency); typing invalid text never changes it, so an
  // error here means an outside change.
  useEffect(() => {
    const current = parse(text, max, integer);
    if (current.error !== undefined || (current.value || undefined) !== (value || undefined)) setText(value ? String(value) : '');
  }, [value]);

  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <span className="number-input">
        <input
          id={id}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={text}
          placeholder="0"
          aria-invalid={parsed.error ? true : undefined}
          aria-describedby={[hint ? hintId : '', parsed.error ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setText(event.target.value);
            const next = parse(event.target.value, max, integer);
            if (next.error === undefined) onChange(next.value);
          }}
        />
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {parsed.error && (
        <p id={errorId} className="field-status invalid" role="alert">
          {parsed.error} The plan uses {value ?? 0} {unitName} until then.
        </p>
      )}
    </div>
  );
}
