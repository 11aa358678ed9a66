/** <toc-spy>: marks the table-of-contents link of the section being read with aria-current. */
class TocSpy extends HTMLElement {
  connectedCallback(): void {
    const links = new Map<string, HTMLAnchorElement>();
    for (const link of Array.from(this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))) {
      links.set(decodeURIComponent(link.hash.slice(1)), link);
    }
    const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0 || !('IntersectionObserver' in window)) return;
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        const current = headings.find((h) => visible.has(h.id))?.id;
        if (!current) return;
        for (const [id, link] of links) {
          if (id === current) link.setAttribute('aria-current', 'true');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    headings.forEach((heading) => observer.observe(heading));
  }
}

customElements.define('toc-spy', TocSpy);
