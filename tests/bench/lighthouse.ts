/** Lighthouse (mobile, simulated throttling, its defaults) in the project's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, resolveChromium } from '../../src/node/chromium.ts';

/** The four category scores (0-100) and the metrics behind performance. */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Runs Lighthouse `runs` times on a URL and keeps the median of each figure. */
export async function lighthouseScores(url: string, runs = 3): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: await resolveChromium(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  const results: LighthouseResult[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        fcpMs: Math.round(audit('first-contentful-paint')),
      });
    }
  } finally {
    chrome.kill();
  }
  const keys = Object.keys(results[0] ?? {}) as (keyof LighthouseResult)[];
  return Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key]))])) as unknown as LighthouseResult;
}
