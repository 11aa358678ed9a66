import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOrder, drawQuestions, groupQuotas, parseQuiz, seededRandom, shuffled } from '../../../../src/lib/quiz/index.ts';
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

describe('groupQuotas', () => {
  it('draws n in all, at least one from every group when n allows, never more than a group holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer(),
        (sizes, n, seed) => {
          const quotas = groupQuotas(sizes, n, seededRandom(seed));
          const total = sizes.reduce((a, b) => a + b, 0);
          expect(quotas.reduce((a, b) => a + b, 0)).toBe(Math.min(n, total));
          quotas.forEach((quota, i) => expect(quota).toBeLessThanOrEqual(sizes[i] ?? 0));
          if (n >= sizes.length) expect(quotas.every((quota) => quota >= 1)).toBe(true);
          else expect(quotas.every((quota) => quota <= 1)).toBe(true);
        },
      ),
    );
  });

  it('shares what is left after one each in proportion to the groups’ sizes', () => {
    // The final assessment: 33 questions in six modules, 15 drawn.
    expect(groupQuotas([6, 6, 4, 7, 3, 7], 15, seededRandom(1))).toEqual([3, 3, 2, 3, 1, 3]);
    expect(groupQuotas([10, 1, 1], 6, seededRandom(1))).toEqual([4, 1, 1]);
  });
});

describe('drawQuestions with questionGroups', () => {
  const bank = parseQuiz(Array.from({ length: 12 }, (_, i) => `# Question ${i + 1}?\n\n1. [x] yes\n1. [ ] no\n`).join('\n')).quiz;
  if (!bank) throw new Error('fixture');
  const grouped = { ...bank, options: { ...bank.options, shuffleQuestions: true, nQuestions: 4, questionGroups: [3, 3, 3, 3] } };

  it('asks about every group in every attempt, each question once, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const drawn = drawQuestions(grouped, seededRandom(seed));
        expect(new Set(drawn).size).toBe(4);
        expect(sorted(drawn.map((index) => Math.floor(index / 3)))).toEqual([0, 1, 2, 3]);
        expect(drawQuestions(grouped, seededRandom(seed))).toEqual(drawn);
      }),
    );
  });

  it('without groups, some attempts leave a group out (what the option is for)', () => {
    const { questionGroups: _, ...ungrouped } = grouped.options;
    const plain = { ...grouped, options: ungrouped };
    const missing = Array.from({ length: 200 }, (_, seed) => drawQuestions(plain, seededRandom(seed))).filter(
      (drawn) => new Set(drawn.map((index) => Math.floor(index / 3))).size < 4,
    );
    expect(missing.length).toBeGreaterThan(0);
  });

  it('draws ungrouped when the groups do not cover the questions (a lint error), and from a tampered spec', () => {
    for (const questionGroups of [[3, 3], [0, 12], 'x' as unknown as number[]]) {
      const drawn = drawQuestions({ ...grouped, options: { ...grouped.options, questionGroups } }, seededRandom(5));
      expect(new Set(drawn).size).toBe(4);
    }
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
