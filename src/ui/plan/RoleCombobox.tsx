import { useDeferredValue, useId, useMemo, type ReactNode } from 'react';
import { suggestRoles } from '../../planner/resolve-role.ts';
import { useCatalog } from '../catalog.ts';
import { LEVEL_LABELS, TRACK_LABELS } from '../labels.ts';
import { MAX_FROM_LENGTH } from '../state/state-fields.ts';
import { useComboboxList } from './useComboboxList.ts';

export interface RoleComboboxProps {
  id: string;
  label: string;
  value: string;
  onChange(text: string): void;
  onPick(role: { id: string; title: string }): void;
  /** A line under the field (status or error), announced politely. */
  status?: ReactNode;
  invalid?: boolean;
  placeholder?: string;
  /** Clear the field after a pick (for "find a role", which acts rather than fills). */
  clearOnPick?: boolean;
}

const MAX_SUGGESTIONS = 8;
/** No role's name is longer; suggestions for a longer text look only at its start, so a paste cannot stall typing. */
const MAX_SUGGESTED_LENGTH = 80;

/** A role name field with suggestions over titles and aliases, forgiving typos (suggestRoles). */
export function RoleCombobox({
  id,
  label,
  value,
  onChange,
  onPick,
  status,
  invalid,
  placeholder,
  clearOnPick,
}: RoleComboboxProps) {
  const { graph, role } = useCatalog();
  const statusId = useId();
  // Suggestions follow the text a beat behind, so a keystroke shows at once.
  const typed = useDeferredValue(value);
  const suggestions = useMemo(
    () => suggestRoles(graph, typed.slice(0, MAX_SUGGESTED_LENGTH), MAX_SUGGESTIONS),
    [graph, typed],
  );
  const list = useComboboxList(suggestions.length);

  const pick = (index: number) => {
    // Enter may come before the suggestions caught up with the last keystroke: pick from the text as it is.
    const current =
      typed === value ? suggestions : suggestRoles(graph, value.slice(0, MAX_SUGGESTED_LENGTH), MAX_SUGGESTIONS);
    const chosen = current[index];
    if (!chosen) return;
    onPick({ id: chosen.id, title: chosen.title });
    if (clearOnPick) onChange('');
    list.close();
  };

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <div className="combobox-anchor">
        <input
          id={id}
          type="text"
          {...list.inputProps}
          aria-describedby={statusId}
          aria-invalid={invalid || undefined}
          placeholder={placeholder}
          // What a link and a saved plan read back: a longer paste is cut here, not refused on reload.
          maxLength={MAX_FROM_LENGTH}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            list.onType(event.target.value);
          }}
          onKeyDown={(event) => list.onKeyDown(event, pick)}
        />
        <ul
          id={list.listId}
          role="listbox"
          aria-label={`${label}: suggestions`}
          className="listbox"
          hidden={!list.showList}
        >
          {suggestions.map((s, index) => {
            const r = role(s.id);
            return (
              <li
                key={s.id}
                id={list.optionId(index)}
                role="option"
                aria-selected={index === list.active}
                className={index === list.active ? 'option active' : 'option'}
                // Keep focus in the field so the list does not close before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => list.setActive(index)}
                onClick={() => pick(index)}
              >
                <span className="option-title">{s.title}</span>
                {s.matchedName !== s.title && <span className="option-note"> — “{s.matchedName}”</span>}
                {r && (
                  <span className="option-meta">
                    {LEVEL_LABELS[r.level]} · {TRACK_LABELS[r.track]}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <p id={statusId} className={invalid ? 'field-status invalid' : 'field-status'} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
