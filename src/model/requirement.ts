import { z } from 'zod';
import { NoteSchema, SourceRefsSchema } from './common.ts';
import { ExperienceKindSchema } from './experience.ts';

const kinds = z
  .array(ExperienceKindSchema)
  .min(1)
  .describe('Experience of any of these kinds counts (a month counts once even if it is of several kinds).');

/**
 * Set on a number only secondary sources give (training vendors, blogs, data republishers):
 * it is planned with, and shown as low-confidence. `secpath validate` checks the mark against
 * the sources' tiers.
 */
export const LowConfidenceSchema = z
  .literal(true)
  .optional()
  .describe('True when only secondary sources give this number; shown as low-confidence.');

/** An amount of experience of some kinds, stated in years or, where the source says so, hours. */
export const ExperienceYearsSchema = z
  .object({ kinds, years: z.number().positive().max(40), note: NoteSchema.optional() })
  .strict();
export const ExperienceHoursSchema = z
  .object({ kinds, hours: z.number().int().positive().max(100_000), note: NoteSchema.optional() })
  .strict();
export const ExperienceAmountSchema = z.union([ExperienceYearsSchema, ExperienceHoursSchema]);
export type ExperienceAmount = z.infer<typeof ExperienceAmountSchema>;

export const YearsRangeSchema = z
  .object({ min: z.number().min(0).max(50), max: z.number().min(0).max(50) })
  .strict()
  .describe(
    'A range the source gives, e.g. "over 2 years, up to and including 4 years" = {min 2, max 4}; min = max for one figure.',
  );

/** What people typically bring to a role: years of experience of some kinds, as a range. */
export const EntryExperienceSchema = z
  .object({
    kinds,
    years: YearsRangeSchema,
    sources: SourceRefsSchema,
    lowConfidence: LowConfidenceSchema,
    note: NoteSchema.optional(),
  })
  .strict();
export type EntryExperience = z.infer<typeof EntryExperienceSchema>;
