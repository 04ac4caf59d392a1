import {
  EDUCATION_LEVEL_LABELS,
  EXPERIENCE_KIND_LABELS,
  EXPERIENCE_KINDS,
  type EducationLevel,
  type ExperienceKind,
} from '../model/constants.ts';
import { MAX_YEARS } from '../model/profile-rules.ts';
import { listWithAnd, listWithOr } from '../planner/describe.ts';
import type { CertificationStatus } from '../planner/resolve-certification.ts';
import type { RoleCandidate } from '../planner/resolve-role.ts';
import type { ExperienceRules } from './resume-experience.ts';
import { monthName } from './months.ts';

/**
 * What a résumé says, item by item, as secpath read it, and the plain sentences that tell the
 * person so: no ids, no JSON paths. Free of zod and of the graph: the review words the items
 * again as the person corrects them.
 */

/** Why a job's time is not counted. */
export type JobIssue =
  | 'no-position'
  | 'no-start-date'
  | 'unreadable-date'
  | 'ends-before-start'
  | 'starts-in-future'
  | 'before-earliest-year'
  | 'too-long'
  | 'no-role'
  | 'roles-disagree';

export interface ResumeJob {
  position: string | null;
  employer: string | null;
  /** First month worked, "YYYY-MM"; null when not given or unreadable. */
  start: string | null;
  /** Last month worked, "YYYY-MM"; null when ongoing, not given or unreadable. */
  end: string | null;
  ongoing: boolean;
  partTime: boolean;
  internship: boolean;
  /** The role its time counts as; null when none. */
  role: string | null;
  /** How the title read: as one role, as several about as close, or as none. */
  titleMatch: 'role' | 'several' | 'none';
  /** When the title could be several roles: those roles, closest first; when none, the nearest. */
  candidates: RoleCandidate[];
  /** What its months count toward: the role's kinds, or the kinds every candidate role shares. */
  kinds: ExperienceKind[];
  issue: JobIssue | null;
  /** The résumé's field and value behind a date issue, to name in the message ("startDate", "1949-01"). */
  dateField?: { field: 'startDate' | 'endDate'; shown: string };
}

export type CertificateState = CertificationStatus | 'unknown' | 'no-name' | 'not-yet';

export interface ResumeCertificate {
  name: string | null;
  /** The certifications it names; several for "CISSP, CISM". */
  ids: string[];
  state: CertificateState;
  /** "YYYY-MM" of the end date, where the résumé gives one. */
  ends: string | null;
  /** "YYYY-MM" of the date it was granted, where given. */
  granted: string | null;
  /** An end date that could not be read: whether it expired is unknown. */
  unreadableEnd: string | null;
  suggestions: string[];
}

export type DegreeState = 'finished' | 'in-progress' | 'unreadable-date' | 'not-a-degree';

export interface ResumeDegree {
  studyType: string;
  area: string | null;
  institution: string | null;
  level: EducationLevel | null;
  state: DegreeState;
  /** "YYYY-MM" it ended or ends, where given. */
  ends: string | null;
  unreadableEnd: string | null;
}

export interface ItemNames {
  roleTitle(id: string): string;
  /** A certification as people name it: "CISSP". */
  certName(id: string): string;
}

/** "56 months", "1 month", "6.5 months". */
export function monthsText(months: number): string {
  if (months === 1) return '1 month';
  return `${Number.isInteger(months) ? months : months.toFixed(1)} months`;
}

export const kindsText = (kinds: readonly ExperienceKind[]) => listWithAnd(kinds.map((k) => EXPERIENCE_KIND_LABELS[k]));

/** "56 months of IT and information security experience"; kinds with the same months said together. */
export function describeExperience(months: Partial<Record<ExperienceKind, number>>): string {
  const groups = new Map<number, ExperienceKind[]>();
  for (const kind of EXPERIENCE_KINDS) {
    const m = months[kind];
    if (!m) continue;
    const list = groups.get(m) ?? [];
    if (list.length === 0) groups.set(m, list);
    list.push(kind);
  }
  if (groups.size === 0) return 'no IT or security experience';
  return listWithAnd([...groups.entries()].map(([m, kinds]) => `${monthsText(m)} of ${kindsText(kinds)} experience`));
}

/** Calendar months a job covers, up to `now` (a month index). */
export function jobPeriod(job: ResumeJob): string {
  if (!job.start) return '';
  const to = job.ongoing ? 'now' : job.end ? monthName(job.end) : 'an end not given';
  return ` (${monthName(job.start)} to ${to})`;
}

export function jobLabel(job: ResumeJob): string {
  const title = job.position ?? 'A job with no position';
  return `${title}${job.employer ? ` at ${job.employer}` : ''}`;
}

const EARLIEST_HINT = 'correct it in the résumé, or give your years of experience yourself';

/** Why a job is not counted, in words; null when it is. */
export function jobIssueText(job: ResumeJob, names: ItemNames): string | null {
  const field = job.dateField;
  switch (job.issue) {
    case null:
      return null;
    case 'no-position':
      return 'secpath cannot tell what work it was, so its time is not counted';
    case 'no-start-date':
      return 'has no start date (startDate), so its time is not counted; add one in the résumé';
    case 'unreadable-date':
      return `its ${field?.field ?? 'date'} "${field?.shown ?? ''}" is not a date secpath can read (expected a month such as 2021-06), so its time is not counted; ${EARLIEST_HINT}`;
    case 'ends-before-start':
      return `ends before it starts, so its time is not counted; correct startDate or endDate in the résumé`;
    case 'starts-in-future':
      return 'starts after this month, so it is not counted yet';
    case 'before-earliest-year':
      return `starts in ${field?.shown ?? 'a year'}, before ${EARLIEST_YEAR}, which secpath takes for a mistake in startDate; its time is not counted: ${EARLIEST_HINT}`;
    case 'too-long':
      return `lasts more than ${MAX_JOB_YEARS} years, longer than secpath plans with, so its time is not counted; check startDate and endDate: ${EARLIEST_HINT}`;
    case 'no-role':
      return `matches no IT or security role${job.candidates.length ? ` (closest: ${listWithOr(job.candidates.map((c) => names.roleTitle(c.id)))})` : ''}, so its time is not counted`;
    case 'roles-disagree':
      return `could be ${listWithOr(job.candidates.map((c) => names.roleTitle(c.id)))}, which count different experience, so its time is not counted`;
  }
}

/** The first year a job may start in: earlier is a typo ("0000", "1060"), not a working life (L5). */
export const EARLIEST_YEAR = 1950;
/** A single job longer than a working life (the most years a profile holds) is a mistake in its dates. */
export const MAX_JOB_YEARS = MAX_YEARS;

/**
 * How a counted job was read: the role, and what its months count as, with the issuers' rules
 * for part-time work and internships where they apply.
 */
export function describeCountedJob(job: ResumeJob, months: number, names: ItemNames, rules: ExperienceRules): string {
  const parts: string[] = [];
  if (job.role) parts.push(`read as ${names.roleTitle(job.role)}`);
  else if (job.candidates.length)
    parts.push(
      `could be ${listWithOr(job.candidates.map((c) => names.roleTitle(c.id)))}, so it counts only as the experience all of them count`,
    );
  if (job.internship)
    parts.push(
      `an internship${rules.internships.issuers.length ? `, which ${listWithAnd(rules.internships.issuers)} counts` : ''}`,
    );
  if (job.partTime && rules.partTime) {
    const credited = (months * rules.partTime.percent) / 100;
    parts.push(
      `${monthsText(months)} part-time, counted as ${monthsText(credited)} of ${kindsText(job.kinds)} experience, as ${listWithAnd(rules.partTime.issuers)} counts part-time work (a month at ${rules.partTime.percent}%)`,
    );
  } else parts.push(`${monthsText(months)} of ${kindsText(job.kinds)} experience`);
  return parts.join('; ');
}

/** Part-time work where no issuer in the data says how it counts. */
export const PART_TIME_NOT_COUNTED =
  'part-time, and no issuer in secpath’s data says how part-time work counts, so its time is not counted';
export const INTERNSHIP_NOT_COUNTED = (issuers: readonly string[]) =>
  `an internship, and ${listWithAnd(issuers)} does not count internships, so its time is not counted`;

export function certificateLabel(cert: ResumeCertificate): string {
  return cert.name ?? 'A certificate with no name';
}

/** How a certificate was read, in words, and whether it counts as held. */
export function describeCertificate(cert: ResumeCertificate, names: ItemNames): { text: string; held: boolean } {
  const named = listWithAnd(cert.ids.map((id) => names.certName(id)));
  switch (cert.state) {
    case 'held':
      return {
        text: `read as ${named}${cert.unreadableEnd ? `; its end date "${cert.unreadableEnd}" is not a date secpath can read, so whether it expired is not known: it is counted as held` : ''}`,
        held: true,
      };
    case 'expired':
      return {
        text: `${named}, ${cert.ends ? `ended ${monthName(cert.ends)}` : 'expired, as the résumé says'}: not counted as held`,
        held: false,
      };
    case 'in-progress':
      return { text: `${named}, in progress as the résumé says: not counted as held`, held: false };
    case 'associate':
      return {
        text: `an Associate of ISC2 who passed the ${named} exam and is gaining the experience: counted as the exam passed, not as ${named} held`,
        held: false,
      };
    case 'not-yet':
      return {
        text: `${named}, dated ${cert.granted ? monthName(cert.granted) : 'later'}, after this month: not counted as held yet`,
        held: false,
      };
    case 'no-name':
      return { text: 'gives no name, so it is not counted', held: false };
    case 'unknown':
      return {
        text: `matches no certification secpath knows${cert.suggestions.length ? ` (closest: ${listWithOr(cert.suggestions.map((id) => names.certName(id)))})` : ''}`,
        held: false,
      };
  }
}

export function degreeLabel(degree: ResumeDegree): string {
  return `${degree.studyType}${degree.area ? ` in ${degree.area}` : ''}${degree.institution ? ` (${degree.institution})` : ''}`;
}

const withArticle = (label: string) => `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;

/** How a degree was read, in words; `now` is the month it was read in, "YYYY-MM". */
export function describeDegree(degree: ResumeDegree, now: string): string {
  const level = degree.level ? withArticle(EDUCATION_LEVEL_LABELS[degree.level]) : 'a degree';
  switch (degree.state) {
    case 'finished':
      return `read as ${level}, finished${degree.ends ? ` ${monthName(degree.ends)}` : ''}`;
    case 'in-progress':
      return degree.ends
        ? `${level} in progress, finishing ${monthName(degree.ends)} (its end date; this is ${monthName(now)}): not counted until then, as the profile holds finished degrees only`
        : `${level} with no end date, so taken as in progress and not counted; if you have finished it, give its end date or choose your education yourself`;
    case 'unreadable-date':
      return `its end date "${degree.unreadableEnd ?? ''}" is not a date secpath can read, so it is not counted as finished`;
    case 'not-a-degree':
      return "not a degree level secpath counts (associate's, bachelor's, master's or doctorate)";
  }
}
