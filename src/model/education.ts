import { z } from 'zod';
import { NoteSchema, SourceRefsSchema } from './common.ts';
import { LowConfidenceSchema } from './requirement.ts';
import { EducationLevelSchema } from './experience.ts';

/** How long a degree takes and what it costs, used when a move needs a degree the person lacks. */
export const DegreeSchema = z
  .object({
    level: EducationLevelSchema.exclude(['none']),
    title: z.string().min(1).max(120),
    requires: EducationLevelSchema.describe('The level a person must hold before starting this degree.'),
    typicalMonths: z
      .object({
        months: z.number().positive().max(120),
        sources: SourceRefsSchema,
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict()
      .nullable(),
    costPerYear: z
      .array(
        z
          .object({
            usd: z.number().min(0).max(200_000),
            basis: z
              .string()
              .min(1)
              .max(200)
              .describe('What the figure measures, e.g. "published tuition and fees, public four-year, in-state".'),
            period: z.string().min(4).max(40),
            sources: SourceRefsSchema,
            lowConfidence: LowConfidenceSchema,
            note: NoteSchema.optional(),
          })
          .strict(),
      )
      .describe('Yearly cost; the first is used for planning. [] = unknown.'),
  })
  .strict();
export type Degree = z.infer<typeof DegreeSchema>;
