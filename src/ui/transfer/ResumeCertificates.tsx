import { useState } from 'react';
import type { ResumeCertificate } from '../../export/json-resume.ts';
import { certificateLabel, describeCertificate, type ItemNames } from '../../export/resume-items.ts';
import { useCatalog } from '../catalog.ts';

export interface ResumeCertificatesProps {
  certificates: readonly ResumeCertificate[];
  held: ReadonlySet<string>;
  /** Certifications with a checkbox: held now or earlier in the review. */
  listed: ReadonlySet<string>;
  names: ItemNames;
  onHeld(id: string, held: boolean): void;
}

/** Rows shown before the rest are only counted. */
const MAX_ROWS = 50;

/**
 * The certifications held, each one a checkbox; every certificate the résumé names that is not
 * counted, with the reason and a way to say which certification it is; and a way to add one.
 */
export function ResumeCertificates({ certificates, held, listed, names, onHeld }: ResumeCertificatesProps) {
  const { data, certLabel } = useCatalog();
  const sorted = [...data.certifications].sort((a, b) => a.abbreviation.localeCompare(b.abbreviation));
  const notHeld = certificates
    .filter((c) => c.state !== 'held' && (c.ids.length === 0 || !c.ids.every((id) => listed.has(id))))
    .slice(0, MAX_ROWS);
  const [adding, setAdding] = useState('');
  return (
    <fieldset>
      <legend className="field-label">Certifications held</legend>
      {listed.size === 0 && <p className="field-hint">None counted yet.</p>}
      {[...listed].sort().map((id) => (
        <label key={id} className="check">
          <input type="checkbox" checked={held.has(id)} onChange={(e) => onHeld(id, e.target.checked)} />{' '}
          {certLabel(id)}
        </label>
      ))}
      {notHeld.length > 0 && (
        <ul className="resume-reading" aria-label="Certificates not counted">
          {notHeld.map((cert, i) => {
            const offered = cert.ids.length > 0 ? cert.ids : cert.suggestions;
            return (
              <li key={i}>
                {certificateLabel(cert)}: {describeCertificate(cert, names).text}.{' '}
                {offered
                  .filter((id) => !listed.has(id))
                  .map((id) => (
                    <button key={id} type="button" className="quiet" onClick={() => onHeld(id, true)}>
                      {cert.ids.includes(id) ? `I hold ${names.certName(id)}` : `It is ${names.certName(id)}`}
                    </button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <label className="check">
          Add a certification{' '}
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose one</option>
            {sorted
              .filter((c) => !listed.has(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.abbreviation} ({c.name})
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          disabled={adding === ''}
          onClick={() => {
            onHeld(adding, true);
            setAdding('');
          }}
        >
          Add
        </button>
      </div>
    </fieldset>
  );
}
