import {
  DEFAULT_PACE,
  DEFAULT_ROUTE_COUNT,
  DEFAULT_TARGET_ROLE_ID,
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  OBJECTIVES,
  PACES,
  type EducationLevel,
  type ExperienceKind,
  type Objective,
  type Pace,
} from '../../model/constants.ts';
import { yearMonthOf } from '../../export/months.ts';

export { MAX_CERTIFICATIONS, MAX_MONTHS_IN_ROLE, MAX_YEARS } from '../../model/profile-rules.ts';

/**
 * Bumped when the stored or linked format changes in a way old readers cannot follow.
 * 2: the timeline that ranks the routes, exams passed awaiting experience, the month the plan
 * is dated from, the route shown and how many routes are compared.
 */
export const STATE_VERSION = 2;

/** What the person told the planner: everything that shapes the plan, and nothing derived from it. */
export interface PlannerState {
  /** The current role as typed (a title, alias, id or something with a typo); '' when not given. */
  from: string;
  /** The target role's id. */
  to: string;
  objective: Objective;
  /** Which timeline ranks the routes. */
  pace: Pace;
  education: EducationLevel;
  experienceYears: Partial<Record<ExperienceKind, number>>;
  /** Certification ids held. */
  certifications: string[];
  /** Certifications whose exam was passed, granted once the experience is there (never also in `certifications`). */
  associateOf: string[];
  /** Months already spent in the current role; null when not given. */
  monthsInCurrentRole: number | null;
  /** The plan's month 0, "YYYY-MM". */
  start: string;
  /** The route shown: 0 is the best route, 1 the first alternative. */
  route: number;
  /** How many routes are compared. */
  routeCount: number;
}

export type PlannerField = keyof PlannerState;

/** The ids a stored or linked state may refer to, their names, and the defaults of this data set. */
export interface Vocabulary {
  roleIds: ReadonlySet<string>;
  certIds: ReadonlySet<string>;
  defaultTarget: string;
  /** "Chief information security officer" for a role id; the text itself when it is no id. */
  roleTitle(id: string): string;
  /** "CISSP" for a certification id; the text itself when it is no id. */
  certLabel(id: string): string;
  /** Every name a role or certification answers to (id, title, aliases), lower case, with its id: for "did you mean". */
  roleNames: ReadonlyMap<string, string>;
  certNames: ReadonlyMap<string, string>;
}

/** The route shown can be at most the last of the most routes a plan compares. */
export const MAX_ROUTE_INDEX = 9;

/**
 * The default target is the information security manager; a data set without it (a test
 * fixture) falls back to the CISO, then to any role, so the form never starts invalid.
 */
export function defaultTargetOf(
  roleIds: ReadonlySet<string>,
  preferred: readonly string[] = [DEFAULT_TARGET_ROLE_ID, 'chief-information-security-officer'],
): string {
  for (const id of preferred) if (roleIds.has(id)) return id;
  return roleIds.values().next().value ?? DEFAULT_TARGET_ROLE_ID;
}

/** The month a new plan is dated from: this one. */
export function thisMonth(): string {
  return yearMonthOf(new Date());
}

export function defaultState(vocab: Vocabulary, start: string = thisMonth()): PlannerState {
  return {
    from: '',
    to: vocab.defaultTarget,
    objective: 'fastest',
    pace: DEFAULT_PACE,
    education: 'none',
    experienceYears: {},
    certifications: [],
    associateOf: [],
    monthsInCurrentRole: null,
    start,
    route: 0,
    routeCount: DEFAULT_ROUTE_COUNT,
  };
}

export function isObjective(value: string): value is Objective {
  return (OBJECTIVES as readonly string[]).includes(value);
}

export function isPace(value: string): value is Pace {
  return (PACES as readonly string[]).includes(value);
}

export function isEducationLevel(value: string): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(value);
}

export function isExperienceKind(value: string): value is ExperienceKind {
  return (EXPERIENCE_KINDS as readonly string[]).includes(value);
}
