import { z } from 'zod';
import { LeverSchema, PlanSchema } from './plan.ts';
import { PlanQuerySchema, ProfileSchema } from './profile.ts';

export const PLAN_DOCUMENT_FORMAT = 'secpath-plan';
export const PLAN_DOCUMENT_VERSION = 2;

export const YEAR_MONTH_SCHEMA_PATTERN = /^(19\d\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/;

/**
 * A saved plan: what the person asked (query, profile, start month, the route they were
 * looking at) and what secpath answered (the routes, and the single changes that would shorten
 * the route shown). Importing it restores the same view; the fields from, to, objective, pace
 * and routes are the same as `secpath plan --format json`.
 */
export const PlanDocumentSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(PLAN_DOCUMENT_FORMAT),
    version: z.literal(PLAN_DOCUMENT_VERSION),
    start: z
      .string()
      .regex(YEAR_MONTH_SCHEMA_PATTERN, { message: 'expected the start month as YYYY-MM, from 1900-01 to 2200-12' }),
    query: PlanQuerySchema,
    profile: ProfileSchema,
    selectedRoute: z.number().int().min(0).max(50).describe('Index of the route shown (0 = the best).'),
    ...PlanSchema.shape,
    levers: z
      .array(LeverSchema)
      .describe('For the route shown: the single changes that would shorten it most, with the months each saves.'),
  })
  .strict();

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
