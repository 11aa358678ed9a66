import { describe, expect, it } from 'vitest';
import { checkLinks, fileForPath, type PageLinks } from '../../../src/lib/links/index.ts';

const origin = 'http://127.0.0.1:9';
const page = (file: string, links: string[], ids: string[] = []): PageLinks => ({ file, links, ids: new Set(ids) });

describe('fileForPath', () => {
  it('maps directories to index.html like static hosts', () => {
    expect(fileForPath('/a/lessons/x/')).toBe('/a/lessons/x/index.html');
    expect(fileForPath('/a/lessons/x')).toBe('/a/lessons/x/index.html');
    expect(fileForPath('/a/favicon.svg?v=1')).toBe('/a/favicon.svg');
  });
});

describe('checkLinks', () => {
  const files = new Set(['/a/index.html', '/a/lessons/x/index.html', '/a/favicon.svg']);

  it('accepts links to existing pages, files and anchors, relative or absolute', () => {
    const pages = [
      page('/a/index.html', ['/a/lessons/x/#intro', 'lessons/x/', '#top', '/a/favicon.svg', 'https://istio.io/x', 'mailto:a@b.c'], ['top']),
      page('/a/lessons/x/index.html', ['../../', '#intro'], ['intro']),
    ];
    expect(checkLinks(pages, files, origin, '/a/')).toEqual([]);
  });

  it('reports a missing page, a missing anchor and a link that forgot the base', () => {
    const pages = [
      page('/a/index.html', ['/a/lessons/y/', '/a/lessons/x/#nope', '/lessons/x/']),
      page('/a/lessons/x/index.html', [], ['intro']),
    ];
    expect(checkLinks(pages, files, origin, '/a/')).toEqual([
      { page: '/a/index.html', link: '/a/lessons/y/', reason: 'missing-page' },
      { page: '/a/index.html', link: '/a/lessons/x/#nope', reason: 'missing-anchor' },
      { page: '/a/index.html', link: '/lessons/x/', reason: 'outside-base' },
    ]);
  });
});
