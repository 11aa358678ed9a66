/**
 * <course-progress>: marks the lessons in it (`[data-lesson]`) that the reader completed, fills
 * `[data-progress-summary]`, `<progress>` and the `[data-continue]` link. Used by the course map
 * and the sidebar.
 */
import { countCompleted, progressSummary } from '../lib/progress/index.ts';
import { loadProgress, onProgressChange } from './progress-store.ts';

class CourseProgress extends HTMLElement {
  connectedCallback(): void {
    const update = (): void => {
      const progress = loadProgress();
      const items = Array.from(this.querySelectorAll<HTMLElement>('[data-lesson]'));
      const ids = [...new Set(items.map((item) => item.dataset['lesson'] ?? ''))].filter(Boolean);
      for (const item of items) {
        const done = (item.dataset['lesson'] ?? '') in progress.completed;
        item.toggleAttribute('data-done', done);
        const label = item.querySelector('[data-status]');
        if (label) label.textContent = done ? 'Completed' : '';
      }
      const done = countCompleted(progress, ids);
      const summary = this.querySelector('[data-progress-summary]');
      if (summary) summary.textContent = progressSummary(done, ids.length);
      const bar = this.querySelector('progress');
      if (bar) {
        bar.max = ids.length;
        bar.value = done;
      }
      const next = this.querySelector<HTMLAnchorElement>('[data-continue]');
      const firstOpen = items.find((item) => !item.hasAttribute('data-done'));
      const link = firstOpen?.querySelector<HTMLAnchorElement>('a[href]');
      if (next && link && done > 0) {
        next.href = link.href;
        next.textContent = `Continue: ${link.textContent?.trim() ?? ''}`;
      }
    };
    onProgressChange(update);
    update();
  }
}

customElements.define('course-progress', CourseProgress);
