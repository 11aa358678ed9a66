import { expect, test } from '@playwright/test';
import { expectCleanConsole, fixtureUrl, LESSON, settleBelowQuizzes, watchConsole } from './site.ts';

test.describe('course map and lesson navigation', () => {
  test('the home page says what the course is and lists modules and lessons with durations', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sidecars and service meshes');
    await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
    const module = page.getByRole('region', { name: /Foundations/ });
    await expect(module.getByRole('link', { name: 'The sidecar pattern' })).toBeVisible();
    await expect(module.getByText('25 min', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The sidecar pattern');
    expectCleanConsole(problems);
  });

  test('a lesson shows its objectives, time, versions and table of contents, and the contents link to its sections', async ({
    page,
    isMobile,
  }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('region', { name: 'What you will learn' }).getByRole('listitem')).toHaveCount(5);
    await expect(page.getByText('25 min', { exact: true })).toBeVisible();
    await expect(page.getByText(/Assumes Kubernetes 1\.33\+/)).toBeVisible();
    if (isMobile) {
      await page.locator('summary', { hasText: 'On this page' }).click();
      await page.locator('.toc-inline').getByRole('link', { name: 'Native sidecar containers' }).click();
    } else {
      await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Native sidecar containers' }).click();
    }
    await expect(page).toHaveURL(/#native-sidecar-containers$/);
    await expect(page.getByRole('heading', { name: 'Native sidecar containers' })).toBeInViewport();
  });

  test('the sidebar marks the current lesson', async ({ page, isMobile }) => {
    await page.goto(fixtureUrl('lessons/beta/'));
    const sidebar = page.getByRole('complementary', { name: 'Course contents' });
    if (isMobile) await sidebar.getByRole('button', { name: 'Course contents' }).click();
    await expect(sidebar.getByRole('link', { name: 'Beta lesson' })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.getByRole('link', { name: 'Alpha lesson' })).not.toHaveAttribute('aria-current', 'page');
    await expect(sidebar.getByRole('heading', { name: 'Second module' })).toBeVisible();
  });

  test('previous and next links walk the course in frontmatter order, across modules', async ({ page }) => {
    await page.goto(fixtureUrl('lessons/alpha/'));
    const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
    await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
    await (await settleBelowQuizzes(page, pager)).getByRole('link', { name: /Next\s*Beta lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beta lesson');
    await expect(page.getByText('Module 1: First module · Lesson 2 of 3')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Alpha lesson' }).last()).toBeVisible();
    await (await settleBelowQuizzes(page, pager)).getByRole('link', { name: /Next\s*Gamma lesson/ }).click();
    await expect(page.getByText('Module 2: Second module · Lesson 3 of 3')).toBeVisible();
    await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
    await (await settleBelowQuizzes(page, pager)).getByRole('link', { name: /Previous\s*Beta lesson/ }).click();
    await expect(page).toHaveURL(/\/fixture\/lessons\/beta\/$/);
  });

  test('prerequisites link to the lessons to read first', async ({ page }) => {
    await page.goto(fixtureUrl('lessons/beta/'));
    await page.locator('.prereq').getByRole('link', { name: 'Alpha lesson' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha lesson');
  });
});

test.describe('phone width', () => {
  test.skip(({ isMobile }) => !isMobile, 'phone-only behaviour');

  test('the sidebar is collapsed behind a button, opens, and closes with Escape', async ({ page }) => {
    await page.goto(fixtureUrl('lessons/alpha/'));
    const button = page.getByRole('button', { name: 'Course contents' });
    const gamma = page.getByRole('complementary').getByRole('link', { name: 'Gamma lesson' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(gamma).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(gamma).toBeVisible();
    await gamma.focus();
    await page.keyboard.press('Escape');
    await expect(gamma).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('nothing is wider than the screen', async ({ page }) => {
    for (const path of ['', LESSON]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the lesson works at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(LESSON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  });
});

test.describe('desktop width', () => {
  test.skip(({ isMobile }) => isMobile, 'desktop-only behaviour');

  test('the sidebar and table of contents are always shown, with no toggle', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('button', { name: 'Course contents' })).toBeHidden();
    await expect(page.getByRole('complementary').getByRole('link', { name: 'The sidecar pattern' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto(LESSON);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
  });

  test('every focusable control shows a visible focus ring', async ({ page }) => {
    await page.goto(LESSON);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'none';
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline).toMatch(/^solid [2-9]/);
    }
  });

  test('a lesson can be reached and completed with the keyboard alone', async ({ page }) => {
    await page.goto(fixtureUrl(''));
    const link = page.getByRole('link', { name: 'Alpha lesson' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha lesson');
    const box = page.getByRole('checkbox', { name: 'I have completed this lesson' });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  });
});

test('a missing page answers 404 and suggests the closest lesson', async ({ page }) => {
  const response = await page.goto('lessons/sidecar-patern/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByText('Did you mean').getByRole('link', { name: 'The sidecar pattern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The sidecar pattern');
});

test('the 404 page writes nothing from the URL into the page', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('lessons/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByText('Did you mean')).toBeHidden();
  expectCleanConsole(problems);
});
