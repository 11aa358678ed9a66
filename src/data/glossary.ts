/** The glossary as the /glossary/ page needs it: entries in alphabetical order, with the lessons that exist. */
import { ContentError } from '../lib/content/index.ts';
import { glossaryProblems, type GlossaryEntry } from '../lib/content/glossary.ts';
import { readGlossary } from '../node/glossary-file.ts';
import { loadCourse } from './course.ts';

/** An entry with the titles of its lessons and related terms. */
export interface GlossaryView extends GlossaryEntry {
  lessonLinks: { id: string; title: string }[];
  related: { id: string; term: string }[];
}

/** Every entry, sorted by term; a broken glossary fails the build with its problems. */
export async function loadGlossary(): Promise<GlossaryView[]> {
  const { entries, problems } = readGlossary();
  const { course } = await loadCourse();
  const titles = new Map(course.lessons.map((lesson) => [lesson.id, lesson.title]));
  // A test course (the fixture) has other lessons: only the real course must know every lesson named.
  const lessonProblems = process.env['LESSONS_DIR'] ? [] : glossaryProblems(entries, new Set(titles.keys()));
  const all = [...problems, ...lessonProblems];
  if (all.length > 0) {
    throw new ContentError(
      all.map((message) => ({
        code: 'glossary' as const,
        severity: 'error' as const,
        file: 'content/glossary.yaml',
        line: 1,
        column: 1,
        message,
      })),
    );
  }
  const terms = new Map(entries.map((entry) => [entry.id, entry.term]));
  return [...entries]
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
    .map((entry) => ({
      ...entry,
      lessonLinks: entry.lessons.flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id) ?? id }] : [])),
      related: entry.see.map((id) => ({ id, term: terms.get(id) ?? id })),
    }));
}
