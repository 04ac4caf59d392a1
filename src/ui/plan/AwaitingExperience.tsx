import { useId } from 'react';
import { useCatalog } from '../catalog.ts';

export interface AwaitingExperienceProps {
  /** Every certification chosen in the picker: held, or exam passed. */
  held: readonly string[];
  /** Those of them whose exam was passed but which are not granted yet. */
  awaiting: readonly string[];
  onChange(certifications: string[], associateOf: string[]): void;
}

/**
 * Under the certification picker: for a certification whose exam may be passed before the
 * experience is complete (CISSP, CISM...), "exam passed, awaiting experience" — an Associate of
 * ISC2 working toward CISSP holds the exam, not yet the credential, and the plan waits for the
 * experience instead of counting it as held.
 */
export function AwaitingExperience({ held, awaiting, onChange }: AwaitingExperienceProps) {
  const { certification, certLabel } = useCatalog();
  const hintId = useId();
  const candidates = held.filter((id) => certification(id)?.experience.examBeforeExperience === true);
  if (candidates.length === 0) return null;
  const toggle = (id: string, passedOnly: boolean) => {
    const associateOf = passedOnly ? [...awaiting.filter((a) => a !== id), id] : awaiting.filter((a) => a !== id);
    onChange(
      held.filter((h) => !associateOf.includes(h)),
      associateOf,
    );
  };
  return (
    <fieldset className="awaiting-experience" aria-describedby={hintId}>
      <legend className="visually-hidden">Certifications not granted yet</legend>
      <p id={hintId} className="field-hint">
        Passed the exam but not yet certified, because the experience is still to come? Say so, and the plan waits for
        the experience rather than counting the credential as held.
      </p>
      <ul>
        {candidates.map((id) => (
          <li key={id}>
            <label className="check">
              <input
                type="checkbox"
                checked={awaiting.includes(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />{' '}
              {certLabel(id)}: exam passed, awaiting experience
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
