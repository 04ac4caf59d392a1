import { z } from 'zod';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS } from './constants.ts';

export { EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS, EXPERIENCE_KINDS, EXPERIENCE_KIND_LABELS, EXPERIENCE_KIND_PARENTS, educationRank } from './constants.ts';
export type { EducationLevel, ExperienceKind } from './constants.ts';

export const ExperienceKindSchema = z.enum(EXPERIENCE_KINDS);
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
