import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { startServer, type RunningServer } from '../../src/node/serve.ts';
import { answerByMouse, type Spec } from './quiz.ts';
import { FIXTURE_DIR } from './site.ts';

test.skip(({ isMobile }) => isMobile, 'LMS packages are exercised once');

// A stand-in LMS: records every SCORM 1.2 call, and opens the package's page in a frame.
const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title></head><body>
<script>
  window.calls = [];
  const record = (name) => (...args) => { window.calls.push([name, ...args]); return 'true'; };
  window.API = { LMSInitialize: record('LMSInitialize'), LMSSetValue: record('LMSSetValue'), LMSGetValue: () => '', LMSCommit: record('LMSCommit'), LMSFinish: record('LMSFinish'), LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '' };
</script>
<iframe id="sco" src="sco/index.html" title="Course" width="900" height="1200"></iframe>
</body></html>`;

let server: RunningServer;
test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lms-'));
  const files = unzipSync(readFileSync(join(FIXTURE_DIR, 'scorm', 'fixture-alpha.zip')));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'sco', name)), { recursive: true });
    writeFileSync(join(dir, 'sco', name), data);
  }
  writeFileSync(join(dir, 'index.html'), HARNESS);
  server = await startServer({ dir, port: 0 });
});
test.afterAll(() => server.close());

test('the package holds a manifest for one SCO and a page that needs nothing from any server', async () => {
  const files = unzipSync(readFileSync(join(FIXTURE_DIR, 'scorm', 'fixture-alpha.zip')));
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html']);
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
  const page = new TextDecoder().decode(files['index.html']);
  expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(page).toContain("default-src 'none'");
});

test('inside an LMS it reports score, status and time, then commits and finishes; without one it is a plain quiz', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(server.url);
  const frame = page.frameLocator('#sco');
  await frame.locator('quiz-widget.is-live').waitFor();
  const spec = JSON.parse((await frame.locator('quiz-widget').getAttribute('data-spec')) ?? '{}') as Spec;
  const questions = frame.locator('.quiz-question:not([hidden])');
  for (let i = 0; i < spec.questions.length; i++) await answerByMouse(questions.nth(i), spec, i !== 1);
  await expect(frame.locator('.quiz-summary')).toContainText('2 of 3 right (67%)');
  const calls = (await page.evaluate(() => (window as unknown as { calls: string[][] }).calls)) ?? [];
  expect(calls.map((c) => c[0])).toEqual([
    'LMSInitialize',
    'LMSSetValue',
    'LMSSetValue',
    'LMSSetValue',
    'LMSSetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSFinish',
  ]);
  expect(calls.slice(1, 6)).toEqual([
    ['LMSSetValue', 'cmi.core.score.raw', '67'],
    ['LMSSetValue', 'cmi.core.score.min', '0'],
    ['LMSSetValue', 'cmi.core.score.max', '100'],
    ['LMSSetValue', 'cmi.core.lesson_status', 'failed'],
    ['LMSSetValue', 'cmi.core.session_time', expect.stringMatching(/^\d{4}:\d{2}:\d{2}\.\d{2}$/)],
  ]);
  expect(requests.every((url) => url.startsWith(server.url.replace(/\/$/, '')))).toBe(true);
  // Opened on its own, the page is a plain quiz.
  await page.goto(`${server.url}sco/index.html`);
  await expect(page.locator('quiz-widget.is-live')).toBeVisible();
});
