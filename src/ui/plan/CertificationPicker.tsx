import { useId, useMemo, useState } from 'react';
import { useCatalog } from '../catalog.ts';
import { searchCertifications } from './certification-search.ts';
import { useComboboxList } from './useComboboxList.ts';

export interface CertificationPickerProps {
  selected: readonly string[];
  onChange(ids: string[]): void;
}

/**
 * A searchable multi-select: a combobox whose listbox adds certifications (Enter or click),
 * stays open for the next one, and shows the held ones as chips. Only a chip's × removes one:
 * Enter on a certification already held keeps it and says so, and Escape clears what was typed.
 */
export function CertificationPicker({ selected, onChange }: CertificationPickerProps) {
  const { data, certLabel } = useCatalog();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const options = useMemo(() => searchCertifications(data.certifications, query), [data.certifications, query]);
  const list = useComboboxList(options.length);

  const add = (index: number) => {
    const id = options[index]?.id;
    if (!id) return;
    if (selected.includes(id)) {
      // Said below the field, where the open list would cover it: the list closes.
      setStatus(`${certLabel(id)} is already added.`);
      setQuery('');
      list.close();
      return;
    }
    onChange([...selected, id]);
    setStatus('');
    setQuery('');
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
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${certLabel(id)}`}
                onClick={() => {
                  onChange(selected.filter((s) => s !== id));
                  setStatus('');
                }}
              >
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
            setStatus('');
            list.onType(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              // Handled here, so it clears the field and closes nothing else (such as the details).
              event.preventDefault();
              setQuery('');
              setStatus('');
              list.close();
            } else list.onKeyDown(event, add);
          }}
        />
        <ul
          id={list.listId}
          role="listbox"
          aria-multiselectable="true"
          aria-label="Certifications"
          className="listbox"
          hidden={!list.showList}
        >
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
                onClick={() => add(index)}
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
      {list.open && query.trim() !== '' && options.length === 0 && (
        <p className="field-status">No certification matches “{query}”.</p>
      )}
      {/* Always there (empty), so screen readers hear it when it speaks. */}
      <p className="picker-status" role="status">
        {status}
      </p>
    </div>
  );
}
