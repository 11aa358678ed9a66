/** The reader's theme choice: stored only when it differs from the system's. */

/** localStorage key of an explicit theme choice. */
export const THEME_KEY = 'sidecar-academy:theme';

/** A theme the reader can pick. */
export type Theme = 'light' | 'dark';

/** Reads a stored value; anything but "light" or "dark" means "follow the system". */
export function parseTheme(value: string | null | undefined): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/**
 * The script inlined at the top of every page, before any CSS paints: it applies a stored choice
 * so the page never flashes the other theme, and marks the page as scripted (data-js) so controls
 * that need a script show from the first paint. Tiny and dependency-free on purpose; its hash goes
 * into the Content-Security-Policy.
 */
export function themeInitScript(): string {
  // ?theme=light|dark (embedded quizzes) wins over a stored choice; nothing else from the URL is read.
  return `var d=document.documentElement;d.dataset.js="";var q=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);try{var t=q?q[1]:localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){if(q)d.dataset.theme=q[1]}`;
}
