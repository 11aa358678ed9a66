/** A lesson's MDX source, for the build steps that read its text (quizzes, rule pages, playground exercises). */
import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';

// Lessons keep no body in the content store (it would ride in every page's bundle): read the file,
// once per build; in dev every time, so edits show.
const sources = new Map<string, string>();

/** The lesson's file as written, frontmatter included. */
export function lessonSource(entry: CollectionEntry<'lessons'>): string {
  const path = entry.filePath;
  if (!path) return entry.body ?? '';
  let source = import.meta.env.DEV ? undefined : sources.get(path);
  if (source === undefined) sources.set(path, (source = readFileSync(path, 'utf8')));
  return source;
}
