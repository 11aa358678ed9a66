/**
 * Theme classes on diagram elements. The renderer marks each element whose colour differs between
 * the light and dark renderings with a class naming both (`f-e7eefc-1d2a45`: fill, light, dark);
 * this turns the classes a page uses into CSS, so one SVG serves both themes and print.
 */

/** Theme class names in an SVG string, as written by the renderer. */
const THEME_CLASS = /^([fs])-([0-9a-f]{6}(?:[0-9a-f]{2})?|none|transparent)-([0-9a-f]{6}(?:[0-9a-f]{2})?|none|transparent)$/;

/** The theme classes used in some SVG markup, deduplicated and sorted. */
export function diagramThemeClasses(svg: string): string[] {
  const found = new Set<string>();
  for (const match of svg.matchAll(/\bclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (THEME_CLASS.test(name)) found.add(name);
  }
  return [...found].sort();
}

const color = (token: string): string => (/^[0-9a-f]+$/.test(token) ? `#${token}` : token);

/** The CSS for theme classes; anything not shaped like one is ignored, so nothing else can get in. */
export function diagramThemeCss(classes: Iterable<string>): string {
  const rules: string[] = [];
  for (const name of [...new Set(classes)].sort()) {
    const match = THEME_CLASS.exec(name);
    if (!match) continue;
    const property = match[1] === 'f' ? 'fill' : 'stroke';
    const light = color(match[2] ?? '');
    const dark = color(match[3] ?? '');
    if (light !== 'none' && dark !== 'none') {
      rules.push(`.diagram .${name}{${property}:light-dark(${light},${dark})}`);
    } else {
      // light-dark() takes colours only; `none` needs the theme selectors spelled out.
      rules.push(
        `.diagram .${name}{${property}:${light}}`,
        `:root[data-theme=dark] .diagram .${name}{${property}:${dark}}`,
        `@media (prefers-color-scheme:dark){:root:not([data-theme=light]) .diagram .${name}{${property}:${dark}}}`,
        `@media print{:root[data-theme=dark] .diagram .${name}{${property}:${light}}}`,
      );
    }
  }
  return rules.join('');
}
