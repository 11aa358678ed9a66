/** The reader's lesson progress in the browser, shared by the elements that show or change it. */
import { parseProgress, PROGRESS_KEY, serializeProgress, setCompleted, type Progress } from '../lib/progress/index.ts';
import { readStored, writeStored } from './storage.ts';

/** Fired on window whenever progress changes, in this tab or (through `storage`) in another. */
export const PROGRESS_EVENT = 'sidecar-academy:progress';

/** Current progress; never throws. */
export function loadProgress(): Progress {
  return parseProgress(readStored(PROGRESS_KEY));
}

/** Marks a lesson complete or not and tells every listener; returns whether storage kept it. */
export function saveCompleted(id: string, done: boolean): boolean {
  const saved = writeStored(PROGRESS_KEY, serializeProgress(setCompleted(loadProgress(), id, done)));
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return saved;
}

/** Calls `listener` on every change, including changes made in other tabs. */
export function onProgressChange(listener: () => void): void {
  window.addEventListener(PROGRESS_EVENT, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) listener();
  });
}
