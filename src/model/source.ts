import { z } from 'zod';
import { HttpUrlSchema, IdSchema, IsoDateSchema, NoteSchema } from './common.ts';

/**
 * Where a fact comes from. Facts elsewhere refer to sources by id, so a page cited by
 * twenty facts is described once, with the date it was read.
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).max(300),
    publisher: z.string().min(1).max(200),
    url: HttpUrlSchema,
    accessed: IsoDateSchema.describe('The date the page was read, or the access date its citation gives.'),
    kind: z
      .enum(['official', 'government', 'survey', 'secondary', 'seed'])
      .describe(
        'official: the issuing body; government: a statistics or workforce agency; survey: a published survey; secondary: a blog, reseller, copy or aggregator; seed: the article secpath grew from.',
      ),
    note: NoteSchema.optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
