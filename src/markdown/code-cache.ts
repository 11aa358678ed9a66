/** Highlighted code blocks, remembered between builds: Shiki is the costliest step of a build. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { createBuildCache, hashOf, type BuildCache } from '../node/build-cache.ts';
import { renderCodeBlock } from './highlighter.ts';

// Everything that shapes a block's HTML: Shiki's version and our code that drives it.
function version(): string {
  const require = createRequire(import.meta.url);
  const shiki = (require('shiki/package.json') as { version: string }).version;
  const sources = ['./highlighter.ts', '../lib/code/theme.ts', '../lib/code/meta.ts', '../lib/code/shell.ts'].map((path) =>
    readFileSync(new URL(path, import.meta.url), 'utf8'),
  );
  return hashOf(shiki, ...sources);
}

/** `renderCodeBlock` behind a persistent cache; blocks with problems are never cached. */
export interface CodeBlockRenderer {
  render(code: string, lang: string | undefined, meta: string | undefined): Promise<{ node: Element; problems: string[] }>;
  cache: BuildCache<Element>;
}

// The same quiz is drawn on several pages (lesson, embed, slides, notes, handouts): highlight each block once per build.
const rendered = new Map<string, Promise<{ node: Element; problems: string[] }>>();

/** A renderer that remembers blocks for this build only: for code rendered inside pages' own bundles (quiz files), where our sources are not on disk. */
export function plainCodeBlockRenderer(): CodeBlockRenderer {
  const none: BuildCache<Element> = {
    get: () => undefined,
    set: () => undefined,
    save: () => undefined,
    stats: () => ({ hits: 0, misses: 0 }),
  };
  return {
    cache: none,
    async render(code, lang, meta) {
      const key = hashOf(code, lang ?? '', meta ?? '');
      let result = rendered.get(key);
      if (!result) rendered.set(key, (result = renderCodeBlock(code, lang, meta)));
      // Callers may change the tree they get (links, ids): each gets its own copy.
      return structuredClone(await result);
    },
  };
}

/** A renderer backed by a build cache of its own for each lessons folder (test builds never evict the site's). */
export function createCodeBlockRenderer(lessonsDir: string): CodeBlockRenderer {
  const cache = createBuildCache<Element>(`code-blocks-${hashOf(resolve(lessonsDir)).slice(0, 10)}`, version());
  return {
    cache,
    async render(code, lang, meta) {
      const key = hashOf(code, lang ?? '', meta ?? '');
      const hit = cache.get(key);
      if (hit) return { node: hit, problems: [] };
      const result = await renderCodeBlock(code, lang, meta);
      if (result.problems.length === 0) cache.set(key, result.node);
      return result;
    },
  };
}
