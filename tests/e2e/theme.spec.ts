import { expect, test, type Page } from '@playwright/test';
import { LESSON } from './site.ts';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(15, 20, 27)';

test('follows the system theme when the reader has not chosen', async ({ browser }) => {
  for (const [scheme, expected] of [
    ['light', WHITE],
    ['dark', DARK],
  ] as const) {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(LESSON);
    expect(await background(page)).toBe(expected);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', String(scheme === 'dark'));
    await page.close();
  }
});

test('the toggle switches the theme, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK);
  await page.reload();
  expect(await background(page)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('');
  expect(await background(page)).toBe(DARK);
});

test('choosing the system theme again goes back to following the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await toggle.click();
  expect(await page.evaluate(() => localStorage.getItem('sidecar-academy:theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(DARK);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('a stored choice is applied before the first paint, without waiting for any script file', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON);
  await page.evaluate(() => localStorage.setItem('sidecar-academy:theme', 'dark'));
  // Block every script file: only the inline head script may set the theme.
  await page.route('**/*.js', (route) => route.abort());
  await page.addInitScript(() => {
    const record = (): void => {
      (window as unknown as { firstPaint: string }).firstPaint = getComputedStyle(document.body).backgroundColor;
    };
    requestAnimationFrame(record);
  });
  await page.reload();
  await page.waitForFunction(() => 'firstPaint' in window);
  expect(await page.evaluate(() => (window as unknown as { firstPaint: string }).firstPaint)).toBe(DARK);
});

test('code and diagrams follow the theme', async ({ page }) => {
  const codeBackground = () =>
    page
      .locator('figure.code pre')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  // A diagram node: the first shape whose fill has a theme class.
  const nodeFill = () =>
    page
      .locator('.diagram svg [class^="f-e7eefc"]')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON);
  expect(await codeBackground()).toBe('rgb(22, 27, 34)');
  expect(await nodeFill()).toBe('rgb(29, 42, 69)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await codeBackground()).toBe('rgb(246, 248, 250)');
  expect(await nodeFill()).toBe('rgb(231, 238, 252)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await nodeFill()).toBe('rgb(29, 42, 69)');
});
