import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { completionBox, fixtureUrl, PAGES } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const path of PAGES) {
      test(`axe finds no WCAG 2.1 AA violation on /${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }

    test('axe finds none with the sidebar and contents open, after completing a lesson', async ({ page, isMobile }) => {
      await page.goto(fixtureUrl('lessons/beta/'));
      if (isMobile) {
        await page.getByRole('button', { name: 'Course contents' }).click();
        await page.locator('summary', { hasText: 'On this page' }).click();
      }
      await (await completionBox(page)).check();
      expect(await violations(page)).toEqual([]);
    });

    test('axe finds none with the theme chosen by the toggle and a code block copied', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-write'], { origin: new URL(baseURL ?? '').origin });
      await page.goto(PAGES[1] ?? '');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await page
        .getByRole('button', { name: /^Copy / })
        .first()
        .click();
      expect(await violations(page)).toEqual([]);
    });
  });
}
