/** Reads the quiz fixtures (tests/fixtures/quizzes/{valid,invalid}/NAME.txt with NAME.json) and parses whole files. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuizzes, parseQuiz, type Quiz, type QuizDiagnostic } from '../../../../src/lib/quiz/index.ts';

/** The fixture folder. */
export const fixtureDir = fileURLToPath(new URL('../../../fixtures/quizzes/', import.meta.url));

/** The names (without extension) of the fixtures of one kind. */
export function fixtureNames(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(`${fixtureDir}${kind}`)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}

/** A fixture's input text and its expected output. */
export function readFixture(kind: 'valid' | 'invalid', name: string): { input: string; expected: unknown } {
  const base = `${fixtureDir}${kind}/${name}`;
  return { input: readFileSync(`${base}.txt`, 'utf8'), expected: JSON.parse(readFileSync(`${base}.json`, 'utf8')) };
}

/** Every quiz of a file parsed at its file line, as the CLI does. */
export function parseFile(text: string): { quizzes: Quiz[]; diagnostics: QuizDiagnostic[] } {
  const quizzes: Quiz[] = [];
  const diagnostics: QuizDiagnostic[] = [];
  for (const { source, line } of extractQuizzes(text)) {
    const result = parseQuiz(source, { startLine: line });
    if (result.quiz) quizzes.push(result.quiz);
    diagnostics.push(...result.diagnostics);
  }
  return { quizzes, diagnostics };
}

/** The author-facing JSON of the CLI's `parse`: answers without positions, questions with their file line. */
export function authorView(quizzes: readonly Quiz[]): unknown {
  const view = (quiz: Quiz) => ({
    options: quiz.options,
    questions: quiz.questions.map(({ column: _column, answers, ...question }) => ({
      ...question,
      answers: answers.map(({ line: _line, column: _answerColumn, ...answer }) => answer),
    })),
  });
  return quizzes.length === 1 && quizzes[0] ? view(quizzes[0]) : { quizzes: quizzes.map(view) };
}

/** The valid quiz used by several tests (a Hugo page with eight questions). */
export function hugoQuiz(): Quiz {
  const quiz = parseFile(readFixture('valid', 'hugo-mesh-basics').input).quizzes[0];
  if (!quiz) throw new Error('the Hugo fixture no longer parses');
  return quiz;
}
