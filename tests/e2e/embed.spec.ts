import { expect, test, type Frame, type Page } from '@playwright/test';
import { answerByMouse, type Spec } from './quiz.ts';
import { fixtureUrl, hostUrl } from './site.ts';

test.skip(({ isMobile }) => isMobile, 'embedding is exercised on the desktop project');

async function quizFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  await frame.locator('quiz-widget.is-live').waitFor();
  return frame;
}

async function finish(frame: Frame, right: boolean[]): Promise<void> {
  const spec = JSON.parse((await frame.locator('quiz-widget').getAttribute('data-spec')) ?? '{}') as Spec;
  const questions = frame.locator('.quiz-question:not([hidden])');
  for (let i = 0; i < right.length; i++) await answerByMouse(questions.nth(i), spec, right[i]);
}

const frameHeight = (page: Page, id: string): Promise<number> =>
  page.locator(`iframe#${id}`).evaluate((el) => el.getBoundingClientRect().height);

test('a host page on another origin embeds two quizzes that size themselves and report their results', async ({ page }) => {
  await page.goto(hostUrl());
  const alpha = await quizFrame(page, 'alpha');
  const order = await quizFrame(page, 'order');
  // embed.js sizes each frame to its quiz, well past the 200 px the host gave it.
  await expect.poll(() => frameHeight(page, 'alpha')).toBeGreaterThan(600);
  const before = await frameHeight(page, 'alpha');
  await finish(alpha, [true, false, true]);
  // Feedback and the summary open below the questions: the frame grows with them.
  await expect.poll(() => frameHeight(page, 'alpha')).toBeGreaterThan(before + 100);
  await finish(order, [true, true]);
  // The second quiz was asked for in the dark theme.
  expect(await order.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { events: { frame: string; name: string }[] }).events.filter((e) => e.name === 'quiz:completed').length,
      ),
    )
    .toBe(2);
  const events = await page.evaluate(() => (window as unknown as { events: { frame: string; name: string; detail: unknown }[] }).events);
  expect(events.filter((e) => e.name === 'quiz:answered')).toHaveLength(5);
  expect(events.filter((e) => e.name === 'quiz:completed').map((e) => [e.frame, e.detail])).toEqual([
    ['alpha', { quiz: 'fixture-alpha', score: 2, max: 3, percent: 67, passed: false }],
    ['order', { quiz: 'fixture-order', score: 2, max: 2, percent: 100, passed: true }],
  ]);
});

test('a host that loads embed.js after its quizzes still gets them sized', async ({ page }) => {
  await page.goto(hostUrl('late.html'));
  await quizFrame(page, 'alpha');
  await quizFrame(page, 'order');
  await expect.poll(() => frameHeight(page, 'alpha'), { timeout: 10_000 }).toBeGreaterThan(600);
  await expect.poll(() => frameHeight(page, 'order'), { timeout: 10_000 }).toBeGreaterThan(300);
});

test('messages from any other frame, or malformed ones, are ignored', async ({ page }) => {
  await page.goto(hostUrl());
  await quizFrame(page, 'alpha');
  await expect.poll(() => frameHeight(page, 'alpha')).toBeGreaterThan(600);
  const height = await frameHeight(page, 'alpha');
  const forger = page.frameLocator('#forger');
  await forger.locator('body').evaluate(() => (window as unknown as { forge: () => void }).forge());
  // A quiz frame sending nonsense is ignored too.
  const alpha = await quizFrame(page, 'alpha');
  await alpha.evaluate(() => {
    parent.postMessage({ type: 'sidecar-academy', v: 2, event: 'resize', height: 10 }, '*');
    parent.postMessage(
      { type: 'sidecar-academy', v: 1, event: 'quiz:completed', detail: { quiz: 'x', score: 9, max: 3, percent: 300 } },
      '*',
    );
    parent.postMessage('resize', '*');
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([]);
  expect(await frameHeight(page, 'alpha')).toBe(height);
});

test('inside a sandbox without storage the quiz still works', async ({ page }) => {
  await page.goto(hostUrl());
  const alpha = await quizFrame(page, 'alpha');
  expect(
    await alpha.evaluate(() => {
      try {
        return String(window.localStorage.length);
      } catch (e) {
        return (e as Error).name;
      }
    }),
  ).toBe('SecurityError');
  await finish(alpha, [true, true, true]);
  await expect(alpha.locator('.quiz-summary')).toContainText('3 of 3 right (100%)');
});

test('the Embed dialog shows a live preview and code that can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4398' });
  await page.goto(fixtureUrl('lessons/alpha/'));
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this quiz' });
  await expect(dialog).toBeVisible();
  const preview = dialog.frameLocator('iframe.quiz-embed-preview');
  await expect(preview.locator('quiz-widget.is-live')).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy Embed code' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain('<iframe src="http://127.0.0.1:4398/fixture/embed/quiz/fixture-alpha/"');
  expect(code).toContain('sandbox="allow-scripts"');
  expect(code).toContain('<script src="http://127.0.0.1:4398/fixture/embed.js" async></script>');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
});

test('embed pages may be framed by anyone; every other page refuses', async ({ request }) => {
  const embed = await request.get(fixtureUrl('embed/quiz/fixture-alpha/'));
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  for (const path of ['', 'lessons/alpha/', 'present/fixture-alpha/', 'team/', 'handout/fixture-alpha/']) {
    const response = await request.get(fixtureUrl(path));
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
});

test('oEmbed documents describe each quiz and pages carrying one link to them', async ({ page, request }) => {
  const response = await request.get(fixtureUrl('oembed/quiz/fixture-alpha.json'));
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Sidecar Academy', width: 768, height: 640 });
  expect(body['html']).toContain('embed/quiz/fixture-alpha/');
  expect(body['title']).toBe('Alpha lesson: quiz');
  await page.goto(fixtureUrl('lessons/alpha/'));
  await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
    'href',
    /oembed\/quiz\/fixture-alpha\.json$/,
  );
  await page.goto(fixtureUrl('lessons/gamma/'));
  await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
    'href',
    /oembed\/quiz\/fixture-order\.json$/,
  );
});
