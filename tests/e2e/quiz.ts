/** Helpers for driving quizzes in the end-to-end tests: the keyboard way and the quick way. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The widget's data for a quiz on the page. */
export interface Spec {
  id: string;
  hash: string;
  options: { passingGrade?: number; enableRetry: boolean; shuffleQuestions: boolean; nQuestions?: number };
  questions: { type: 'single' | 'multiple' | 'sequence'; correct: number[]; count: number }[];
}

/** Reads the spec of the quiz with this id, once its widget is live (lessons load it when the quiz comes near). */
export async function specOf(page: Page, id: string): Promise<Spec> {
  const widget = page.locator(`quiz-widget[data-quiz="${id}"]`);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveClass(/is-live/);
  return JSON.parse((await widget.getAttribute('data-spec')) ?? '{}') as Spec;
}

/** The visible questions of a quiz, in the order shown. */
export function shownQuestions(page: Page, id: string): Locator {
  return page.locator(`quiz-widget[data-quiz="${id}"] .quiz-question:not([hidden])`);
}

/** Presses Tab until `target` has focus (keyboard only), failing after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Answers a shown question by keyboard alone: rightly, or (`right: false`) wrongly. */
export async function answerByKeyboard(page: Page, question: Locator, spec: Spec, right = true): Promise<void> {
  const index = Number(await question.getAttribute('data-index'));
  const q = spec.questions[index];
  if (!q) throw new Error(`no question ${index}`);
  if (q.type === 'single') {
    const wanted = right ? q.correct[0] : [...Array(q.count).keys()].find((i) => !q.correct.includes(i));
    await tabTo(page, question.locator('input:focus, input').first().or(question.locator('input:checked')).first());
    await page.keyboard.press('Space');
    for (let i = 0; i < q.count && (await question.locator('input:checked').getAttribute('value')) !== String(wanted); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(question.locator('input:checked')).toHaveAttribute('value', String(wanted));
  } else if (q.type === 'multiple') {
    const wanted = right ? q.correct : [...Array(q.count).keys()].filter((i) => !q.correct.includes(i)).slice(0, 1);
    for (const box of await question.locator('input').all()) {
      await tabTo(page, box);
      if (wanted.includes(Number(await box.getAttribute('value')))) await page.keyboard.press('Space');
    }
  } else {
    const target = right ? [...Array(q.count).keys()] : [...Array(q.count).keys()].reverse();
    for (let position = 0; position < target.length; position++) {
      const item = question.locator(`.quiz-item[data-answer="${target[position]}"]`);
      for (;;) {
        const at = await item.evaluate((el) => Array.from(el.parentElement?.children ?? []).indexOf(el));
        if (at <= position) break;
        await tabTo(page, item.locator('.quiz-move[data-move="-1"]'));
        await page.keyboard.press('Enter');
      }
    }
  }
  await tabTo(page, question.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(question.locator('.quiz-feedback')).toBeVisible();
}

/** Answers a shown question quickly with the mouse. */
export async function answerByMouse(question: Locator, spec: Spec, right = true): Promise<void> {
  const index = Number(await question.getAttribute('data-index'));
  const q = spec.questions[index];
  if (!q) throw new Error(`no question ${index}`);
  if (q.type === 'sequence') {
    const target = right ? [...Array(q.count).keys()] : [...Array(q.count).keys()].reverse();
    for (let position = 0; position < target.length; position++) {
      const item = question.locator(`.quiz-item[data-answer="${target[position]}"]`);
      while ((await item.evaluate((el) => Array.from(el.parentElement?.children ?? []).indexOf(el))) > position) {
        await item.locator('.quiz-move[data-move="-1"]').click();
      }
    }
  } else {
    const wanted = right ? q.correct : [[...Array(q.count).keys()].find((i) => !q.correct.includes(i)) ?? 0];
    for (const i of wanted) await question.locator(`input[value="${i}"]`).check();
  }
  await question.getByRole('button', { name: 'Check answer' }).click();
}
