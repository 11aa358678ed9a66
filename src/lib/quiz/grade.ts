/** Grading. A response names answer indices of the model (the written order), never display positions, so shuffling cannot break it. */
import type { Quiz, QuizQuestion } from './types.ts';

/** single: [i]; multiple: the selected indices (any order); sequence: the indices in the order the learner arranged them. */
export type QuestionResponse = readonly number[];

/** The outcome of a quiz; `passed` is undefined when the quiz has no passingGrade. */
export interface QuizResult {
  score: number;
  max: number;
  percent: number;
  passed: boolean | undefined;
  correct: boolean[];
}

function isWellFormed(response: unknown, count: number): response is QuestionResponse {
  if (!Array.isArray(response)) return false;
  const seen = new Set<number>();
  for (const index of response as unknown[]) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count || seen.has(index)) return false;
    seen.add(index);
  }
  return true;
}

/** Whether a response is fully correct; malformed responses (duplicates, out of range, wrong length) are simply wrong. */
export function gradeQuestion(question: QuizQuestion, response: QuestionResponse | undefined): boolean {
  const { answers } = question;
  if (!isWellFormed(response, answers.length)) return false;
  switch (question.type) {
    case 'single':
      return response.length === 1 && answers[response[0] ?? -1]?.correct === true;
    case 'multiple':
      return (
        response.length === answers.filter((answer) => answer.correct).length && response.every((index) => answers[index]?.correct === true)
      );
    case 'sequence':
      return response.length === answers.length && response.every((index, position) => index === position);
  }
}

/**
 * Grades the drawn questions (`questionIndices`, default all); `responses` align with `questionIndices`.
 * `percent` is rounded to an integer, and passing compares that shown percentage with passingGrade.
 */
export function gradeQuiz(
  quiz: Quiz,
  responses: readonly (QuestionResponse | undefined)[],
  questionIndices?: readonly number[],
): QuizResult {
  const drawn = questionIndices ?? quiz.questions.map((_, index) => index);
  const correct = drawn.map((questionIndex, position) => {
    const question = quiz.questions[questionIndex];
    return question !== undefined && gradeQuestion(question, responses[position]);
  });
  const score = correct.filter(Boolean).length;
  const max = drawn.length;
  const percent = max === 0 ? 0 : Math.round((score / max) * 100);
  const { passingGrade } = quiz.options;
  return { score, max, percent, passed: passingGrade === undefined ? undefined : percent >= passingGrade, correct };
}
