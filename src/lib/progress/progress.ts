/**
 * The reader's progress as stored in the browser. Storage is shared with other sites' code and
 * old versions of ours, so anything unexpected is dropped rather than trusted.
 */

/** localStorage key; the version lets a future format migrate or ignore old data. */
export const PROGRESS_KEY = 'sidecar-academy:progress:v1';

/** Completed lessons by id, each with when it was marked (ISO 8601). */
export interface Progress {
  completed: Record<string, string>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ENTRIES = 1000;

/** An empty progress record. */
export function emptyProgress(): Progress {
  return { completed: Object.create(null) as Record<string, string> };
}

/** Reads stored progress; corrupt, foreign or hostile data gives an empty or partial record, never an error. */
export function parseProgress(raw: string | null | undefined): Progress {
  const progress = emptyProgress();
  if (!raw || raw.length > 200_000) return progress;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return progress;
  }
  if (typeof value !== 'object' || value === null) return progress;
  const completed = (value as { completed?: unknown }).completed;
  if (typeof completed !== 'object' || completed === null || Array.isArray(completed)) return progress;
  let count = 0;
  for (const [id, when] of Object.entries(completed)) {
    if (count >= MAX_ENTRIES) break;
    if (!ID.test(id) || typeof when !== 'string' || Number.isNaN(Date.parse(when))) continue;
    progress.completed[id] = when;
    count++;
  }
  return progress;
}

/** The stored form of a progress record. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ completed: progress.completed });
}

/** A copy of `progress` with one lesson marked complete or not. */
export function setCompleted(progress: Progress, id: string, done: boolean, now: Date = new Date()): Progress {
  const next = emptyProgress();
  Object.assign(next.completed, progress.completed);
  if (done) next.completed[id] = now.toISOString();
  else delete next.completed[id];
  return next;
}

/** How many of the given lessons are complete. */
export function countCompleted(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => id in progress.completed).length;
}

/** "1 of 3 lessons complete", "0 of 1 lesson complete": the summary the map and the checkbox announce. */
export function progressSummary(done: number, total: number): string {
  return `${done} of ${total} ${total === 1 ? 'lesson' : 'lessons'} complete`;
}
