/**
 * Checks the links of a built site: every internal link must reach a file, and every #fragment an
 * element with that id on the target page. Pure: the caller reads the files and parses the HTML.
 */

/** What the checker needs to know about one HTML page. */
export interface PageLinks {
  /** Site path of the page, e.g. "/academy/lessons/x/index.html". */
  file: string;
  /** Ids of every element on the page (anchors may point at any of them). */
  ids: ReadonlySet<string>;
  /** Every URL the page refers to (href, src) as written. */
  links: readonly string[];
}

/** A link that does not resolve, and why. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: 'missing-page' | 'missing-anchor' | 'outside-base';
}

/** The file a site path serves, the way static hosts map directories to index.html. */
export function fileForPath(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '/';
  if (clean.endsWith('/')) return `${clean}index.html`;
  return /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/index.html`;
}

/** Resolves and checks every same-origin link; `files` holds the site path of every file in the build. */
export function checkLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, origin: string, base: string): BrokenLink[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
      const url = new URL(link, origin + page.file);
      if (url.origin !== origin) continue;
      const target = fileForPath(decodeURIComponent(url.pathname));
      if (!target.startsWith(base)) {
        broken.push({ page: page.file, link, reason: 'outside-base' });
        continue;
      }
      if (!files.has(target)) {
        broken.push({ page: page.file, link, reason: 'missing-page' });
        continue;
      }
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      // "#s=..." carries state for the page's script (the playground's files), not an element id.
      const state = /^[a-z]+=/.test(fragment);
      if (fragment && !state && target.endsWith('.html') && !byFile.get(target)?.ids.has(fragment)) {
        broken.push({ page: page.file, link, reason: 'missing-anchor' });
      }
    }
  }
  return broken;
}
