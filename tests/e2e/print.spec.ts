import { expect, test } from '@playwright/test';
import { LESSON } from './site.ts';

test.skip(({ isMobile }) => isMobile, 'printing is a desktop affair');

test('on paper a lesson keeps its text, code and diagrams, without site chrome', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('complementary', { name: 'Course contents' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Copy / }).first()).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'I have completed this lesson' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Diagrams print in their light colours whatever the screen theme.
  await expect(page.locator('.diagram svg').first()).toBeVisible();
  expect(
    await page
      .locator('.diagram svg [class^="f-e7eefc"]')
      .first()
      .evaluate((el) => getComputedStyle(el).fill),
  ).toBe('rgb(231, 238, 252)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  // Long code lines wrap instead of being cut off at the page edge.
  const code = page.locator('figure.code pre').first();
  expect(await code.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  expect(await code.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  // External links show where they go.
  const after = await page
    .locator('.prose a[href^="https://kubernetes.io"]')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('kubernetes.io');
});

test('the printed PDF holds the lesson on several pages', async ({ page }) => {
  await page.goto(LESSON);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(4);
});
