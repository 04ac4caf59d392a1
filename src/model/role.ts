import { z } from 'zod';
import { DisputesSchema, IdSchema, NoteSchema, SourceRefsSchema, SummarySchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import { EntryExperienceSchema, LowConfidenceSchema } from './requirement.ts';
import { ROLE_LEVELS, ROLE_TRACKS } from './constants.ts';

export { ROLE_LEVELS } from './constants.ts';

export const RoleLevelSchema = z.enum(ROLE_LEVELS);

export const RoleTrackSchema = z.enum(ROLE_TRACKS);

export const PAY_BASES = ['wage', 'total-pay', 'cash-compensation'] as const;

const SocCodeSchema = z.string().regex(/^\d{2}-\d{4}$/, { message: 'expected a 6-digit SOC code such as "15-1212"' });

/**
 * A median pay figure; several may be given when sources measure differently. Pay compared
 * across roles uses the BLS median annual wage (basis "wage"); survey figures of total pay or
 * cash compensation are shown apart and labelled.
 */
export const PayFigureSchema = z
  .object({
    medianUsd: z.number().int().positive().max(5_000_000),
    basis: z
      .enum(PAY_BASES)
      .describe(
        'wage: a median annual wage (BLS OEWS); total-pay: base plus bonus and other pay; cash-compensation: base plus cash bonus (survey medians).',
      ),
    period: z.string().min(4).max(40).describe('What the figure refers to, e.g. "May 2024".'),
    occupation: z.string().min(1).max(200).describe('The occupation the figure was measured for.'),
    soc: SocCodeSchema.optional().describe('The SOC code the figure was measured for, where it is a BLS figure.'),
    proxy: NoteSchema.optional().describe(
      "Set when the figure is for another occupation than the role's own: why it stands in.",
    ),
    sources: SourceRefsSchema,
    lowConfidence: LowConfidenceSchema,
    note: NoteSchema.optional(),
  })
  .strict();
export type PayFigure = z.infer<typeof PayFigureSchema>;

export const OutlookFigureSchema = z
  .object({
    growthPercent: z.number().min(-100).max(1000),
    period: z.string().regex(/^\d{4}-\d{4}$/, { message: 'expected a projection period such as "2024-2034"' }),
    occupation: z.string().min(1).max(200),
    soc: SocCodeSchema.optional(),
    proxy: NoteSchema.optional().describe(
      "Set when the figure is for another occupation than the role's own: why it stands in.",
    ),
    sources: SourceRefsSchema,
    lowConfidence: LowConfidenceSchema,
    note: NoteSchema.optional(),
  })
  .strict();

/**
 * What people typically bring when they enter the role: years of related experience by kind
 * (a range each; management and executive roles also give years of managing people) and the
 * education they typically hold. The typical timeline waits for the low end of each range.
 */
export const RoleEntrySchema = z
  .object({
    experience: z
      .array(EntryExperienceSchema)
      .describe('All of these, as ranges of years. [] = a source says none is needed (give it in sources).'),
    sources: SourceRefsSchema.optional().describe(
      'Where the experience list is empty: the source that says no prior experience is needed.',
    ),
    note: NoteSchema.optional(),
    education: z
      .array(
        z
          .object({
            level: EducationLevelSchema,
            sharePercent: z.number().min(0).max(100).nullable(),
            sources: SourceRefsSchema,
            lowConfidence: LowConfidenceSchema,
            note: NoteSchema.optional(),
          })
          .strict(),
      )
      .describe('Typical education of people in the role, with the share where known; shown, never blocking.'),
  })
  .strict();

export const OccupationCodeSchema = z
  .object({
    code: z.string().regex(/^\d{2}-\d{4}(\.\d{2})?$/, { message: 'expected an O*NET-SOC code such as "15-1212.00"' }),
    title: z.string().min(1).max(200),
    sources: SourceRefsSchema,
    note: NoteSchema.optional(),
  })
  .strict();

export const NiceWorkRoleSchema = z
  .object({
    id: z.string().regex(/^[A-Z]{2}-WRL-\d{3}$/, { message: 'expected a NICE v2 work role id such as "PD-WRL-003"' }),
    name: z.string().min(1).max(200),
    sources: SourceRefsSchema,
    note: NoteSchema.optional(),
  })
  .strict();

export const RoleSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(2).max(120),
    aliases: z.array(z.string().min(2).max(120)).describe('What people actually type for this role.'),
    level: RoleLevelSchema,
    track: RoleTrackSchema,
    summary: SummarySchema,
    countsAs: z
      .array(ExperienceKindSchema)
      .describe(
        'The experience kinds a month in this role counts as (and every kind they nest in). [] only for a starting point outside IT.',
      ),
    countsAsNote: NoteSchema.optional(),
    codes: z
      .object({
        onet: z.array(OccupationCodeSchema).describe('O*NET-SOC occupations this role falls under.'),
        nice: z.array(NiceWorkRoleSchema).describe('NICE Framework v2 work roles this role performs.'),
      })
      .strict(),
    entry: RoleEntrySchema.nullable().describe(
      'What people typically bring when they enter the role. null = no source known.',
    ),
    cannotLeadTo: z
      .array(z.object({ role: IdSchema, note: NoteSchema, sources: SourceRefsSchema }).strict())
      .optional()
      .describe('Roles this one has no route to although it reaches the CISO, and why (secpath validate asks for it).'),
    pay: z
      .array(PayFigureSchema)
      .describe('Median pay; the first figure of basis "wage" is the one compared across roles.'),
    outlook: z.array(OutlookFigureSchema),
    sources: SourceRefsSchema.describe('Sources for the role itself: what it is and where it sits.'),
    disputes: DisputesSchema,
  })
  .strict();

export type Role = z.infer<typeof RoleSchema>;
