/** Deterministic shuffling, so a page can reproduce a learner's draw from a stored seed. */
import type { Quiz, QuizQuestion } from './types.ts';

/** A deterministic PRNG (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const r = random();
    // Clamp, so a random() that returns 1 or garbage still yields a permutation.
    const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : i;
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** The question indices to ask, in order: all in written order, or shuffled and cut to nQuestions when shuffleQuestions is on. */
export function drawQuestions(quiz: Quiz, random: () => number): number[] {
  const all = range(quiz.questions.length);
  if (!quiz.options.shuffleQuestions) return all;
  const order = shuffled(all, random);
  return quiz.options.nQuestions === undefined ? order : order.slice(0, quiz.options.nQuestions);
}

/** The display order as model indices; sequences are always shuffled and never shown already solved when they have 2+ items. */
export function answerOrder(question: QuizQuestion, shuffleAnswers: boolean, random: () => number): number[] {
  const all = range(question.answers.length);
  if (question.type !== 'sequence') return shuffleAnswers ? shuffled(all, random) : all;
  const order = shuffled(all, random);
  if (order.length >= 2 && order.every((index, position) => index === position)) order.push(order.shift() ?? 0);
  return order;
}
