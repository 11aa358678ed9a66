/**
 * The playground's file tabs: an ARIA tablist (arrow keys, Home, End), a new-file button, and
 * rename (F2 or the Rename button: an inline text field, Enter to keep, Escape to cancel) and close
 * (Delete or the Close button) for the selected tab.
 */
import { button, el } from './dom.ts';

/** What the tabs ask of the playground. */
export interface FileTabsHost {
  select(index: number): void;
  add(): void;
  close(index: number): void;
  /** Renames a tab; returns why the name is refused, or undefined once renamed. */
  rename(index: number, name: string): string | undefined;
}

/** The tab strip above the editor. */
export class FileTabs {
  readonly #list: HTMLElement;
  readonly #host: FileTabsHost;
  readonly #panelId: string;
  readonly #message: HTMLElement;
  #names: string[] = [];
  #active = 0;

  constructor(root: HTMLElement, host: FileTabsHost, panelId: string) {
    this.#host = host;
    this.#panelId = panelId;
    this.#list = el('div', undefined, 'pg-tablist');
    this.#list.setAttribute('role', 'tablist');
    this.#list.setAttribute('aria-label', 'Files');
    const add = button('New file', 'pg-tab-action pg-add');
    const rename = button('Rename', 'pg-tab-action pg-rename');
    const close = button('Close file', 'pg-tab-action pg-close');
    add.addEventListener('click', () => host.add());
    rename.addEventListener('click', () => this.startRename(this.#active));
    close.addEventListener('click', () => host.close(this.#active));
    this.#message = el('p', undefined, 'pg-tab-message');
    this.#message.setAttribute('role', 'alert');
    const actions = el('div', undefined, 'pg-tab-actions');
    actions.append(add, rename, close);
    root.append(this.#list, actions, this.#message);
    this.#list.addEventListener('keydown', (event) => this.#onKey(event));
  }

  /** Redraws the tabs for these names with `active` selected. */
  render(names: readonly string[], active: number): void {
    this.#names = [...names];
    this.#active = active;
    this.#list.replaceChildren(
      ...names.map((name, index) => {
        const tab = button(name, 'pg-tab');
        tab.id = `pg-file-${index}`;
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(index === active));
        tab.setAttribute('aria-controls', this.#panelId);
        tab.tabIndex = index === active ? 0 : -1;
        tab.addEventListener('click', () => this.#host.select(index));
        tab.addEventListener('dblclick', () => this.startRename(index));
        return tab;
      }),
    );
    document.getElementById(this.#panelId)?.setAttribute('aria-labelledby', `pg-file-${active}`);
  }

  /** Moves keyboard focus to the selected tab. */
  focusActive(): void {
    this.#list.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }

  #onKey(event: KeyboardEvent): void {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'tab') return;
    const last = this.#names.length - 1;
    const moves: Record<string, number> = { ArrowRight: this.#active + 1, ArrowLeft: this.#active - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key] ?? 0;
      this.#host.select(next < 0 ? last : next > last ? 0 : next);
      this.focusActive();
    } else if (event.key === 'F2') {
      event.preventDefault();
      this.startRename(this.#active);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      this.#host.close(this.#active);
      this.focusActive();
    }
  }

  /** Turns tab `index` into a text field holding its name. */
  startRename(index: number): void {
    const tab = this.#list.children[index];
    const current = this.#names[index];
    if (!(tab instanceof HTMLElement) || current === undefined) return;
    const input = el('input', undefined, 'pg-tab-input');
    input.value = current;
    input.setAttribute('aria-label', `New name for ${current}`);
    input.spellcheck = false;
    tab.replaceWith(input);
    input.focus();
    input.select();
    let done = false;
    // Enter keeps, Escape cancels; leaving the field keeps a good name and drops a refused one.
    const finish = (keep: boolean, stay: boolean): void => {
      if (done) return;
      done = true;
      const problem = keep && input.value !== current ? this.#host.rename(index, input.value) : undefined;
      if (problem && stay) {
        done = false;
        this.#message.textContent = `Not renamed: ${problem}.`;
        input.focus();
        return;
      }
      this.#message.textContent = problem ? `Not renamed: ${problem}.` : '';
      if (problem || !keep || input.value === current) this.render(this.#names, this.#active);
      if (stay) this.focusActive();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Escape') {
        event.preventDefault();
        finish(event.key === 'Enter', true);
      }
    });
    input.addEventListener('blur', () => finish(true, false));
  }
}
