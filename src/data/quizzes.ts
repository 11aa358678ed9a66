/**
 * Every quiz of the site, wherever it is written: ```quizdown fences (and Hugo shortcodes) in
 * lessons, and quiz files in content/quizzes/. Embeds, presenter pages, handouts, the team page
 * and SCORM packages are all built from this list.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractQuizzes, parseQuiz, quizHash, type Quiz } from '../lib/quiz/index.ts';
import { defaultQuizId, quizIdFromMeta, shortcodesToFences } from '../markdown/quiz-fence.ts';
import { lessonSource } from './lesson-source.ts';

/** A quiz's identity as the browser stores its progress. */
export interface QuizRef {
  id: string;
  hash: string;
}

/** A quiz with what pages need to present it. */
export interface QuizSource extends QuizRef {
  quiz: Quiz;
  /** A title for people: "The sidecar pattern: quiz", "Final assessment". */
  title: string;
  /** The lesson it is written in, if any. */
  lessonId: string | undefined;
}

/** The quizzes written in a lesson, in order, with the ids the build gives them. */
export function lessonQuizzes(entry: CollectionEntry<'lessons'>): (QuizRef & { quiz: Quiz })[] {
  const found = extractQuizzes(shortcodesToFences(lessonSource(entry))).filter((q) => q.wrapper !== 'bare');
  return found.flatMap((q, index) => {
    const { quiz } = parseQuiz(q.source);
    return quiz ? [{ id: quizIdFromMeta(q.meta) ?? defaultQuizId(entry.id, index + 1), hash: quizHash(quiz), quiz }] : [];
  });
}

/** Ids of the quiz files a lesson places with `<Quiz id="..." />`. */
export function placedQuizIds(entry: CollectionEntry<'lessons'>): string[] {
  return [...lessonSource(entry).matchAll(/<Quiz\s[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Every quiz a lesson shows, written in it or placed by id, as the browser stores their progress. */
export async function quizzesOfLesson(entry: CollectionEntry<'lessons'>): Promise<QuizSource[]> {
  const quizzes = await allQuizzes();
  const ids = [...lessonQuizzes(entry).map((q) => q.id), ...placedQuizIds(entry)];
  return ids.flatMap((id) => quizzes.get(id) ?? []);
}

const humanize = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

let all: Promise<Map<string, QuizSource>> | undefined;

/** Every quiz by id (lesson quizzes first, in course order of the collection, then quiz files). */
export function allQuizzes(): Promise<Map<string, QuizSource>> {
  all ??= (async () => {
    const quizzes = new Map<string, QuizSource>();
    const lessons = await getCollection('lessons', (entry) => import.meta.env.DEV || !entry.data.draft);
    for (const entry of lessons) {
      for (const q of lessonQuizzes(entry)) quizzes.set(q.id, { ...q, title: `${entry.data.title}: quiz`, lessonId: entry.id });
    }
    for (const entry of await getCollection('quizzes')) {
      // Read the file itself: the collection would take a leading options block for frontmatter.
      const [found] = extractQuizzes(entry.filePath ? readFileSync(entry.filePath, 'utf8') : (entry.body ?? ''));
      const { quiz } = parseQuiz(found?.source ?? '');
      if (quiz) quizzes.set(entry.id, { id: entry.id, hash: quizHash(quiz), quiz, title: humanize(entry.id), lessonId: undefined });
    }
    return quizzes;
  })();
  return all;
}

/** getStaticPaths for the pages made once per quiz: slides, notes, handouts, embeds, oEmbed. */
export async function quizPaths(): Promise<{ params: { id: string } }[]> {
  return [...(await allQuizzes()).keys()].map((id) => ({ params: { id } }));
}

/** The quiz with this id; a page asking for one that does not exist is a build error that names it. */
export async function quizById(id: string): Promise<QuizSource> {
  const source = (await allQuizzes()).get(id);
  if (!source) throw new Error(`no quiz ${id}`);
  return source;
}
