/**
 * Code that runs inside the headless browser page: render one diagram with Mermaid, then make
 * the SVG self-contained. A strict CSP refuses the `<style>` element and `style` attributes that
 * Mermaid emits, so every style the browser computed is written back as an SVG presentation
 * attribute (only where it differs from what the element inherits), ids are renumbered behind a
 * placeholder so several diagrams can share a page, and the root becomes an accessible image.
 * Everything here must be self-contained: Playwright sends the function's source to the page.
 */

/** Arguments for `renderInPage`. */
export interface PageRenderArgs {
  source: string;
  config: Record<string, unknown>;
  placeholder: string;
}

/** What the page returns: a flattened SVG, or the parser's error. */
export type PageRenderResult = { svg: string } | { error: string; hash: unknown };

/** Renders and flattens one diagram in the page; sent to the browser by `page.evaluate`. */
export async function renderInPage({ source, config, placeholder }: PageRenderArgs): Promise<PageRenderResult> {
  type Mermaid = {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string): Promise<{ svg: string }>;
  };
  const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  mermaid.initialize(config);
  let svgText: string;
  try {
    svgText = (await mermaid.render('mmd', source)).svg;
  } catch (error) {
    const e = error as { message?: unknown; hash?: unknown; str?: unknown };
    return { error: String(e?.message ?? e?.str ?? error), hash: e?.hash ?? null };
  }
  const host = document.createElement('div');
  host.innerHTML = svgText;
  document.body.replaceChildren(host);
  const svg = host.querySelector('svg');
  if (!svg) return { error: 'Mermaid produced no SVG', hash: null };

  const INHERITED = [
    'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset',
    'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'font-family', 'font-size',
    'font-style', 'font-weight', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'visibility',
  ];
  const OWN: Record<string, string> = { opacity: '1', display: 'inline', 'alignment-baseline': 'auto', 'text-decoration-line': 'none' };
  const toHex = (value: string): string => {
    const m = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
    if (!m) return value;
    const hex = '#' + [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
    if (m[4] === undefined || m[4] === '1') return hex;
    return m[4] === '0' ? 'transparent' : hex + Math.round(Number(m[4]) * 255).toString(16).padStart(2, '0');
  };
  const elements = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const snapshots = new Map<Element, Record<string, string>>();
  for (const element of elements) {
    const style = getComputedStyle(element);
    const snap: Record<string, string> = {};
    for (const name of [...INHERITED, ...Object.keys(OWN)]) snap[name] = toHex(style.getPropertyValue(name));
    snapshots.set(element, snap);
  }
  for (const element of elements) {
    const snap = snapshots.get(element) ?? {};
    const parent = element === svg ? undefined : snapshots.get(element.parentElement as Element);
    for (const name of INHERITED) {
      const value = snap[name];
      if (value && (!parent || parent[name] !== value)) element.setAttribute(name, value);
    }
    for (const [name, initial] of Object.entries(OWN)) {
      const value = snap[name];
      if (!value || value === initial || (name === 'display' && value !== 'none')) continue;
      element.setAttribute(name === 'text-decoration-line' ? 'text-decoration' : name, value);
    }
    element.removeAttribute('style');
    element.removeAttribute('class');
    // Mermaid's data-* attributes (edge points as base64, ids) are for its own scripts: dead weight here.
    for (const name of element.getAttributeNames()) if (name.startsWith('data-')) element.removeAttribute(name);
  }
  svg.querySelectorAll('style').forEach((style) => style.remove());

  // Renumber the ids something points at; drop the rest.
  const referenced = new Set<string>();
  const refAttributes = ['href', 'xlink:href', 'aria-labelledby', 'aria-describedby', 'marker-start', 'marker-mid', 'marker-end', 'clip-path', 'mask', 'filter', 'fill', 'stroke'];
  for (const element of elements) {
    for (const name of refAttributes) {
      const value = element.getAttribute(name);
      if (!value) continue;
      for (const m of value.matchAll(/url\(["']?[^#)"']*#([^)"']+)["']?\)|^#(.+)$/g)) referenced.add(m[1] ?? m[2] ?? '');
      if (name.startsWith('aria-')) value.split(/\s+/).forEach((id) => referenced.add(id));
    }
  }
  const renamed = new Map<string, string>();
  for (const element of Array.from(svg.querySelectorAll('[id]'))) {
    const id = element.id;
    if (referenced.has(id)) {
      const next = `${placeholder}-${renamed.size}`;
      renamed.set(id, next);
      element.id = next;
    } else element.removeAttribute('id');
  }
  for (const element of elements) {
    for (const name of refAttributes) {
      const value = element.getAttribute(name);
      if (!value) continue;
      const replaced = value
        .replace(/url\(["']?[^#)"']*#([^)"']+)["']?\)/g, (whole, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : whole))
        .replace(/^#(.+)$/, (whole, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : whole))
        .split(' ')
        .map((id) => (name.startsWith('aria-') ? (renamed.get(id) ?? id) : id))
        .join(' ');
      element.setAttribute(name, replaced);
    }
  }

  const viewBox = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number) ?? [];
  svg.removeAttribute('id');
  svg.removeAttribute('aria-roledescription');
  svg.setAttribute('role', 'img');
  if (viewBox.length === 4) {
    svg.setAttribute('width', String(Math.ceil(viewBox[2] ?? 0)));
    svg.setAttribute('height', String(Math.ceil(viewBox[3] ?? 0)));
  }
  return { svg: svg.outerHTML };
}
