/** The quiz widget's JavaScript on its own: bundled and minified like the site build, then gzipped. */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of a bundled entry point. */
export async function bundleSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (import.meta.main) console.log(await bundleSize('src/elements/quiz-widget.ts'));
