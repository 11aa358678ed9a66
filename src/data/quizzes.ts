/** The quizzes each lesson carries (id and content hash), for the course map's best scores. */
import type { CollectionEntry } from 'astro:content';
import { extractQuizzes, parseQuiz, quizHash } from '../lib/quiz/index.ts';
import { defaultQuizId, quizIdFromMeta, shortcodesToFences } from '../markdown/quiz-fence.ts';

/** A quiz's identity as the browser stores its progress. */
export interface QuizRef {
  id: string;
  hash: string;
}

/** The quizzes written in a lesson, in order, with the ids the build gives them. */
export function lessonQuizzes(entry: CollectionEntry<'lessons'>): QuizRef[] {
  const found = extractQuizzes(shortcodesToFences(entry.body ?? '')).filter((q) => q.wrapper !== 'bare');
  return found.flatMap((q, index) => {
    const { quiz } = parseQuiz(q.source);
    return quiz ? [{ id: quizIdFromMeta(q.meta) ?? defaultQuizId(entry.id, index + 1), hash: quizHash(quiz) }] : [];
  });
}
