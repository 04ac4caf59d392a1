import type { RoleGraph } from '../graph/role-graph.ts';
import { describeValue, type DataIssue } from '../data/issues.ts';
import { parseJsonText } from '../data/parse-files.ts';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, educationRank, type EducationLevel, type ExperienceKind } from '../model/constants.ts';
import type { Profile } from '../model/index.ts';
import { resolveCertification, resolveRole } from '../planner/index.ts';
import { tooLargeIssue } from './limits.ts';

/** What secpath understood from a résumé, for the person to check before planning. */
export interface ResumeInference {
  profile: Profile;
  /** The role of the most recent job, when its title matches a role. */
  currentRole: string | null;
  currentPosition: string | null;
  /** One line per thing understood ("Security Analyst at Acme → information-security-analyst, 2019-03 to now"). */
  matched: string[];
  /** One line per thing not understood or not counted, saying why. */
  skipped: string[];
}

export type ResumeReadResult = { ok: true; inference: ResumeInference } | { ok: false; issues: DataIssue[] };

/** Seniority words say nothing about which role a job was. */
const SENIORITY = /\b(senior|sr|junior|jr|lead|principal|staff|head|chief of staff|i{1,3}|iv|level \d|entry level)\b\.?/gi;

interface Interval {
  start: number;
  end: number;
}

/** ISO 8601 as JSON Resume writes dates: YYYY, YYYY-MM or YYYY-MM-DD; months since year 0. */
function monthIndex(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : 1;
  if (month < 1 || month > 12) return null;
  return Number(match[1]) * 12 + (month - 1);
}

function monthsCovered(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -Infinity;
  for (const { start, end: e } of sorted) {
    const from = Math.max(start, end);
    if (e > from) total += e - from;
    end = Math.max(end, e);
  }
  return total;
}

function educationOf(studyType: string): EducationLevel | null {
  const text = studyType.toLowerCase();
  if (/doctor|ph\.? ?d|\bdphil\b/.test(text)) return 'doctorate';
  if (/master|\bm\.? ?s\.? ?c?\b|\bmba\b|\bm\.?eng\b|\bm\.?a\.?\b/.test(text)) return 'master';
  if (/bachelor|\bb\.? ?s\.? ?c?\b|\bb\.?a\.?\b|\bb\.?eng\b|undergraduate degree/.test(text)) return 'bachelor';
  if (/associate|\ba\.?a\.?s?\b|\ba\.?s\.?\b/.test(text)) return 'associate';
  return null;
}

/** Text from the résumé, with control and bidirectional-override characters removed (terminal escapes, reversed text) and length bounded. */
const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').trim().slice(0, 200);
  return clean === '' ? null : clean;
};

/**
 * Infers a profile from a JSON Resume (jsonresume.org): the most recent job's position
 * matched to a role, years of experience by kind summed over the work history (overlapping
 * jobs counted once), certificates matched to certifications, and the highest finished degree.
 * Nothing is guessed: what does not match is listed as skipped.
 */
export function inferProfileFromResume(graph: RoleGraph, resume: unknown, today: Date = new Date(), file = 'resume.json'): ResumeReadResult {
  if (resume === null || typeof resume !== 'object' || Array.isArray(resume)) {
    return { ok: false, issues: [{ file, path: [], message: `is not a JSON Resume: expected an object, found ${describeValue(resume)}` }] };
  }
  const r = resume as Record<string, unknown>;
  for (const key of ['work', 'education', 'certificates'] as const) {
    if (r[key] !== undefined && !Array.isArray(r[key])) {
      return { ok: false, issues: [{ file, path: [key], message: `expected a list, found ${describeValue(r[key])}` }] };
    }
  }
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const matched: string[] = [];
  const skipped: string[] = [];
  const byKind = new Map<ExperienceKind, Interval[]>();
  let latest: { start: number; end: number; position: string; role: string | null } | null = null;

  ((r.work as unknown[]) ?? []).forEach((entry, i) => {
    const work = (entry ?? {}) as Record<string, unknown>;
    const position = text(work.position);
    const where = text(work.name) ?? text(work.company);
    const label = `${position ?? '(no position)'}${where ? ` at ${where}` : ''}`;
    const start = monthIndex(work.startDate);
    // An end date means the person worked through that month.
    const endMonth = work.endDate === undefined || work.endDate === null || work.endDate === '' ? now : monthIndex(work.endDate);
    const end = endMonth === null ? null : Math.min(endMonth + (endMonth === now && work.endDate === undefined ? 0 : 1), now);
    if (position === null) {
      skipped.push(`work[${i}]: no position given, not counted`);
      return;
    }
    if (start === null || end === null || end < start || start > now) {
      skipped.push(`work[${i}] ${label}: dates missing or unreadable (expected YYYY-MM-DD), not counted`);
      return;
    }
    const resolution = resolveRole(graph, position.replace(SENIORITY, ' '));
    const role = resolution.ok ? resolution.id : null;
    if (!latest || end > latest.end || (end === latest.end && start > latest.start)) latest = { start, end: Math.min(end, now), position, role };
    if (!role) {
      skipped.push(`work[${i}] ${label}: the position matches no role${resolution.ok ? '' : resolution.candidates.length ? ` (closest: ${resolution.candidates.map((c) => c.title).join(', ')})` : ''}; its time is not counted`);
      return;
    }
    const kinds = graph.getNodeAttribute(role, 'role').countsAs;
    for (const kind of kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), { start, end: Math.min(end, now) }]);
    matched.push(`work[${i}] ${label} → ${graph.getNodeAttribute(role, 'role').title}, ${Math.min(end, now) - start} months of ${kinds.join(', ')}`);
  });

  const experienceYears: Profile['experienceYears'] = {};
  for (const kind of EXPERIENCE_KINDS) {
    const intervals = byKind.get(kind);
    if (intervals) experienceYears[kind] = Math.round((monthsCovered(intervals) / 12) * 100) / 100;
  }

  const certifications: string[] = [];
  ((r.certificates as unknown[]) ?? []).forEach((entry, i) => {
    const name = text(((entry ?? {}) as Record<string, unknown>).name);
    if (!name) {
      skipped.push(`certificates[${i}]: no name given`);
      return;
    }
    const found = resolveCertification(graph.getAttribute('certifications').values(), name);
    if ('id' in found) {
      certifications.push(found.id);
      matched.push(`certificates[${i}] ${name} → ${found.id}`);
    } else skipped.push(`certificates[${i}] ${name}: matches no certification secpath knows`);
  });

  let education: EducationLevel = 'none';
  ((r.education as unknown[]) ?? []).forEach((entry, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const studyType = text(e.studyType);
    if (!studyType) return;
    const level = educationOf(studyType);
    const end = monthIndex(e.endDate);
    if (!level) skipped.push(`education[${i}] ${studyType}: not a degree level secpath recognises`);
    else if (end !== null && end > now) skipped.push(`education[${i}] ${studyType}: not finished yet (ends ${String(e.endDate)})`);
    else {
      matched.push(`education[${i}] ${studyType} → ${level}`);
      if (educationRank(level) > educationRank(education)) education = level;
    }
  });
  if (!EDUCATION_LEVELS.includes(education)) education = 'none';

  const current = latest as { start: number; end: number; position: string; role: string | null } | null;
  const isCurrent = current !== null && current.end >= now;
  return {
    ok: true,
    inference: {
      profile: {
        experienceYears,
        education,
        certifications: [...new Set(certifications)].sort(),
        ...(current && isCurrent && current.role ? { monthsInCurrentRole: Math.min(720, now - current.start) } : {}),
      },
      currentRole: current?.role ?? null,
      currentPosition: current?.position ?? null,
      matched,
      skipped,
    },
  };
}

/** Reads a JSON Resume file's text; refuses what is too large or not JSON, saying where. */
export function readResume(graph: RoleGraph, content: string, today: Date = new Date(), file = 'resume.json'): ResumeReadResult {
  const large = tooLargeIssue(file, content.length, 'a résumé file');
  if (large) return { ok: false, issues: [large] };
  const json = parseJsonText(file, content);
  if (json.value === undefined) return { ok: false, issues: json.issues };
  return inferProfileFromResume(graph, json.value, today, file);
}
