/**
 * The traffic graph: Mermaid is fetched the first time the graph is shown (never on page load),
 * renders in strict mode with SVG text labels, and its output is moved into a shadow root without
 * tripping the page's Content-Security-Policy (see csp-safe-svg.ts). The same graph in sentences sits beside
 * it for screen readers, and stands in if Mermaid cannot load.
 */
import { DIAGRAM_THEMES, MERMAID_CONFIG } from '../../lib/diagram/mermaid-config.ts';
import type { TrafficGraph } from '../../lib/mesh/graph/index.ts';
import { cspSafe, mountSvg } from './csp-safe-svg.ts';
import { el } from './dom.ts';

type Mermaid = { initialize(config: Record<string, unknown>): void; render(id: string, text: string): Promise<{ svg: string }> };

let loading: Promise<Mermaid> | undefined;
let renders = 0;

function isDark(): boolean {
  const chosen = document.documentElement.dataset['theme'];
  return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Draws the graph in `root` (a container with `.pg-graph-view` and `.pg-graph-summary` inside). */
export class GraphView {
  readonly #view: HTMLElement;
  readonly #summary: HTMLElement;
  readonly #status: HTMLElement;
  #graph: TrafficGraph | undefined;
  #drawn: string | undefined;

  readonly #mermaidUrl: string;

  constructor(root: HTMLElement, mermaidUrl: string) {
    this.#mermaidUrl = mermaidUrl;
    this.#status = el('p', undefined, 'pg-graph-status');
    this.#status.setAttribute('role', 'status');
    this.#view = el('div', undefined, 'pg-graph-view');
    this.#view.setAttribute('role', 'img');
    this.#summary = el('div', undefined, 'pg-graph-summary');
    // The graph grows sideways; on a wide screen the results can take the whole width below the editor.
    const wide = el('button', 'Full width', 'pg-tab-action pg-wide-toggle');
    wide.type = 'button';
    wide.setAttribute('aria-pressed', 'false');
    wide.addEventListener('click', () => {
      const on = wide.getAttribute('aria-pressed') !== 'true';
      wide.setAttribute('aria-pressed', String(on));
      root.closest('.pg-workspace')?.classList.toggle('pg-wide', on);
    });
    root.append(wide, this.#status, this.#view, this.#summary);
    new MutationObserver(() => this.#redraw()).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.#redraw());
  }

  #redraw(): void {
    this.#drawn = undefined;
    if (this.#graph && this.#view.isConnected && !this.#view.closest('[hidden]')) void this.show(this.#graph);
  }

  /** Shows a graph: the sentences at once, the drawing once Mermaid has loaded. */
  async show(graph: TrafficGraph): Promise<void> {
    this.#graph = graph;
    const list = el('ul');
    list.append(...graph.summary.map((sentence) => el('li', sentence)));
    this.#summary.replaceChildren(el('h3', 'The graph in words'), list);
    const key = `${isDark() ? 'dark' : 'light'}\n${graph.mermaid}`;
    if (key === this.#drawn) return;
    this.#view.setAttribute(
      'aria-label',
      graph.empty ? 'No traffic to draw' : `Traffic graph with ${graph.nodes} nodes; described in words below`,
    );
    if (graph.empty) {
      this.#drawn = key;
      this.#view.replaceChildren();
      this.#status.textContent = 'Nothing to draw yet: add a Gateway, VirtualService, DestinationRule, Service or workload.';
      return;
    }
    this.#status.textContent = 'Drawing the graph…';
    try {
      // Mermaid's own prebuilt module, copied into the site by the build (see src/node/vendor-mermaid.ts).
      loading ??= import(/* @vite-ignore */ this.#mermaidUrl).then((module: { default: Mermaid }) => module.default);
      const mermaid = await loading;
      mermaid.initialize({
        ...MERMAID_CONFIG,
        deterministicIds: false,
        themeVariables: DIAGRAM_THEMES[isDark() ? 'dark' : 'light'],
      });
      const { value, css } = await cspSafe(() => mermaid.render(`pg-graph-${++renders}`, graph.mermaid));
      if (this.#graph !== graph) return;
      mountSvg(this.#view.shadowRoot ?? this.#view.attachShadow({ mode: 'open' }), value.svg, css);
      this.#drawn = key;
      this.#status.textContent =
        graph.missing > 0
          ? `Graph updated; ${graph.missing} dangling reference${graph.missing === 1 ? '' : 's'} drawn with dashed borders.`
          : 'Graph updated.';
    } catch (error) {
      const unloaded =
        loading !== undefined &&
        (await loading.then(
          () => false,
          () => true,
        ));
      loading = undefined;
      // Mermaid is fetched on demand and kept for offline use only once it has been fetched.
      this.#status.textContent = unloaded
        ? 'The drawing library could not be loaded: you may be offline (it is kept for offline use once a graph has been drawn online). The description below says the same.'
        : `The drawing could not be made (${String(error).slice(0, 200)}); the description below says the same.`;
    }
  }
}
