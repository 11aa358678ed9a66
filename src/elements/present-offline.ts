/**
 * Makes the presenter pages work offline once loaded: registers the service worker that caches
 * them, and asks it to store this page, the notes page and every file they loaded.
 */
const sw = document.body.dataset['sw'];
const scope = document.body.dataset['scope'];
if (sw && scope && 'serviceWorker' in navigator) {
  navigator.serviceWorker
    .register(sw, { scope })
    .then(async () => {
      const ready = await navigator.serviceWorker.ready;
      const urls = new Set([location.href.split('#')[0] ?? '', ...performance.getEntriesByType('resource').map((e) => e.name)]);
      for (const link of Array.from(document.querySelectorAll<HTMLElement>('[data-precache]')))
        urls.add(new URL(link.dataset['precache'] ?? '', location.href).href);
      ready.active?.postMessage({ kind: 'precache', urls: [...urls].filter((url) => url.startsWith(location.origin)) });
    })
    .catch(() => undefined);
}
