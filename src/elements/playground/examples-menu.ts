/**
 * The examples menu: a disclosure button over a panel that fetches the examples (built into
 * examples.json with the site) the first time it opens, grouped by kind, with the course's
 * "spot the problem" exercises and the scenarios first. Choosing one opens its files.
 */
import type { ExamplesFile } from '../../lib/playground/examples.ts';
import type { PlaygroundTab } from '../../lib/playground/share.ts';
import { button, el } from './dom.ts';

const LABEL = { clean: 'Clean', broken: 'Broken', exercise: 'Exercise' } as const;

/** Wires the menu inside `root` (a `.pg-examples` holding a toggle button and a panel). */
export class ExamplesMenu {
  readonly #toggle: HTMLButtonElement;
  readonly #panel: HTMLElement;
  #loaded = false;

  constructor(root: HTMLElement, url: string, open: (tabs: PlaygroundTab[], title: string) => void) {
    this.#toggle = root.querySelector('button') ?? button('Examples');
    this.#panel = root.querySelector('.pg-examples-panel') ?? el('div');
    this.#toggle.addEventListener('click', () => void this.#flip(url, open));
    this.#panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      this.#close();
      this.#toggle.focus();
    });
  }

  #close(): void {
    this.#panel.hidden = true;
    this.#toggle.setAttribute('aria-expanded', 'false');
  }

  async #flip(url: string, open: (tabs: PlaygroundTab[], title: string) => void): Promise<void> {
    if (!this.#panel.hidden) return this.#close();
    this.#panel.hidden = false;
    this.#toggle.setAttribute('aria-expanded', 'true');
    if (this.#loaded) return;
    this.#panel.replaceChildren(el('p', 'Loading the examples…'));
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = (await response.json()) as ExamplesFile;
      this.#loaded = true;
      this.#panel.replaceChildren(
        ...file.groups.map((group) => {
          const section = el('section', undefined, 'pg-example-group');
          section.append(el('h3', group.title));
          const list = el('ul');
          list.append(
            ...group.examples.map((example) => {
              const item = el('li');
              const choose = button('', `pg-example pg-example-${example.variant}`);
              choose.append(el('span', LABEL[example.variant], 'pg-example-variant'), el('span', example.title));
              choose.addEventListener('click', () => {
                this.#close();
                open(example.tabs, example.title);
              });
              item.append(choose);
              return item;
            }),
          );
          section.append(list);
          return section;
        }),
      );
      this.#panel.querySelector<HTMLButtonElement>('button')?.focus();
    } catch (error) {
      this.#panel.replaceChildren(
        el('p', `The examples could not be loaded (${String(error).slice(0, 120)}). Check your connection and try again.`),
      );
    }
  }
}
