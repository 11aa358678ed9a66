/** The quizzes as the team page needs them: structure and plain-text labels, no explanations. */
import type { TeamQuiz } from '../lib/team/index.ts';
import { plainText } from '../lib/text/index.ts';
import { allQuizzes } from './quizzes.ts';

/** Every quiz of the site for grading pasted result codes. */
export async function teamQuizzes(): Promise<TeamQuiz[]> {
  return [...(await allQuizzes()).values()].map(({ id, hash, title, quiz }) => ({
    id,
    hash,
    title,
    passingGrade: quiz.options.passingGrade,
    questions: quiz.questions.map((q) => ({
      type: q.type,
      title: plainText(q.prompt.split('\n\n')[0] ?? '', 120),
      answers: q.answers.map((a) => plainText(a.text, 80)),
      correct: q.answers.flatMap((a, i) => (a.correct ? [i] : [])),
    })),
  }));
}
