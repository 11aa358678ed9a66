/** A stable short hash of a quiz, to key saved progress so that an edited quiz starts fresh. */
import type { Quiz } from './types.ts';

// Positions change when text above the quiz moves; that is not an edit of the quiz.
const ignored = new Set(['line', 'column']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, item]) => !ignored.has(key) && item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const mask = (1n << 64n) - 1n;

/** FNV-1a 64 of the quiz's canonical JSON (positions left out), in base 36. Pure; runs in the browser too. */
export function quizHash(quiz: Quiz): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(canonical(quiz))) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & mask;
  }
  return hash.toString(36).padStart(13, '0');
}
