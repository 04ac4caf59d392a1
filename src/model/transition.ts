import { z } from 'zod';
import { DisputesSchema, IdSchema, NoteSchema, SourceRefsSchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import { SourcedExperienceSchema } from './requirement.ts';
import { TRANSITION_KINDS } from './constants.ts';

export { TRANSITION_KINDS } from './constants.ts';
export type { TransitionKind } from './constants.ts';
export const TransitionKindSchema = z.enum(TRANSITION_KINDS);

export const MinimumExperienceSchema = z
  .object({
    kinds: z.array(ExperienceKindSchema).min(1),
    years: z.number().positive().max(40),
    sources: SourceRefsSchema,
    note: NoteSchema.optional(),
  })
  .strict();
export type MinimumExperience = z.infer<typeof MinimumExperienceSchema>;

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
    typicalExperience: z
      .array(SourcedExperienceSchema)
      .nullable()
      .describe('What people typically have when they make the move; shown, never blocking. null = unknown.'),
    education: z
      .object({
        minimum: z
          .object({ level: EducationLevelSchema, sources: SourceRefsSchema, note: NoteSchema.optional() })
          .strict()
          .nullable()
          .describe('Binding: a missing degree is added to the route. null = no minimum known.'),
        typical: z
          .array(
            z
              .object({
                level: EducationLevelSchema,
                sharePercent: z.number().min(0).max(100).nullable(),
                sources: SourceRefsSchema,
                note: NoteSchema.optional(),
              })
              .strict(),
          )
          .nullable()
          .describe('Typical education of people in the destination role, with the share where known.'),
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
    typicalMonthsInRole: z
      .object({
        months: z.union([
          z.number().positive().max(480),
          z.object({ min: z.number().min(0).max(480), max: z.number().positive().max(480) }).strict(),
        ]),
        sources: SourceRefsSchema,
        note: NoteSchema.optional(),
      })
      .strict()
      .nullable()
      .describe('How long people typically stay in the from-role before this move. null = unknown.'),
    sources: SourceRefsSchema,
    disputes: DisputesSchema,
  })
  .strict();

export type Transition = z.infer<typeof TransitionSchema>;
