/** <lesson-complete data-lesson="id">: the "I have completed this lesson" checkbox, kept in the browser. */
import { countCompleted, progressSummary } from '../lib/progress/index.ts';
import { loadProgress, onProgressChange, saveCompleted } from './progress-store.ts';

class LessonComplete extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset['lesson'];
    const box = this.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const status = this.querySelector('[role="status"]');
    const all = (this.dataset['lessons'] ?? '').split(' ').filter(Boolean);
    if (!id || !box) return;
    const sync = (): void => {
      box.checked = id in loadProgress().completed;
    };
    const save = (): void => {
      const kept = saveCompleted(id, box.checked);
      const done = countCompleted(loadProgress(), all);
      if (status) {
        status.textContent =
          (box.checked ? 'Marked complete. ' : 'Marked not complete. ') +
          `${progressSummary(done, all.length)}.` +
          (kept ? '' : ' Your browser blocks storage, so this is kept only until you leave the page.');
      }
    };
    box.addEventListener('change', save);
    // The box is on screen, unticked, before this script runs; a reader quick enough to tick it
    // first (autocomplete="off" stops the browser restoring it) must not see the tick undone.
    if (box.checked && !(id in loadProgress().completed)) save();
    onProgressChange(sync);
    sync();
  }
}

customElements.define('lesson-complete', LessonComplete);
