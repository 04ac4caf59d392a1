import type { RoleGraph } from '../graph/role-graph.ts';
import { describeValue, type DataIssue } from '../input/issues.ts';
import { parseJsonText } from '../input/json-text.ts';
import { educationRank, type EducationLevel, type ExperienceKind } from '../model/constants.ts';
import type { Profile } from '../model/index.ts';
import {
  certificationIndex,
  certificationWords,
  matchCertificationName,
  type CertificationNameMatch,
} from '../planner/resolve-certification.ts';
import type { RoleCandidate } from '../planner/resolve-role.ts';
import { tooLargeIssue } from './limits.ts';
import { yearMonthOfIndex } from './resume-dates.ts';
import { newReadCache, readCertificate, readDegree, readJob } from './resume-entries.ts';
import { experienceRulesOf, yearsOfMonths, type ExperienceRules } from './resume-experience.ts';
import type { ResumeCertificate, ResumeDegree, ResumeJob } from './resume-items.ts';
import { OUTSIDE_IT_ROLE_ID, countJobs, planStartOf, type StartBasis } from './resume-jobs.ts';
import { readingLines } from './resume-lines.ts';

export type { ResumeCertificate, ResumeDegree, ResumeJob } from './resume-items.ts';
export type { StartBasis } from './resume-jobs.ts';

/** Jobs with no position kept in a reading to show; more are only counted (M1: a file of 1.7 million empty entries). */
const MAX_JOBS_WITHOUT_POSITION = 20;

/** What secpath understood from a résumé, for the person to check before planning. */
export interface ResumeInference {
  profile: Profile;
  /** The role the plan starts from: the latest job's, or outside IT (see `start`); null when the person must say. */
  currentRole: string | null;
  /** The latest job's title as written. */
  currentPosition: string | null;
  /** Why the plan starts from `currentRole`, and the roles the latest title could be. */
  start: { basis: StartBasis; candidates: RoleCandidate[] };
  jobs: ResumeJob[];
  certificates: ResumeCertificate[];
  degrees: ResumeDegree[];
  /** Months of experience by kind, part-time months at the issuers' rate; the profile's years are these over 12. */
  experienceMonths: Partial<Record<ExperienceKind, number>>;
  rules: ExperienceRules;
  /** The month it was read in, "YYYY-MM": ongoing jobs count up to it, and dates after it are in the future. */
  readIn: string;
  /** One sentence per thing used, in plain words. */
  matched: string[];
  /** One sentence per thing not used, saying why. */
  skipped: string[];
}

export type ResumeReadResult = { ok: true; inference: ResumeInference } | { ok: false; issues: DataIssue[] };

/**
 * Infers a profile from a JSON Resume (jsonresume.org; older files saying `company` read the
 * same): the plan's starting role from the latest job, months of experience by kind over the work
 * history (overlapping jobs once, part-time and internships as the issuers count them),
 * certificates held, and the highest finished degree. Nothing is guessed: what is not used is
 * listed with the reason, in plain words.
 */
export function inferProfileFromResume(
  graph: RoleGraph,
  resume: unknown,
  today: Date = new Date(),
  file = 'resume.json',
): ResumeReadResult {
  if (resume === null || typeof resume !== 'object' || Array.isArray(resume)) {
    return {
      ok: false,
      issues: [{ file, path: [], message: `is not a JSON Resume: expected an object, found ${describeValue(resume)}` }],
    };
  }
  const r = resume as Record<string, unknown>;
  for (const key of ['work', 'education', 'certificates'] as const) {
    if (r[key] !== undefined && r[key] !== null && !Array.isArray(r[key])) {
      return { ok: false, issues: [{ file, path: [key], message: `expected a list, found ${describeValue(r[key])}` }] };
    }
  }
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const certifications = graph.getAttribute('certifications');
  const rules = experienceRulesOf(certifications.values());

  const cache = newReadCache();
  const jobs: ResumeJob[] = [];
  // A job with no position cannot be counted or corrected; a few are kept to be shown, the rest counted.
  let withoutPosition = 0;
  let omittedJobs = 0;
  for (const entry of (r.work as unknown[] | undefined) ?? []) {
    const job = readJob(graph, entry, now, cache);
    if (job.issue === 'no-position' && ++withoutPosition > MAX_JOBS_WITHOUT_POSITION) omittedJobs++;
    else jobs.push(job);
  }

  const index = certificationIndex(certifications);
  // Names as written, then in normal form: each is matched once however often it repeats.
  const asWritten = new Map<string, CertificationNameMatch>();
  const normal = new Map<string, CertificationNameMatch>();
  const matchName = (name: string) => {
    let found = asWritten.get(name);
    if (found) return found;
    const key = certificationWords(name).join(' ');
    found = normal.get(key);
    if (!found) normal.set(key, (found = matchCertificationName(index, name)));
    asWritten.set(name, found);
    return found;
  };
  const certificates: ResumeCertificate[] = [];
  for (const entry of (r.certificates as unknown[] | undefined) ?? [])
    certificates.push(readCertificate(entry, now, cache, matchName));

  const degrees: ResumeDegree[] = [];
  for (const entry of (r.education as unknown[] | undefined) ?? []) {
    const degree = readDegree(entry, now);
    if (degree) degrees.push(degree);
  }

  const count = countJobs(jobs, rules, now);
  const startingRole = graph.hasNode(OUTSIDE_IT_ROLE_ID) ? OUTSIDE_IT_ROLE_ID : null;
  const start = planStartOf(jobs, count.latest, startingRole);
  const experienceYears: Profile['experienceYears'] = {};
  for (const [kind, months] of Object.entries(count.months) as Array<[ExperienceKind, number]>)
    experienceYears[kind] = yearsOfMonths(months);

  let education: EducationLevel = 'none';
  for (const d of degrees)
    if (d.state === 'finished' && d.level && educationRank(d.level) > educationRank(education)) education = d.level;
  const held = new Set<string>();
  const associate = new Set<string>();
  for (const c of certificates) {
    if (c.state === 'held') for (const id of c.ids) held.add(id);
    if (c.state === 'associate') for (const id of c.ids) associate.add(id);
  }

  const readIn = yearMonthOfIndex(now);
  const volunteer = Array.isArray(r.volunteer) ? r.volunteer.length : 0;
  const lines = readingLines(graph, {
    jobs,
    certificates,
    degrees,
    count,
    start,
    rules,
    readIn,
    volunteer,
    omittedJobs,
  });
  return {
    ok: true,
    inference: {
      profile: {
        experienceYears,
        education,
        certifications: [...held].sort(),
        associateOf: [...associate].filter((id) => !held.has(id)).sort(),
        ...(start.basis === 'latest-job' && count.monthsInCurrentRole !== null
          ? { monthsInCurrentRole: count.monthsInCurrentRole }
          : {}),
      },
      currentRole: start.role,
      currentPosition: count.latest === null ? null : jobs[count.latest]!.position,
      start: { basis: start.basis, candidates: start.candidates },
      jobs,
      certificates,
      degrees,
      experienceMonths: count.months,
      rules,
      readIn,
      matched: lines.matched,
      skipped: lines.skipped,
    },
  };
}

/** Reads a JSON Resume file's text; refuses what is too large or not JSON, saying where. */
export function readResume(
  graph: RoleGraph,
  content: string,
  today: Date = new Date(),
  file = 'resume.json',
): ResumeReadResult {
  const large = tooLargeIssue(file, content.length, 'a résumé file');
  if (large) return { ok: false, issues: [large] };
  const json = parseJsonText(file, content);
  if (json.value === undefined) return { ok: false, issues: json.issues };
  return inferProfileFromResume(graph, json.value, today, file);
}
