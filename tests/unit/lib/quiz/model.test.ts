import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { displayExplanation, parseQuiz, quizHash, quizSchema, type Quiz } from '../../../../src/lib/quiz/index.ts';
import { hugoQuiz } from './fixtures.ts';

describe('quizSchema', () => {
  it('accepts what parseQuiz produces', () => {
    expect(quizSchema.safeParse(hugoQuiz()).success).toBe(true);
  });

  it('rejects unknown fields and broken rules', () => {
    const quiz = hugoQuiz();
    expect(quizSchema.safeParse({ ...quiz, extra: 1 }).success).toBe(false);
    const [first, ...rest] = quiz.questions;
    if (!first) throw new Error('fixture');
    const twoCorrect = { ...first, answers: first.answers.map((answer) => ({ ...answer, correct: true })) };
    expect(quizSchema.safeParse({ ...quiz, questions: [twoCorrect, ...rest] }).success).toBe(false);
    expect(quizSchema.safeParse({ ...quiz, options: { ...quiz.options, nQuestions: 9 } }).success).toBe(false);
  });

  it('describes every field', () => {
    const json = JSON.stringify(z.toJSONSchema(quizSchema, { unrepresentable: 'any' }));
    const schema = JSON.parse(json) as unknown;
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) if (!value.description) undescribed.push(`${path}.${key}`);
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
  });
});

describe('quizHash', () => {
  const text = '# Which proxy does Linkerd use?\n\n1. [x] linkerd2-proxy\n1. [ ] Envoy\n';
  const hash = (source: string) => quizHash(parseQuiz(source).quiz as Quiz);

  it('is short, stable and independent of where the quiz sits in the file', () => {
    expect(hash(text)).toMatch(/^[0-9a-z]{13}$/);
    expect(hash(text)).toBe(hash(text));
    expect(quizHash(parseQuiz(text, { startLine: 80 }).quiz as Quiz)).toBe(hash(text));
    expect(hash(`\n\n${text}`)).toBe(hash(text));
  });

  it('changes when a question, an answer or an option changes', () => {
    const variants = [
      text.replace('Linkerd use', 'Linkerd inject'),
      text.replace('1. [x] linkerd2-proxy\n1. [ ] Envoy', '1. [ ] linkerd2-proxy\n1. [x] Envoy'),
      `---\npassingGrade: 50\n---\n${text}`,
    ];
    for (const variant of variants) expect(hash(variant)).not.toBe(hash(text));
  });
});

describe('displayExplanation', () => {
  it('drops a leading bold Explanation label in its usual spellings', () => {
    for (const label of ['**Explanation:**', '__Explanation:__', '**Explanation**:', '__explanation__:', '** Explanation: **']) {
      expect(displayExplanation(`${label} Envoy listens on 15001.`)).toBe('Envoy listens on 15001.');
    }
    expect(displayExplanation('**Explanation:**\n\nThe proxy starts first.')).toBe('The proxy starts first.');
  });

  it('keeps text without the label, and a label that is not at the start', () => {
    expect(displayExplanation('**Note:** ztunnel runs per node.')).toBe('**Note:** ztunnel runs per node.');
    expect(displayExplanation('See **Explanation:** below.')).toBe('See **Explanation:** below.');
    expect(displayExplanation('**Explanation:* half bold')).toBe('**Explanation:* half bold');
  });
});
