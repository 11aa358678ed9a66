/**
 * A learner's progress in one quiz, as stored in the browser: the current attempt (its shuffle
 * seed, answers and which questions were checked), the number of attempts and the best score.
 * Keyed by quiz id and tied to the quiz's content hash, so an edited quiz starts fresh.
 */

/** localStorage key of a quiz's state. */
export function quizKey(id: string): string {
  return `sidecar-academy:quiz:v1:${id}`;
}

/** The stored state of one quiz. */
export interface QuizState {
  hash: string;
  attempts: number;
  /** Best percentage of a finished attempt, if any. */
  best: number | undefined;
  /** Percentage of the last finished attempt, if any. */
  last: number | undefined;
  seed: number;
  /** Per question of the model: the response (answer indices), or null when unanswered. */
  responses: (number[] | null)[];
  /** Question indices (of the model) the learner has checked in this attempt. */
  checked: number[];
}

/** A fresh state for a quiz. */
export function freshQuizState(hash: string, questions: number, seed: number): QuizState {
  return {
    hash,
    attempts: 0,
    best: undefined,
    last: undefined,
    seed,
    responses: Array.from({ length: questions }, () => null),
    checked: [],
  };
}

const isIndexList = (value: unknown, max: number): value is number[] =>
  Array.isArray(value) && value.length <= max && value.every((n) => Number.isInteger(n) && n >= 0 && n < max);

const percent = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 0 && value <= 100 ? Math.round(value) : undefined;

/**
 * Reads a stored state for a quiz with `hash` and `questions` questions of `answerCounts` answers.
 * Anything corrupt, foreign or for another version of the quiz gives undefined, never an error.
 */
export function parseQuizState(raw: string | null, hash: string, answerCounts: readonly number[]): QuizState | undefined {
  if (!raw || raw.length > 100_000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v['hash'] !== hash || typeof v['seed'] !== 'number' || !Number.isFinite(v['seed'])) return undefined;
  const responses = Array.isArray(v['responses']) ? v['responses'] : [];
  return {
    hash,
    attempts: Number.isInteger(v['attempts']) && (v['attempts'] as number) >= 0 ? (v['attempts'] as number) : 0,
    best: percent(v['best']),
    last: percent(v['last']),
    seed: v['seed'] >>> 0,
    responses: answerCounts.map((count, i) => (isIndexList(responses[i], count) ? [...(responses[i] as number[])] : null)),
    checked: isIndexList(v['checked'], answerCounts.length) ? [...new Set(v['checked'] as number[])] : [],
  };
}

/** The stored form of a state. */
export function serializeQuizState(state: QuizState): string {
  return JSON.stringify(state);
}

/** The best score stored for a quiz with this hash, for the course map; undefined when none. */
export function bestScore(raw: string | null, hash: string): number | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as { hash?: unknown; best?: unknown };
    return value.hash === hash ? percent(value.best) : undefined;
  } catch {
    return undefined;
  }
}
