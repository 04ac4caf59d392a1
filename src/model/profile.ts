import { z } from 'zod';
import { IdSchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import {
  DEFAULT_PACE,
  DEFAULT_ROUTE_COUNT,
  DEFAULT_TARGET_ROLE_ID,
  MAX_ROUTE_COUNT,
  OBJECTIVES,
  PACES,
} from './constants.ts';
import { MAX_CERTIFICATIONS, MAX_MONTHS_IN_ROLE, MAX_YEARS } from './profile-rules.ts';

/** What a person brings: everything optional, missing means none. */
export const ProfileSchema = z
  .object({
    experienceYears: z
      .partialRecord(ExperienceKindSchema, z.number().min(0).max(MAX_YEARS))
      .default({})
      .describe('Years of experience by kind. Kinds nest: years of security work are also years of IT work.'),
    education: EducationLevelSchema.default('none'),
    certifications: z.array(IdSchema).max(MAX_CERTIFICATIONS).default([]),
    associateOf: z
      .array(IdSchema)
      .max(MAX_CERTIFICATIONS)
      .default([])
      .describe(
        'Certifications whose exam the person passed but which are not granted yet (e.g. an Associate of ISC2 working toward CISSP).',
      ),
    monthsInCurrentRole: z.number().int().min(0).max(MAX_MONTHS_IN_ROLE).optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export type { Objective, Pace } from './constants.ts';
export const ObjectiveSchema = z.enum(OBJECTIVES);
export const PaceSchema = z.enum(PACES);

/** A planning question: roles by id (names are resolved before this point). */
export const PlanQuerySchema = z
  .object({
    from: IdSchema,
    to: IdSchema.default(DEFAULT_TARGET_ROLE_ID),
    objective: ObjectiveSchema.default('fastest'),
    pace: PaceSchema.default(DEFAULT_PACE).describe('Which timeline ranks the routes: typical (default) or earliest.'),
    routeCount: z
      .number()
      .int()
      .min(1)
      .max(MAX_ROUTE_COUNT)
      .default(DEFAULT_ROUTE_COUNT)
      .describe('How many distinct routes to show, the best first.'),
  })
  .strict();
export type PlanQuery = z.infer<typeof PlanQuerySchema>;
export type PlanQueryInput = z.input<typeof PlanQuerySchema>;
