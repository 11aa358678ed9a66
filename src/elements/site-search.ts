/**
 * <site-search>: the header's search. A button (or the `/` key) opens a dialog; the Pagefind index,
 * built with the site, is loaded the first time it opens and never before. Results name the page
 * and the sections that match; excerpts are built as text and <mark> elements, never as HTML.
 */

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 8;
const MAX_SECTIONS = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Pagefind's excerpt (escaped text with <mark> around hits) as safe nodes. */
function excerpt(html: string): HTMLElement {
  const out = el('p', undefined, 'search-excerpt');
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  for (const node of parsed?.childNodes ?? [])
    out.append(node.nodeName === 'MARK' ? el('mark', node.textContent ?? '') : (node.textContent ?? ''));
  return out;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #query = 0;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!dialog || !input) return;
    this.querySelector('.search-open')?.addEventListener('click', () => this.#open(dialog, input));
    this.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    input.addEventListener('input', () => void this.#search(input.value));
    // In a search field Escape first clears the text; here it closes the dialog, as everywhere else.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || dialog.open) return;
      const target = event.composedPath()[0];
      if (target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      this.#open(dialog, input);
    });
  }

  #open(dialog: HTMLDialogElement, input: HTMLInputElement): void {
    dialog.showModal();
    input.focus();
    input.select();
    this.#load().catch(() => undefined);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const base = this.dataset['bundle'] ?? '/pagefind/';
      const module = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: this.dataset['base'] ?? '/' });
      return module;
    })();
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  async #search(term: string): Promise<void> {
    const query = ++this.#query;
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (!status || !list) return;
    if (term.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      status.textContent = 'Search is not available here: the index is built with the site (npm run build).';
      return;
    }
    const found = await pagefind.debouncedSearch(term, {}, 150);
    if (!found || query !== this.#query) return;
    const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (query !== this.#query) return;
    status.textContent =
      found.results.length === 0
        ? `No results for “${term}”.`
        : `${found.results.length} page${found.results.length === 1 ? '' : 's'} found.`;
    list.replaceChildren(
      ...results.map((result) => {
        const item = el('li', undefined, 'search-result');
        const link = el('a', result.meta.title ?? result.url);
        link.href = result.url;
        item.append(link);
        const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, MAX_SECTIONS);
        if (sections.length === 0) item.append(excerpt(result.excerpt));
        else {
          const subs = el('ul', undefined, 'search-sections');
          for (const sub of sections) {
            const li = el('li');
            const a = el('a', sub.title);
            a.href = sub.url;
            li.append(a, excerpt(sub.excerpt));
            subs.append(li);
          }
          item.append(subs);
        }
        return item;
      }),
    );
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
