import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LESSON } from './site.ts';

/** The body of the fenced block whose opening line starts with `opening`, exactly as in the source. */
function fence(file: string, opening: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(opening));
  const end = lines.findIndex((line, index) => index > start && line === '```');
  return lines.slice(start + 1, end).join('\n');
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
});

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('the copy button copies exactly the code of a YAML block, without line numbers', async ({ page }) => {
  await page.goto(LESSON);
  const block = page.getByRole('figure').filter({ has: page.getByText('orders-pod.yaml', { exact: true }) });
  await block.getByRole('button', { name: 'Copy orders-pod.yaml' }).click();
  expect(await clipboard(page)).toBe(fence('content/lessons/sidecar-pattern.mdx', '```yaml title="orders-pod.yaml"'));
  await expect(block.getByRole('status')).toHaveText('Copied');
  await expect(block.getByRole('button', { name: 'Copy orders-pod.yaml' })).toHaveText('Copied');
});

test('a shell session copies the commands without prompts or output, continuation lines kept', async ({ page }) => {
  await page.goto('/fixture/lessons/alpha/'.replace('/fixture/', 'http://127.0.0.1:4398/fixture/'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4398' });
  await page.getByRole('button', { name: 'Copy Install' }).click();
  expect(await clipboard(page)).toBe('kubectl create namespace shop\nkubectl label namespace shop \\\n    istio-injection=enabled');
});

test('the copy button works from the keyboard and announces the result', async ({ page }) => {
  await page.goto(LESSON);
  const button = page.getByRole('button', { name: 'Copy Check which init containers are sidecars' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  expect(await clipboard(page)).toBe(
    'kubectl get pod orders -o jsonpath=\'{range .spec.initContainers[*]}{.name}{"\\t"}{.restartPolicy}{"\\n"}{end}\'\nkubectl get pod orders -o jsonpath=\'{.status.containerStatuses[*].name}\'',
  );
  await button.focus();
  await page.keyboard.press('Space');
  await expect(button).toHaveText('Copied');
});

test('selecting code by hand does not pick up line numbers or prompts', async ({ page }) => {
  await page.goto(LESSON);
  const selected = await page.evaluate(() => {
    const pre = document.querySelector('pre[data-line-numbers]');
    if (!pre) return '';
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  });
  expect(selected.split('\n')[0]).toBe('apiVersion: v1');
});
