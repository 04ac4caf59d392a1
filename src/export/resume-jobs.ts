import {
  monthsInRole,
  tallyExperience,
  type ExperienceRules,
  type ExperienceTally,
  type JobSpan,
} from './resume-experience.ts';
import { indexOfYearMonth } from './resume-dates.ts';
import type { ResumeJob } from './resume-items.ts';
import type { RoleCandidate } from '../planner/resolve-role.ts';

/**
 * A work history counted: months by kind, which job is the latest, how long the person has been
 * in their current role and where the plan starts. The reader and the review both count with it.
 */

/** The months a job covers, up to but not including `end`; null when its dates cannot be used. */
export function jobSpan(job: ResumeJob, now: number): { start: number; end: number } | null {
  if (
    !job.start ||
    job.issue === 'no-start-date' ||
    job.issue === 'unreadable-date' ||
    job.issue === 'ends-before-start' ||
    job.issue === 'starts-in-future' ||
    job.issue === 'before-earliest-year' ||
    job.issue === 'too-long'
  )
    return null;
  const start = indexOfYearMonth(job.start);
  // An end date means the person worked through that month; no end date, until now.
  const end = job.ongoing || !job.end ? now : Math.min(indexOfYearMonth(job.end) + 1, now);
  return end >= start ? { start, end } : null;
}

/** Why a job with a role is still not counted: part-time work or an internship the issuers' rules leave out. */
export function ruleExcludes(job: ResumeJob, rules: ExperienceRules): 'part-time' | 'internship' | null {
  if (job.partTime && !rules.partTime) return 'part-time';
  if (job.internship && !rules.internships.count) return 'internship';
  return null;
}

export function isCounted(job: ResumeJob, rules: ExperienceRules): boolean {
  return job.issue === null && job.kinds.length > 0 && ruleExcludes(job, rules) === null;
}

/** The starting role for students, graduates and career changers (graph-data/roles.json). */
export const OUTSIDE_IT_ROLE_ID = 'outside-it';

export type StartBasis =
  'latest-job' | 'latest-job-ambiguous' | 'latest-job-unmatched' | 'latest-job-internship' | 'no-jobs';

export interface JobCount extends ExperienceTally {
  /** Calendar months each job covers, index for index; null where its dates cannot be used. */
  jobMonths: Array<number | null>;
  /** Index of the latest job: the one ending last (ongoing ones now), or the first listed when none has usable dates. */
  latest: number | null;
  /** Whole months in the current role, where the latest job is ongoing and has a role. */
  monthsInCurrentRole: number | null;
}

/** Counts the jobs; nothing is copied per job (M1: a 5 MB résumé holds 63,000 of them). */
export function countJobs(jobs: readonly ResumeJob[], rules: ExperienceRules, now: number): JobCount {
  const spans: JobSpan[] = [];
  const jobMonths: Array<number | null> = [];
  let latest: number | null = null;
  let latestSpan: { start: number; end: number } | null = null;
  let firstListed: number | null = null;
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const span = jobSpan(job, now);
    jobMonths.push(span ? span.end - span.start : null);
    if (job.position === null) continue;
    firstListed ??= i;
    if (
      span &&
      (!latestSpan || span.end > latestSpan.end || (span.end === latestSpan.end && span.start > latestSpan.start))
    ) {
      latest = i;
      latestSpan = span;
    }
    if (span && isCounted(job, rules))
      spans.push({ start: span.start, end: span.end, kinds: job.kinds, partTime: job.partTime });
  }
  const tally = tallyExperience(spans, rules);
  let months: number | null = null;
  const current = latest === null ? null : jobs[latest]!;
  if (current && latestSpan && latestSpan.end === now && current.role && isCounted(current, rules)) {
    // The stay goes back through earlier jobs in the same role it continues without a gap.
    const sameRole = jobs
      .map((job, i) => ({ job, span: jobSpan(job, now), i }))
      .filter((j) => j.job.role === current.role && j.span && isCounted(j.job, rules))
      .sort((a, b) => b.span!.end - a.span!.end);
    let runStart = latestSpan.start;
    const run: JobSpan[] = [];
    for (const { job, span } of sameRole) {
      if (span!.end < runStart) break;
      runStart = Math.min(runStart, span!.start);
      run.push({ start: span!.start, end: span!.end, kinds: job.kinds, partTime: job.partTime });
    }
    months = monthsInRole(run, rules);
  }
  return { ...tally, jobMonths, latest: latest ?? firstListed, monthsInCurrentRole: months };
}

export interface PlanStart {
  /** The role the plan starts from; null when the person must say (the latest title could be several roles). */
  role: string | null;
  basis: StartBasis;
  candidates: RoleCandidate[];
}

/**
 * Where the plan starts: the latest job's role; the starting point for people outside IT when
 * there is no job, the latest matches no role or is an internship (an intern does not hold the
 * role yet); nothing when the latest title could be several roles — the person says which.
 */
export function planStartOf(jobs: readonly ResumeJob[], latest: number | null, startingRole: string | null): PlanStart {
  const job = latest === null ? null : jobs[latest]!;
  if (!job) return { role: startingRole, basis: 'no-jobs', candidates: [] };
  if (job.internship) return { role: startingRole, basis: 'latest-job-internship', candidates: [] };
  if (job.role) return { role: job.role, basis: 'latest-job', candidates: [] };
  if (job.titleMatch !== 'several')
    return { role: startingRole, basis: 'latest-job-unmatched', candidates: job.candidates };
  return { role: null, basis: 'latest-job-ambiguous', candidates: job.candidates };
}
