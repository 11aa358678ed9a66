import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, answerByMouse, shownQuestions, specOf } from './quiz.ts';
import { fixtureUrl, LESSON } from './site.ts';

const QUIZ = 'sidecar-pattern';

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(`quiz-widget`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('the lesson quiz', () => {
  test('can be finished by keyboard alone, with a pass and the events a host page listens to', async ({ page }) => {
    // Eight questions by Tab, arrows and Space take a while; the longer limit only guards against a hang.
    test.slow();
    await page.goto(LESSON);
    await page.evaluate(() => {
      const events: unknown[] = [];
      (window as unknown as { quizEvents: unknown[] }).quizEvents = events;
      for (const name of ['quiz:answered', 'quiz:completed'])
        document.addEventListener(name, (e) => events.push({ name, detail: (e as CustomEvent).detail }));
    });
    const spec = await specOf(page, QUIZ);
    expect(spec.questions.map((q) => q.type)).toEqual(expect.arrayContaining(['single', 'multiple', 'sequence']));
    const questions = shownQuestions(page, QUIZ);
    await expect(questions).toHaveCount(spec.questions.length);
    await page.locator(`#quiz-${QUIZ}-title`).scrollIntoViewIfNeeded();
    await page.locator(`#quiz-${QUIZ}-title`).click();
    for (let i = 0; i < spec.questions.length; i++) {
      await answerByKeyboard(page, questions.nth(i), spec);
      await expect(questions.nth(i).locator('.quiz-verdict')).toHaveText('✓ Right.');
    }
    const summary = page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-summary`);
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`${spec.questions.length} of ${spec.questions.length} right (100%)`);
    await expect(summary).toContainText('Passed (pass mark 75%)');
    await expect(summary).toContainText('You know what a sidecar shares');
    const events =
      (await page.evaluate(() => (window as unknown as { quizEvents: { name: string; detail: Record<string, unknown> }[] }).quizEvents)) ??
      [];
    expect(events.filter((e) => e.name === 'quiz:answered')).toHaveLength(spec.questions.length);
    expect(events.at(-1)).toEqual({ name: 'quiz:completed', detail: { quiz: QUIZ, score: 8, max: 8, percent: 100, passed: true } });
    expect(await axe(page)).toEqual([]);
  });

  test('a wrong answer shows the right one and marks the answers; the summary links the missed question; retry reshuffles', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const spec = await specOf(page, QUIZ);
    const questions = shownQuestions(page, QUIZ);
    const first = questions.first();
    await answerByMouse(first, spec, false);
    const feedback = first.locator('.quiz-feedback');
    await expect(feedback).toBeFocused();
    await expect(feedback.locator('.quiz-verdict')).toHaveText('✗ Not quite.');
    await expect(feedback).toContainText(/The right (answer|answers|order)/);
    await expect(first.locator('.quiz-mark').first()).toBeVisible();
    await expect(first.locator('input').first()).toBeDisabled();
    expect(await axe(page)).toEqual([]);
    await answerByMouse(questions.nth(1), spec, true);
    expect(await axe(page)).toEqual([]);
    for (let i = 2; i < spec.questions.length; i++) await answerByMouse(questions.nth(i), spec, i % 2 === 0);
    const summary = page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-summary`);
    await expect(summary).toContainText('Not passed yet (pass mark 75%)');
    await expect(summary).toContainText('Have another look');
    const missedLink = summary.getByRole('link').first();
    await expect(missedLink).toHaveAttribute('href', `#${await first.getAttribute('id')}`);
    expect(await axe(page)).toEqual([]);
    const before = await questions.evaluateAll((items) =>
      items.map(
        (item) =>
          item.getAttribute('data-index') +
          ':' +
          Array.from(item.querySelectorAll('.quiz-item'))
            .map((a) => a.getAttribute('data-answer'))
            .join(''),
      ),
    );
    await summary.getByRole('button', { name: 'Try again (new order)' }).click();
    await expect(summary).toBeHidden();
    await expect(page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-feedback:visible`)).toHaveCount(0);
    await expect(page.locator(`quiz-widget[data-quiz="${QUIZ}"] input:checked`)).toHaveCount(0);
    const after = await questions.evaluateAll((items) =>
      items.map(
        (item) =>
          item.getAttribute('data-index') +
          ':' +
          Array.from(item.querySelectorAll('.quiz-item'))
            .map((a) => a.getAttribute('data-answer'))
            .join(''),
      ),
    );
    expect(after).not.toEqual(before);
    await expect(page.locator(':focus')).toHaveCount(1);
    expect(await page.evaluate(() => document.activeElement?.closest('.quiz-question') !== null)).toBe(true);
  });

  test('progress survives a reload: answers, checked questions and the order', async ({ page }) => {
    await page.goto(LESSON);
    const spec = await specOf(page, QUIZ);
    const questions = shownQuestions(page, QUIZ);
    await answerByMouse(questions.nth(0), spec, true);
    const secondIndex = await questions.nth(1).getAttribute('data-index');
    const q = spec.questions[Number(secondIndex)];
    if (q?.type !== 'sequence') await questions.nth(1).locator(`input[value="${q?.correct[0]}"]`).check();
    const order = await questions.evaluateAll((items) => items.map((item) => item.getAttribute('data-index')));
    await page.reload();
    await specOf(page, QUIZ);
    expect(await shownQuestions(page, QUIZ).evaluateAll((items) => items.map((item) => item.getAttribute('data-index')))).toEqual(order);
    await expect(shownQuestions(page, QUIZ).nth(0).locator('.quiz-verdict')).toHaveText('✓ Right.');
    if (q?.type !== 'sequence') await expect(shownQuestions(page, QUIZ).nth(1).locator(`input[value="${q?.correct[0]}"]`)).toBeChecked();
  });

  test('works to the end with storage blocked', async ({ page }) => {
    await page.addInitScript(() => {
      const blocked = (): never => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.getItem = blocked;
      Storage.prototype.setItem = blocked;
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(LESSON);
    const spec = await specOf(page, QUIZ);
    const questions = shownQuestions(page, QUIZ);
    for (let i = 0; i < spec.questions.length; i++) await answerByMouse(questions.nth(i), spec, true);
    await expect(page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-summary`)).toContainText('100%');
    expect(errors).toEqual([]);
  });

  test('corrupt or foreign saved data is ignored', async ({ page }) => {
    await page.goto(LESSON);
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"hash":"other","seed":1,"responses":[[99]],"checked":[0]}'),
      `sidecar-academy:quiz:v1:${QUIZ}`,
    );
    await page.reload();
    await specOf(page, QUIZ);
    await expect(page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-feedback:visible`)).toHaveCount(0);
    await page.evaluate((key) => localStorage.setItem(key, 'not json at all'), `sidecar-academy:quiz:v1:${QUIZ}`);
    await page.reload();
    await specOf(page, QUIZ);
    await expect(shownQuestions(page, QUIZ)).toHaveCount(8);
  });
});

test.describe('quiz wrappers and the course map', () => {
  test('fenced, Hugo shortcode and quiz-file quizzes all render and grade', async ({ page }) => {
    for (const [path, id] of [
      ['lessons/alpha/', 'fixture-alpha'],
      ['lessons/beta/', 'beta-quiz'],
      ['lessons/gamma/', 'fixture-order'],
    ] as const) {
      await page.goto(fixtureUrl(path));
      const spec = await specOf(page, id);
      const questions = shownQuestions(page, id);
      for (let i = 0; i < spec.questions.length; i++) await answerByMouse(questions.nth(i), spec, true);
      await expect(page.locator(`quiz-widget[data-quiz="${id}"] .quiz-summary`)).toContainText('(100%)');
    }
    await expect(page.getByRole('heading', { name: 'Quiz from a quiz file' })).toBeVisible();
  });

  test('checking a wrong answer reveals the explanation and the comment of the answer chosen, and only then', async ({ page }) => {
    await page.goto(fixtureUrl('lessons/alpha/'));
    await specOf(page, 'fixture-alpha');
    const question = page.locator('quiz-widget[data-quiz="fixture-alpha"] .quiz-question[data-index="0"]');
    const explanation = question.locator('.quiz-feedback').getByText('containerd and CRI-O implement the Container Runtime Interface.');
    const comment = question.getByText('Kubernetes orchestrates; it talks to a runtime through the CRI.');
    await expect(explanation).toBeHidden();
    await expect(comment).toBeHidden();
    await question.getByRole('checkbox', { name: 'Kubernetes' }).check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.locator('.quiz-verdict')).toHaveText('✗ Not quite.');
    await expect(explanation).toBeVisible();
    await expect(comment).toBeVisible();
    // The label of the explanation is dropped from the display.
    await expect(question.locator('.quiz-feedback .quiz-explanation')).not.toContainText('Explanation:');
  });

  test('a quiz’s own colours show where they stay legible, and the course’s colours elsewhere', async ({ page }) => {
    const widget = page.locator('quiz-widget[data-quiz="fixture-order"]');
    const colours = async () => ({
      button: await widget
        .locator('.quiz-check')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
      answer: await widget
        .locator('.quiz-item')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    });
    for (const [scheme, expected] of [
      ['light', { button: 'rgb(122, 31, 162)', answer: 'rgb(255, 248, 225)' }],
      // Dark purple and cream would be unreadable on the dark theme: its own accent and page colour stay.
      ['dark', { button: 'rgb(146, 178, 255)', answer: 'rgb(15, 20, 27)' }],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(fixtureUrl('lessons/gamma/'));
      await specOf(page, 'fixture-order');
      expect(await colours()).toEqual(expected);
      expect(await axe(page)).toEqual([]);
    }
  });

  test('announces each check and the result in its live region; without retry the result stays final', async ({ page }) => {
    await page.goto(fixtureUrl('lessons/gamma/'));
    const spec = await specOf(page, 'fixture-order');
    expect(spec.options.enableRetry).toBe(false);
    const widget = page.locator('quiz-widget[data-quiz="fixture-order"]');
    const live = widget.locator('.quiz-live');
    await expect(live).toHaveAttribute('role', 'status');
    const questions = shownQuestions(page, 'fixture-order');
    await answerByMouse(questions.nth(0), spec, true);
    await expect(live).toHaveText('Question 1: right.');
    await answerByMouse(questions.nth(1), spec, false);
    await expect(live).toHaveText('Quiz finished: 1 of 2 right, 50%, passed.');
    await expect(widget.locator('.quiz-summary')).toBeFocused();
    await expect(widget.locator('.quiz-retry')).toHaveCount(0);
    await expect(widget.getByRole('button', { name: /Try again/ })).toHaveCount(0);
    // A reload keeps the finished attempt, still without a way to start again.
    await page.reload();
    await specOf(page, 'fixture-order');
    await expect(widget.locator('.quiz-summary')).toContainText('(50%)');
    await expect(widget.locator('.quiz-retry')).toHaveCount(0);
  });

  test('answers animate only for readers who have not asked for reduced motion', async ({ page }) => {
    const transition = async (): Promise<string> => {
      await page.goto(fixtureUrl('lessons/alpha/'));
      await specOf(page, 'fixture-alpha');
      return page
        .locator('quiz-widget[data-quiz="fixture-alpha"] .quiz-item')
        .first()
        .evaluate((el) => getComputedStyle(el).transitionDuration);
    };
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await transition()).toBe('0.15s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await transition()).toBe('0s');
  });

  test('the course map shows the best quiz score of each lesson', async ({ page }) => {
    await page.goto(fixtureUrl('lessons/alpha/'));
    const spec = await specOf(page, 'fixture-alpha');
    const questions = shownQuestions(page, 'fixture-alpha');
    await answerByMouse(questions.nth(0), spec, false);
    for (let i = 1; i < spec.questions.length; i++) await answerByMouse(questions.nth(i), spec, true);
    await page.goto(fixtureUrl(''));
    await expect(page.locator('li[data-lesson="alpha"]')).toContainText('Quiz best: 67%');
  });

  test('a sequence can be reordered by dragging', async ({ page, isMobile }) => {
    test.skip(isMobile, 'pointer dragging is exercised with a mouse');
    await page.goto(fixtureUrl('lessons/alpha/'));
    const question = page.locator('quiz-widget[data-quiz="fixture-alpha"] .quiz-question[data-type="sequence"]');
    const items = question.locator('.quiz-item');
    await question.locator('.quiz-answers').scrollIntoViewIfNeeded();
    const firstBefore = await items.first().getAttribute('data-answer');
    const from = await items.first().boundingBox();
    const to = await items.last().boundingBox();
    if (!from || !to) throw new Error('no boxes');
    await page.mouse.move(from.x + 40, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y + to.height / 2 + 2, { steps: 8 });
    await page.mouse.up();
    await expect(items.last()).toHaveAttribute('data-answer', firstBefore ?? '');
    await expect(page.locator('quiz-widget[data-quiz="fixture-alpha"] .quiz-live')).toContainText('moved to position');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each question shows its answers and a "Show answer" disclosure with the explanation', async ({ page }) => {
    await page.goto(LESSON);
    const question = page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-question`).first();
    await expect(question.locator('.quiz-item').first()).toBeVisible();
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeHidden();
    await expect(question.locator('.quiz-explanation')).toBeHidden();
    await question.getByText('Show answer').click();
    await expect(question.locator('.quiz-explanation')).toBeVisible();
    await expect(question.locator('.quiz-solution')).toContainText('The right answer');
    // A sequence is not shown already solved.
    const sequence = page.locator(`quiz-widget[data-quiz="${QUIZ}"] .quiz-question[data-type="sequence"] .quiz-item`);
    const order = await sequence.evaluateAll((items) => items.map((item) => item.getAttribute('data-answer')));
    expect(order).not.toEqual([...order].sort());
  });
});
