import { useEffect, useRef, useState } from 'react';
import type { ResumeInference } from '../../export/json-resume.ts';
import { EXPERIENCE_KIND_LABELS, EXPERIENCE_KINDS, type ExperienceKind } from '../../model/constants.ts';
import { useCatalog } from '../catalog.ts';
import { capitalize } from '../labels.ts';
import { EducationOptions } from '../plan/EducationOptions.tsx';
import { MAX_YEARS, isEducationLevel, type PlannerState } from '../state/planner-state.ts';
import { parseYears } from '../state/state-fields.ts';

export interface ResumeReviewProps {
  inference: ResumeInference;
  file: string;
  onUse(patch: Partial<PlannerState>): void;
  onDiscard(): void;
}

const kindLabel = (kind: ExperienceKind) => capitalize(EXPERIENCE_KIND_LABELS[kind]);
/** Years as a person would write them: at most one decimal. */
const yearsText = (years: number | undefined) => (years ? String(Math.round(years * 10) / 10) : '');

const ALWAYS_SHOWN: readonly ExperienceKind[] = ['it', 'security', 'security-management'];

/**
 * What secpath read from a résumé, as a small form the person corrects before anything changes:
 * the plan only moves when they press "Plan with this profile". Résumé text is shown as text.
 */
export function ResumeReview({ inference, file, onUse, onDiscard }: ResumeReviewProps) {
  const { roleTitle, certLabel } = useCatalog();
  const { profile } = inference;
  const [from, setFrom] = useState(inference.currentRole ? roleTitle(inference.currentRole) : (inference.currentPosition ?? ''));
  const [years, setYears] = useState<Partial<Record<ExperienceKind, string>>>(() =>
    Object.fromEntries(EXPERIENCE_KINDS.map((k) => [k, yearsText(profile.experienceYears[k])])),
  );
  const [education, setEducation] = useState(profile.education);
  const [certs, setCerts] = useState(() => new Set(profile.certifications));
  // The review appears below the plan: bring it into view and put the keyboard on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  const kinds = EXPERIENCE_KINDS.filter((k) => ALWAYS_SHOWN.includes(k) || profile.experienceYears[k]);

  // Years are checked by the same rule as years in a link or a saved plan.
  const parsed = kinds.map((k) => ({ kind: k, text: years[k]?.trim() ?? '' })).map((y) => ({ ...y, ...(y.text === '' ? { value: 0 } : parseYears(y.text)) }));
  const problems = parsed.filter((y) => y.value === undefined).map((y) => `${kindLabel(y.kind)}: expected a number of years from 0 to ${MAX_YEARS}, found "${y.text}"`);

  const use = () => {
    if (problems.length > 0) return;
    const experienceYears: PlannerState['experienceYears'] = {};
    for (const { kind, value } of parsed) if (value) experienceYears[kind] = Math.round(value * 10) / 10;
    onUse({
      from,
      education,
      experienceYears,
      certifications: [...certs].sort(),
      monthsInCurrentRole: profile.monthsInCurrentRole ?? null,
    });
  };

  return (
    <section className="panel resume-review" aria-labelledby="resume-heading">
      <h2 id="resume-heading" ref={heading} tabIndex={-1}>
        From your résumé
      </h2>
      <p className="field-hint">
        Read from <span className="file-name">{file}</span>. Check it and correct anything secpath got wrong; your plan changes only when you press “Plan with this profile”.
      </p>
      <div className="resume-fields">
        <div>
          <label className="field-label" htmlFor="resume-from">
            Current role
          </label>
          <input id="resume-from" type="text" value={from} onChange={(e) => setFrom(e.target.value)} />
          {inference.currentPosition && (
            <p className="field-hint">
              Latest job title: <q>{inference.currentPosition}</q>
              {inference.currentRole ? '' : ' (no role matched it; pick the closest)'}
            </p>
          )}
        </div>
        <fieldset>
          <legend className="field-label">Years of experience</legend>
          <div className="resume-years">
            {kinds.map((k) => (
              <label key={k}>
                <span>{kindLabel(k)}</span>
                <input type="text" inputMode="decimal" value={years[k] ?? ''} placeholder="0" onChange={(e) => setYears((y) => ({ ...y, [k]: e.target.value }))} />
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label className="field-label" htmlFor="resume-education">
            Education
          </label>
          <select id="resume-education" value={education} onChange={(e) => isEducationLevel(e.target.value) && setEducation(e.target.value)}>
            <EducationOptions />
          </select>
        </div>
        {profile.certifications.length > 0 && (
          <fieldset>
            <legend className="field-label">Certifications held</legend>
            {profile.certifications.map((id) => (
              <label key={id} className="check">
                <input
                  type="checkbox"
                  checked={certs.has(id)}
                  onChange={(e) =>
                    setCerts((set) => {
                      const next = new Set(set);
                      if (e.target.checked) next.add(id);
                      else next.delete(id);
                      return next;
                    })
                  }
                />{' '}
                {certLabel(id)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <details className="resume-reading">
        <summary>How secpath read it ({inference.matched.length} used, {inference.skipped.length} not used)</summary>
        {inference.matched.length > 0 && (
          <ul aria-label="Used">
            {inference.matched.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        {inference.skipped.length > 0 && (
          <ul aria-label="Not used">
            {inference.skipped.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </details>
      <div className="button-row">
        <button type="button" className="primary" onClick={use} disabled={problems.length > 0}>
          Plan with this profile
        </button>
        <button type="button" className="quiet" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
