/**
 * The playground's budgets, measured in Chromium against a built site: bytes it loads up front, in
 * its worker and when the graph first shows (as served, gzip), the time from a request (the
 * debounce over) to findings on screen for a 200-line input, and what typing costs the main thread
 * on a 5,000-line input (key-event handler time and long tasks).
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../src/node/chromium.ts';
import { encodeShare } from '../../src/lib/playground/share.ts';
import { startServer } from '../../src/node/serve.ts';
import { service } from './manifests.ts';

/** What the playground costs. */
export interface PlaygroundBench {
  upFrontGzip: number;
  workerGzip: number;
  graphGzip: number;
  latency200: { lines: number; runs: number[]; median: number };
  /** Main-thread cost of typing: the slowest key-event handler, and tasks over 50 ms while typing. */
  typing5000: { lines: number; keystrokes: number; worstHandlerMs: number; longTasks: number; worstLongTaskMs: number };
}

/** A realistic manifest of about `lines` lines: Deployments and Services of a shop, one with a mistake. */
export function shopManifest(lines: number): string {
  const docs: string[] = [];
  for (let i = 0; docs.join('---\n').split('\n').length < lines; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: svc-${i}
  template:
    metadata:
      labels:
        app: svc-${i}
    spec:
      containers:
        - name: app
          image: ghcr.io/example/svc-${i}:1.0.${i}
          ports:
            - name: http
              containerPort: 8080
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { memory: 128Mi }
`);
    docs.push(`${service(i)}\n`);
  }
  return docs.join('---\n');
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function transferred(page: Page, from = 0): Promise<{ name: string; bytes: number }[]> {
  return page.evaluate(
    (start) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= start && /\.m?js(?:$|\?)/.test(entry.name))
        .map((entry) => ({ name: entry.name, bytes: entry.encodedBodySize })),
    from,
  );
}

async function waitForUpdate(page: Page, previous: string | null): Promise<string> {
  await page.waitForFunction((prev) => {
    const el = document.querySelector('manifest-playground');
    return el && el.getAttribute('data-updated') !== prev && !el.hasAttribute('data-busy');
  }, previous);
  return (await page.locator('manifest-playground').getAttribute('data-updated')) ?? '';
}

/** Measures the playground of the site built in `dir` (served at the root). */
export async function benchPlayground(dir: string, runs = 15): Promise<PlaygroundBench> {
  const server = await startServer({ dir, port: 0 });
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: [...CHROMIUM_ARGS] });
  try {
    // A first visit, as the budgets mean it: the service worker would add the course's background download to the bytes counted.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const text200 = shopManifest(200);
    await page.goto(`${server.url}playground/${encodeShare([{ name: 'shop.yaml', text: text200 }])}`);
    let updated = await waitForUpdate(page, null);
    const loaded = await transferred(page);
    const workerGzip = loaded.filter((r) => r.name.includes('playground-worker')).reduce((sum, r) => sum + r.bytes, 0);
    const upFrontGzip = loaded.filter((r) => !r.name.includes('playground-worker')).reduce((sum, r) => sum + r.bytes, 0);
    const latencies: number[] = [];
    await page.locator('.pg-editor .cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < runs; i++) {
      // Type a character, then take it back: the text alternates and each change is analysed.
      if (i % 2 === 0) await page.keyboard.type('#');
      else await page.keyboard.press('Backspace');
      updated = await waitForUpdate(page, updated);
      latencies.push(Number(await page.locator('manifest-playground').getAttribute('data-latency')));
    }
    const before = await page.evaluate(() => performance.now());
    await page.getByRole('tab', { name: 'Traffic graph' }).click();
    await page
      .locator('.pg-graph-status')
      .filter({ hasText: /Graph updated|could not/ })
      .waitFor({ timeout: 60_000 });
    const graphGzip = (await transferred(page, before)).reduce((sum, r) => sum + r.bytes, 0);

    const big = await browser.newPage({ serviceWorkers: 'block' });
    const text5000 = shopManifest(5000);
    await big.goto(`${server.url}playground/${encodeShare([{ name: 'shop.yaml', text: text5000 }])}`);
    await waitForUpdate(big, null);
    await big.evaluate(() => {
      const seen = { handlers: [] as number[], longTasks: [] as number[] };
      (window as unknown as { typing: typeof seen }).typing = seen;
      // Handler time of each key event (its duration would also count the wait for the next frame).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[])
          if (['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(entry.name))
            seen.handlers.push(entry.processingEnd - entry.processingStart);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await big.locator('.pg-editor .cm-content').click();
    await big.keyboard.press('ControlOrMeta+End');
    const keystrokes = 40;
    for (let i = 0; i < keystrokes; i++) await big.keyboard.type('x', { delay: 30 });
    await big.waitForTimeout(500);
    const typing = await big.evaluate(() => (window as unknown as { typing: { handlers: number[]; longTasks: number[] } }).typing);
    return {
      upFrontGzip,
      workerGzip,
      graphGzip,
      latency200: { lines: text200.split('\n').length, runs: latencies, median: median(latencies) },
      typing5000: {
        lines: text5000.split('\n').length,
        keystrokes,
        worstHandlerMs: Math.max(0, ...typing.handlers),
        longTasks: typing.longTasks.length,
        worstLongTaskMs: Math.max(0, ...typing.longTasks),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) console.log(JSON.stringify(await benchPlayground(process.argv[2] ?? 'dist'), null, 2));
