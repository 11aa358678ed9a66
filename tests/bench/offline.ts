/** What the service worker downloads when it installs: files and bytes, raw and as a server would send them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { offlineManifest } from '../../src/node/offline-build.ts';

/** The install-time store of a built site. */
export interface OfflineStore {
  files: number;
  raw: number;
  /** Text brotli-compressed as our server sends it; Pagefind's files are compressed already. */
  brotli: number;
}

/** Measures the store for a site built under `base`. */
export function offlineStore(dir: string, base = '/'): OfflineStore {
  const { urls } = offlineManifest(dir, base);
  let raw = 0;
  let brotli = 0;
  for (const url of urls) {
    const path = url.slice(base.length) + (url.endsWith('/') ? 'index.html' : '');
    const bytes = readFileSync(join(dir, path));
    raw += bytes.length;
    brotli += /\.(?:html|css|js|json|svg)$/.test(path) ? brotliCompressSync(bytes).length : bytes.length;
  }
  return { files: urls.length, raw, brotli };
}
