import { z } from 'zod';

/**
 * Experience kinds. Time in a role accrues every kind the role counts as; requirements
 * ask for years of one kind or of any of several kinds.
 */
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

export const ExperienceKindSchema = z.enum(EXPERIENCE_KINDS);
export type ExperienceKind = z.infer<typeof ExperienceKindSchema>;

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  it: 'IT work (support, administration, networking, development or security)',
  'software-development': 'software development',
  security: 'information security work',
  'security-management': 'information security management',
  audit: 'IS audit, control or assurance',
  risk: 'IT risk and information systems control',
  privacy: 'privacy and data protection',
  'cloud-security': 'cloud security',
  'project-management': 'project management',
  'security-project-management': 'security project management',
};

/** Education levels in increasing order. */
export const EDUCATION_LEVELS = ['none', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

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
