/**
 * Makes a built page self-contained: its stylesheets inlined, its module scripts replaced by one
 * inline bundle, and a Content-Security-Policy that allows exactly those inline pieces by hash.
 * Embed pages need this (a sandboxed iframe has an opaque origin, and module scripts from any URL
 * would need CORS), and so do SCORM packages (nothing may be fetched from our site).
 */
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Bundles an entry point into one minified classic script. */
export async function bundleScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Options for `inlinePage`. */
export interface InlineOptions {
  /** Reads a stylesheet by the href the page uses. */
  readAsset(href: string): string;
  /** The script that replaces the page's module scripts. */
  script: string;
  /** Directives besides script-src and style-src, e.g. "default-src 'none'". */
  directives: string[];
  /** Also drop <link rel=alternate|icon|canonical> (nothing in a SCORM package may point home). */
  dropLinks?: boolean;
}

/** The self-contained version of a page. */
export function inlinePage(html: string, options: InlineOptions): string {
  let page = html
    .replace(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href: string) => `<style>${options.readAsset(href)}</style>`)
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace('</body>', `<script>${options.script.replace(/<\/script/gi, '<\\/script')}</script></body>`);
  if (options.dropLinks) page = page.replace(/<link[^>]*rel="(?:alternate|icon|canonical)"[^>]*>/g, '');
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ''));
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ''));
  const csp = [...options.directives, `script-src ${scripts.join(' ')}`, `style-src ${styles.join(' ')}`].join('; ');
  return page.replace('<head>', `<head><meta http-equiv="content-security-policy" content="${csp}">`);
}
