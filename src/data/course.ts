/** The course as pages need it: published lessons from the collection, ordered into modules. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourse, ContentError, type Course } from '../lib/content/index.ts';
import { quizzesOfLesson, type QuizRef } from './quizzes.ts';

/** The course and its lesson entries by id. */
export interface LoadedCourse {
  course: Course;
  entries: Map<string, CollectionEntry<'lessons'>>;
  /** The quizzes of each lesson, by lesson id. */
  quizzes: Map<string, QuizRef[]>;
}

let loaded: Promise<LoadedCourse> | undefined;

/** Loads once per build; drafts only in development. */
export function loadCourse(): Promise<LoadedCourse> {
  loaded ??= (async () => {
    const lessons = await getCollection('lessons', (entry) => import.meta.env.DEV || !entry.data.draft);
    const { course, problems } = buildCourse(
      lessons.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
    );
    if (problems.length > 0) {
      throw new ContentError(
        problems.map((p) => ({
          code: p.code,
          severity: 'error',
          file: p.file,
          line: 1,
          column: 1,
          field: p.field.join('.'),
          message: p.message,
        })),
      );
    }
    return {
      course,
      entries: new Map(lessons.map((entry) => [entry.id, entry])),
      quizzes: new Map(
        await Promise.all(
          lessons.map(async (entry) => [entry.id, (await quizzesOfLesson(entry)).map(({ id, hash }) => ({ id, hash }))] as const),
        ),
      ),
    };
  })();
  return loaded;
}
