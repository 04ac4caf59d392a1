import { useEffect, useMemo, useRef, useState } from 'react';
import type { ResumeInference, ResumeJob } from '../../export/json-resume.ts';
import { degreeLabel, describeDegree, describeExperience, type ItemNames } from '../../export/resume-items.ts';
import { OUTSIDE_IT_ROLE_ID } from '../../export/resume-jobs.ts';
import { describeStart } from '../../export/resume-lines.ts';
import { EXPERIENCE_KIND_LABELS, EXPERIENCE_KINDS, type ExperienceKind } from '../../model/constants.ts';
import { useCatalog } from '../catalog.ts';
import { capitalize } from '../labels.ts';
import { EducationOptions } from '../plan/EducationOptions.tsx';
import { isEducationLevel, MAX_YEARS, type PlannerState } from '../state/planner-state.ts';
import { ResumeCertificates } from './ResumeCertificates.tsx';
import { ResumeJobs } from './ResumeJobs.tsx';
import { countReview, withRoleChoice, yearsFrom, yearsText } from './resume-review-model.ts';

export interface ResumeReviewProps {
  inference: ResumeInference;
  file: string;
  onUse(patch: Partial<PlannerState>): void;
  onDiscard(): void;
}

const kindLabel = (kind: ExperienceKind) => capitalize(EXPERIENCE_KIND_LABELS[kind]);

const ALWAYS_SHOWN: readonly ExperienceKind[] = ['it', 'security', 'security-management'];

/**
 * What secpath read from a résumé, as a small form the person corrects before anything changes:
 * each job with the role it counts as (and part-time work), jobs it missed, certificates held or
 * not and why, the degree, the years. The plan only moves when they press "Plan with this
 * profile". Résumé text is shown as text; no ids, no JSON paths.
 */
export function ResumeReview({ inference, file, onUse, onDiscard }: ResumeReviewProps) {
  const { graph, role, roleTitle, certLabel } = useCatalog();
  const names: ItemNames = useMemo(() => ({ roleTitle, certName: certLabel }), [roleTitle, certLabel]);
  const startingRole = graph.hasNode(OUTSIDE_IT_ROLE_ID) ? OUTSIDE_IT_ROLE_ID : null;
  const [jobs, setJobs] = useState<readonly ResumeJob[]>(inference.jobs);
  const count = useMemo(() => countReview(inference, jobs, startingRole), [inference, jobs, startingRole]);
  const latest = count.latest === null ? null : jobs[count.latest]!;
  const startTitle = count.start.role ? roleTitle(count.start.role) : (latest?.position ?? '');
  // The current role follows the jobs until the person types one.
  const [typedFrom, setTypedFrom] = useState<string | null>(null);
  const from = typedFrom ?? startTitle;
  const [typedYears, setTypedYears] = useState<Partial<Record<ExperienceKind, string>>>({});
  const [education, setEducation] = useState(inference.profile.education);
  const [certs, setCerts] = useState(() => new Set(inference.profile.certifications));
  // Every certification held at some point of the review keeps its checkbox, so unticking one does not make it vanish.
  const [listed, setListed] = useState(() => new Set(inference.profile.certifications));
  // The review appears below the plan: bring it into view and put the keyboard on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const kinds = EXPERIENCE_KINDS.filter(
    (k) => ALWAYS_SHOWN.includes(k) || count.months[k] || typedYears[k] !== undefined,
  );
  const years = yearsFrom(kinds, typedYears, count.months);
  const problems = years.problems.map((p) => `${kindLabel(p.kind)}: ${p.text}`);
  const start = describeStart(count.start, latest, count.monthsInCurrentRole, names);

  const editJob = (index: number, change: (job: ResumeJob) => ResumeJob) =>
    setJobs((list) => list.map((job, i) => (i === index ? change(job) : job)));
  const use = () => {
    if (problems.length > 0) return;
    onUse({
      from,
      education,
      experienceYears: years.experienceYears,
      certifications: [...certs].sort(),
      // Months in the role of the latest job, only while that is the role planned from.
      monthsInCurrentRole: count.start.basis === 'latest-job' && from === startTitle ? count.monthsInCurrentRole : null,
    });
  };

  return (
    <section className="panel resume-review" aria-labelledby="resume-heading">
      <h2 id="resume-heading" ref={heading} tabIndex={-1}>
        From your résumé
      </h2>
      <p className="field-hint">
        Read from <span className="file-name">{file}</span>. Check it and correct anything secpath got wrong; your plan
        changes only when you press “Plan with this profile”.
      </p>
      <div className="resume-fields">
        <div>
          <label className="field-label" htmlFor="resume-from">
            Current role
          </label>
          <input id="resume-from" type="text" value={from} onChange={(e) => setTypedFrom(e.target.value)} />
          <p className="field-hint">{start.text}.</p>
          {count.start.candidates.length > 0 && (
            <div className="button-row" role="group" aria-label="Roles your latest job could be">
              {count.start.candidates.map((c) => (
                <button key={c.id} type="button" className="quiet" onClick={() => setTypedFrom(roleTitle(c.id))}>
                  {roleTitle(c.id)}
                </button>
              ))}
            </div>
          )}
        </div>
        <ResumeJobs
          jobs={jobs}
          original={inference.jobs}
          jobMonths={count.jobMonths}
          rules={inference.rules}
          readIn={inference.readIn}
          names={names}
          onRole={(index, choice) =>
            editJob(index, (job) => withRoleChoice(job, inference.jobs[index] ?? job, choice, role))
          }
          onPartTime={(index, partTime) => editJob(index, (job) => ({ ...job, partTime }))}
          onAdd={(job) => setJobs((list) => [...list, job])}
          onRemove={(index) => setJobs((list) => list.filter((_, i) => i !== index))}
        />
        <fieldset>
          <legend className="field-label">Years of experience</legend>
          <p className="field-hint">From your jobs: {describeExperience(count.months)}.</p>
          <div className="resume-years">
            {kinds.map((k) => (
              <label key={k}>
                <span>{kindLabel(k)}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  value={typedYears[k] ?? yearsText(count.months[k])}
                  placeholder="0"
                  onChange={(e) => setTypedYears((y) => ({ ...y, [k]: e.target.value }))}
                />
              </label>
            ))}
          </div>
          {count.capped.length > 0 && (
            <p className="field-hint">{`More than ${MAX_YEARS} years in all were counted as ${MAX_YEARS}, the most secpath plans with; check the dates of your jobs.`}</p>
          )}
        </fieldset>
        <div>
          <label className="field-label" htmlFor="resume-education">
            Education
          </label>
          <select
            id="resume-education"
            value={education}
            onChange={(e) => isEducationLevel(e.target.value) && setEducation(e.target.value)}
          >
            <EducationOptions />
          </select>
          {inference.degrees.length > 0 && (
            <ul className="resume-reading" aria-label="Degrees">
              {inference.degrees.map((d, i) => (
                <li key={i}>
                  {degreeLabel(d)}: {describeDegree(d, inference.readIn)}.
                </li>
              ))}
            </ul>
          )}
        </div>
        <ResumeCertificates
          certificates={inference.certificates}
          held={certs}
          listed={listed}
          names={names}
          onHeld={(id, held) => {
            if (held) setListed((set) => new Set(set).add(id));
            setCerts((set) => {
              const next = new Set(set);
              if (held) next.add(id);
              else next.delete(id);
              return next;
            });
          }}
        />
      </div>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <details className="resume-reading">
        <summary>
          How secpath read the file ({inference.matched.length} used, {inference.skipped.length} not used)
        </summary>
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
