import { z } from 'zod';
import {
  DisputesSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDateSchema,
  NoteSchema,
  SourceRefsSchema,
  SummarySchema,
} from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import {
  ExperienceAmountSchema,
  ExperienceHoursSchema,
  ExperienceYearsSchema,
  LowConfidenceSchema,
} from './requirement.ts';

/** A price or fee seen on a given date; several may be recorded when sources disagree. */
export const PriceSeenSchema = z
  .object({
    usd: z.number().min(0).max(100_000),
    seen: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      message: 'expected the date the price was seen: YYYY, YYYY-MM or YYYY-MM-DD',
    }),
    sources: SourceRefsSchema,
    lowConfidence: LowConfidenceSchema,
    note: NoteSchema.optional(),
  })
  .strict();

/**
 * When a waiver is in force: from and until are the first and last day it applies (either may
 * be open). A plan applies the rule in force in the month the person would apply.
 */
const inForce = {
  from: IsoDateSchema.optional().describe('First day the waiver applies.'),
  until: IsoDateSchema.optional().describe('Last day the waiver applies.'),
};

export const WaiverSchema = z.union([
  z
    .object({
      education: EducationLevelSchema.describe('Holding this degree (or higher) reduces the experience needed.'),
      years: z.number().positive().max(10),
      ...inForce,
      note: NoteSchema.optional(),
    })
    .strict(),
  z
    .object({
      certification: IdSchema.describe('Holding this certification reduces the experience needed.'),
      years: z.number().positive().max(10),
      ...inForce,
      note: NoteSchema.optional(),
    })
    .strict(),
  z
    .object({
      certification: IdSchema,
      waivesAll: z.literal(true).describe('Holding this certification satisfies the whole experience requirement.'),
      ...inForce,
      note: NoteSchema.optional(),
    })
    .strict(),
  z
    .object({
      experience: z
        .array(ExperienceKindSchema)
        .min(1)
        .describe('Experience of these kinds may stand in for part of the first requirement.'),
      years: z.number().positive().max(10).describe('At most this much of it.'),
      ...inForce,
      note: NoteSchema.optional(),
    })
    .strict(),
]);

/**
 * An experience rule of a certification: its amount, and what holding the credential proves.
 * Where the issuer counts other work toward the rule (ISC2 counts security work done as an
 * auditor toward the CISSP), `kinds` lists every kind that counts and `holderCountsAs` the
 * kinds a holder is credited with.
 */
const holderCountsAs = z
  .array(ExperienceKindSchema)
  .min(1)
  .optional()
  .describe(
    'A holder is credited with this much experience of these kinds (default: all of kinds); each must be among kinds.',
  );
export const CertificationExperienceSchema = z.union([
  ExperienceYearsSchema.extend({ holderCountsAs }),
  ExperienceHoursSchema.extend({ holderCountsAs }),
]);

export const CertificationSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(2).max(160),
    abbreviation: z.string().min(1).max(30),
    aliases: z.array(z.string().min(1).max(120)),
    issuer: z.string().min(1).max(120),
    officialUrl: HttpUrlSchema,
    summary: SummarySchema,
    experience: z
      .object({
        required: z
          .array(CertificationExperienceSchema)
          .nullable()
          .describe('All must hold before the credential is granted. [] = the issuer requires none; null = unknown.'),
        recommended: z.array(ExperienceAmountSchema).describe('Experience the issuer recommends but does not require.'),
        windowYears: z
          .number()
          .positive()
          .max(50)
          .nullable()
          .describe('The experience must fall within this many years before applying; null = no window stated.'),
        waivers: z.array(WaiverSchema),
        maxWaiverYears: z.number().positive().max(20).nullable().describe('The most all waivers together can remove.'),
        examBeforeExperience: z
          .boolean()
          .nullable()
          .describe('Whether the exam may be passed before the experience is complete.'),
        beforeEligibility: z
          .object({
            title: z.string().min(1).max(120),
            yearsToQualify: z.number().positive().max(20).nullable(),
            note: NoteSchema.optional(),
          })
          .strict()
          .nullable()
          .describe('What a candidate who passed without the experience becomes, e.g. "Associate of ISC2".'),
        partTime: z
          .object({
            creditPercent: z
              .number()
              .min(1)
              .max(100)
              .describe(
                'How much of a part-time month counts, as the issuer counts it (ISC2: 20 hours a week = half).',
              ),
            sources: SourceRefsSchema,
            note: NoteSchema.optional(),
          })
          .strict()
          .nullable()
          .describe('How the issuer counts part-time work; null = not stated.'),
        internships: z
          .object({ count: z.boolean(), sources: SourceRefsSchema, note: NoteSchema.optional() })
          .strict()
          .nullable()
          .describe('Whether internships count toward the experience; null = not stated.'),
        sources: SourceRefsSchema,
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict(),
    application: z
      .object({
        withinMonthsOfExam: z
          .number()
          .int()
          .positive()
          .max(240)
          .describe('The exam pass lapses unless this is done within so many months.'),
        what: z.string().min(1).max(200).describe('What must be done, e.g. "complete the endorsement".'),
        sources: SourceRefsSchema,
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict()
      .nullable()
      .describe('A deadline after the exam that costs the pass when missed; null = none known.'),
    exam: z
      .object({
        costs: z.array(PriceSeenSchema).describe('Exam price; the first is used for planning. [] = unknown.'),
        questions: z.string().min(1).max(80).nullable(),
        minutes: z.number().int().positive().max(1_000).nullable(),
        sources: SourceRefsSchema,
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict(),
    preparation: z
      .object({
        typicalMonths: z
          .union([
            z.number().positive().max(60),
            z.object({ min: z.number().min(0).max(60), max: z.number().positive().max(60) }).strict(),
          ])
          .nullable()
          .describe(
            'Typical study time; a range uses its upper end for planning. null = unknown: the plan sets no time aside and says so.',
          ),
        sources: z.array(IdSchema),
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict(),
    renewal: z
      .object({
        cycleYears: z.number().positive().max(20).nullable(),
        continuingEducation: z.string().min(1).max(200).nullable(),
        annualFees: z.array(PriceSeenSchema),
        sources: SourceRefsSchema,
        lowConfidence: LowConfidenceSchema,
        note: NoteSchema.optional(),
      })
      .strict(),
    sources: SourceRefsSchema,
    disputes: DisputesSchema,
  })
  .strict();

export type Certification = z.infer<typeof CertificationSchema>;
