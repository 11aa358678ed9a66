/**
 * Who may frame which page. Every page refuses to be framed by other sites, except the embed
 * pages, which anyone may frame. A `<meta>` Content-Security-Policy cannot carry frame-ancestors,
 * so this must be an HTTP header; the rules are written per section of the site because `_headers`
 * files merge every matching rule and not every host can remove a header a broader rule set.
 */

/** The `_headers` pattern for the section a page path belongs to: "/", "/404.html", "/lessons/*". */
export function sectionPattern(pagePath: string): string {
  const segments = pagePath.split('/').filter(Boolean);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html')) return '/';
  if (segments.length === 1) return `/${segments[0] ?? ''}`;
  return `/${segments[0]}/*`;
}

/** The framing rules for a site whose HTML pages are at `pagePaths` (site paths, without base). */
export function framingRules(pagePaths: readonly string[]): string {
  const patterns = [...new Set(pagePaths.map(sectionPattern))].filter((p) => p !== '/embed/*').sort();
  const deny = patterns.map((pattern) => `${pattern}\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY`);
  const embeds = `/embed/*\n  Content-Security-Policy: frame-ancestors *`;
  return `# Framing, written by the build for every section of the site: embeds may be framed by anyone.\n${[...deny, embeds].join('\n')}\n`;
}
