/**
 * Mermaid under a strict Content-Security-Policy. Mermaid writes style attributes and <style>
 * elements, and parses markup that carries them; the policy blocks all three (and logs each). While
 * Mermaid renders, style attributes are renamed in markup it parses and set through the CSSOM
 * (which the policy allows), and style sheet text is kept aside; the finished SVG then goes into a
 * shadow root with that CSS as an adopted stylesheet and its styles applied through the CSSOM.
 */

const STYLE_ATTR = 'data-pg-style';

/** Renames style attributes inside the tags of some markup, so parsing it applies no inline style. */
export function renameStyleAttributes(markup: string): string {
  return markup.replace(/<[^<>]*>/g, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${STYLE_ATTR}$2`));
}

/** Runs `work` (a Mermaid render) with the shims in place; restores everything when it settles. */
export async function cspSafe<T>(work: () => Promise<T>): Promise<{ value: T; css: string[] }> {
  const css: string[] = [];
  const setAttribute = Element.prototype.setAttribute;
  const parse = DOMParser.prototype.parseFromString;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
    if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) this.style.cssText = value;
    else setAttribute.call(this, name, value);
  };
  // DOMPurify may hand over TrustedHTML rather than a string.
  DOMParser.prototype.parseFromString = function (this: DOMParser, markup: string, type: DOMParserSupportedType): Document {
    return parse.call(this, renameStyleAttributes(String(markup)), type);
  };
  const keep = { configurable: true, get: (): string => '', set: (value: unknown): void => void css.push(String(value)) };
  const sheets = [SVGStyleElement.prototype, HTMLStyleElement.prototype];
  for (const proto of sheets) for (const property of ['textContent', 'innerHTML']) Object.defineProperty(proto, property, keep);
  try {
    return { value: await work(), css };
  } finally {
    Element.prototype.setAttribute = setAttribute;
    DOMParser.prototype.parseFromString = parse;
    for (const proto of sheets) for (const property of ['textContent', 'innerHTML']) Reflect.deleteProperty(proto, property);
  }
}

/** Puts an SVG (as text) into `shadow`: its CSS adopted, its inline styles set through the CSSOM, no event attributes. */
export function mountSvg(shadow: ShadowRoot, svgText: string, css: readonly string[]): void {
  const svg = new DOMParser().parseFromString(renameStyleAttributes(svgText), 'image/svg+xml').documentElement;
  if (svg.nodeName !== 'svg') throw new Error('Mermaid did not return an SVG');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...css, ...[...svg.querySelectorAll('style')].map((style) => style.textContent ?? '')].join('\n'));
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Mermaid's strict mode lets no script through; dropping event attributes is belt and braces.
  for (const node of [svg, ...svg.querySelectorAll('*')])
    for (const attr of [...node.attributes]) if (/^on/i.test(attr.name)) node.removeAttribute(attr.name);
  const imported = document.importNode(svg, true);
  for (const node of [imported, ...imported.querySelectorAll(`[${STYLE_ATTR}]`)]) {
    const value = node.getAttribute(STYLE_ATTR);
    node.removeAttribute(STYLE_ATTR);
    if (value && node instanceof SVGElement) node.style.cssText = value;
  }
  const base = new CSSStyleSheet();
  base.replaceSync(':host { display: block; overflow: auto; } svg { display: block; margin: 0 auto; height: auto; }');
  shadow.adoptedStyleSheets = [base, sheet];
  shadow.replaceChildren(imported);
}
