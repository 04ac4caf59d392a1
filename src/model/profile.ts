import { z } from 'zod';
import { IdSchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import { DEFAULT_ALTERNATIVES, DEFAULT_TARGET_ROLE_ID, MAX_ALTERNATIVES, OBJECTIVES } from './constants.ts';

/** What a person brings: everything optional, missing means none. */
export const ProfileSchema = z
  .object({
    experienceYears: z
      .partialRecord(ExperienceKindSchema, z.number().min(0).max(60))
      .default({})
      .describe('Years of experience by kind; a year of security work is also a year of IT work if both are given.'),
    education: EducationLevelSchema.default('none'),
    certifications: z.array(IdSchema).max(100).default([]),
    monthsInCurrentRole: z.number().int().min(0).max(720).optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export { OBJECTIVES, DEFAULT_TARGET_ROLE_ID, DEFAULT_ALTERNATIVES, MAX_ALTERNATIVES } from './constants.ts';
export type { Objective } from './constants.ts';
export const ObjectiveSchema = z.enum(OBJECTIVES);

/** A planning question: roles by id (names are resolved before this point). */
export const PlanQuerySchema = z
  .object({
    from: IdSchema,
    to: IdSchema.default(DEFAULT_TARGET_ROLE_ID),
    objective: ObjectiveSchema.default('fastest'),
    alternatives: z.number().int().min(1).max(MAX_ALTERNATIVES).default(DEFAULT_ALTERNATIVES),
  })
  .strict();
export type PlanQuery = z.infer<typeof PlanQuerySchema>;
export type PlanQueryInput = z.input<typeof PlanQuerySchema>;
