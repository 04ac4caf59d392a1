import { z } from 'zod';

/** Ids are kebab-case so they read well in URLs, file diffs and CLI arguments. */
export const IdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case id such as "soc-analyst"' });

/** A reference to an entry of graph-data/sources.json. */
export const SourceRefsSchema = z
  .array(IdSchema)
  .min(1, { message: 'expected at least one source id' })
  .describe('Ids of entries in sources.json that back this fact.');

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' });

export const NoteSchema = z.string().min(1).max(2000);

/** Free text written for people; kept short so it renders well in lists and exports. */
export const SummarySchema = z.string().min(10).max(800);

/**
 * A point where the sources disagree. The data records every claim with its sources
 * rather than silently picking one.
 */
export const DisputeSchema = z
  .object({
    about: z.string().min(1).max(300),
    claims: z
      .array(
        z
          .object({
            says: z.string().min(1).max(600),
            sources: SourceRefsSchema,
          })
          .strict(),
      )
      .min(2, { message: 'a dispute needs at least two claims' }),
    resolution: NoteSchema.optional().describe('Which claim secpath uses for planning, and why.'),
  })
  .strict();

export type Dispute = z.infer<typeof DisputeSchema>;

export const DisputesSchema = z.array(DisputeSchema).default([]);

/**
 * An http(s) URL. Written as a pattern rather than z.url() so the generated JSON Schema
 * checks exactly what zod checks (JSON Schema's "uri" format is optional in validators).
 */
export const HttpUrlSchema = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, { message: 'expected an http(s) URL such as "https://www.bls.gov/ooh/"' });
