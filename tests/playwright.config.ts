/**
 * End-to-end tests against the built site (dist/), served by our static server on 127.0.0.1 under
 * the sub-path the test build uses, in Debian's Chromium through the project's resolver.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../src/node/chromium.ts';
import { FIXTURE_BASE, FIXTURE_DIR, FIXTURE_PORT, HOST_PORT, TEST_BASE, TEST_PORT } from './e2e/site.ts';

const executablePath = await resolveChromium();

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${TEST_PORT}${TEST_BASE}`,
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
    trace: 'retain-on-failure',
    // Each test is a first visit, without the site's service worker storing the course in the
    // background; tests/e2e/offline.spec.ts and the presenter's offline test allow it and test it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        userAgent: devices['Pixel 7'].userAgent,
      },
    },
  ],
  webServer: [
    {
      command: `node src/node/serve.ts --dir dist --port ${TEST_PORT} --base ${TEST_BASE}`,
      cwd: '..',
      url: `http://127.0.0.1:${TEST_PORT}${TEST_BASE}`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node src/node/serve.ts --dir ${FIXTURE_DIR} --port ${FIXTURE_PORT} --base ${FIXTURE_BASE}`,
      cwd: '..',
      url: `http://127.0.0.1:${FIXTURE_PORT}${FIXTURE_BASE}`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node src/node/serve.ts --dir tests/fixtures/embed-host --port ${HOST_PORT} --base /`,
      cwd: '..',
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
