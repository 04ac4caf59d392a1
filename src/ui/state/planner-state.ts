import {
  DEFAULT_TARGET_ROLE_ID,
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  OBJECTIVES,
  type EducationLevel,
  type ExperienceKind,
  type Objective,
} from '../../model/constants.ts';

/** Bumped when the stored or linked format changes in a way old readers cannot follow. */
export const STATE_VERSION = 1;

/** What the person told the planner: everything the form holds, and nothing derived from it. */
export interface PlannerState {
  /** The current role as typed (a title, alias, id or something with a typo); '' when not given. */
  from: string;
  /** The target role's id. */
  to: string;
  objective: Objective;
  education: EducationLevel;
  experienceYears: Partial<Record<ExperienceKind, number>>;
  /** Certification ids held. */
  certifications: string[];
  /** Months already spent in the current role; null when not given. */
  monthsInCurrentRole: number | null;
}

export type PlannerField = keyof PlannerState;

/** The ids a stored or linked state may refer to, and the defaults of this data set. */
export interface Vocabulary {
  roleIds: ReadonlySet<string>;
  certIds: ReadonlySet<string>;
  defaultTarget: string;
}

export const MAX_YEARS = 60;
export const MAX_MONTHS_IN_ROLE = 720;

/**
 * The default target is the information security manager; a data set without it (a test
 * fixture) falls back to the CISO, then to any role, so the form never starts invalid.
 */
export function defaultTargetOf(roleIds: ReadonlySet<string>, preferred: readonly string[] = [DEFAULT_TARGET_ROLE_ID, 'chief-information-security-officer']): string {
  for (const id of preferred) if (roleIds.has(id)) return id;
  return roleIds.values().next().value ?? DEFAULT_TARGET_ROLE_ID;
}

export function defaultState(vocab: Vocabulary): PlannerState {
  return {
    from: '',
    to: vocab.defaultTarget,
    objective: 'fastest',
    education: 'none',
    experienceYears: {},
    certifications: [],
    monthsInCurrentRole: null,
  };
}

export function isObjective(value: string): value is Objective {
  return (OBJECTIVES as readonly string[]).includes(value);
}

export function isEducationLevel(value: string): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(value);
}

export function isExperienceKind(value: string): value is ExperienceKind {
  return (EXPERIENCE_KINDS as readonly string[]).includes(value);
}
