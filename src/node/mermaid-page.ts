/**
 * Code that runs inside the headless browser page: render one diagram with Mermaid in the light
 * and the dark theme, and merge them into one self-contained SVG.
 *
 * A strict CSP refuses the `<style>` element and `style` attributes Mermaid emits, so every style
 * the browser computed for the light rendering is written back as an SVG presentation attribute
 * (only where it differs from what the element inherits). Where the dark rendering differs, the
 * element also gets a class naming both colours (`f-e7eefc-1d2a45`: fill, light, dark), which the
 * page's stylesheet turns into `fill: light-dark(...)`. Ids are renumbered behind a placeholder so
 * several diagrams can share a page, and the root becomes an accessible image.
 * Everything here must be self-contained: Playwright sends the function's source to the page.
 */

/** Arguments for `renderInPage`. */
export interface PageRenderArgs {
  source: string;
  light: Record<string, unknown>;
  dark: Record<string, unknown>;
  placeholder: string;
}

/** What the page returns: the merged SVG, or the parser's error. */
export type PageRenderResult = { svg: string } | { error: string; hash: unknown };

/** Renders, flattens and merges one diagram in the page; sent to the browser by `page.evaluate`. */
export async function renderInPage({ source, light, dark, placeholder }: PageRenderArgs): Promise<PageRenderResult> {
  type Mermaid = { initialize(config: Record<string, unknown>): void; render(id: string, text: string): Promise<{ svg: string }> };
  const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  const trees: SVGSVGElement[] = [];
  document.body.replaceChildren();
  for (const [id, config] of [
    ['mmdl', light],
    ['mmdd', dark],
  ] as const) {
    mermaid.initialize(config);
    let text: string;
    try {
      text = (await mermaid.render(id, source)).svg;
    } catch (error) {
      const e = error as { message?: unknown; hash?: unknown; str?: unknown };
      return { error: String(e?.message ?? e?.str ?? error), hash: e?.hash ?? null };
    }
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    const svg = host.querySelector('svg');
    if (!svg) return { error: 'Mermaid produced no SVG', hash: null };
    trees.push(svg);
  }
  const [svg, darkSvg] = trees as [SVGSVGElement, SVGSVGElement];
  const elements = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const darkElements = [darkSvg, ...Array.from(darkSvg.querySelectorAll('*'))];
  if (elements.length !== darkElements.length || elements.some((e, i) => e.tagName !== darkElements[i]?.tagName)) {
    return { error: 'the light and dark renderings differ in structure; report this diagram as a bug', hash: null };
  }

  const INHERITED = [
    'fill',
    'fill-opacity',
    'fill-rule',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'stroke-dashoffset',
    'stroke-linecap',
    'stroke-linejoin',
    'stroke-miterlimit',
    'stroke-opacity',
    'font-family',
    'font-size',
    'font-style',
    'font-weight',
    'text-anchor',
    'dominant-baseline',
    'letter-spacing',
    'visibility',
  ];
  const THEMED: Record<string, string> = { fill: 'f', stroke: 's' };
  const OWN: Record<string, string> = { opacity: '1', display: 'inline', 'alignment-baseline': 'auto', 'text-decoration-line': 'none' };
  const token = (value: string): string => {
    const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
    if (!m) return value;
    const hex = '#' + [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
    if (m[4] === undefined || m[4] === '1') return hex;
    return m[4] === '0'
      ? 'transparent'
      : hex +
          Math.round(Number(m[4]) * 255)
            .toString(16)
            .padStart(2, '0');
  };
  const snapshot = (list: Element[]): Map<Element, Record<string, string>> => {
    const map = new Map<Element, Record<string, string>>();
    for (const element of list) {
      const style = getComputedStyle(element);
      const snap: Record<string, string> = {};
      for (const name of [...INHERITED, ...Object.keys(OWN)]) snap[name] = token(style.getPropertyValue(name));
      map.set(element, snap);
    }
    return map;
  };
  const lightSnaps = snapshot(elements);
  const darkSnaps = snapshot(darkElements);
  const plain = (value: string): string => value.replace(/^#/, '');

  elements.forEach((element, index) => {
    const snap = lightSnaps.get(element) ?? {};
    const darkSnap = darkSnaps.get(darkElements[index] as Element) ?? {};
    const parent = element === svg ? undefined : lightSnaps.get(element.parentElement as Element);
    const darkParent = element === svg ? undefined : darkSnaps.get(darkElements[index]?.parentElement as Element);
    const themed: string[] = [];
    for (const name of INHERITED) {
      const value = snap[name];
      if (!value) continue;
      const darkValue = darkSnap[name] ?? value;
      const sameAsParent = parent !== undefined && parent[name] === value && darkParent?.[name] === darkValue;
      if (sameAsParent) continue;
      element.setAttribute(name, value);
      const prefix = THEMED[name];
      if (prefix && darkValue !== value) themed.push(`${prefix}-${plain(value)}-${plain(darkValue)}`);
    }
    for (const [name, initial] of Object.entries(OWN)) {
      const value = snap[name];
      if (!value || value === initial || (name === 'display' && value !== 'none')) continue;
      element.setAttribute(name === 'text-decoration-line' ? 'text-decoration' : name, value);
    }
    for (const attribute of element.getAttributeNames()) {
      // Mermaid's classes, inline styles and data-* (edge points as base64) are dead weight here.
      if (attribute === 'style' || attribute === 'class' || attribute.startsWith('data-')) element.removeAttribute(attribute);
    }
    if (themed.length > 0) element.setAttribute('class', themed.join(' '));
  });
  svg.querySelectorAll('style').forEach((style) => style.remove());

  // Renumber the ids something points at; drop the rest.
  const referenced = new Set<string>();
  const refAttributes = [
    'href',
    'xlink:href',
    'aria-labelledby',
    'aria-describedby',
    'marker-start',
    'marker-mid',
    'marker-end',
    'clip-path',
    'mask',
    'filter',
    'fill',
    'stroke',
  ];
  const URL_REF = /url\(["']?[^#)"']*#([^)"']+)["']?\)/g;
  for (const element of elements) {
    for (const name of refAttributes) {
      const value = element.getAttribute(name);
      if (!value) continue;
      for (const m of value.matchAll(URL_REF)) referenced.add(m[1] ?? '');
      if (value.startsWith('#')) referenced.add(value.slice(1));
      if (name.startsWith('aria-')) value.split(/\s+/).forEach((id) => referenced.add(id));
    }
  }
  const renamed = new Map<string, string>();
  for (const element of Array.from(svg.querySelectorAll('[id]'))) {
    if (referenced.has(element.id)) {
      const next = `${placeholder}-${renamed.size}`;
      renamed.set(element.id, next);
      element.id = next;
    } else element.removeAttribute('id');
  }
  for (const element of elements) {
    for (const name of refAttributes) {
      const value = element.getAttribute(name);
      if (!value) continue;
      let replaced = value.replace(URL_REF, (whole, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : whole));
      if (replaced.startsWith('#') && renamed.has(replaced.slice(1))) replaced = `#${renamed.get(replaced.slice(1))}`;
      if (name.startsWith('aria-'))
        replaced = replaced
          .split(/\s+/)
          .map((id) => renamed.get(id) ?? id)
          .join(' ');
      element.setAttribute(name, replaced);
    }
  }

  const viewBox =
    svg
      .getAttribute('viewBox')
      ?.split(/[\s,]+/)
      .map(Number) ?? [];
  svg.removeAttribute('id');
  svg.removeAttribute('aria-roledescription');
  svg.setAttribute('role', 'img');
  if (viewBox.length === 4) {
    svg.setAttribute('width', String(Math.ceil(viewBox[2] ?? 0)));
    svg.setAttribute('height', String(Math.ceil(viewBox[3] ?? 0)));
  }
  return { svg: svg.outerHTML };
}
