import { EXPERIENCE_KINDS, type ExperienceKind } from '../model/constants.ts';
import type { Certification } from '../model/certification.ts';
import { MAX_MONTHS_IN_ROLE, MAX_YEARS } from '../model/profile-rules.ts';

/**
 * Months of experience from a work history, counted as the issuers count them. Free of zod and
 * of the graph, so the résumé review can count again as the person corrects jobs.
 */

export interface ExperienceRules {
  /** How much of a part-time month counts, as the issuers in the data that say so count it (ISC2: half); null when none says. */
  partTime: { percent: number; issuers: string[]; sources: string[] } | null;
  /** Whether internships count: false when an issuer in the data says they do not. */
  internships: { count: boolean; issuers: string[]; sources: string[] };
}

/** A job as counted: months from `start` up to but not including `end`, toward `kinds`. */
export interface JobSpan {
  start: number;
  end: number;
  kinds: readonly ExperienceKind[];
  partTime: boolean;
}

const unique = (items: Iterable<string>) => [...new Set(items)];

/**
 * The experience rules the data gives for part-time work and internships. Where issuers state
 * different part-time rates, the lowest is used: a profile has one count of months, and it must
 * not let a plan meet any issuer's rule before that issuer would.
 */
export function experienceRulesOf(certifications: Iterable<Certification>): ExperienceRules {
  const partTime: Array<{ percent: number; issuer: string; sources: readonly string[] }> = [];
  const saysCount: Array<{ issuer: string; sources: readonly string[] }> = [];
  const saysNot: Array<{ issuer: string; sources: readonly string[] }> = [];
  for (const cert of certifications) {
    const { partTime: rate, internships } = cert.experience;
    if (rate) partTime.push({ percent: rate.creditPercent, issuer: cert.issuer, sources: rate.sources });
    if (internships)
      (internships.count ? saysCount : saysNot).push({ issuer: cert.issuer, sources: internships.sources });
  }
  const lowest = partTime.length > 0 ? Math.min(...partTime.map((p) => p.percent)) : null;
  const atLowest = partTime.filter((p) => p.percent === lowest);
  const internshipRule = saysNot.length > 0 ? saysNot : saysCount;
  return {
    partTime:
      lowest === null
        ? null
        : {
            percent: lowest,
            issuers: unique(atLowest.map((p) => p.issuer)),
            sources: unique(atLowest.flatMap((p) => p.sources)),
          },
    internships: {
      count: saysNot.length === 0,
      issuers: unique(internshipRule.map((r) => r.issuer)),
      sources: unique(internshipRule.flatMap((r) => r.sources)),
    },
  };
}

type Interval = [number, number];

/** Sorted, non-overlapping cover of the intervals (sorts its argument in place: nothing is copied per job). */
function union(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [start, end] of intervals) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

const length = (cover: readonly Interval[]) => cover.reduce((sum, [s, e]) => sum + (e - s), 0);

function overlap(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const from = Math.max(a[i]![0], b[j]![0]);
    const to = Math.min(a[i]![1], b[j]![1]);
    if (to > from) total += to - from;
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return total;
}

/**
 * Months credited by a set of jobs: a month in any full-time job counts once, however many jobs
 * cover it; a month only in part-time jobs counts at the part-time rate.
 */
function creditedMonths(full: Interval[], part: Interval[], partPercent: number): number {
  const fullCover = union(full);
  const partCover = union(part);
  return length(fullCover) + ((length(partCover) - overlap(partCover, fullCover)) * partPercent) / 100;
}

export interface ExperienceTally {
  /** Months by kind, part-time months at the rate; at most 60 years each. */
  months: Partial<Record<ExperienceKind, number>>;
  /** Kinds whose months were more than 60 years and were cut to 60. */
  capped: ExperienceKind[];
}

/** Months by kind over the jobs. Only the kinds the roles count as: the planner nests kinds itself. */
export function tallyExperience(spans: readonly JobSpan[], rules: ExperienceRules): ExperienceTally {
  const full = new Map<ExperienceKind, Interval[]>();
  const part = new Map<ExperienceKind, Interval[]>();
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const into = span.partTime ? part : full;
    for (const kind of span.kinds) {
      let list = into.get(kind);
      if (!list) into.set(kind, (list = []));
      list.push([span.start, span.end]);
    }
  }
  const months: ExperienceTally['months'] = {};
  const capped: ExperienceKind[] = [];
  for (const kind of EXPERIENCE_KINDS) {
    if (!full.has(kind) && !part.has(kind)) continue;
    const total = creditedMonths(full.get(kind) ?? [], part.get(kind) ?? [], rules.partTime?.percent ?? 0);
    if (total <= 0) continue;
    if (total > MAX_YEARS * 12) capped.push(kind);
    months[kind] = Math.min(total, MAX_YEARS * 12);
  }
  return { months, capped };
}

/**
 * Months in the current role: the latest job and the jobs in the same role it continues without
 * a gap (a promotion from "SOC Analyst I" to "SOC Analyst II" is one stay), part-time months at
 * the rate, whole months only.
 */
export function monthsInRole(run: readonly JobSpan[], rules: ExperienceRules): number {
  const full = run.filter((s) => !s.partTime).map((s): Interval => [s.start, s.end]);
  const part = run.filter((s) => s.partTime).map((s): Interval => [s.start, s.end]);
  return Math.min(MAX_MONTHS_IN_ROLE, Math.floor(creditedMonths(full, part, rules.partTime?.percent ?? 0)));
}

/**
 * Years for a profile from months: unrounded, so the planner's floor(years × 12) gives the months
 * back (L4: 13 months rounded to 1.08 years came back as 12).
 */
export function yearsOfMonths(months: number): number {
  return months / 12;
}
