/**
 * The manifest playground as a learner uses it: typing, diagnostics at the right line, quick
 * fixes, snippets opened from lessons, injection previews, the traffic graph, shared links and
 * hostile ones, keyboard only, phone width, both themes, no CSP violation anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEPLOYMENT, editor, open, PLAYGROUND, problems, replaceText, settled } from './playground.ts';
import { expectCleanConsole, LESSON, watchConsole } from './site.ts';

test.describe('the manifest playground', () => {
  test('shows a typed broken Deployment’s error at the right line, with its rule page', async ({ page }) => {
    const consoleProblems = watchConsole(page);
    await page.goto(PLAYGROUND);
    await settled(page);
    await replaceText(page, DEPLOYMENT);
    const selector = problems(page).filter({ hasText: 'SA3001' });
    await expect(selector).toHaveCount(1);
    await expect(selector.locator('.pg-where')).toHaveText('6:1');
    await expect(page.locator('.pg-status')).toContainText('1 error');
    await expect(page.locator('.pg-editor .cm-lintRange-error')).toHaveCount(1);
    await expect(selector.getByRole('link', { name: /Rule SA3001/ })).toHaveAttribute('href', /\/playground\/rules\/SA3001\/$/);
    await selector.getByRole('button', { name: /^Error at line 6, column 1/ }).click();
    await expect(page.locator('.pg-editor .cm-activeLine')).toHaveText('spec:');
    expectCleanConsole(consoleProblems);
  });

  test('applies a quick fix: the missing selector is copied from the template labels', async ({ page }) => {
    await open(page, [{ name: 'orders.yaml', text: DEPLOYMENT }]);
    await page.getByRole('button', { name: /^Fix: Select the pod template/ }).click();
    await settled(page);
    await expect(problems(page).filter({ hasText: 'SA3001' })).toHaveCount(0);
    await expect(page.locator('.pg-problems-list')).toContainText('No problems found');
    await expect(editor(page)).toContainText('matchLabels:');
    await page.keyboard.press('ControlOrMeta+z');
    await settled(page);
    await expect(problems(page).filter({ hasText: 'SA3001' })).toHaveCount(1);
  });

  test('opens a lesson’s snippet from its “Open in playground” link', async ({ page }) => {
    await page.goto(LESSON);
    const link = page.getByRole('link', { name: 'Open orders-reloader.yaml in the playground' });
    await link.click();
    await settled(page);
    await expect(page.getByRole('tab', { name: 'orders-reloader.yaml' })).toHaveAttribute('aria-selected', 'true');
    await expect(problems(page).filter({ hasText: 'SA3010' })).toHaveCount(1);
    await expect(problems(page).filter({ hasText: 'SA2004' })).toHaveCount(1);
  });

  test('previews injection for injected and non-injected namespaces, for both meshes', async ({ page }) => {
    const workload = (ns: string, name: string): string =>
      DEPLOYMENT.replace('name: orders\n  namespace: shop', `name: ${name}\n  namespace: ${ns}`).replace(
        'spec:\n  replicas: 2\n',
        `spec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: orders\n`,
      );
    const text = [
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: billing\n  annotations:\n    linkerd.io/inject: enabled\n',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: legacy\n',
      workload('shop', 'orders'),
      workload('billing', 'invoices'),
      workload('legacy', 'reports'),
    ].join('---\n');
    await open(page, [{ name: 'shop.yaml', text }]);
    await page.getByRole('tab', { name: 'Sidecar injection' }).click();
    const section = (label: string) => page.locator('.pg-workload', { hasText: label });
    await expect(section('Deployment shop/orders')).toContainText('Istio injects its proxy');
    await expect(section('Deployment shop/orders')).toContainText('Linkerd does not inject');
    await expect(section('Deployment billing/invoices')).toContainText('Istio does not inject');
    await expect(section('Deployment billing/invoices')).toContainText('Linkerd injects its proxy');
    await expect(section('Deployment legacy/reports')).toContainText('Istio does not inject');
    await expect(section('Deployment legacy/reports')).toContainText('Linkerd does not inject');
    const istio = section('Deployment shop/orders').locator('.pg-mesh', { hasText: 'Istio' }).locator('details');
    await istio.locator('summary').click();
    await expect(istio.locator('summary')).toContainText('Preview: pod template after Istio injection (native sidecar)');
    await expect(istio.locator('.pg-added', { hasText: /^\s*- name: istio-proxy\s*$/ })).toHaveCount(1);
    await expect(istio.locator('.pg-added', { hasText: 'restartPolicy: Always' }).first()).toBeVisible();
    const linkerd = section('Deployment billing/invoices').locator('.pg-mesh', { hasText: 'Linkerd' }).locator('details');
    await linkerd.locator('summary').click();
    await expect(linkerd.locator('.pg-added', { hasText: /^\s*- name: linkerd-proxy\s*$/ })).toHaveCount(1);
    // Classic mode moves the proxy out of the init containers.
    await page.getByLabel('Istio: native sidecar').uncheck();
    await settled(page);
    await expect(section('Deployment shop/orders').locator('summary').first()).toContainText('(classic sidecar)');
  });

  test('draws the traffic graph of a canary split without breaking the Content-Security-Policy', async ({ page }) => {
    const consoleProblems = watchConsole(page);
    await page.goto(PLAYGROUND);
    await settled(page);
    await page.getByRole('button', { name: 'Examples' }).click();
    await page.getByRole('button', { name: /Istio canary release/ }).click();
    await settled(page);
    await page.getByRole('tab', { name: 'Traffic graph' }).click();
    await expect(page.locator('.pg-graph-status')).toContainText('Graph updated', { timeout: 20_000 });
    const svg = page.locator('.pg-graph-view svg');
    await expect(svg).toBeVisible();
    await expect(svg).toContainText('90%');
    await expect(svg).toContainText('10%');
    await expect(page.locator('.pg-graph-summary')).toContainText('90% to subset v1');
    expect(await page.locator('script[src*="mermaid"]').count()).toBe(0);
    expectCleanConsole(consoleProblems);
  });

  test('keeps its state in the link: a copied link reopens the same files', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
    await page.goto(PLAYGROUND);
    await settled(page);
    await page.getByRole('button', { name: 'New file' }).click();
    await page.keyboard.insertText('FROM rust:latest\n');
    await settled(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#s=');
    const other = await context.newPage();
    await other.goto(link);
    await settled(other);
    await expect(other.locator('.pg-files [role="tab"]')).toHaveText(['orders.yaml', 'untitled-1.yaml']);
    await other.getByRole('tab', { name: 'untitled-1.yaml' }).click();
    await expect(other.locator('.pg-editor .cm-content')).toHaveText('FROM rust:latest');
  });

  test('refuses hostile links with a message, and shows markup in the editor as text', async ({ page }) => {
    const consoleProblems = watchConsole(page);
    await page.goto(`${PLAYGROUND}#s=${'A'.repeat(200_000)}`);
    await expect(page.getByRole('alert')).toContainText('This link could not be opened');
    await expect(page.getByRole('alert')).toContainText('not opened');
    await settled(page);
    await page.goto(`${PLAYGROUND}#s=%%%not-base64`);
    await expect(page.getByRole('alert')).toContainText('damaged');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await open(page, [{ name: '<b>evil</b>.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "${hostile}"\n` }]);
    // Slashes are dropped from file names; the rest is shown as the text it is.
    await expect(page.locator('.pg-files [role="tab"]')).toHaveText(['<b>evil<b>.yaml']);
    await expect(editor(page)).toContainText('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.pg-problems-list img, .pg-problems-list script, .pg-files b').count()).toBe(0);
    expectCleanConsole(consoleProblems.filter((p) => !p.includes('ERR_INVALID_URL')));
  });

  test('is usable by keyboard alone: tabs, rename, results and jumps', async ({ page }) => {
    await open(page, [{ name: 'orders.yaml', text: DEPLOYMENT }]);
    await page.getByRole('tab', { name: 'orders.yaml' }).focus();
    await page.keyboard.press('F2');
    await expect(page.getByRole('textbox', { name: 'New name for orders.yaml' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Dockerfile');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Dockerfile' })).toBeFocused();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('orders.yaml');
    await page.keyboard.press('Enter');
    await settled(page);
    // Results: arrow keys move between views, Enter on a finding jumps into the editor.
    await page.getByRole('tab', { name: /^Problems/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Sidecar injection' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tabpanel', { name: /^Problems/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: /Errors/ })).toBeFocused();
    const jump = page.getByRole('button', { name: /^Error at line 6/ });
    await jump.focus();
    await page.keyboard.press('Enter');
    await expect(editor(page)).toBeFocused();
    // Esc (once to drop the selection, once more) then Tab leaves the editor instead of indenting.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor(page)).not.toBeFocused();
  });

  test('stacks the editor above the results at phone width', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'phone layout');
    await page.goto(PLAYGROUND);
    await settled(page);
    const editorBox = await page.locator('.pg-editor-pane').boundingBox();
    const results = await page.locator('.pg-results').boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(editorBox && results && results.y >= editorBox.y + editorBox.height).toBe(true);
    expect((editorBox?.x ?? 0) + (editorBox?.width ?? 0)).toBeLessThanOrEqual(width + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with each view open (${theme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(PLAYGROUND);
      await settled(page);
      const check = async (): Promise<string[]> =>
        (
          await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(await check()).toEqual([]);
      await page.getByRole('tab', { name: 'Sidecar injection' }).click();
      await page.locator('.pg-preview summary').first().click();
      expect(await check()).toEqual([]);
      await page.getByRole('tab', { name: 'Traffic graph' }).click();
      await expect(page.locator('.pg-graph-status')).toContainText('Graph updated', { timeout: 20_000 });
      expect(await check()).toEqual([]);
      await page.getByRole('button', { name: 'Examples' }).click();
      await expect(page.locator('.pg-example').first()).toBeVisible();
      expect(await check()).toEqual([]);
    });
  }
});
