/** What the validator says about one snippet of a lesson or rule page, as lesson:check and the content tests count it. */
import { parseCodeMeta } from '../lib/code/index.ts';
import type { ExampleResult, Fence } from '../lib/content/index.ts';
import { analyze } from '../lib/manifest/index.ts';

/** Every code a snippet's validation gives, and those that count: errors and warnings (infos only inform). */
export function snippetResult(lang: string, title: string | undefined, body: string): ExampleResult {
  const docker = lang.startsWith('docker');
  const name = title ?? (docker ? 'Dockerfile' : 'snippet.yaml');
  const diagnostics = analyze([{ name: docker && !/dockerfile/i.test(name) ? 'Dockerfile' : name, text: `${body}\n` }]).files.flatMap(
    (f) => f.diagnostics,
  );
  return {
    all: diagnostics.map((d) => d.code),
    counted: [...new Set(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort(),
  };
}

/** The codes a snippet's validation gives that count: errors and warnings. */
export function snippetCodes(lang: string, title: string | undefined, body: string): string[] {
  return [...snippetResult(lang, title, body).counted];
}

const SNIPPET_LANGS = new Set(['yaml', 'yml', 'dockerfile', 'docker']);

/** A YAML or Dockerfile fence's counted codes beside the `expect="..."` it declares; undefined for other fences. */
export function snippetExpectation(fence: Fence): { title: string | undefined; found: string[]; expected: string[] } | undefined {
  const lang = fence.lang.toLowerCase();
  if (!SNIPPET_LANGS.has(lang)) return undefined;
  const { meta } = parseCodeMeta(fence.meta, fence.body.split('\n').length);
  const expected = (meta.attributes['expect'] ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .sort();
  return { title: meta.title, found: snippetCodes(lang.startsWith('docker') ? 'dockerfile' : 'yaml', meta.title, fence.body), expected };
}
