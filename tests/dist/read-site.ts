/** Reads a built site into what the dist tests check: pages with their ids, links, scripts and CSP. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One parsed page. */
export interface SitePage {
  /** Site path, e.g. /academy/lessons/x/index.html */
  file: string;
  html: string;
  ids: Set<string>;
  links: string[];
  /** Text of every inline <script> without src, with its type. */
  inlineScripts: { type: string; text: string }[];
  /** Text of every <style> element. */
  inlineStyles: string[];
  /** Elements carrying a style attribute or an on* handler, as tag names. */
  styleAttributes: string[];
  eventHandlers: string[];
  csp: string | undefined;
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
  if ('content' in node && node.content) walk(node.content as unknown as Node, visit);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/** Every file below `dir` as site paths under `base`. */
export function listFiles(dir: string, base: string): Set<string> {
  const files = new Set<string>();
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.add(base + relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return files;
}

/** Parses every HTML page of a built site. */
export function readSite(dir: string, base: string): SitePage[] {
  return [...listFiles(dir, base)]
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file.slice(base.length)), 'utf8');
      const page: SitePage = { file, html, ids: new Set(), links: [], inlineScripts: [], inlineStyles: [], styleAttributes: [], eventHandlers: [], csp: undefined };
      walk(parse(html), (element) => {
        const attrs = new Map(element.attrs.map((a) => [a.name, a.value]));
        const id = attrs.get('id');
        if (id) page.ids.add(id);
        for (const name of ['href', 'src']) {
          const value = attrs.get(name);
          if (value && element.tagName !== 'use') page.links.push(value);
        }
        if (element.tagName === 'script' && !attrs.has('src')) page.inlineScripts.push({ type: attrs.get('type') ?? '', text: textOf(element) });
        if (element.tagName === 'style') page.inlineStyles.push(textOf(element));
        if (attrs.has('style')) page.styleAttributes.push(element.tagName);
        for (const name of attrs.keys()) if (/^on/i.test(name)) page.eventHandlers.push(`${element.tagName}[${name}]`);
        if (element.tagName === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') page.csp = attrs.get('content');
      });
      return page;
    });
}
