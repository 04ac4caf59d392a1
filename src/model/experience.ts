import { z } from 'zod';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS } from './constants.ts';

export { EDUCATION_LEVELS, EXPERIENCE_KINDS, EXPERIENCE_KIND_PARENTS } from './constants.ts';
export type { ExperienceKind } from './constants.ts';

export const ExperienceKindSchema = z.enum(EXPERIENCE_KINDS);
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS);
