import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerOrder,
  drawQuestions,
  gradeQuestion,
  gradeQuiz,
  parseQuiz,
  seededRandom,
  type Quiz,
  type QuizQuestion,
} from '../../../../src/lib/quiz/index.ts';
import { fixtureNames, hugoQuiz, parseFile, readFixture } from './fixtures.ts';

function question(text: string): QuizQuestion {
  const found = parseQuiz(text).quiz?.questions[0];
  if (!found) throw new Error(`not a valid question: ${text}`);
  return found;
}

const single = question('# Which port does Envoy use for outbound traffic in Istio?\n\n1. [ ] 15006\n1. [x] 15001\n1. [ ] 4143\n');
const multiple = question('# Which are Linkerd extensions?\n\n- [x] viz\n- [ ] istiod\n- [x] jaeger\n- [x] multicluster\n');
const none = question('# Which need a sidecar in ambient mode?\n\n- [ ] App Pods\n- [ ] ztunnel\n');
const rollout = parseFile(readFixture('valid', 'linkerd-rollout-sequence').input).quizzes[0]?.questions[0];

describe('gradeQuestion', () => {
  it('grades a single-choice question by the index of the written answer', () => {
    expect(gradeQuestion(single, [1])).toBe(true);
    expect(gradeQuestion(single, [0])).toBe(false);
    expect(gradeQuestion(single, [])).toBe(false);
  });

  it('grades a multiple-choice question as right only for exactly the correct set, in any order', () => {
    expect(gradeQuestion(multiple, [3, 0, 2])).toBe(true);
    expect(gradeQuestion(multiple, [0, 2])).toBe(false);
    expect(gradeQuestion(multiple, [0, 1, 2, 3])).toBe(false);
    expect(gradeQuestion(none, [])).toBe(true);
    expect(gradeQuestion(none, [0])).toBe(false);
  });

  it('grades a 12-item sequence right in written order and wrong when two items swap', () => {
    if (!rollout) throw new Error('fixture');
    expect(rollout.answers).toHaveLength(12);
    const order = rollout.answers.map((_, index) => index);
    expect(gradeQuestion(rollout, order)).toBe(true);
    expect(gradeQuestion(rollout, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 10])).toBe(false);
    expect(gradeQuestion(rollout, [1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(false);
    expect(gradeQuestion(rollout, order.slice(0, 11))).toBe(false);
  });

  it('treats malformed responses as wrong instead of throwing', () => {
    for (const response of [undefined, [1, 1], [-1], [3], [0.5], [Number.NaN], ['1' as unknown as number]]) {
      expect(gradeQuestion(single, response)).toBe(false);
    }
    expect(gradeQuestion(multiple, [0, 2, 3, 3])).toBe(false);
    expect(gradeQuestion(question('# Order\n\n1. a\n2. b\n'), [0, 1, 1])).toBe(false);
    expect(gradeQuestion(single, 'garbage' as unknown as number[])).toBe(false);
    fc.assert(fc.property(fc.anything(), (response) => void gradeQuestion(multiple, response as number[])));
  });
});

describe('gradeQuiz', () => {
  const quiz: Quiz = hugoQuiz();
  const correctResponse = (q: QuizQuestion) =>
    q.type === 'sequence' ? q.answers.map((_, index) => index) : q.answers.flatMap((answer, index) => (answer.correct ? [index] : []));

  it('scores, rounds the percentage and compares it with passingGrade', () => {
    const responses = quiz.questions.map((q, index) => (index < 5 ? correctResponse(q) : undefined));
    expect(gradeQuiz(quiz, responses)).toEqual({
      score: 5,
      max: 8,
      percent: 63,
      passed: false,
      correct: [true, true, true, true, true, false, false, false],
    });
    expect(gradeQuiz(quiz, quiz.questions.map(correctResponse))).toMatchObject({ score: 8, percent: 100, passed: true });
  });

  it('leaves passed undefined when the quiz has no passingGrade', () => {
    const { passingGrade: _, ...options } = quiz.options;
    expect(gradeQuiz({ ...quiz, options }, []).passed).toBeUndefined();
  });

  it('grades only the drawn questions, with responses aligned to them', () => {
    const drawn = [6, 2];
    const responses = drawn.map((index) => correctResponse(quiz.questions[index] as QuizQuestion));
    expect(gradeQuiz(quiz, responses, drawn)).toEqual({ score: 2, max: 2, percent: 100, passed: true, correct: [true, true] });
    expect(gradeQuiz(quiz, [[0]], [99])).toMatchObject({ score: 0, max: 1 });
    expect(gradeQuiz(quiz, [], [])).toMatchObject({ score: 0, max: 0, percent: 0 });
  });

  it('keeps the score within [0, max] for any responses', () => {
    const response = fc.option(fc.array(fc.integer({ min: -2, max: 14 }), { maxLength: 14 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 10 }), (responses) => {
        const result = gradeQuiz(quiz, responses);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(result.max);
        expect(result.percent).toBeGreaterThanOrEqual(0);
        expect(result.percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('grades the correct response fully correct after any shuffle of questions and answers', () => {
    const quizzes: Quiz[] = fixtureNames('valid').flatMap((name) => parseFile(readFixture('valid', name).input).quizzes);
    fc.assert(
      fc.property(
        fc.constantFrom(...quizzes),
        fc.integer(),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 8 })),
        (base, seed, shuffleAnswers, n) => {
          const nQuestions = n === null ? {} : { nQuestions: Math.min(n, base.questions.length) };
          const quiz = { ...base, options: { ...base.options, shuffleQuestions: true, shuffleAnswers, ...nQuestions } };
          const random = seededRandom(seed);
          const drawn = drawQuestions(quiz, random);
          // The learner works on display positions; the widget maps them back to model indices.
          const responses = drawn.map((questionIndex) => {
            const question = quiz.questions[questionIndex];
            if (!question) throw new Error('drawn index out of range');
            const display = answerOrder(question, shuffleAnswers, random);
            if (question.type === 'sequence') return [...display].sort((a, b) => a - b);
            return display.filter((index) => question.answers[index]?.correct);
          });
          expect(gradeQuiz(quiz, responses, drawn)).toMatchObject({ score: drawn.length, max: drawn.length });
        },
      ),
    );
  });
});
