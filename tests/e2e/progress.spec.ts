import { expect, test } from '@playwright/test';
import { completionBox, fixtureUrl, LESSON } from './site.ts';

test('marking a lesson complete persists across a reload and shows on the course map', async ({ page }) => {
  await page.goto(LESSON);
  const box = await completionBox(page);
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.getByRole('status').filter({ hasText: 'Marked complete. 1 of 12 lessons complete.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'I have completed this lesson' })).toBeChecked();
  await page.goto('');
  await expect(page.getByText('1 of 12 lessons complete')).toBeVisible();
  const item = page.locator('li[data-lesson="sidecar-pattern"]');
  await expect(item.getByText('Completed')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
});

test('unmarking removes the lesson from the course map', async ({ page }) => {
  await page.goto(LESSON);
  await (await completionBox(page)).check();
  await (await completionBox(page)).uncheck();
  await page.goto('');
  await expect(page.getByText('0 of 12 lessons complete')).toBeVisible();
  await expect(page.locator('li[data-lesson="sidecar-pattern"]').getByText('Completed')).toBeHidden();
});

test('the map counts lessons across modules, the sidebar ticks them, and "Continue" points at the first open one', async ({
  page,
  isMobile,
}) => {
  await page.goto(fixtureUrl('lessons/alpha/'));
  await (await completionBox(page)).check();
  await page.goto(fixtureUrl('lessons/gamma/'));
  await (await completionBox(page)).check();
  if (isMobile) await page.getByRole('button', { name: 'Course contents' }).click();
  const sidebar = page.getByRole('complementary', { name: 'Course contents' });
  await expect(sidebar.getByRole('link', { name: /Alpha lesson\s*Completed/ })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Beta lesson' })).toBeVisible();
  await page.goto(fixtureUrl(''));
  await expect(page.getByText('2 of 3 lessons complete')).toBeVisible();
  await page.getByRole('link', { name: 'Continue: Beta lesson' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beta lesson');
});

test('progress made in one tab shows in another', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(fixtureUrl(''));
  await second.goto(fixtureUrl('lessons/beta/'));
  await (await completionBox(second)).check();
  await expect(first.getByText('1 of 3 lessons complete')).toBeVisible();
});

test('with storage blocked, the checkbox still works for the visit and says it will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.goto(LESSON);
  await (await completionBox(page)).check();
  await expect(page.getByRole('status').filter({ hasText: 'kept only until you leave the page' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'I have completed this lesson' })).toBeChecked();
});

test('corrupt stored progress is ignored, not a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(LESSON);
  await page.evaluate(() => localStorage.setItem('sidecar-academy:progress:v1', '{"completed": "<img src=x onerror=alert(1)>"'));
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'I have completed this lesson' })).not.toBeChecked();
  await (await completionBox(page)).check();
  await page.goto('');
  await expect(page.getByText('1 of 12 lessons complete')).toBeVisible();
  expect(errors).toEqual([]);
});
