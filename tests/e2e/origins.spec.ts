import { expect, test } from '@playwright/test';
import { expectCleanConsole, fixtureUrl, PAGES, watchConsole } from './site.ts';

test('no page requests anything from another origin, and no page breaks its own CSP', async ({ page, baseURL }) => {
  // Every page in turn, each until the network is idle: a longer limit, which only guards against a hang.
  test.slow();
  const origin = new URL(baseURL ?? '').origin;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const problems = watchConsole(page);
  for (const path of [...PAGES, fixtureUrl('lessons/beta/')]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Embedded quizzes and slides take their theme from elsewhere; the pages that have the switch use it.
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    if ((await toggle.count()) > 0) await toggle.click();
  }
  const foreign = requested.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('http://127.0.0.1:4398/') && !url.startsWith('data:'),
  );
  expect(foreign).toEqual([]);
  expect(requested.length).toBeGreaterThan(4);
  expectCleanConsole(problems);
});

test('the security headers of _headers are served with every page', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    if (path.startsWith('embed/')) {
      // Embeds are made to be framed by any site.
      expect(response.headers()['x-frame-options'], path).toBeUndefined();
      expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors *');
    } else {
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});
