/**
 * The playground's problems panel and files as a learner works with them: findings grouped by file
 * and resource, filtered by level, jumping across files, closing a file (and Back bringing it
 * back), and the traffic graph following edits.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { editor, open, problems, replaceText, settled } from './playground.ts';

// 1 error, 7 warnings and 1 info over two resources (what `npm run validate` reports for it).
const ORDERS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        - name: orders
          image: ghcr.io/example/orders:latest
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    app: orders
  ports:
    - port: 80
      targetPort: grpc
`;

// 2 errors: a host and a subset nothing defines.
const PAYMENTS = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: payments
  namespace: shop
spec:
  hosts: [payments]
  http:
    - route:
        - destination:
            host: payments
            subset: v1
`;

const TABS = [
  { name: 'orders.yaml', text: ORDERS },
  { name: 'payments.yaml', text: PAYMENTS },
];

test('groups findings by file and resource, and filters them by level', async ({ page }) => {
  await open(page, TABS);
  await expect(page.locator('.pg-file-group h3')).toHaveText(['orders.yaml (9 findings)', 'payments.yaml (2 findings)']);
  await expect(page.locator('.pg-file-group').first().locator('h4')).toHaveText(['Deployment shop/orders', 'Service shop/orders']);
  await expect(page.locator('.pg-filters .pg-n')).toHaveText(['3', '7', '1']);
  await expect(problems(page)).toHaveCount(11);

  await page.getByRole('checkbox', { name: /Warnings/ }).uncheck();
  await expect(problems(page)).toHaveCount(4);
  await expect(page.locator('.pg-problem.pg-warning')).toHaveCount(0);
  await expect(page.locator('.pg-hidden-note')).toHaveText('7 more findings hidden by the filters.');
  await page.getByRole('checkbox', { name: /Errors/ }).uncheck();
  await page.getByRole('checkbox', { name: /Info/ }).uncheck();
  await expect(problems(page)).toHaveCount(0);
  await expect(page.locator('.pg-problems-list')).toContainText('All 11 findings are hidden by the filters above.');
  await page.getByRole('checkbox', { name: /Errors/ }).check();
  await expect(problems(page)).toHaveCount(3);
  await expect(page.locator('.pg-problem.pg-error')).toHaveCount(3);

  // A finding in the other file selects that file's tab and puts the cursor on its line.
  await problems(page).filter({ hasText: 'payments+v1' }).locator('.pg-jump').click();
  await expect(page.getByRole('tab', { name: 'payments.yaml' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.pg-editor .cm-activeLine')).toHaveText('            subset: v1');
});

test('closes a file, drops its findings, and Back brings it back', async ({ page }) => {
  await open(page, TABS);
  await page.getByRole('tab', { name: 'payments.yaml' }).click();
  await page.getByRole('button', { name: 'Close file' }).click();
  await settled(page);
  await expect(page.locator('.pg-files [role="tab"]')).toHaveText(['orders.yaml']);
  await expect(problems(page).filter({ hasText: 'IST0101' })).toHaveCount(0);
  await expect(page.locator('.pg-status')).toContainText('Closed payments.yaml');
  // The last file cannot be closed: it is cleared instead, so nothing is lost by a stray key.
  await page.getByRole('button', { name: 'Close file' }).click();
  await expect(page.locator('.pg-files [role="tab"]')).toHaveText(['orders.yaml']);
  await expect(editor(page)).toContainText('kind: Deployment');
  await page.goBack();
  await settled(page);
  await expect(page.locator('.pg-files [role="tab"]')).toHaveText(['orders.yaml', 'payments.yaml']);
  await expect(problems(page).filter({ hasText: 'IST0101' })).toHaveCount(2);
});

test('redraws the traffic graph when the routes are edited', async ({ page }) => {
  const canary = readFileSync('content/examples/scenario-canary-split.yaml', 'utf8');
  await open(page, [{ name: 'orders-canary.yaml', text: canary }]);
  await page.getByRole('tab', { name: 'Traffic graph' }).click();
  const svg = page.locator('.pg-graph-view svg');
  await expect(page.locator('.pg-graph-status')).toContainText('Graph updated', { timeout: 20_000 });
  await expect(svg).toContainText('90%');
  await replaceText(page, canary.replace('weight: 90', 'weight: 75').replace('weight: 10', 'weight: 25'));
  await expect(svg).toContainText('75%');
  await expect(svg).toContainText('25%');
  await expect(svg).not.toContainText('90%');
  await expect(page.locator('.pg-graph-summary')).toContainText('75% to subset v1');
});

test('offers each lesson’s “spot the problem” exercise in the Examples menu, with the findings the lesson promises', async ({ page }) => {
  await open(page, TABS);
  await page.getByRole('button', { name: 'Examples' }).click();
  const group = page.locator('.pg-example-group', { hasText: 'Spot the problem' });
  await expect(group.locator('.pg-example-exercise')).not.toHaveCount(0);
  expect(await group.locator('.pg-example-exercise').count()).toBeGreaterThanOrEqual(12);
  await group.getByRole('button', { name: /Deploying to Kubernetes.*orders-broken\.yaml/ }).click();
  await settled(page);
  await expect(page.getByRole('tab', { name: 'orders-broken.yaml' })).toHaveAttribute('aria-selected', 'true');
  for (const code of ['SA3003', 'SA3005', 'SA3006', 'SA3008']) await expect(problems(page).filter({ hasText: code }).first()).toBeVisible();
});
