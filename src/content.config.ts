/** Content collections: lessons are MDX files in content/lessons/ (a leading _ marks a partial). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/content/index.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: process.env['LESSONS_DIR'] ?? './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
