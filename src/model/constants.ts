/**
 * The fixed vocabularies of the model, free of zod so the browser's first bundle can use them
 * without the validator (schemas are loaded only where input is parsed).
 */

/** Experience kinds. Time in a role accrues every kind the role counts as. */
export const EXPERIENCE_KINDS = [
  'it',
  'software-development',
  'security',
  'security-management',
  'audit',
  'risk',
  'privacy',
  'cloud-security',
  'project-management',
  'security-project-management',
] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  it: 'IT',
  'software-development': 'software development',
  security: 'information security',
  'security-management': 'security management',
  audit: 'IS audit and assurance',
  risk: 'IT risk and control',
  privacy: 'privacy',
  'cloud-security': 'cloud security',
  'project-management': 'project management',
  'security-project-management': 'security project management',
};

/** Education levels in increasing order. */
export const EDUCATION_LEVELS = ['none', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  none: 'no degree',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

export const ROLE_LEVELS = ['feeder', 'entry', 'mid', 'advanced', 'executive'] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

export const ROLE_TRACKS = [
  'it-operations',
  'software-development',
  'security-operations',
  'engineering',
  'architecture',
  'offensive',
  'forensics',
  'governance-risk-compliance',
  'management',
] as const;
export type RoleTrack = (typeof ROLE_TRACKS)[number];

export const TRANSITION_KINDS = ['promotion', 'lateral', 'specialization'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export const OBJECTIVES = ['fastest', 'fewest-moves', 'cheapest'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const DEFAULT_TARGET_ROLE_ID = 'information-security-manager';
export const DEFAULT_ALTERNATIVES = 3;
export const MAX_ALTERNATIVES = 10;
