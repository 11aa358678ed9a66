/**
 * <did-you-mean>: on the 404 page, suggests the lesson whose id is closest to the mistyped URL.
 * The URL is untrusted: it is only compared, never written into the page.
 */
import { closestMatch } from '../lib/text/index.ts';

class DidYouMean extends HTMLElement {
  connectedCallback(): void {
    const links = new Map<string, HTMLAnchorElement>();
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-suggest]'))) {
      links.set(link.dataset['suggest'] ?? '', link);
    }
    const segments = window.location.pathname.split('/').filter(Boolean);
    let wanted = '';
    try {
      wanted = decodeURIComponent(segments[segments.length - 1] ?? '').toLowerCase();
    } catch {
      return;
    }
    const match = wanted ? closestMatch(wanted, links.keys()) : undefined;
    const link = match ? links.get(match) : undefined;
    if (!link) return;
    const suggestion = document.createElement('a');
    suggestion.href = link.href;
    suggestion.textContent = link.textContent;
    this.replaceChildren('Did you mean ', suggestion, '?');
    this.hidden = false;
  }
}

customElements.define('did-you-mean', DidYouMean);
