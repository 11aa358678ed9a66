/**
 * "Open in playground" for YAML and Dockerfile snippets: a link whose hash holds the snippet, so
 * the playground opens with it in a tab named after the snippet's file. Added after the code-block
 * cache, so the cached figure stays independent of the site's base.
 */
import type { Element } from 'hast';
import { parseCodeMeta } from '../lib/code/meta.ts';
import { encodeShare } from '../lib/playground/share.ts';
import { isDockerfileName } from '../lib/playground/tabs.ts';
import { withBase } from '../lib/site/index.ts';

const YAML = new Set(['yaml', 'yml']);
const DOCKER = new Set(['dockerfile', 'docker']);

/** The tab name a snippet opens in: its title when that is a file name of the right kind. */
export function snippetFileName(lang: string, title: string | undefined): string {
  const docker = DOCKER.has(lang);
  if (title && /^[\w.-]+$/.test(title) && (docker ? isDockerfileName(title) : /\.ya?ml$/i.test(title))) return title;
  return docker ? 'Dockerfile' : 'snippet.yaml';
}

/** The figure with an "Open in playground" link, for YAML and Dockerfile blocks; other figures unchanged. */
export function withPlaygroundLink(
  figure: Element,
  code: string,
  lang: string | undefined,
  meta: string | undefined,
  base: string,
): Element {
  const language = (lang ?? '').toLowerCase();
  if (!YAML.has(language) && !DOCKER.has(language)) return figure;
  const title = parseCodeMeta(meta, code.split('\n').length).meta.title;
  const name = snippetFileName(language, title);
  const href = withBase(base, `playground/${encodeShare([{ name, text: code.replace(/\n?$/, '\n') }])}`);
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['code-open'], href, ariaLabel: `Open ${title ?? name} in the playground` },
    children: [{ type: 'text', value: 'Open in playground' }],
  };
  const [caption, ...rest] = figure.children;
  return { ...figure, children: caption ? [caption, link, ...rest] : [link, ...rest] };
}
