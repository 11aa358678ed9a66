/** The quiz widget's JavaScript on its own: bundled and minified like the site build, then gzipped. */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of a bundled entry point. */
export async function bundleSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** What embedding costs a host: embed.js, and the JavaScript inlined in an embed page. */
export interface EmbedSizes {
  hostScript: { raw: number; gzip: number };
  embedPageScript: { raw: number; gzip: number };
}

/** Measures embed.js and the first quiz's embed page in a built site. */
export function embedSizes(dir: string, quiz = 'sidecar-pattern'): EmbedSizes {
  const size = (text: string): { raw: number; gzip: number } => ({
    raw: Buffer.byteLength(text),
    gzip: gzipSync(text, { level: 9 }).length,
  });
  const html = readFileSync(join(dir, 'embed', 'quiz', quiz, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
  return { hostScript: size(readFileSync(join(dir, 'embed.js'), 'utf8')), embedPageScript: size(inline) };
}

if (import.meta.main) console.log(await bundleSize('src/elements/quiz-widget.ts'));
