/**
 * The frontmatter of a lesson, as a zod schema with a description on every field.
 * Depends on nothing but zod, so the build, the content CLI and the tests share it.
 */
import * as z from 'zod';

/** Lower-case letters, digits and single hyphens: the shape of lesson and module ids. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, like "sidecar-pattern"');

// YAML loaders disagree on dates: js-yaml (Astro) yields Date, `yaml` (our preflight) yields a
// string. Accept both, and only a real calendar date.
const dateSchema = z.union([z.date(), z.iso.date('write the date as YYYY-MM-DD').transform((value) => new Date(`${value}T00:00:00Z`))]);

/** Which releases a lesson's facts and snippets were checked against. */
export const versionsSchema = z
  .object({
    kubernetes: z.string().min(1).optional().describe('Kubernetes release the lesson assumes, e.g. "1.33+".'),
    istio: z.string().min(1).optional().describe('Istio release the lesson assumes, e.g. "1.27+".'),
    linkerd: z.string().min(1).optional().describe('Linkerd release the lesson assumes, e.g. "edge-26.x".'),
    rust: z.string().min(1).optional().describe('Rust toolchain the examples assume, e.g. "1.85+".'),
  })
  .strict();

/** A lesson's module: lessons that share an id must share its title and order. */
export const moduleSchema = z
  .object({
    id: slugSchema.describe('Stable id of the module, shared by all of its lessons.'),
    title: z.string().min(3).max(60).describe('Module title shown in the sidebar and on the course map.'),
    order: z.int().min(1).max(99).describe('Position of the module in the course, from 1.'),
  })
  .strict();

/** The frontmatter of one lesson file in content/lessons/. */
export const lessonSchema = z
  .object({
    title: z.string().min(3).max(80).describe('Lesson title: the page heading and the sidebar entry.'),
    description: z.string().min(30).max(220).describe('One or two sentences for the course map, search results and the meta description.'),
    module: moduleSchema.describe('The module this lesson belongs to.'),
    order: z.int().min(1).max(99).describe('Position of the lesson within its module, from 1.'),
    duration: z.int().min(1).max(240).describe('Estimated time in minutes to read the lesson and do its exercises.'),
    objectives: z
      .array(z.string().min(10).max(200))
      .min(1)
      .max(8)
      .describe('What the reader can do after the lesson, each starting with a verb.'),
    prerequisites: z.array(slugSchema).default([]).describe('Ids (file names without .mdx) of lessons to read first.'),
    updated: dateSchema.describe('When the content was last checked for accuracy (YYYY-MM-DD).'),
    versions: versionsSchema.optional().describe('Releases the lesson assumes, stated once on the page.'),
    draft: z.boolean().default(false).describe('Drafts are built in development only and never published.'),
  })
  .strict();

/** Frontmatter as an author writes it. */
export type LessonInput = z.input<typeof lessonSchema>;
/** Frontmatter after validation and defaults. */
export type LessonData = z.output<typeof lessonSchema>;

/** Every field name the schema knows at each object path, for "did you mean" hints. */
export const knownFields: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(lessonSchema.shape),
  module: Object.keys(moduleSchema.shape),
  versions: Object.keys(versionsSchema.shape),
};
