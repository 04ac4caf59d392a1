import type { RoleGraph } from '../graph/role-graph.ts';
import type { EducationLevel, ExperienceKind } from '../model/constants.ts';
import { canonicalRoleName } from '../planner/role-name-index.ts';
import type { CertificationNameMatch } from '../planner/resolve-certification.ts';
import { resolveRole, type RoleCandidate } from '../planner/resolve-role.ts';
import { readResumeDate, type ResumeDate } from './resume-dates.ts';
import {
  EARLIEST_YEAR,
  MAX_JOB_YEARS,
  type ResumeCertificate,
  type ResumeDegree,
  type ResumeJob,
} from './resume-items.ts';

/**
 * One entry of a résumé read at a time: a job, a certificate, a degree. A read keeps a cache so
 * a title or a date repeated over thousands of entries is read once (M1).
 */

/** Text from the résumé, with control and bidirectional-override characters removed (terminal escapes, reversed text) and length bounded. */
const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const clean = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return clean === '' ? null : clean;
};

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** How people mark part-time work in a title or an employment type: "(part-time)", "part time", "PT"; a German Werkstudent works at most 20 hours a week. */
const PART_TIME =
  /\bpart[\s-]?time\b|\bwerkstudent(?:in)?\b|(?:^|[\s,(–—-])pt(?=\s*(?:$|[),;]))|\bteilzeit\b|\btemps partiel\b|\bmedio tiempo\b|\btiempo parcial\b/i;
/** Internships, in the languages of the aliases: ISC2 counts them. */
const INTERNSHIP =
  /\bintern(?:ship)?\b|\bco-?op\b|\bpraktikant(?:in)?\b|\bstagiaire\b|\bbecari[oa]\b|\bpasante\b|\bestagi[aá]ri[oa]\b/i;

function educationOf(studyType: string): EducationLevel | null {
  const t = studyType.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/doctor|doktor|ph\.? ?d|\bdphil\b|doctorat/.test(t)) return 'doctorate';
  if (/master|maestria|mestrado|\bm\.? ?s\.? ?c?\b|\bmba\b|\bm\.?eng\b|\bm\.?a\.?\b|\bm\.? ?tech\b/.test(t))
    return 'master';
  if (
    /bachelor|licenciatura|\blicence\b|bacharelado|\bgrado en\b|\bb\.? ?s\.? ?c?\b|\bb\.?a\.?\b|\bb\.?eng\b|\bb\.? ?tech\b|undergraduate degree/.test(
      t,
    )
  )
    return 'bachelor';
  if (/associate|\ba\.?a\.?s?\b|\ba\.?s\.?\b|foundation degree/.test(t)) return 'associate';
  return null;
}

interface TitleReading {
  role: string | null;
  titleMatch: ResumeJob['titleMatch'];
  candidates: RoleCandidate[];
  kinds: ExperienceKind[];
}

/** Candidate roles a job could be; roles that count no experience (the starting point outside IT) are no job. */
const SHOWN_CANDIDATES = 5;

function readTitle(graph: RoleGraph, title: string): TitleReading {
  const kindsOf = (id: string) => graph.getNodeAttribute(id, 'role').countsAs as ExperienceKind[];
  const resolution = resolveRole(graph, title, { maxCandidates: Infinity });
  if (resolution.ok) {
    const kinds = kindsOf(resolution.id);
    return kinds.length > 0
      ? { role: resolution.id, titleMatch: 'role', candidates: [], kinds: [...kinds] }
      : { role: null, titleMatch: 'none', candidates: [], kinds: [] };
  }
  const working = resolution.candidates.filter((c) => kindsOf(c.id).length > 0);
  if (resolution.problem === 'ambiguous' && working.length === 1)
    return { role: working[0]!.id, titleMatch: 'role', candidates: [], kinds: [...kindsOf(working[0]!.id)] };
  if (resolution.problem === 'ambiguous' && working.length > 1) {
    // Time counts toward what every one of the roles counts as: true whichever it was.
    const shared = working.map((c) => kindsOf(c.id)).reduce((a, b) => a.filter((k) => b.includes(k)));
    return { role: null, titleMatch: 'several', candidates: working.slice(0, SHOWN_CANDIDATES), kinds: shared };
  }
  return { role: null, titleMatch: 'none', candidates: working.slice(0, 3), kinds: [] };
}

/** What one read of a résumé remembers: titles as written, then in normal form; dates; cleaned text. */
export interface ReadCache {
  titlesAsWritten: Map<string, TitleReading>;
  titles: Map<string, TitleReading>;
  dates: Map<string, ResumeDate>;
  texts: Map<string, string | null>;
  /** Part-time and internship marks by the words they are read from: bit 1 part-time, bit 2 internship. */
  terms: Map<string, number>;
}

export const newReadCache = (): ReadCache => ({
  titlesAsWritten: new Map(),
  titles: new Map(),
  dates: new Map(),
  texts: new Map(),
  terms: new Map(),
});

export function cachedText(cache: ReadCache, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let clean = cache.texts.get(value);
  if (clean === undefined) cache.texts.set(value, (clean = text(value)));
  return clean;
}

function cachedDate(cache: ReadCache, value: unknown, allowOngoing: boolean): ResumeDate {
  if (typeof value !== 'string') return readResumeDate(value, allowOngoing);
  const key = `${allowOngoing ? 'e' : 's'}${value}`;
  let date = cache.dates.get(key);
  if (!date) cache.dates.set(key, (date = readResumeDate(value, allowOngoing)));
  return date;
}

function titleReading(graph: RoleGraph, cache: ReadCache, position: string): TitleReading {
  let reading = cache.titlesAsWritten.get(position);
  if (reading) return reading;
  const key = canonicalRoleName(position);
  reading = cache.titles.get(key);
  if (!reading) cache.titles.set(key, (reading = readTitle(graph, position)));
  cache.titlesAsWritten.set(position, reading);
  return reading;
}

export function readJob(graph: RoleGraph, entry: unknown, now: number, cache: ReadCache): ResumeJob {
  const work = record(entry);
  const position = cachedText(cache, work.position) ?? cachedText(cache, work.title);
  const employer =
    cachedText(cache, work.name) ?? cachedText(cache, work.company) ?? cachedText(cache, work.organization);
  const terms = `${position ?? ''} ${cachedText(cache, work.type) ?? ''} ${cachedText(cache, work.employmentType) ?? ''}`;
  let marks = cache.terms.get(terms);
  if (marks === undefined)
    cache.terms.set(terms, (marks = (PART_TIME.test(terms) ? 1 : 0) | (INTERNSHIP.test(terms) ? 2 : 0)));
  const job: ResumeJob = {
    position,
    employer,
    start: null,
    end: null,
    ongoing: false,
    partTime: (marks & 1) !== 0,
    internship: (marks & 2) !== 0,
    role: null,
    titleMatch: 'none',
    candidates: [],
    kinds: [],
    issue: null,
  };
  if (position === null) {
    job.issue = 'no-position';
    return job;
  }
  const reading = titleReading(graph, cache, position);
  job.role = reading.role;
  job.titleMatch = reading.titleMatch;
  job.candidates = reading.candidates;
  job.kinds = reading.kinds;

  const start = cachedDate(cache, work.startDate, false);
  const end = cachedDate(cache, work.endDate, true);
  if (start.kind === 'month') job.start = start.yearMonth;
  if (end.kind === 'month') job.end = end.yearMonth;
  job.ongoing = end.kind === 'missing' || end.kind === 'ongoing';
  if (start.kind === 'missing' || start.kind === 'ongoing') job.issue = 'no-start-date';
  else if (start.kind === 'unreadable') {
    job.issue = 'unreadable-date';
    job.dateField = { field: 'startDate', shown: start.shown };
  } else if (end.kind === 'unreadable') {
    job.issue = 'unreadable-date';
    job.dateField = { field: 'endDate', shown: end.shown };
  } else if (start.month < EARLIEST_YEAR * 12) {
    job.issue = 'before-earliest-year';
    job.dateField = { field: 'startDate', shown: String(Math.floor(start.month / 12)).padStart(4, '0') };
  } else if (start.month > now) job.issue = 'starts-in-future';
  else if (end.kind === 'month' && end.month < start.month) job.issue = 'ends-before-start';
  else if ((end.kind === 'month' ? Math.min(end.month + 1, now) : now) - start.month > MAX_JOB_YEARS * 12)
    job.issue = 'too-long';
  else if (reading.titleMatch === 'none') job.issue = 'no-role';
  else if (reading.kinds.length === 0) job.issue = 'roles-disagree';
  return job;
}

export function readCertificate(
  entry: unknown,
  now: number,
  cache: ReadCache,
  match: (name: string) => CertificationNameMatch,
): ResumeCertificate {
  const c = record(entry);
  const name = cachedText(cache, c.name) ?? cachedText(cache, c.title);
  const cert: ResumeCertificate = {
    name,
    ids: [],
    state: 'no-name',
    ends: null,
    granted: null,
    unreadableEnd: null,
    suggestions: [],
  };
  if (!name) return cert;
  const found = match(name);
  cert.ids = found.ids;
  cert.suggestions = found.suggestions;
  cert.state = found.ids.length === 0 ? 'unknown' : found.status;
  const granted = cachedDate(cache, c.date ?? c.startDate, false);
  if (granted.kind === 'month') cert.granted = granted.yearMonth;
  const endValue = c.endDate ?? c.expiryDate ?? c.expirationDate ?? c.validUntil;
  const end = cachedDate(cache, endValue, true);
  if (end.kind === 'month') cert.ends = end.yearMonth;
  if (end.kind === 'unreadable') cert.unreadableEnd = end.shown;
  if (cert.state === 'held' && end.kind === 'month' && end.month < now) cert.state = 'expired';
  else if (cert.state === 'held' && granted.kind === 'month' && granted.month > now) cert.state = 'not-yet';
  return cert;
}

export function readDegree(entry: unknown, now: number): ResumeDegree | null {
  const e = record(entry);
  const studyType = text(e.studyType) ?? text(e.degree);
  const area = text(e.area);
  const institution = text(e.institution);
  if (!studyType)
    return area || institution
      ? {
          studyType: 'A course with no degree type (studyType)',
          area,
          institution,
          level: null,
          state: 'not-a-degree',
          ends: null,
          unreadableEnd: null,
        }
      : null;
  const level = educationOf(studyType);
  const end = readResumeDate(e.endDate, true);
  const degree: ResumeDegree = {
    studyType,
    area,
    institution,
    level,
    state: 'not-a-degree',
    ends: end.kind === 'month' ? end.yearMonth : null,
    unreadableEnd: end.kind === 'unreadable' ? end.shown : null,
  };
  if (!level) return degree;
  // Only a finished degree counts: no end date, or one this month or later, is in progress.
  if (end.kind === 'unreadable') degree.state = 'unreadable-date';
  else if (end.kind !== 'month' || end.month >= now) degree.state = 'in-progress';
  else degree.state = 'finished';
  return degree;
}
