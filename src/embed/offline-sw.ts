/// <reference lib="webworker" />
/**
 * The site's service worker: stores the course when it installs (pages, scripts, search index; the
 * list is written into this file by the build) and every same-origin file a page loads, and serves
 * them when the network is gone, so lessons, search, the playground and a presented quiz keep working.
 */
import type { OfflineManifest } from '../lib/offline/index.ts';

declare const OFFLINE_MANIFEST: OfflineManifest;

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'sidecar-academy-';
const CACHE = `${PREFIX}${OFFLINE_MANIFEST.version}`;
const scope = new URL(worker.registration.scope);
// Built files have a content hash in their name and never change: the cache can answer first.
const immutable = new URL('_astro/', scope).href;

/** Stores each URL on its own: addAll stores nothing when any one file fails. */
async function store(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.allSettled(urls.map(async (url) => ((await cache.match(url)) ? undefined : cache.add(url))));
}

function saveData(): boolean {
  return (worker.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

worker.addEventListener('install', (event) => {
  void worker.skipWaiting();
  // A reader who asked to save data still gets the pages they visit, just not the whole course.
  if (!saveData()) event.waitUntil(store(OFFLINE_MANIFEST.urls.map((url) => new URL(url, scope).href)));
});

worker.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  ),
);

worker.addEventListener('message', (event) => {
  const data = event.data as { kind?: unknown; urls?: unknown };
  if (data?.kind !== 'precache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url): url is string => typeof url === 'string' && url.startsWith(scope.href)).slice(0, 200);
  event.waitUntil(store(urls).catch(() => undefined));
});

async function fromNetwork(request: Request): Promise<Response> {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  if (request.url.startsWith(immutable)) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fromNetwork(request)));
    return;
  }
  // Network first, so a new build shows up at once; the stored copy when the network fails.
  event.respondWith(fromNetwork(request).catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()));
});
