/** Build steps for embedding: the host script at /embed.js, and the framing rules in _headers. */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { framingRules } from '../lib/headers/index.ts';
import { bundleScript, inlinePage } from './inline-page.ts';
import { buildScormPackages } from './scorm-build.ts';

const HOST_ENTRY = 'src/embed/host.ts';

/** embed.js, bundled and minified (no dependencies, under 1 KB gzip). */
export function buildEmbedScript(): Promise<string> {
  return bundleScript(HOST_ENTRY);
}

function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return pages;
}

/** Makes every embed page self-contained, so it works in an iframe sandboxed to scripts alone. */
async function inlineEmbedPages(outDir: string, readAsset: (href: string) => string): Promise<void> {
  const embeds = join(outDir, 'embed', 'quiz');
  if (!existsSync(embeds)) return;
  const script = await bundleScript('src/embed/embed-entry.ts');
  for (const id of readdirSync(embeds)) {
    const file = join(embeds, id, 'index.html');
    if (!existsSync(file)) continue;
    const directives = ["default-src 'none'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'"];
    writeFileSync(file, inlinePage(readFileSync(file, 'utf8'), { readAsset, script, directives }));
  }
}

/**
 * Everything after Astro wrote the site: /embed.js, SCORM packages,
 * self-contained embed pages, and the framing rules in _headers. Returns how many SCORM packages.
 */
export async function finishEmbeds(outDir: string, base: string): Promise<number> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const readAsset = (href: string): string =>
    readFileSync(join(outDir, href.startsWith(prefix) ? href.slice(prefix.length) : href), 'utf8');
  const packages = await buildScormPackages(outDir, readAsset);
  await inlineEmbedPages(outDir, readAsset);
  writeFileSync(join(outDir, 'embed.js'), await buildEmbedScript());
  const headers = join(outDir, '_headers');
  if (existsSync(headers)) appendFileSync(headers, framingRules(htmlPages(outDir)));
  else writeFileSync(headers, framingRules(htmlPages(outDir)));
  return packages;
}
