/**
 * The message protocol between an embedded quiz (the iframe) and embed.js on the host page.
 * Every message is `{ type: "sidecar-academy", v: 1, event, ... }`; anything else is ignored.
 *
 * - `{ event: "resize", height }`: the quiz's content height in CSS pixels changed.
 * - `{ event: "quiz:answered", detail: { quiz, index, correct } }`: a question was checked.
 * - `{ event: "quiz:completed", detail: { quiz, score, max, percent, passed } }`: the quiz was finished.
 *
 * One message goes the other way, from embed.js to an iframe: `{ event: "measure" }` asks for a
 * `resize` now. embed.js loads async, so a quiz may have reported its height before anyone listened.
 */

/** The namespace every message carries in `type`. */
export const EMBED_TYPE = 'sidecar-academy';
/** The protocol version; a host ignores versions it does not know. */
export const EMBED_VERSION = 1;

/** What a checked question reports. */
export interface AnsweredDetail {
  quiz: string;
  index: number;
  correct: boolean;
}

/** What a finished quiz reports. */
export interface CompletedDetail {
  quiz: string;
  score: number;
  max: number;
  percent: number;
  /** Undefined when the quiz has no pass mark. */
  passed: boolean | undefined;
}

/** A valid message. */
export type EmbedMessage =
  | { type: typeof EMBED_TYPE; v: typeof EMBED_VERSION; event: 'resize'; height: number }
  | { type: typeof EMBED_TYPE; v: typeof EMBED_VERSION; event: 'quiz:answered'; detail: AnsweredDetail }
  | { type: typeof EMBED_TYPE; v: typeof EMBED_VERSION; event: 'quiz:completed'; detail: CompletedDetail };

const isCount = (n: unknown, max = 10_000): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;
const isId = (s: unknown): s is string => typeof s === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) && s.length <= 100;

/** The message, if `data` is exactly a valid one; undefined for anything malformed or foreign. */
export function parseEmbedMessage(data: unknown): EmbedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m['type'] !== EMBED_TYPE || m['v'] !== EMBED_VERSION) return undefined;
  if (m['event'] === 'resize') {
    return isCount(m['height'], 100_000) ? { type: EMBED_TYPE, v: EMBED_VERSION, event: 'resize', height: m['height'] } : undefined;
  }
  const d = m['detail'] as Record<string, unknown> | null | undefined;
  if (typeof d !== 'object' || d === null || !isId(d['quiz'])) return undefined;
  if (m['event'] === 'quiz:answered' && isCount(d['index']) && typeof d['correct'] === 'boolean') {
    return {
      type: EMBED_TYPE,
      v: EMBED_VERSION,
      event: 'quiz:answered',
      detail: { quiz: d['quiz'], index: d['index'], correct: d['correct'] },
    };
  }
  const passed = d['passed'];
  if (
    m['event'] === 'quiz:completed' &&
    isCount(d['score']) &&
    isCount(d['max']) &&
    d['score'] <= d['max'] &&
    isCount(d['percent'], 100) &&
    (passed === undefined || typeof passed === 'boolean')
  ) {
    return {
      type: EMBED_TYPE,
      v: EMBED_VERSION,
      event: 'quiz:completed',
      detail: { quiz: d['quiz'], score: d['score'], max: d['max'], percent: d['percent'], passed },
    };
  }
  return undefined;
}

/** Whether a message from the host asks the quiz to report its height again. */
export function isMeasureRequest(data: unknown): boolean {
  const message = data as { type?: unknown; v?: unknown; event?: unknown } | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === EMBED_TYPE &&
    message.v === EMBED_VERSION &&
    message.event === 'measure'
  );
}
