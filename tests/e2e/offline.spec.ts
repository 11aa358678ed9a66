/**
 * The course offline, the way it happens to a reader: the site loads once, then the network goes
 * away for real (the server that served it stops; no emulation), and lessons never opened, search
 * and the playground's checks still work.
 */
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../src/node/serve.ts';
import { TEST_BASE } from './site.ts';

// The service worker is what these tests are about (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Each test gets its own server (and so its own origin and service worker) and stops it mid-test.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ dir: 'dist', base: TEST_BASE, port: 0 });
});
test.afterEach(async () => {
  await server.close();
});

/** Waits until the service worker has stored the course and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
}

async function goOffline(): Promise<void> {
  await server.close();
  await expect(fetch(server.url)).rejects.toThrow();
}

test('after one visit, a lesson never opened and search work with the server gone', async ({ page }) => {
  await page.goto(server.url);
  await installed(page);
  await goOffline();

  await page.goto(`${server.url}lessons/istio-security/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('security', { ignoreCase: true });

  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('PeerAuthentication');
  const hit = page.locator('.search-result > a').first();
  await expect(hit).toBeVisible({ timeout: 10_000 });
  await hit.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/lessons\//);
});

test('the playground checks manifests offline once loaded, and says why the graph cannot be drawn', async ({ page }) => {
  await page.goto(`${server.url}playground/`);
  await installed(page);
  await goOffline();
  await page.reload();

  const broken =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    metadata:\n      labels:\n        app: orders\n    spec:\n      containers:\n        - name: orders\n          image: ghcr.io/example/orders:1.4.2\n';
  await page.locator('.pg-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(broken);
  await expect(page.locator('.pg-problems-list .pg-problem').filter({ hasText: 'SA3001' })).toHaveCount(1, { timeout: 10_000 });

  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('button', { name: /Istio canary release/ }).click();
  await page.getByRole('tab', { name: 'Traffic graph' }).click();
  await expect(page.locator('.pg-graph-status')).toContainText('you may be offline', { timeout: 10_000 });
  await expect(page.locator('.pg-graph-summary')).toContainText('90% to subset v1');
});

test('a traffic graph drawn once online is drawn again offline', async ({ page }) => {
  await page.goto(`${server.url}playground/`);
  await installed(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('button', { name: /Istio canary release/ }).click();
  await page.getByRole('tab', { name: 'Traffic graph' }).click();
  await expect(page.locator('.pg-graph-status')).toContainText('Graph updated', { timeout: 20_000 });
  await goOffline();
  await page.reload();
  await page.getByRole('tab', { name: 'Traffic graph' }).click();
  await expect(page.locator('.pg-graph-status')).toContainText('Graph updated', { timeout: 20_000 });
  await expect(page.locator('.pg-graph-view svg')).toContainText('90%');
});

test('a presenter worker left by an earlier build retires and the site’s worker takes over', async ({ page }) => {
  await page.goto(`${server.url}present/sidecar-pattern/`);
  // What a returning reader's browser still holds: the old worker, registered for the slides alone.
  await page.evaluate(
    async (scope) => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      await navigator.serviceWorker.register(`${scope}sw.js`, { scope });
    },
    `${new URL(server.url).pathname}present/`,
  );
  await page.reload();
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname)), {
      timeout: 15_000,
    })
    .toEqual([new URL(server.url).pathname]);
  // The site's worker stores the course before it activates; under load that takes a few seconds.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), { timeout: 15_000 })
    .toMatch(/\/academy\/sw\.js$/);
});
