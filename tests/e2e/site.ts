/** Where the test build is served, and helpers the end-to-end tests share. */
import { readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The sub-path the test build uses (BASE_PATH in `npm run build:test`), to prove sub-path hosting. */
export const TEST_BASE = '/academy/';
/** The port the test server listens on (127.0.0.1 only). */
export const TEST_PORT = 4399;
/** The fixture course (tests/fixtures/lessons): three lessons in two modules, and a draft. */
export const FIXTURE_BASE = '/fixture/';
/** Where the fixture course is built. */
export const FIXTURE_DIR = 'tests/.output/fixture-site';
/** The port the fixture course is served on. */
export const FIXTURE_PORT = 4398;
/** A host page on another origin that embeds fixture quizzes (tests/fixtures/embed-host). */
export const HOST_PORT = 4397;
/** Absolute URL of a host page. */
export const hostUrl = (path = ''): string => `http://127.0.0.1:${HOST_PORT}/${path}`;

/** Absolute URL of a fixture page. */
export const fixtureUrl = (path: string): string => `http://127.0.0.1:${FIXTURE_PORT}${FIXTURE_BASE}${path}`;

/** The first lesson, used by most tests. */
export const LESSON = 'lessons/sidecar-pattern/';

/** Every page of the built site, by path relative to the base. */
/** Every lesson of the course, by route. */
export const LESSONS = readdirSync(new URL('../../content/lessons/', import.meta.url))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => `lessons/${name.replace(/\.mdx$/, '')}/`);

export const PAGES = [
  '',
  LESSON,
  ...LESSONS.filter((path) => path !== LESSON),
  'assessment/',
  'does-not-exist/',
  'team/',
  'embed/quiz/sidecar-pattern/',
  'present/sidecar-pattern/',
  'present/sidecar-pattern/notes/',
  'handout/sidecar-pattern/',
  'handout/sidecar-pattern/answers/',
  'playground/',
  'playground/rules/',
  'playground/rules/IST0101/',
  'glossary/',
];

const PLAYWRIGHT_SW_BLOCKED = 'Service Worker registration blocked by Playwright';

/** Fails the test on any console error or uncaught exception, which includes CSP violations. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Playwright's own note when the suite blocks the service worker (see playwright.config.ts): not the page's.
    if (message.text() === PLAYWRIGHT_SW_BLOCKED) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Asserts nothing went wrong in the page's console. */
export function expectCleanConsole(problems: string[]): void {
  expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
}

/**
 * Scrolls `target` into view and waits until every quiz on the page is live. A lesson's quiz
 * upgrades when it comes near the screen and changes height, which moves what is below it (the
 * completion box, the pager); a click aimed before that lands elsewhere.
 */
export async function settleBelowQuizzes(page: Page, target: Locator): Promise<Locator> {
  await target.scrollIntoViewIfNeeded();
  for (const quiz of await page.locator('quiz-widget').all()) await expect(quiz).toHaveClass(/is-live/);
  return target;
}

/** The lesson's "I have completed this lesson" checkbox, in view and ready to click. */
export function completionBox(page: Page): Promise<Locator> {
  return settleBelowQuizzes(page, page.getByRole('checkbox', { name: 'I have completed this lesson' }));
}
