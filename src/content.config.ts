/**
 * Content collections: lessons are MDX files in content/lessons/; quizzes that lessons place by id
 * (`<Quiz id="..." />`) are quizdown files in content/quizzes/; rule pages of the playground are
 * Markdown files in content/rules/. A leading _ marks a partial.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, rulePageSchema } from './lib/content/index.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: process.env['LESSONS_DIR'] ?? './content/lessons', retainBody: false }),
  schema: lessonSchema,
});

const quizzesDir = process.env['QUIZZES_DIR'] ?? './content/quizzes';
const quizzes = defineCollection({
  // A course may have no quiz files; the glob loader would warn about the missing folder.
  loader: existsSync(quizzesDir) ? glob({ pattern: '**/[^_]*.md', base: quizzesDir }) : { name: 'no-quizzes', load: async () => {} },
});

// One page per validator code: what it means, why it matters in a mesh, a failing and a fixed example.
const rules = defineCollection({
  loader: glob({ pattern: '[A-Z]*.md', base: './content/rules' }),
  schema: rulePageSchema,
});

export const collections = { lessons, quizzes, rules };
