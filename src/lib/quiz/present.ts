/**
 * The state of a presented quiz, shared between the projected slides and the presenter-notes
 * window over a BroadcastChannel. Messages are validated: another tab or a stale version can
 * send anything.
 */

/** What both windows show: which question, whether its answer is revealed, the audience's pick, the timer. */
export interface PresentState {
  index: number;
  revealed: boolean;
  /** Answer indices (model order) the room picked with the number keys. */
  picked: number[];
  /** When the countdown ends (ms since epoch), or null when it is not running. */
  endsAt: number | null;
  /** Seconds left when paused (the countdown's length when never started). */
  remaining: number;
}

/** A message on the channel: the slides publish state; the notes send commands. */
export type PresentMessage =
  { kind: 'state'; state: PresentState } | { kind: 'command'; command: 'next' | 'prev' | 'reveal' | 'timer' } | { kind: 'hello' };

/** The channel name for a quiz. */
export function presentChannel(quizId: string): string {
  return `sidecar-academy:present:${quizId}`;
}

/** Parses a channel message for a quiz of `count` questions; anything else is undefined. */
export function parsePresentMessage(data: unknown, count: number): PresentMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m['kind'] === 'hello') return { kind: 'hello' };
  if (m['kind'] === 'command' && ['next', 'prev', 'reveal', 'timer'].includes(m['command'] as string)) {
    return { kind: 'command', command: m['command'] as 'next' | 'prev' | 'reveal' | 'timer' };
  }
  const s = m['state'] as Record<string, unknown> | undefined;
  if (m['kind'] !== 'state' || typeof s !== 'object' || s === null) return undefined;
  const index = s['index'];
  const picked = s['picked'];
  const endsAt = s['endsAt'];
  const remaining = s['remaining'];
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) return undefined;
  if (!Array.isArray(picked) || !picked.every((p) => Number.isInteger(p) && p >= 0 && p < 50)) return undefined;
  if (endsAt !== null && typeof endsAt !== 'number') return undefined;
  if (typeof remaining !== 'number' || remaining < 0 || remaining > 3600) return undefined;
  return {
    kind: 'state',
    state: { index, revealed: s['revealed'] === true, picked: picked as number[], endsAt: endsAt as number | null, remaining },
  };
}

/** "1:05" for 65 seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
