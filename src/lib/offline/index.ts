/**
 * What the service worker stores when it installs, so the course works offline after one visit:
 * the course pages (home, lessons, glossary, final assessment, playground), every built script and
 * stylesheet, the playground's examples and the search index. Rule pages, handouts, slides, embeds,
 * SCORM packages and Mermaid are left to be kept as they are visited: they are most of the bytes and
 * few learners need them all.
 */

/** Site paths (relative to the build output, "/" separated) of the pages stored at install. */
const PAGES = [
  /^index\.html$/,
  /^lessons\/[^/]+\/index\.html$/,
  /^glossary\/index\.html$/,
  /^assessment\/index\.html$/,
  /^playground\/index\.html$/,
];

/** Files besides pages: built assets, the examples menu, the icon, and the Pagefind files search needs. */
const FILES = [
  /^_astro\/[^/]+\.(?:js|css)$/,
  /^playground\/examples\.json$/,
  /^favicon\.svg$/,
  // Pagefind's engine, its worker, its metadata and every index and fragment file; not its UI kits,
  // which this site does not use.
  /^pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/,
  /^pagefind\/(?:index|fragment|filter)\/[^/]+$/,
];

/**
 * The URLs to store at install, given every file of the built site (paths relative to it) and the
 * base the site is served under. Pages are stored under their directory URL, as they are linked.
 */
export function offlineUrls(files: readonly string[], base: string): string[] {
  const head = base.endsWith('/') ? base : `${base}/`;
  const urls: string[] = [];
  for (const file of [...files].sort()) {
    if (PAGES.some((pattern) => pattern.test(file))) urls.push(head + file.replace(/index\.html$/, ''));
    else if (FILES.some((pattern) => pattern.test(file))) urls.push(head + file);
  }
  return urls;
}

/** What the build tells the service worker: the URLs to store and a version that changes with their content. */
export interface OfflineManifest {
  version: string;
  urls: string[];
}
