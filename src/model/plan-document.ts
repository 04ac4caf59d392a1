import { z } from 'zod';
import { PlanSchema } from './plan.ts';
import { PlanQuerySchema, ProfileSchema } from './profile.ts';

export const PLAN_DOCUMENT_FORMAT = 'secpath-plan';
export const PLAN_DOCUMENT_VERSION = 1;

/**
 * A saved plan: what the person asked (query, profile, start month, the route they were
 * looking at) and what secpath answered (the routes). Importing it restores the same view;
 * the fields from, to, objective and routes are the same as `secpath plan --format json`.
 */
export const PlanDocumentSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(PLAN_DOCUMENT_FORMAT),
    version: z.literal(PLAN_DOCUMENT_VERSION),
    start: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'expected the start month as YYYY-MM' }),
    query: PlanQuerySchema,
    profile: ProfileSchema,
    selectedRoute: z.number().int().min(0).max(50).describe('Index of the route shown (0 = the best).'),
    ...PlanSchema.shape,
  })
  .strict();

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
