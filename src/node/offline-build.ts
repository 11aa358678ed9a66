/** Build step: the site's service worker at <base>sw.js, with the list of files it stores at install. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { offlineUrls, type OfflineManifest } from '../lib/offline/index.ts';
import { bundleScript } from './inline-page.ts';

const ENTRY = 'src/embed/offline-sw.ts';
/** Where the worker is written, relative to the build output (its scope is the whole site). */
export const WORKER = 'sw.js';

/**
 * Earlier builds registered a worker for the presenter pages alone at present/sw.js. A browser keeps
 * such a registration, and its narrower scope would win over the site's worker, so the old address
 * now serves a worker that unregisters itself and hands the pages back.
 */
export const RETIRED_WORKERS = ['present/sw.js'];
const RETIRE =
  "self.addEventListener('install',()=>self.skipWaiting());self.addEventListener('activate',(e)=>e.waitUntil(self.registration.unregister()));\n";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The manifest for a built site: what to store, and a version that changes whenever any of it does. */
export function offlineManifest(outDir: string, base: string): OfflineManifest {
  const all = files(outDir);
  const urls = offlineUrls(all, base);
  const hash = createHash('sha256');
  // Hashing every file, not just the stored ones: a changed rule page must also reach readers who kept it.
  for (const file of all.filter((name) => name !== WORKER && !RETIRED_WORKERS.includes(name)).sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)));
  return { version: hash.digest('hex').slice(0, 12), urls };
}

/** The service worker with a manifest built in (the bytes change with the site, so browsers update it). */
export function buildOfflineWorker(manifest: OfflineManifest): Promise<string> {
  return bundleScript(ENTRY, { OFFLINE_MANIFEST: JSON.stringify(manifest) });
}

/** Writes <outDir>/sw.js (and the retired workers' replacements); run last, after the search index exists. */
export async function writeOfflineWorker(outDir: string, base: string): Promise<OfflineManifest> {
  const manifest = offlineManifest(outDir, base);
  writeFileSync(join(outDir, WORKER), await buildOfflineWorker(manifest));
  for (const retired of RETIRED_WORKERS) {
    mkdirSync(dirname(join(outDir, retired)), { recursive: true });
    writeFileSync(join(outDir, retired), RETIRE);
  }
  return manifest;
}
