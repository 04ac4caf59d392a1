import { useId, useState } from 'react';
import type { NumberRule } from '../../model/profile-rules.ts';
import { readNumberEntry } from './number-entry.ts';

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  /** The rule the value follows (YEARS_RULE, MONTHS_IN_ROLE_RULE); its unit is said in messages. */
  rule: NumberRule;
  /** Shown in the field ("yrs"). */
  unit: string;
  /** What counts, under the field. */
  hint?: string;
}

/**
 * A number typed as text, so odd input ("two", "-3", "99") can be named instead of silently
 * dropped by the browser. Only valid numbers reach the plan; the field keeps what was typed.
 */
export function NumberField({ label, value, onChange, rule, unit, hint }: NumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parsed = readNumberEntry(text, rule);

  // Follow changes made elsewhere (a reset, a restored plan), as the render sees `value` change;
  // typing invalid text never changes it, so an error here means an outside change.
  const [followed, setFollowed] = useState(value);
  if (!Object.is(value, followed)) {
    setFollowed(value);
    const current = readNumberEntry(text, rule);
    if (current.error !== undefined || (current.value || undefined) !== (value || undefined))
      setText(value ? String(value) : '');
  }

  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <span className="number-input">
        <input
          id={id}
          type="text"
          inputMode={rule.whole ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={text}
          placeholder="0"
          aria-invalid={parsed.error ? true : undefined}
          aria-describedby={[hint ? hintId : '', parsed.error ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setText(event.target.value);
            const next = readNumberEntry(event.target.value, rule);
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
          {parsed.error} The plan uses {value ?? 0} {rule.unit} until then.
        </p>
      )}
    </div>
  );
}
