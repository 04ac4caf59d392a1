import { useId, useMemo, useState } from 'react';
import { useCatalog } from '../catalog.ts';
import { searchCertifications } from './certification-search.ts';
import { useComboboxList } from './useComboboxList.ts';

export interface CertificationPickerProps {
  selected: readonly string[];
  onChange(ids: string[]): void;
}

/**
 * A searchable multi-select: a combobox whose listbox toggles certifications (Enter or click),
 * stays open for the next one, and shows the held ones as removable chips. Backspace in an
 * empty field removes the last chip.
 */
export function CertificationPicker({ selected, onChange }: CertificationPickerProps) {
  const { data, certLabel } = useCatalog();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const options = useMemo(() => searchCertifications(data.certifications, query), [data.certifications, query]);
  const list = useComboboxList(options.length);

  const toggle = (index: number) => {
    const id = options[index]?.id;
    if (!id) return;
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
    setQuery('');
    // Stay on the same option when nothing was typed, so a second Enter undoes a slip.
    list.setActive(query ? -1 : index);
  };

  return (
    <div className="field certification-picker">
      <label htmlFor={inputId}>Certifications you hold</label>
      {selected.length > 0 && (
        <ul className="chips" aria-label="Certifications you hold">
          {selected.map((id) => (
            <li key={id} className="chip">
              <span>{certLabel(id)}</span>
              <button type="button" className="chip-remove" aria-label={`Remove ${certLabel(id)}`} onClick={() => onChange(selected.filter((s) => s !== id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combobox-anchor">
        <input
          id={inputId}
          type="text"
          {...list.inputProps}
          placeholder={selected.length ? 'Add another…' : 'Search, e.g. Security+, CISSP'}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            list.onType(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Backspace' && query === '' && selected.length) onChange(selected.slice(0, -1));
            else list.onKeyDown(event, toggle);
          }}
        />
        <ul id={list.listId} role="listbox" aria-multiselectable="true" aria-label="Certifications" className="listbox" hidden={!list.showList}>
          {options.map((cert, index) => {
            const held = selected.includes(cert.id);
            return (
              <li
                key={cert.id}
                id={list.optionId(index)}
                role="option"
                aria-selected={held}
                className={`option${index === list.active ? ' active' : ''}${held ? ' held' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => list.setActive(index)}
                onClick={() => toggle(index)}
              >
                <span className="option-check" aria-hidden="true">
                  {held ? '✓' : ''}
                </span>
                <span className="option-title">{cert.abbreviation}</span>
                <span className="option-meta">
                  {cert.name} · {cert.issuer}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      {list.open && query.trim() !== '' && options.length === 0 && <p className="field-status">No certification matches “{query}”.</p>}
    </div>
  );
}
