import { z } from 'zod';
import { SOURCE_TIERS } from './constants.ts';
import { HttpUrlSchema, IdSchema, IsoDateSchema, NoteSchema } from './common.ts';

export const SourceTierSchema = z.enum(SOURCE_TIERS);

/**
 * Where a fact comes from. Facts elsewhere refer to sources by id, so a page cited by
 * twenty facts is described once, with its tier and the date it was read.
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).max(300),
    publisher: z.string().min(1).max(200),
    url: HttpUrlSchema,
    accessed: IsoDateSchema.describe('The date the page was read, or the access date its citation gives.'),
    tier: SourceTierSchema.describe(
      'official: the issuing body or a government agency, on its own site or a faithful web archive of it; survey: a named survey with its publisher and sample; publisher: an established publisher or reference work; secondary: training vendors, blogs, data republishers (they only corroborate).',
    ),
    edition: z
      .string()
      .min(1)
      .max(120)
      .optional()
      .describe('The edition or date the page itself gives, e.g. "2024–34 edition" or "May 2024 data".'),
    sample: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('For a survey: who was asked, e.g. "340+ US security leaders".'),
    note: NoteSchema.optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;

/** A host whose pages are never a source, with the reason: copies, content farms, exam dumps, essay mills, AI encyclopedias. */
export const RefusedHostSchema = z
  .object({
    host: z
      .string()
      .min(3)
      .max(253)
      .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, {
        message: 'expected a host name such as "example.com"',
      })
      .describe('The host; its subdomains are refused too.'),
    reason: z.enum([
      'copy-on-unrelated-host',
      'content-farm',
      'exam-dump-or-prep-farm',
      'essay-mill',
      'ai-encyclopedia',
    ]),
    note: NoteSchema.optional(),
  })
  .strict();
