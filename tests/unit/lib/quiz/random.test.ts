import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOrder, drawQuestions, parseQuiz, seededRandom, shuffled } from '../../../../src/lib/quiz/index.ts';
import { hugoQuiz } from './fixtures.ts';

const identity = (length: number) => Array.from({ length }, (_, index) => index);
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

describe('seededRandom', () => {
  it('repeats the same numbers for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });
});

describe('shuffled', () => {
  it('returns a permutation as a copy, leaving the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const result = shuffled(items, seededRandom(seed));
        expect(items).toEqual(copy);
        expect(sorted(result)).toEqual(sorted(items));
      }),
    );
  });

  it('still permutes when random() misbehaves', () => {
    for (const random of [() => 1, () => -3, () => Number.NaN]) expect(sorted(shuffled([3, 1, 2], random))).toEqual([1, 2, 3]);
  });
});

describe('drawQuestions', () => {
  const quiz = hugoQuiz();

  it('keeps the written order unless shuffleQuestions is on', () => {
    expect(drawQuestions(quiz, seededRandom(1))).toEqual(identity(8));
  });

  it('shuffles and draws nQuestions distinct questions when shuffleQuestions is on', () => {
    const options = { ...quiz.options, shuffleQuestions: true, nQuestions: 3 };
    const drawn = drawQuestions({ ...quiz, options }, seededRandom(7));
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn).size).toBe(3);
    expect(sorted(drawQuestions({ ...quiz, options: { ...quiz.options, shuffleQuestions: true } }, seededRandom(7)))).toEqual(identity(8));
  });
});

describe('answerOrder', () => {
  const [single, , , sequence] = hugoQuiz().questions;

  it('keeps the written order when shuffleAnswers is off, and shuffles when it is on', () => {
    if (!single) throw new Error('fixture');
    expect(answerOrder(single, false, seededRandom(3))).toEqual([0, 1, 2, 3]);
    expect(sorted(answerOrder(single, true, seededRandom(3)))).toEqual([0, 1, 2, 3]);
  });

  it('always shuffles a sequence and never shows it already solved', () => {
    const pair = parseQuiz('# Order\n\n1. a\n2. b\n').quiz?.questions[0];
    if (!sequence || !pair) throw new Error('fixture');
    for (const random of [() => 0.999, () => 0, Math.random]) expect(answerOrder(pair, false, random)).toEqual([1, 0]);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const order = answerOrder(sequence, false, seededRandom(seed));
        expect(sorted(order)).toEqual(identity(5));
        expect(order).not.toEqual(identity(5));
      }),
    );
  });
});
