/** Small DOM helpers for the playground: every text goes in as textContent, never as HTML. */

/** A new element with optional text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A button of type "button". */
export function button(text: string, className?: string): HTMLButtonElement {
  const node = el('button', text, className);
  node.type = 'button';
  return node;
}

/** The element matching `selector` inside `root`; a missing one is a page bug, reported loudly. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`playground: missing ${selector}`);
  return found as T;
}

/** "1 error", "2 warnings" */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
