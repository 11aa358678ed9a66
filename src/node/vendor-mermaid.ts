/**
 * The playground's Mermaid, served as Mermaid's own prebuilt ES modules from <site>/vendor/mermaid/
 * rather than bundled: it is fetched only when a learner opens the traffic graph, and bundling its
 * hundred modules would cost every build a second or more for a file few pages load.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';

/** Where Mermaid goes in the site. */
export const MERMAID_PATH = 'vendor/mermaid/';
/** The entry module, relative to MERMAID_PATH. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';

function mermaidDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist');
}

/** Copies Mermaid's entry and its chunks (no source maps) into the built site; returns how many files. */
export function copyMermaid(outDir: string): number {
  const from = mermaidDist();
  const to = join(outDir, ...MERMAID_PATH.split('/'));
  const chunks = join('chunks', 'mermaid.esm.min');
  mkdirSync(join(to, chunks), { recursive: true });
  copyFileSync(join(from, MERMAID_ENTRY), join(to, MERMAID_ENTRY));
  const files = readdirSync(join(from, chunks)).filter((name) => name.endsWith('.mjs'));
  for (const name of files) copyFileSync(join(from, chunks, name), join(to, chunks, name));
  return files.length + 1;
}

/** In development: the file a /vendor/mermaid/... request names, if it is one of Mermaid's modules. */
export function mermaidFile(requestPath: string): string | undefined {
  const at = requestPath.indexOf(`/${MERMAID_PATH}`);
  if (at < 0) return undefined;
  const relative = requestPath.slice(at + MERMAID_PATH.length + 1).split('?')[0] ?? '';
  const path = normalize(join(mermaidDist(), relative));
  if (!path.startsWith(mermaidDist() + sep) || !path.endsWith('.mjs') || !existsSync(path)) return undefined;
  return path;
}

/** Reads a development request's file. */
export function readMermaidFile(path: string): string {
  return readFileSync(path, 'utf8');
}
