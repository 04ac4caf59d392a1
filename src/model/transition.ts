import { z } from 'zod';
import { DisputesSchema, IdSchema, NoteSchema, SourceRefsSchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import { LowConfidenceSchema } from './requirement.ts';
import { TRANSITION_KINDS } from './constants.ts';

export const TransitionKindSchema = z.enum(TRANSITION_KINDS);

export const MinimumExperienceSchema = z
  .object({
    kinds: z.array(ExperienceKindSchema).min(1),
    years: z.number().positive().max(40),
    sources: SourceRefsSchema,
    lowConfidence: LowConfidenceSchema,
    note: NoteSchema.optional(),
  })
  .strict();

const months = z.number().int().min(1).max(480);

/**
 * How long people stay in the role they leave before this move. Both parts null: no source
 * gives a stay for this move, and the plan estimates it from what people typically bring to
 * the role it leads to (and says so).
 */
export const StaySchema = z
  .object({
    minimum: z
      .object({ months, sources: SourceRefsSchema, lowConfidence: LowConfidenceSchema, note: NoteSchema.optional() })
      .strict()
      .nullable()
      .describe(
        'Binding: the least time in the role before the move, where a source gives one. null = none known (a month at least).',
      ),
    typical: z
      .object({
        months: z.object({ min: z.number().int().min(0).max(480), max: months }).strict(),
        sources: SourceRefsSchema,
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict()
      .nullable()
      .describe(
        'How long people typically stay before the move, as a range of months; the typical timeline stays at least its low end. null = unknown.',
      ),
  })
  .strict();

export const TransitionSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    kind: TransitionKindSchema,
    summary: z.string().min(10).max(600).optional(),
    minimumExperience: z
      .array(MinimumExperienceSchema)
      .nullable()
      .describe('Binding: the move waits until all hold. [] = a source says none is needed; null = unknown.'),
    stay: StaySchema,
    education: z
      .object({
        minimum: z
          .object({ level: EducationLevelSchema, sources: SourceRefsSchema, note: NoteSchema.optional() })
          .strict()
          .nullable()
          .describe('Binding: a missing degree is added to the route. null = no minimum known.'),
      })
      .strict(),
    certifications: z
      .object({
        required: z
          .array(
            z
              .object({
                anyOf: z.array(IdSchema).min(1),
                sources: SourceRefsSchema,
                note: NoteSchema.optional(),
              })
              .strict(),
          )
          .describe('Binding: for each group, the person must hold one of its certifications.'),
        expected: z
          .array(z.object({ id: IdSchema, sources: SourceRefsSchema, note: NoteSchema.optional() }).strict())
          .describe('Commonly expected or recommended; shown, never blocking.'),
      })
      .strict(),
    bypassesManagement: z
      .object({ sources: SourceRefsSchema, note: NoteSchema })
      .strict()
      .optional()
      .describe(
        'A move into an executive role from one that builds no experience of managing people, with the source that says people make it.',
      ),
    sources: SourceRefsSchema,
    disputes: DisputesSchema,
  })
  .strict();

export type Transition = z.infer<typeof TransitionSchema>;
