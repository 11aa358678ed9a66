import { expect, test } from '@playwright/test';
import { fixtureUrl } from './site.ts';

// The service worker is what these tests are about (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test.skip(({ isMobile }) => isMobile, 'presenting is done from a laptop');

test('the presenter drives the slides by keyboard, and the notes window stays in step', async ({ page, context }) => {
  await page.goto(fixtureUrl('present/fixture-alpha/'));
  const progress = page.locator('.present-progress');
  await expect(progress).toHaveText('1 / 3');
  const slide = page.locator('.present-slide:not([hidden])');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Which of these are container runtimes?');
  const notesPromise = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Presenter notes' }).click();
  const notes = await notesPromise;
  await notes.waitForLoadState();
  await expect(notes.locator('.notes-progress')).toHaveText('1 / 3');
  await expect(notes.locator('.notes-question:not([hidden])')).toContainText('containerd');
  // The slides keep the answer to themselves until revealed.
  await expect(slide.locator('.present-reveal')).toBeHidden();
  await page.keyboard.press('2');
  await expect(slide.locator('.present-answer.is-picked')).toHaveCount(1);
  await page.keyboard.press(' ');
  await expect(slide.locator('.present-reveal')).toBeVisible();
  await expect(slide.locator('.present-answer[data-correct="true"] .present-mark').first()).toBeVisible();
  await expect(notes.locator('.notes-progress')).toContainText('answer shown to the room');
  await page.keyboard.press('t');
  await expect(page.locator('.present-timer')).toHaveClass(/is-running/);
  await expect(notes.locator('.notes-timer')).toHaveText(/^0:[0-9]{2}$/);
  await page.keyboard.press('t');
  await expect(notes.locator('.notes-timer')).toContainText('(paused)');
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText('2 / 3');
  await expect(notes.locator('.notes-progress')).toHaveText('2 / 3');
  await expect(notes.locator('.notes-question:not([hidden])')).toContainText('4143');
  // The notes drive the slides too.
  await notes.getByRole('button', { name: 'Next →' }).click();
  await expect(progress).toHaveText('3 / 3');
  await page.keyboard.press('ArrowLeft');
  await expect(progress).toHaveText('2 / 3');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
});

test('the slides keep working offline once loaded, notes included', async ({ page, context }) => {
  await page.goto(fixtureUrl('present/fixture-alpha/'));
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Offline only once the worker has stored this page and the notes page (it does so after the page asks).
  const notesUrl = fixtureUrl('present/fixture-alpha/notes/');
  await expect
    .poll(
      () =>
        page.evaluate(
          async (urls) => (await Promise.all(urls.map((url) => caches.match(url)))).every((response) => response !== undefined),
          [page.url().split('#')[0] ?? '', notesUrl],
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.present-progress')).toHaveText('1 / 3');
  const notes = await context.newPage();
  await notes.goto(notesUrl);
  await expect(notes.getByRole('heading', { name: 'Presenter notes' })).toBeVisible();
  await context.setOffline(false);
});
