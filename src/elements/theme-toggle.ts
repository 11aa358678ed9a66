/** <theme-toggle>: a pressed/unpressed "Dark theme" button that follows the system until used. */
import { parseTheme, THEME_KEY, type Theme } from '../lib/site/theme.ts';
import { readStored, writeStored } from './storage.ts';

const media = window.matchMedia('(prefers-color-scheme: dark)');
const systemTheme = (): Theme => (media.matches ? 'dark' : 'light');

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = (): void => {
      const theme = parseTheme(document.documentElement.dataset['theme']) ?? systemTheme();
      button.setAttribute('aria-pressed', String(theme === 'dark'));
    };
    button.addEventListener('click', () => {
      const current = parseTheme(document.documentElement.dataset['theme']) ?? systemTheme();
      const next: Theme = current === 'dark' ? 'light' : 'dark';
      // A choice equal to the system's is no choice: keep following the system from now on.
      if (next === systemTheme()) {
        delete document.documentElement.dataset['theme'];
        writeStored(THEME_KEY, null);
      } else {
        document.documentElement.dataset['theme'] = next;
        writeStored(THEME_KEY, next);
      }
      sync();
    });
    media.addEventListener('change', sync);
    window.addEventListener('storage', (event) => {
      if (event.key !== THEME_KEY) return;
      const stored = parseTheme(readStored(THEME_KEY));
      if (stored) document.documentElement.dataset['theme'] = stored;
      else delete document.documentElement.dataset['theme'];
      sync();
    });
    sync();
  }
}

customElements.define('theme-toggle', ThemeToggle);
