import type { RoleGraph } from '../graph/role-graph.ts';
import type { ExperienceRules } from './resume-experience.ts';
import { isCounted, ruleExcludes, type JobCount, type PlanStart } from './resume-jobs.ts';
import {
  INTERNSHIP_NOT_COUNTED,
  PART_TIME_NOT_COUNTED,
  certificateLabel,
  degreeLabel,
  describeCertificate,
  describeCountedJob,
  describeDegree,
  describeExperience,
  jobIssueText,
  jobLabel,
  jobPeriod,
  kindsText,
  monthsText,
  type ItemNames,
  type ResumeCertificate,
  type ResumeDegree,
  type ResumeJob,
} from './resume-items.ts';
import { listWithOr } from '../planner/describe.ts';
import { MAX_YEARS } from '../model/profile-rules.ts';

/** Lines a list shows before it says how many more there are: a file of 63,000 jobs must not print 63,000 lines. */
export const MAX_LINES = 100;

class Lines {
  readonly lines: string[] = [];
  private more = 0;
  add(make: () => string): void {
    if (this.lines.length < MAX_LINES) this.lines.push(make());
    else this.more++;
  }
  done(): string[] {
    if (this.more > 0) this.lines.push(`…and ${this.more.toLocaleString('en-US')} more, not listed`);
    return this.lines;
  }
}

export function graphNames(graph: RoleGraph): ItemNames {
  const certs = graph.getAttribute('certifications');
  return {
    roleTitle: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'role').title : id),
    certName: (id) => certs.get(id)?.abbreviation ?? id,
  };
}

export interface Reading {
  jobs: readonly ResumeJob[];
  certificates: readonly ResumeCertificate[];
  degrees: readonly ResumeDegree[];
  count: JobCount;
  start: PlanStart;
  rules: ExperienceRules;
  readIn: string;
  volunteer: number;
  /** Jobs with no position beyond those kept in `jobs`. */
  omittedJobs: number;
}

/** What the plan starts from, and why, in words; `used` says whether it reads as used or as something to fix. */
export function describeStart(
  start: PlanStart,
  latest: ResumeJob | null,
  monthsInCurrentRole: number | null,
  names: ItemNames,
): { text: string; used: boolean } {
  const latestText = latest ? `Your latest job, ${jobLabel(latest)},` : '';
  const startTitle = start.role ? names.roleTitle(start.role) : null;
  switch (start.basis) {
    case 'latest-job':
      return {
        text: `The plan starts from ${startTitle}, the role of your latest job${monthsInCurrentRole !== null ? `, held for ${monthsText(monthsInCurrentRole)}` : ''}`,
        used: true,
      };
    case 'latest-job-ambiguous':
      return {
        text: `${latestText} could be ${listWithOr(start.candidates.map((c) => names.roleTitle(c.id)))}: say which role you hold`,
        used: false,
      };
    case 'latest-job-unmatched':
      return startTitle
        ? {
            text: `${latestText} matches no IT or security role, so the plan starts from ${startTitle}; give the role you hold if one fits`,
            used: true,
          }
        : { text: `${latestText} matches no role: give the role you hold`, used: false };
    case 'latest-job-internship':
      return startTitle
        ? {
            text: `${latestText} is an internship, and an intern does not hold the role yet, so the plan starts from ${startTitle}; give the role you hold if one fits`,
            used: true,
          }
        : { text: `${latestText} is an internship: give the role you hold`, used: false };
    case 'no-jobs':
      return startTitle
        ? { text: `The résumé lists no jobs, so the plan starts from ${startTitle}`, used: true }
        : { text: 'The résumé lists no jobs: give the role you hold', used: false };
  }
}

/** Why a job is not counted, in words; null when it is counted. */
export function whyNotCounted(job: ResumeJob, rules: ExperienceRules, names: ItemNames): string | null {
  if (isCounted(job, rules)) return null;
  const issue = jobIssueText(job, names);
  if (issue) return issue;
  const rule = ruleExcludes(job, rules);
  if (rule === 'part-time') return PART_TIME_NOT_COUNTED;
  if (rule === 'internship') return INTERNSHIP_NOT_COUNTED(rules.internships.issuers);
  return 'counts toward no kind of experience';
}

/** The plain sentences of a reading: what was used and what was not, and why. No ids, no JSON paths. */
export function readingLines(graph: RoleGraph, reading: Reading): { matched: string[]; skipped: string[] } {
  const names = graphNames(graph);
  const { jobs, count, rules } = reading;
  const matched = new Lines();
  const skipped = new Lines();
  matched.add(() => `In all: ${describeExperience(count.months)}`);
  const start = describeStart(
    reading.start,
    count.latest === null ? null : jobs[count.latest]!,
    count.monthsInCurrentRole,
    names,
  );
  (start.used ? matched : skipped).add(() => start.text);
  for (const kind of count.capped)
    skipped.add(
      () =>
        `More than ${MAX_YEARS} years of ${kindsText([kind])} experience in all: counted as ${MAX_YEARS} years, the most secpath plans with; check the dates of your jobs`,
    );
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const why = whyNotCounted(job, rules, names);
    if (why === null)
      matched.add(
        () => `${jobLabel(job)}${jobPeriod(job)}: ${describeCountedJob(job, count.jobMonths[i] ?? 0, names, rules)}`,
      );
    else skipped.add(() => `${jobLabel(job)}${jobPeriod(job)}: ${why}`);
  }
  if (reading.omittedJobs > 0)
    skipped.add(
      () => `${reading.omittedJobs.toLocaleString('en-US')} more jobs give no position, so their time is not counted`,
    );
  if (reading.volunteer > 0)
    skipped.add(
      () =>
        `Volunteer work (${reading.volunteer === 1 ? '1 entry' : `${reading.volunteer} entries`}) is not read; if it was IT or security work, add it as a job`,
    );
  for (const cert of reading.certificates) {
    const { text, held } = describeCertificate(cert, names);
    (held ? matched : skipped).add(() => `${certificateLabel(cert)}: ${text}`);
  }
  for (const degree of reading.degrees) {
    (degree.state === 'finished' ? matched : skipped).add(
      () => `${degreeLabel(degree)}: ${describeDegree(degree, reading.readIn)}`,
    );
  }
  return { matched: matched.done(), skipped: skipped.done() };
}
