import { useId, useMemo, useState } from 'react';
import type { ResumeJob } from '../../export/json-resume.ts';
import type { ExperienceRules } from '../../export/resume-experience.ts';
import { describeCountedJob, jobLabel, jobPeriod, type ItemNames } from '../../export/resume-items.ts';
import { whyNotCounted } from '../../export/resume-lines.ts';
import { listWithOr } from '../../planner/describe.ts';
import { useCatalog } from '../catalog.ts';
import { NONE, SEVERAL, newJob, roleChoiceOf, type NewJobInput } from './resume-review-model.ts';

/** Rows shown before the rest are only counted: a file of thousands of jobs must not render thousands of rows (M1). */
export const MAX_JOB_ROWS = 50;

export interface ResumeJobsProps {
  jobs: readonly ResumeJob[];
  /** The jobs as read from the file, index for index; added jobs come after them. */
  original: readonly ResumeJob[];
  jobMonths: ReadonlyArray<number | null>;
  rules: ExperienceRules;
  readIn: string;
  names: ItemNames;
  onRole(index: number, choice: string): void;
  onPartTime(index: number, partTime: boolean): void;
  onAdd(job: ResumeJob): void;
  onRemove(index: number): void;
}

/** Every job as read, with the role it counts as and part-time work, each correctable; and a form for a job the résumé reading missed. */
export function ResumeJobs({
  jobs,
  original,
  jobMonths,
  rules,
  readIn,
  names,
  onRole,
  onPartTime,
  onAdd,
  onRemove,
}: ResumeJobsProps) {
  const { data, role } = useCatalog();
  const roles = useMemo(
    () => data.roles.filter((r) => r.countsAs.length > 0).sort((a, b) => a.title.localeCompare(b.title)),
    [data.roles],
  );
  const shown = jobs.slice(0, MAX_JOB_ROWS);
  const hidden = jobs.length - shown.length;
  return (
    <fieldset>
      <legend className="field-label">Jobs</legend>
      {jobs.length === 0 && <p className="field-hint">The résumé lists no jobs.</p>}
      <ul className="resume-jobs">
        {shown.map((job, index) => {
          const label = `${jobLabel(job)}${jobPeriod(job)}`;
          const why = whyNotCounted(job, rules, names);
          const choice = roleChoiceOf(job);
          return (
            <li key={index} className="resume-job">
              <span>{label}</span>{' '}
              {job.position !== null && (
                <>
                  <label className="check">
                    Counts as{' '}
                    <select
                      aria-label={`Role of ${label}`}
                      value={choice}
                      onChange={(e) => onRole(index, e.target.value)}
                    >
                      <option value={NONE}>No IT or security work</option>
                      {original[index]?.titleMatch === 'several' && (
                        <option value={SEVERAL}>
                          Either {listWithOr(original[index]!.candidates.map((c) => names.roleTitle(c.id)))}
                        </option>
                      )}
                      {job.candidates.length > 0 && (
                        <optgroup label="Closest to the title">
                          {job.candidates.map((c) => (
                            <option key={c.id} value={c.id}>
                              {names.roleTitle(c.id)}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      <optgroup label="Every role">
                        {roles.map((r) => (
                          <option key={r.id} value={r.id}>
                            {r.title}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </label>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={job.partTime}
                      onChange={(e) => onPartTime(index, e.target.checked)}
                    />{' '}
                    Part-time
                  </label>
                </>
              )}
              {index >= original.length && (
                <button type="button" className="quiet" onClick={() => onRemove(index)}>
                  Remove
                </button>
              )}
              <p className="field-hint">
                {why === null
                  ? capitalizeFirst(describeCountedJob(job, jobMonths[index] ?? 0, names, rules))
                  : `Not counted: ${why}.`}
              </p>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <p className="field-hint">
          …and {hidden.toLocaleString('en-US')} more jobs, counted as read and not listed here.
        </p>
      )}
      <AddJob readIn={readIn} roles={roles} role={role} onAdd={onAdd} />
    </fieldset>
  );
}

const capitalizeFirst = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function AddJob({
  readIn,
  roles,
  role,
  onAdd,
}: {
  readIn: string;
  roles: ReturnType<typeof useCatalog>['data']['roles'];
  role: ReturnType<typeof useCatalog>['role'];
  onAdd(job: ResumeJob): void;
}) {
  const id = useId();
  const empty: NewJobInput = { title: '', role: '', start: '', end: '', partTime: false };
  const [input, setInput] = useState<NewJobInput>(empty);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<NewJobInput>) => setInput((i) => ({ ...i, ...patch }));
  const add = () => {
    const made = newJob(input, readIn, role);
    if ('problem' in made) return setProblem(made.problem);
    onAdd(made.job);
    setInput(empty);
    setProblem(null);
  };
  return (
    <details className="resume-add-job">
      <summary>Add a job secpath missed</summary>
      <div className="resume-years">
        <label>
          <span>Job title</span>
          <input id={`${id}-title`} type="text" value={input.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label>
          <span>Role it was</span>
          <select value={input.role} onChange={(e) => set({ role: e.target.value })}>
            <option value="">Choose a role</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>From</span>
          <input type="month" value={input.start} onChange={(e) => set({ start: e.target.value })} />
        </label>
        <label>
          <span>To (empty if you hold it now)</span>
          <input type="month" value={input.end} onChange={(e) => set({ end: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={input.partTime} onChange={(e) => set({ partTime: e.target.checked })} />{' '}
          Part-time
        </label>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" onClick={add}>
        Add this job
      </button>
    </details>
  );
}
