/**
 * Loads the quiz widget when a quiz comes near the screen, not with the page: a lesson is read for
 * minutes before its quiz, and its first paint should not wait for code it does not need yet.
 * Until then the quiz is plain HTML with "Show answer" disclosures, which already works.
 */

/** Imports the widget once any quiz on the page is within a screen's height of the viewport. */
export function loadQuizzesWhenNear(): void {
  const quizzes = document.querySelectorAll('quiz-widget');
  if (quizzes.length === 0) return;
  const load = (): void => void import('./quiz-widget.ts');
  // A link straight to a quiz (#quiz-...) or a browser without the observer: load now.
  if (!('IntersectionObserver' in window) || location.hash.startsWith('#quiz-')) return load();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: '100% 0px' },
  );
  for (const quiz of quizzes) observer.observe(quiz);
}

loadQuizzesWhenNear();
