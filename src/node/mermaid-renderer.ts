/**
 * Renders Mermaid diagrams to SVG at build time in one headless Chromium page, reused for every
 * diagram of the build (a browser start costs seconds; a render, a tenth of one).
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from '@playwright/test';
import { mermaidErrorLine } from '../lib/diagram/index.ts';
import { DIAGRAM_THEMES, MERMAID_CONFIG } from '../lib/diagram/mermaid-config.ts';

export { DIAGRAM_THEMES };
import { CHROMIUM_ARGS, resolveChromium } from './chromium.ts';
import { renderInPage, type PageRenderResult } from './mermaid-page.ts';

/** The id placeholder in cached SVG, replaced per page so ids stay unique. */
export const ID_PLACEHOLDER = 'MMDID';

/** One diagram as SVG whose theme classes switch its colours between light and dark. */
export interface RenderedDiagram {
  svg: string;
}

/** A rendered diagram, or where and why Mermaid refused it (line within the diagram). */
export type RenderOutcome = { ok: true; diagram: RenderedDiagram } | { ok: false; line: number; message: string };

const COMMON = MERMAID_CONFIG;

export function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

/** A renderer owning one browser page; `render` calls are queued, `close` ends the browser. */
export interface MermaidRenderer {
  render(source: string, seed: string): Promise<RenderOutcome>;
  close(): Promise<void>;
}

/** Starts nothing until the first render, so cached builds never launch a browser. */
export function createMermaidRenderer(): MermaidRenderer {
  let browser: Browser | undefined;
  let pagePromise: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const page = (): Promise<Page> => {
    pagePromise ??= (async () => {
      // Loaded on first use: a build whose diagrams are all cached never pays for Playwright.
      const { chromium } = await import('@playwright/test');
      browser = await chromium.launch({ executablePath: await resolveChromium(), args: [...CHROMIUM_ARGS] });
      const p = await browser.newPage();
      await p.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      const require = createRequire(import.meta.url);
      await p.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
      return p;
    })();
    return pagePromise;
  };

  const renderMerged = async (source: string, seed: string): Promise<PageRenderResult> => {
    const p = await page();
    const config = (variant: 'light' | 'dark') => ({ ...COMMON, deterministicIDSeed: seed, themeVariables: DIAGRAM_THEMES[variant] });
    return p.evaluate(renderInPage, { source, light: config('light'), dark: config('dark'), placeholder: ID_PLACEHOLDER });
  };

  // SVGO drops unused markers, merges groups and rounds coordinates: a flowchart shrinks about fivefold.
  const shrink = async (svg: string): Promise<string> => {
    const { optimize } = await import('svgo');
    return optimize(svg, {
      multipass: true,
      floatPrecision: 2,
      plugins: [
        {
          name: 'preset-default',
          params: {
            overrides: {
              // Our ids are already minimal and some are used by aria-labelledby, which SVGO does not track.
              cleanupIds: false,
              removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
              removeDesc: false,
            },
          },
        },
      ],
    }).data;
  };

  const renderBoth = async (source: string, seed: string): Promise<RenderOutcome> => {
    const result = await renderMerged(source, seed);
    if ('error' in result) return { ok: false, line: mermaidErrorLine(result.error, result.hash), message: result.error };
    return { ok: true, diagram: { svg: await shrink(result.svg) } };
  };

  return {
    render(source, seed) {
      const next = queue.then(() => renderBoth(source, seed));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      await browser?.close();
      browser = undefined;
      pagePromise = undefined;
    },
  };
}
