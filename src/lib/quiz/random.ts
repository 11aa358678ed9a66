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

/**
 * How many questions to take from each group when drawing `n`: one from every group first (so a
 * final assessment covers every module), the rest in proportion to what each group has left
 * (largest remainder, ties broken at random), never more than a group holds.
 */
export function groupQuotas(sizes: readonly number[], n: number, random: () => number): number[] {
  const quotas = sizes.map(() => 0);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let left = Math.min(n, total);
  const open = (): number[] => sizes.flatMap((size, i) => ((quotas[i] ?? 0) < size ? [i] : []));
  // Fewer questions than groups: one each from groups picked at random.
  for (const i of shuffled(open(), random).slice(0, left)) quotas[i] = 1;
  left -= quotas.reduce((sum, q) => sum + q, 0);
  if (left <= 0) return quotas;
  const spare = sizes.map((size, i) => size - (quotas[i] ?? 0));
  const spareTotal = spare.reduce((sum, value) => sum + value, 0);
  const shares = spare.map((value) => (value * left) / spareTotal);
  shares.forEach((share, i) => (quotas[i] = (quotas[i] ?? 0) + Math.floor(share)));
  left -= shares.reduce((sum, share) => sum + Math.floor(share), 0);
  const byRemainder = shuffled(open(), random).sort((a, b) => ((shares[b] ?? 0) % 1) - ((shares[a] ?? 0) % 1));
  for (const i of byRemainder.slice(0, left)) quotas[i] = (quotas[i] ?? 0) + 1;
  return quotas;
}

/**
 * The question indices to ask, in order: all in written order, or shuffled and cut to nQuestions
 * when shuffleQuestions is on; with questionGroups, the draw takes from every group (see groupQuotas).
 */
export function drawQuestions(quiz: Pick<Quiz, 'options' | 'questions'>, random: () => number): number[] {
  const all = range(quiz.questions.length);
  const { shuffleQuestions, nQuestions, questionGroups } = quiz.options;
  if (!shuffleQuestions) return all;
  if (nQuestions === undefined) return shuffled(all, random);
  const sizes = Array.isArray(questionGroups) && questionGroups.every((size) => Number.isInteger(size) && size > 0) ? questionGroups : [];
  // Groups that do not add up to the questions are a lint error; the widget still draws, ungrouped.
  if (sizes.length === 0 || sizes.reduce((sum, size) => sum + size, 0) !== all.length) return shuffled(all, random).slice(0, nQuestions);
  const quotas = groupQuotas(sizes, nQuestions, random);
  let start = 0;
  const picked = sizes.flatMap((size, g) => {
    const members = all.slice(start, (start += size));
    return shuffled(members, random).slice(0, quotas[g] ?? 0);
  });
  return shuffled(picked, random);
}

/** The display order as model indices; sequences are always shuffled and never shown already solved when they have 2+ items. */
export function answerOrder(question: QuizQuestion, shuffleAnswers: boolean, random: () => number): number[] {
  const all = range(question.answers.length);
  if (question.type !== 'sequence') return shuffleAnswers ? shuffled(all, random) : all;
  const order = shuffled(all, random);
  if (order.length >= 2 && order.every((index, position) => index === position)) order.push(order.shift() ?? 0);
  return order;
}
