/** Site-relative URLs that respect `base`, so the site works under a sub-path. */

/** Joins the configured base ("/" or "/academy/") with a site path ("lessons/x/"). */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head}${tail}`;
}

/** Rewrites a root-relative link ("/lessons/x/") written in content to include the base. */
export function rebaseLink(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const head = base.endsWith('/') ? base : `${base}/`;
  if (head !== '/' && href.startsWith(head)) return href;
  return withBase(base, href);
}

/** The URL path of a lesson page. */
export function lessonPath(base: string, id: string): string {
  return withBase(base, `lessons/${id}/`);
}
