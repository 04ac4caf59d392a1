import { z } from 'zod';

/** Ids are kebab-case so they read well in URLs, file diffs and CLI arguments. */
export const IdSchema = z
  .string()
  .min(1)
  .max(80, { abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case id such as "soc-analyst"' });

/** A reference to an entry of graph-data/sources.json. */
export const SourceRefsSchema = z
  .array(IdSchema)
  .min(1, { message: 'expected at least one source id' })
  .describe('Ids of entries in sources.json that back this fact.');

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD' });

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
 * The host is "one character, then no dot up to the first dot, then at least one more
 * character": the same hosts as "[^\s/?#]+\.[^\s/?#]+", but each dot can be matched one way
 * only, so a long run of dots is checked in linear time instead of quadratic (a 100 KB
 * "a.a.a..." took seconds). The length is checked first and stops the checks when it fails.
 */
export const HttpUrlSchema = z
  .string()
  .max(2000, { abort: true })
  .regex(/^https?:\/\/[^\s/?#][^\s/?#.]*\.[^\s/?#]+(?:[/?#]\S*)?$/, {
    message: 'expected an http(s) URL such as "https://www.bls.gov/ooh/"',
  });

/**
 * Characters no text in graph-data, and nothing secpath writes, may carry: C0 controls other
 * than tab and line feed (CR, ESC, BEL, NUL...), DEL, C1 controls, the bidirectional controls
 * (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069: they reorder what a reader sees) and the
 * Unicode line and paragraph separators U+2028/U+2029. Tab and line feed are left to each
 * format to handle; graph-data refuses them in its own check.
 */
export const UNSAFE_TEXT_CHARACTERS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
