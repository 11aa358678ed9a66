/// <reference lib="webworker" />
/**
 * The presenter pages' service worker: keeps what the pages ask it to (the slides, the notes, their
 * files) and serves it when the network is gone, so a session survives a dropped connection.
 */
const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = 'sidecar-academy-present-v1';

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('message', (event) => {
  const data = event.data as { kind?: unknown; urls?: unknown };
  if (data?.kind !== 'precache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url): url is string => typeof url === 'string' && url.startsWith(worker.location.origin)).slice(0, 200);
  // One by one, not addAll: addAll stores nothing when any one file fails, and a session should
  // keep every slide it could get.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.allSettled(urls.map((url) => cache.add(url))))
      .catch(() => undefined),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(worker.location.origin)) return;
  // Network first, so edits show up; the cache when the network fails.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()),
  );
});
