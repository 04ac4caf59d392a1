import { z } from 'zod';
import { DisputesSchema, IdSchema, NoteSchema, SourceRefsSchema, SummarySchema } from './common.ts';
import { ExperienceKindSchema } from './experience.ts';
import { ROLE_LEVELS, ROLE_TRACKS } from './constants.ts';

export { ROLE_LEVELS, ROLE_TRACKS } from './constants.ts';
export type { RoleLevel, RoleTrack } from './constants.ts';

export const RoleLevelSchema = z.enum(ROLE_LEVELS);

export const RoleTrackSchema = z.enum(ROLE_TRACKS);

/** A median pay figure; several may be given when sources disagree or measure differently. */
export const PayFigureSchema = z
  .object({
    medianUsd: z.number().int().positive().max(5_000_000),
    basis: z.enum(['base-salary', 'total-pay']).describe('BLS medians are wages; Glassdoor-style figures include bonus.'),
    period: z.string().min(4).max(40).describe('What the figure refers to, e.g. "May 2024".'),
    occupation: z.string().min(1).max(200).describe('The occupation the figure was measured for.'),
    sources: SourceRefsSchema,
    note: NoteSchema.optional(),
  })
  .strict();
export type PayFigure = z.infer<typeof PayFigureSchema>;

export const OutlookFigureSchema = z
  .object({
    growthPercent: z.number().min(-100).max(1000),
    period: z.string().regex(/^\d{4}-\d{4}$/, { message: 'expected a projection period such as "2024-2034"' }),
    occupation: z.string().min(1).max(200),
    sources: SourceRefsSchema,
    note: NoteSchema.optional(),
  })
  .strict();
export type OutlookFigure = z.infer<typeof OutlookFigureSchema>;

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
      .min(1)
      .describe('The experience kinds that a month in this role counts as.'),
    countsAsNote: NoteSchema.optional(),
    codes: z
      .object({
        onet: z.array(OccupationCodeSchema).describe('O*NET-SOC occupations this role falls under.'),
        nice: z.array(NiceWorkRoleSchema).describe('NICE Framework v2 work roles this role performs.'),
      })
      .strict(),
    pay: z.array(PayFigureSchema).describe('Median pay; the first figure is the one secpath shows first.'),
    outlook: z.array(OutlookFigureSchema),
    sources: SourceRefsSchema.describe('Sources for the role itself: what it is and where it sits.'),
    disputes: DisputesSchema,
  })
  .strict();

export type Role = z.infer<typeof RoleSchema>;
