/**
 * The result views beside the editor (Problems, Sidecar injection, Traffic graph) as an ARIA
 * tablist over panels the page renders: arrow keys, Home and End move between them.
 */

/** Which view is shown. */
export type ResultView = 'problems' | 'injection' | 'graph';

/** Wires the tabs inside `root` (buttons with data-view, panels with matching ids). */
export class ResultViews {
  #current: ResultView = 'problems';
  readonly #tabs: HTMLButtonElement[];

  constructor(root: HTMLElement, onShow: (view: ResultView) => void) {
    this.#tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"][data-view]')];
    const show = (tab: HTMLButtonElement, focus: boolean): void => {
      for (const other of this.#tabs) {
        const selected = other === tab;
        other.setAttribute('aria-selected', String(selected));
        other.tabIndex = selected ? 0 : -1;
        const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
        if (panel) panel.hidden = !selected;
      }
      if (focus) tab.focus();
      this.#current = tab.dataset['view'] as ResultView;
      onShow(this.#current);
    };
    this.#tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => show(tab, false));
      tab.addEventListener('keydown', (event) => {
        const last = this.#tabs.length - 1;
        const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
        if (target === undefined) return;
        event.preventDefault();
        const next = this.#tabs[target < 0 ? last : target > last ? 0 : target];
        if (next) show(next, true);
      });
    });
  }

  get current(): ResultView {
    return this.#current;
  }
}
