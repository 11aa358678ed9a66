/**
 * <course-progress>: marks the lessons in it (`[data-lesson]`) that the reader completed, fills
 * `[data-progress-summary]`, `<progress>` and the `[data-continue]` link. Used by the course map
 * and the sidebar.
 */
import { bestScore, countCompleted, progressSummary, quizKey } from '../lib/progress/index.ts';
import { loadProgress, onProgressChange } from './progress-store.ts';
import { readStored } from './storage.ts';

// "id:hash id:hash" -> the best score over those quizzes, when any was finished with this content.
function best(quizzes: string | undefined): number | undefined {
  const scores = (quizzes ?? '')
    .split(' ')
    .filter(Boolean)
    .map((ref) => {
      const [id = '', hash = ''] = ref.split(':');
      return bestScore(readStored(quizKey(id)), hash);
    })
    .filter((score): score is number => score !== undefined);
  return scores.length > 0 ? Math.max(...scores) : undefined;
}

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
        const quiz = item.querySelector('[data-quiz-best]');
        const score = best(item.dataset['quizzes']);
        if (quiz) quiz.textContent = score === undefined ? '' : `Quiz best: ${score}%`;
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
    // Quiz scores change in other tabs (or other pages of this one) through storage events too.
    window.addEventListener('storage', (event) => {
      if (event.key?.startsWith('sidecar-academy:quiz:')) update();
    });
    document.addEventListener('quiz:completed', update);
    update();
  }
}

customElements.define('course-progress', CourseProgress);
