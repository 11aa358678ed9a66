/** Bytes each page of a built site costs a reader: HTML, CSS and JavaScript, raw and gzip. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip sizes of one kind of resource. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one page weighs. */
export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  jsFiles: string[];
}

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;
const bytes = (texts: string[]): Bytes => ({
  raw: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
  gzip: texts.reduce((sum, t) => sum + gz(t), 0),
});

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Follows static imports from each entry script, so a page is charged for every module it loads up front. */
function scriptClosure(dir: string, base: string, entries: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    const text = readFileSync(join(dir, path.slice(base.length)), 'utf8');
    seen.set(path, text);
    for (const match of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const spec = match[1] ?? '';
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return seen;
}

/** Weighs every HTML page below `dir` (a site built with `base`). */
export function weighSite(dir: string, base = '/'): PageWeight[] {
  return htmlFiles(dir).map((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
      readFileSync(join(dir, (m[1] ?? '').slice(base.length)), 'utf8'),
    );
    const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    const inlineScripts = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => m[1] ?? '');
    const modules = scriptClosure(dir, base, entries);
    return {
      page: `/${file}`,
      html: bytes([html]),
      css: bytes([...styles, ...inlineStyles]),
      js: bytes([...modules.values(), ...inlineScripts]),
      jsFiles: [...modules.keys()],
    };
  });
}
