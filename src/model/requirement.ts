import { z } from 'zod';
import { NoteSchema, SourceRefsSchema } from './common.ts';
import { ExperienceKindSchema } from './experience.ts';

const kinds = z
  .array(ExperienceKindSchema)
  .min(1)
  .describe('Experience of any of these kinds counts (a month counts once even if it is of several kinds).');

/** An amount of experience of some kinds, stated in years or, where the source says so, hours. */
export const ExperienceAmountSchema = z.union([
  z.object({ kinds, years: z.number().positive().max(40), note: NoteSchema.optional() }).strict(),
  z.object({ kinds, hours: z.number().int().positive().max(100_000), note: NoteSchema.optional() }).strict(),
]);
export type ExperienceAmount = z.infer<typeof ExperienceAmountSchema>;

/** Like ExperienceAmount but with its own sources, for facts on transitions. */
export const SourcedExperienceSchema = z.union([
  z
    .object({ kinds, years: z.number().positive().max(40), sources: SourceRefsSchema, note: NoteSchema.optional() })
    .strict(),
  z
    .object({
      kinds,
      years: z
        .object({ min: z.number().min(0).max(40), max: z.number().positive().max(40) })
        .strict()
        .describe('A range given by the source, e.g. "5-10 years".'),
      sources: SourceRefsSchema,
      note: NoteSchema.optional(),
    })
    .strict(),
]);
export type SourcedExperience = z.infer<typeof SourcedExperienceSchema>;
