/**
 * Search and glossary as a reader uses them: `/` opens search from anywhere, each lesson is found by
 * its own words, results lead to the section, and terms in lessons lead to their glossary entry.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectCleanConsole, LESSON, watchConsole } from './site.ts';

test.describe('search', () => {
  test('opens with / and finds every lesson by its title, loading the index only then', async ({ page }) => {
    const consoleProblems = watchConsole(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('');
    const lessons = await page
      .locator('.course-map li[data-lesson] a[href*="/lessons/"]')
      .evaluateAll((links) => links.map((a) => ({ title: (a.textContent ?? '').trim(), href: (a as HTMLAnchorElement).pathname })));
    expect(lessons.length).toBeGreaterThanOrEqual(12);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search lessons, glossary and rules' });
    await expect(input).toBeFocused();
    for (const lesson of lessons) {
      await input.fill(lesson.title);
      const hit = page.locator('.search-result > a', { hasText: lesson.title }).first();
      await expect(hit, lesson.title).toHaveAttribute('href', new RegExp(`${lesson.href}$`));
    }
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    expectCleanConsole(consoleProblems);
  });

  test('leads from a result to the section that matched', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('ztunnel waypoint');
    const section = page.locator('.search-sections a').first();
    await expect(section).toHaveAttribute('href', /#/);
    const href = (await section.getAttribute('href')) ?? '';
    await section.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('has no axe violations with results showing', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('mTLS');
    await expect(page.locator('.search-result').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('glossary', () => {
  test('a term in a lesson links to its entry, and the entry back to lessons', async ({ page }) => {
    await page.goto(LESSON);
    const term = page.locator('.prose a.term').first();
    await expect(term).toBeVisible();
    const href = (await term.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/glossary\/#[a-z0-9-]+$/);
    await term.click();
    const id = href.split('#')[1] ?? '';
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(page.locator(`#${id} dd`)).not.toBeEmpty();
    await expect(page.locator('.glossary-entry a[href*="/lessons/"]').first()).toBeVisible();
  });

  test('links each term only once per lesson', async ({ page }) => {
    await page.goto(LESSON);
    const hrefs = await page.locator('.prose a.term').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});
