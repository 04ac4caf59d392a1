import { closestMatches } from '../../names/suggest.ts';
import { isYearMonth, monthName } from '../../export/months.ts';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  EXPERIENCE_KIND_LABELS,
  EXPERIENCE_KINDS,
  MAX_ROUTE_COUNT,
  type ExperienceKind,
} from '../../model/constants.ts';
import {
  checkCertificationCount,
  checkMonthsInRole,
  checkNumber,
  checkRouteCount,
  checkYears,
  type NumberRule,
} from '../../model/profile-rules.ts';
import { listWithOr } from '../../planner/describe.ts';
import { OBJECTIVE_WORDS, PACE_WORDS, routeName } from '../../export/plan-wording.ts';
import {
  isEducationLevel,
  isExperienceKind,
  isObjective,
  isPace,
  MAX_CERTIFICATIONS,
  MAX_MONTHS_IN_ROLE,
  MAX_ROUTE_INDEX,
  MAX_YEARS,
  type PlannerField,
  type PlannerState,
  type Vocabulary,
} from './planner-state.ts';

/**
 * Hand-written checks for state read from a link or from local storage. The validator (zod)
 * stays out of the page's bundle; these are small, and each problem says in words what was
 * found and what was expected — never an id or a parameter name — so the notice can tell the
 * person exactly what was replaced.
 */
export interface FieldResult<T> {
  /** The usable value; undefined when nothing of it could be used. */
  value?: T;
  /** What was wrong, e.g. `"abc" is not a number of years (expected 0 to 60)`. */
  problem?: string;
}

/** Which route a link or saved plan shows: 0 is the best, then the alternatives. */
const ROUTE_INDEX_RULE: NumberRule = { min: 0, max: MAX_ROUTE_INDEX, whole: true, unit: 'routes', example: '1' };

/** The longest role name the form accepts, and so the longest a link or saved plan may carry. */
export const MAX_FROM_LENGTH = 200;

/** Characters that would hide or reorder what a notice says: control and bidirectional ones. */
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * A value as a person would recognise it in a notice, cut short: text in quotes as it was
 * written (not escaped: "\"><svg" would hide what the link said), with the characters that
 * hide or reorder text shown as �.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.replace(HIDDEN_CHARACTERS, '\ufffd');
    return `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;
  }
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Fields as a notice names them. */
export const FIELD_WORDS: Record<PlannerField, string> = {
  from: 'Current role',
  to: 'Role you want',
  objective: 'Plan for',
  pace: 'Timeline',
  education: 'Education',
  experienceYears: 'Years of experience',
  certifications: 'Certifications',
  associateOf: 'Exams passed, awaiting experience',
  monthsInCurrentRole: 'Months in the current role',
  start: 'Dates from',
  route: 'Route shown',
  routeCount: 'Routes compared',
};

export const yearsFieldWords = (kind: ExperienceKind) => `Years of ${EXPERIENCE_KIND_LABELS[kind]} experience`;

/** "(did you mean CISSP?)" with the names a person knows, or ''; `names` maps every name (lower case) to its id. */
function suggestion(wanted: string, names: ReadonlyMap<string, string>, label: (id: string) => string): string {
  const text = wanted.slice(0, 80).toLowerCase();
  // Among names as close, the one that starts most like what was written reads as the likelier slip.
  const prefix = (name: string) => {
    let n = 0;
    while (n < name.length && name[n] === text[n]) n++;
    return n;
  };
  const close = closestMatches(text, names.keys(), 12);
  const distance = new Map(close.map((name, rank) => [name, rank]));
  const ranked = close.sort((a, b) => prefix(b) - prefix(a) || distance.get(a)! - distance.get(b)!);
  const ids = [...new Set(ranked.map((name) => names.get(name)!))].slice(0, 3);
  return ids.length ? ` (did you mean ${listWithOr(ids.map(label))}?)` : '';
}

const KIND_NAMES: ReadonlyMap<string, string> = new Map(
  EXPERIENCE_KINDS.flatMap((k) => [[k, k] as const, [EXPERIENCE_KIND_LABELS[k].toLowerCase(), k] as const]),
);

export function parseFrom(value: unknown): FieldResult<string> {
  if (typeof value !== 'string') return { problem: `${shown(value)} is not a role name` };
  const trimmed = value.trim();
  if (trimmed.length > MAX_FROM_LENGTH)
    return { problem: `the role name is ${trimmed.length} characters long (expected at most ${MAX_FROM_LENGTH})` };
  return { value: trimmed };
}

export function parseTo(value: unknown, vocab: Vocabulary): FieldResult<string> {
  if (typeof value === 'string' && vocab.roleIds.has(value)) return { value };
  if (typeof value !== 'string') return { problem: `${shown(value)} is not a role` };
  return {
    problem: `${shown(value)} is not a role secpath knows${suggestion(value, vocab.roleNames, vocab.roleTitle)}`,
  };
}

export function parseObjective(value: unknown): FieldResult<PlannerState['objective']> {
  if (typeof value === 'string' && isObjective(value)) return { value };
  return {
    problem: `${shown(value)} is not a way to rank routes (expected ${listWithOr(Object.values(OBJECTIVE_WORDS).map((w) => w.label.toLowerCase()))})`,
  };
}

export function parsePace(value: unknown): FieldResult<PlannerState['pace']> {
  if (typeof value === 'string' && isPace(value)) return { value };
  return {
    problem: `${shown(value)} is not a timeline (expected ${listWithOr(Object.values(PACE_WORDS).map((w) => w.label.toLowerCase()))})`,
  };
}

export function parseEducation(value: unknown): FieldResult<PlannerState['education']> {
  if (typeof value === 'string' && isEducationLevel(value)) return { value };
  return {
    problem: `${shown(value)} is not an education level (expected ${listWithOr(EDUCATION_LEVELS.map((l) => EDUCATION_LEVEL_LABELS[l]))})`,
  };
}

/**
 * Years of one kind: a link carries text, a saved plan a number; both go through the one rule
 * the command line and the form use (checkYears), so ".5" or "2,5" means the same everywhere.
 */
export function parseYears(value: unknown): FieldResult<number> {
  const years = checkYears(value);
  if (!years.ok) return { problem: `${shown(value)} is not a number of years (expected 0 to ${MAX_YEARS})` };
  return { value: years.value };
}

export function parseExperienceYears(value: unknown): FieldResult<PlannerState['experienceYears']> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `${shown(value)} is not a set of years by kind of experience` };
  }
  const years: PlannerState['experienceYears'] = {};
  const problems: string[] = [];
  for (const [kind, raw] of Object.entries(value)) {
    if (!isExperienceKind(kind)) {
      problems.push(
        `${shown(kind)} is not a kind of experience secpath knows${suggestion(kind, KIND_NAMES, (k) => EXPERIENCE_KIND_LABELS[k as ExperienceKind])}`,
      );
      continue;
    }
    const parsed = parseYears(raw);
    if (parsed.value === undefined) problems.push(`${EXPERIENCE_KIND_LABELS[kind]}: ${parsed.problem}`);
    else if (parsed.value > 0) years[kind] = parsed.value;
  }
  return problems.length ? { value: years, problem: problems.join('; ') } : { value: years };
}

/** Keeps the certifications it knows and names the ones it drops. */
export function parseCertifications(value: unknown, vocab: Vocabulary): FieldResult<string[]> {
  const list =
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value;
  if (!Array.isArray(list)) return { problem: `${shown(value)} is not a list of certifications` };
  const known: string[] = [];
  const problems: string[] = [];
  // A link or saved plan with too many is read in part, not refused: the first ones still help.
  const withinLimit = checkCertificationCount(list.length).ok;
  for (const id of list.slice(0, MAX_CERTIFICATIONS)) {
    if (typeof id === 'string' && vocab.certIds.has(id)) {
      if (!known.includes(id)) known.push(id);
    } else if (typeof id === 'string')
      problems.push(
        `${shown(id)} is not a certification secpath knows${suggestion(id, vocab.certNames, vocab.certLabel)}`,
      );
    else problems.push(`${shown(id)} is not a certification`);
  }
  if (!withinLimit) problems.push(`only the first ${MAX_CERTIFICATIONS} certifications were read`);
  return problems.length ? { value: known, problem: problems.join('; ') } : { value: known };
}

export function parseMonthsInRole(value: unknown): FieldResult<number | null> {
  if (value === null || value === '') return { value: null };
  const months = checkMonthsInRole(value);
  if (!months.ok)
    return { problem: `${shown(value)} is not a whole number of months (expected 0 to ${MAX_MONTHS_IN_ROLE})` };
  return { value: months.value };
}

export function parseStart(value: unknown): FieldResult<string> {
  if (typeof value === 'string' && isYearMonth(value)) return { value };
  return {
    problem: `${shown(value)} is not a month (expected one from January 1900 to December 2200, written like 2027-06)`,
  };
}

export function parseRoute(value: unknown): FieldResult<number> {
  const index = checkNumber(value, ROUTE_INDEX_RULE);
  if (!index.ok)
    return {
      problem: `${shown(value)} is not a route (expected 0 for the best route, or 1 to ${MAX_ROUTE_INDEX} for an alternative)`,
    };
  return { value: index.value };
}

export function parseRouteCount(value: unknown): FieldResult<number> {
  const count = checkRouteCount(value);
  if (!count.ok) return { problem: `${shown(value)} is not a number of routes (expected 1 to ${MAX_ROUTE_COUNT})` };
  return { value: count.value };
}

/** A certification is held or awaits experience, never both: what is held wins. */
export function withoutHeld(associateOf: readonly string[], certifications: readonly string[]): string[] {
  return associateOf.filter((id) => !certifications.includes(id));
}

/** A value as a notice shows it: names, not ids ("no years", "CISSP, Security+", "March 2027"). */
export function describeFieldValue<K extends PlannerField>(
  field: K,
  value: PlannerState[K],
  vocab: Vocabulary,
): string {
  switch (field) {
    case 'from':
      return value ? `"${vocab.roleTitle(value as string)}"` : 'an empty current role';
    case 'to':
      return vocab.roleTitle(value as string);
    case 'objective':
      return OBJECTIVE_WORDS[value as PlannerState['objective']].label.toLowerCase();
    case 'pace':
      return `the ${PACE_WORDS[value as PlannerState['pace']].label.toLowerCase()} timeline`;
    case 'education':
      return EDUCATION_LEVEL_LABELS[value as PlannerState['education']];
    case 'experienceYears': {
      const entries = Object.entries(value as PlannerState['experienceYears']).filter(([, y]) => y);
      return entries.length
        ? entries
            .map(
              ([kind, y]) => `${y} ${y === 1 ? 'year' : 'years'} of ${EXPERIENCE_KIND_LABELS[kind as ExperienceKind]}`,
            )
            .join(', ')
        : 'no years';
    }
    case 'certifications':
      return (value as string[]).length ? (value as string[]).map(vocab.certLabel).join(', ') : 'no certifications';
    case 'associateOf':
      return (value as string[]).length ? (value as string[]).map(vocab.certLabel).join(', ') : 'no exams';
    case 'monthsInCurrentRole':
      return value === null ? 'no months' : `${String(value)} months`;
    case 'start':
      return monthName(value as string);
    case 'route':
      return routeName(value as number).toLowerCase();
    case 'routeCount':
      return `${String(value)} routes`;
  }
  return String(value);
}
