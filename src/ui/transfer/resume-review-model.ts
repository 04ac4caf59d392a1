import type { ResumeInference, ResumeJob } from '../../export/json-resume.ts';
import { indexOfYearMonth } from '../../export/resume-dates.ts';
import { countJobs, planStartOf, type JobCount, type PlanStart } from '../../export/resume-jobs.ts';
import { EARLIEST_YEAR } from '../../export/resume-items.ts';
import { EXPERIENCE_KINDS, type ExperienceKind } from '../../model/constants.ts';
import type { Role } from '../../model/index.ts';
import { MAX_YEARS } from '../state/planner-state.ts';
import { parseYears } from '../state/state-fields.ts';

/**
 * The résumé review's decisions, in pure code: what a job counts as once the person corrects it,
 * a job they add, and the profile the corrected reading gives. The component only lays it out.
 */

/** The select value of a job whose title could be several roles: counted as what all of them count. */
export const SEVERAL = '@several';
/** The select value of a job that was no IT or security work. */
export const NONE = '';

const DATE_ISSUES: ReadonlyArray<ResumeJob['issue']> = [
  'no-start-date',
  'unreadable-date',
  'ends-before-start',
  'starts-in-future',
  'before-earliest-year',
  'too-long',
];
export const hasDateIssue = (job: ResumeJob) => DATE_ISSUES.includes(job.issue);

/** The value of a job's role select. */
export function roleChoiceOf(job: ResumeJob): string {
  if (job.role) return job.role;
  return job.titleMatch === 'several' ? SEVERAL : NONE;
}

/**
 * A job once the person says which role it was: a role (its time counts as that role's kinds),
 * "several" (back to what the résumé's title gave), or none. Its dates stay as they were read.
 */
export function withRoleChoice(
  job: ResumeJob,
  original: ResumeJob,
  choice: string,
  role: (id: string) => Role | undefined,
): ResumeJob {
  const dateIssue = hasDateIssue(job) ? job.issue : null;
  if (choice === SEVERAL)
    return {
      ...job,
      role: null,
      titleMatch: original.titleMatch,
      candidates: original.candidates,
      kinds: original.kinds,
      issue: dateIssue ?? original.issue,
    };
  const chosen = choice === NONE ? undefined : role(choice);
  if (!chosen || chosen.countsAs.length === 0)
    return { ...job, role: null, titleMatch: 'none', candidates: [], kinds: [], issue: dateIssue ?? 'no-role' };
  return { ...job, role: chosen.id, titleMatch: 'role', kinds: [...chosen.countsAs], issue: dateIssue };
}

export interface NewJobInput {
  title: string;
  role: string;
  /** "YYYY-MM" from a month field. */
  start: string;
  /** "YYYY-MM", or '' for a job held now. */
  end: string;
  partTime: boolean;
}

/** A job the person adds, or what is wrong with it, in words. */
export function newJob(
  input: NewJobInput,
  readIn: string,
  role: (id: string) => Role | undefined,
): { job: ResumeJob } | { problem: string } {
  const chosen = role(input.role);
  if (!chosen || chosen.countsAs.length === 0) return { problem: 'Choose the role the job was.' };
  if (!/^\d{4}-\d{2}$/.test(input.start)) return { problem: 'Give the month the job started.' };
  if (input.end !== '' && !/^\d{4}-\d{2}$/.test(input.end))
    return { problem: 'Give the month the job ended, or leave it empty for a job you hold now.' };
  const start = indexOfYearMonth(input.start);
  if (start < EARLIEST_YEAR * 12)
    return { problem: `A job starting before ${EARLIEST_YEAR} is taken for a mistake in its date.` };
  if (start > indexOfYearMonth(readIn)) return { problem: 'The job starts after this month.' };
  if (input.end !== '' && indexOfYearMonth(input.end) < start) return { problem: 'The job ends before it starts.' };
  const job: ResumeJob = {
    position: input.title.trim() || chosen.title,
    employer: null,
    start: input.start,
    end: input.end || null,
    ongoing: input.end === '',
    partTime: input.partTime,
    internship: false,
    role: chosen.id,
    titleMatch: 'role',
    candidates: [],
    kinds: [...chosen.countsAs],
    issue: null,
  };
  return { job };
}

export interface ReviewCount extends JobCount {
  start: PlanStart;
}

export function countReview(
  inference: ResumeInference,
  jobs: readonly ResumeJob[],
  startingRole: string | null,
): ReviewCount {
  const count = countJobs(jobs, inference.rules, indexOfYearMonth(inference.readIn));
  return { ...count, start: planStartOf(jobs, count.latest, startingRole) };
}

/** Years as a person would read them: at most one decimal. */
export const yearsText = (months: number | undefined) => (months ? String(Math.round((months / 12) * 10) / 10) : '');

export interface YearsResult {
  experienceYears: Partial<Record<ExperienceKind, number>>;
  problems: Array<{ kind: ExperienceKind; text: string }>;
}

/**
 * The years of the profile: what the person typed where they typed, else the jobs' months over
 * 12, unrounded, so the planner's floor(years × 12) gives back every month (L4).
 */
export function yearsFrom(
  kinds: readonly ExperienceKind[],
  typed: Partial<Record<ExperienceKind, string>>,
  months: Partial<Record<ExperienceKind, number>>,
): YearsResult {
  const experienceYears: YearsResult['experienceYears'] = {};
  const problems: YearsResult['problems'] = [];
  for (const kind of EXPERIENCE_KINDS) {
    if (!kinds.includes(kind)) continue;
    const text = typed[kind];
    if (text === undefined) {
      if (months[kind]) experienceYears[kind] = months[kind]! / 12;
      continue;
    }
    if (text.trim() === '') continue;
    const parsed = parseYears(text.trim());
    if (parsed.value === undefined)
      problems.push({ kind, text: `expected a number of years from 0 to ${MAX_YEARS}, found "${text.trim()}"` });
    else if (parsed.value > 0) experienceYears[kind] = parsed.value;
  }
  return { experienceYears, problems };
}
