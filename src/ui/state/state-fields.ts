import { didYouMean } from '../../data/suggest.ts';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, OBJECTIVES } from '../../model/constants.ts';
import {
  isEducationLevel,
  isExperienceKind,
  isObjective,
  MAX_MONTHS_IN_ROLE,
  MAX_YEARS,
  type PlannerState,
  type Vocabulary,
} from './planner-state.ts';

/**
 * Hand-written checks for state read from a link or from local storage. The validator (zod)
 * stays out of the first bundle; these are small, and each problem says what was found and
 * what was expected, so the notice can tell the person exactly what was replaced.
 */
export interface FieldResult<T> {
  /** The usable value; undefined when nothing of it could be used. */
  value?: T;
  /** What was wrong, e.g. `"abc" is not a number of years (expected 0 to 60)`. */
  problem?: string;
}

const MAX_FROM_LENGTH = 200;
const MAX_CERTIFICATIONS = 100;

/** A value as a person would recognise it in a notice, cut short. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const hint = (wanted: string, candidates: Iterable<string>) => {
  const text = didYouMean(wanted, candidates);
  return text ? ` (${text})` : '';
};

export function parseFrom(value: unknown): FieldResult<string> {
  if (typeof value !== 'string') return { problem: `${shown(value)} is not a role name` };
  const trimmed = value.trim();
  if (trimmed.length > MAX_FROM_LENGTH) return { problem: `the role name is ${trimmed.length} characters long (expected at most ${MAX_FROM_LENGTH})` };
  return { value: trimmed };
}

export function parseTo(value: unknown, vocab: Vocabulary): FieldResult<string> {
  if (typeof value === 'string' && vocab.roleIds.has(value)) return { value };
  if (typeof value !== 'string') return { problem: `${shown(value)} is not a role id` };
  return { problem: `"${value}" is not a role id${hint(value, vocab.roleIds)}` };
}

export function parseObjective(value: unknown): FieldResult<PlannerState['objective']> {
  if (typeof value === 'string' && isObjective(value)) return { value };
  return { problem: `${shown(value)} is not an objective (expected ${OBJECTIVES.join(', ')})` };
}

export function parseEducation(value: unknown): FieldResult<PlannerState['education']> {
  if (typeof value === 'string' && isEducationLevel(value)) return { value };
  return { problem: `${shown(value)} is not an education level (expected ${EDUCATION_LEVELS.join(', ')})` };
}

/** A number, or a string holding one (links carry strings). */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function parseYears(value: unknown): FieldResult<number> {
  const years = numeric(value);
  if (years === undefined || !Number.isFinite(years) || years < 0 || years > MAX_YEARS) {
    return { problem: `${shown(value)} is not a number of years (expected 0 to ${MAX_YEARS})` };
  }
  return { value: years };
}

export function parseExperienceYears(value: unknown): FieldResult<PlannerState['experienceYears']> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `${shown(value)} is not a set of years by kind of experience` };
  }
  const years: PlannerState['experienceYears'] = {};
  const problems: string[] = [];
  for (const [kind, raw] of Object.entries(value)) {
    if (!isExperienceKind(kind)) {
      problems.push(`"${kind}" is not a kind of experience${hint(kind, EXPERIENCE_KINDS)}`);
      continue;
    }
    const parsed = parseYears(raw);
    if (parsed.value === undefined) problems.push(`${kind}: ${parsed.problem}`);
    else if (parsed.value > 0) years[kind] = parsed.value;
  }
  return problems.length ? { value: years, problem: problems.join('; ') } : { value: years };
}

/** Keeps the certifications it knows and names the ones it drops. */
export function parseCertifications(value: unknown, vocab: Vocabulary): FieldResult<string[]> {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
  if (!Array.isArray(list)) return { problem: `${shown(value)} is not a list of certifications` };
  const known: string[] = [];
  const problems: string[] = [];
  for (const id of list.slice(0, MAX_CERTIFICATIONS)) {
    if (typeof id === 'string' && vocab.certIds.has(id)) {
      if (!known.includes(id)) known.push(id);
    } else if (typeof id === 'string') problems.push(`"${id}" is not a certification id${hint(id, vocab.certIds)}`);
    else problems.push(`${shown(id)} is not a certification id`);
  }
  if (list.length > MAX_CERTIFICATIONS) problems.push(`only the first ${MAX_CERTIFICATIONS} certifications were read`);
  return problems.length ? { value: known, problem: problems.join('; ') } : { value: known };
}

export function parseMonthsInRole(value: unknown): FieldResult<number | null> {
  if (value === null || value === '') return { value: null };
  const months = numeric(value);
  if (months === undefined || !Number.isInteger(months) || months < 0 || months > MAX_MONTHS_IN_ROLE) {
    return { problem: `${shown(value)} is not a whole number of months (expected 0 to ${MAX_MONTHS_IN_ROLE})` };
  }
  return { value: months };
}
