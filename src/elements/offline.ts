/**
 * Registers the site's service worker once the page has loaded (so it never competes with the page
 * for the network), then asks it to keep this page and every file it loaded, plus any
 * `[data-precache]` link (the presenter's notes page, say). See src/embed/offline-sw.ts.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

async function register(): Promise<void> {
  await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  const ready = await navigator.serviceWorker.ready;
  const urls = new Set([location.href.split('#')[0] ?? '', ...performance.getEntriesByType('resource').map((e) => e.name)]);
  for (const link of Array.from(document.querySelectorAll<HTMLElement>('[data-precache]')))
    urls.add(new URL(link.dataset['precache'] ?? '', location.href).href);
  ready.active?.postMessage({ kind: 'precache', urls: [...urls].filter((url) => url.startsWith(location.origin + base)) });
}

// Not in development: the dev server has no service worker and its modules change on every edit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = (): void => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
