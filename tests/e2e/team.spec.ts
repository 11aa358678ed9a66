import { expect, test } from '@playwright/test';
import { encodeResult } from '../../src/lib/team/index.ts';
import { specOf, shownQuestions, answerByMouse } from './quiz.ts';
import { fixtureUrl } from './site.ts';

test.skip(({ isMobile }) => isMobile, 'the team page is a trainer’s desktop tool');

test('twenty result codes give the right statistics; bad codes are reported, not counted', async ({ page }) => {
  await page.goto(fixtureUrl('lessons/alpha/'));
  const spec = await specOf(page, 'fixture-alpha');
  const right = spec.questions.map((q) => (q.type === 'sequence' ? [...Array(q.count).keys()] : q.correct));
  const wrongSingle = [...Array(spec.questions[1]?.count ?? 0).keys()].find((i) => !spec.questions[1]?.correct.includes(i)) ?? 0;
  // 20 learners: the first 5 miss question 2 (same wrong answer), the next 3 get the sequence backwards, the rest are perfect.
  const codes = Array.from({ length: 20 }, (_, n) =>
    encodeResult({
      quiz: 'fixture-alpha',
      hash: spec.hash,
      name: `Learner ${n + 1}`,
      responses: right.map((answer, question) => ({
        question,
        answer: question === 1 && n < 5 ? [wrongSingle] : question === 2 && n >= 5 && n < 8 ? [...answer].reverse() : answer,
      })),
    }),
  );
  const bad = [
    codes[0],
    `${codes[3]?.slice(0, -4)}0000`,
    encodeResult({ quiz: 'fixture-alpha', hash: 'stale1', name: 'Old', responses: [] }),
    'hello',
  ];
  await page.goto(fixtureUrl('team/'));
  await page.getByLabel('Result codes or links, one per line').fill([...codes, ...bad].join('\n'));
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(page.getByRole('status')).toHaveText('20 results counted, 4 not counted.');
  const participants = page.getByRole('table', { name: 'Participants' });
  await expect(participants.locator('tbody tr')).toHaveCount(20);
  await expect(participants.locator('tbody tr').first()).toContainText('Learner 1');
  await expect(page.getByText(/20 participants, average 87%, 12 passed \(pass mark 100%\)/)).toBeVisible();
  const questions = page.getByRole('table', { name: 'Questions, hardest first' });
  const rows = questions.locator('tbody tr');
  await expect(rows.nth(0)).toContainText('75% (15 of 20)');
  await expect(rows.nth(0)).toContainText('(5)');
  await expect(rows.nth(1)).toContainText('85% (17 of 20)');
  await expect(rows.nth(2)).toContainText('100% (20 of 20)');
  const rejected = page.getByRole('listitem').filter({ hasText: /^Line 2[1-4]/ });
  await expect(rejected).toHaveCount(4);
  await expect(page.getByText(/Line 21 .*duplicate of line 1/)).toBeVisible();
  await expect(page.getByText(/Line 22 .*damaged/)).toBeVisible();
  await expect(page.getByText(/Line 23 .*another version/)).toBeVisible();
  await expect(page.getByText(/Line 24 .*not a result code/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(file, 'utf8').split('\r\n');
  expect(csv[0]).toBe('name,score,max,percent,passed,q1,q2,q3');
  expect(csv).toHaveLength(22);
});

test('a learner copies a result link, and the trainer who opens it sees the result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4398' });
  await page.goto(fixtureUrl('lessons/alpha/'));
  const spec = await specOf(page, 'fixture-alpha');
  const questions = shownQuestions(page, 'fixture-alpha');
  for (let i = 0; i < spec.questions.length; i++) await answerByMouse(questions.nth(i), spec, true);
  await page.getByLabel('Your name (optional)').fill('Ada <b>L</b>');
  await page.getByRole('button', { name: 'Copy result link' }).click();
  await expect(page.getByText('Result link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4398\/fixture\/team\/#code=SA1-/);
  await page.goto(link);
  await expect(page.getByRole('status')).toHaveText('1 result counted.');
  // The name is shown as text, never as markup.
  await expect(page.getByRole('table', { name: 'Participants' })).toContainText('Ada <b>L</b>');
  await expect(page.locator('.team-output b')).toHaveCount(0);
});
