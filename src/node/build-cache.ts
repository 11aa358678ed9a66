/**
 * A small persistent cache for deterministic build work (highlighted code blocks), kept in
 * node_modules/.cache between builds. Entries are keyed by a hash of their input; the whole cache
 * is dropped when `version` changes, so a change to the code that produces entries invalidates it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where caches live unless BUILD_CACHE_DIR says otherwise (the bench empties it for cold builds). */
export const BUILD_CACHE_DIR = process.env['BUILD_CACHE_DIR'] ?? 'node_modules/.cache/sidecar-academy';

/** A keyed store that can be saved; `save` keeps only what this build used, so it never grows stale. */
export interface BuildCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  save(): void;
  stats(): { hits: number; misses: number };
}

/** Hash of any strings, for keys and versions. */
export function hashOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}

/** Opens (lazily) the cache `name` at `version`. */
export function createBuildCache<T>(name: string, version: string, dir: string = BUILD_CACHE_DIR): BuildCache<T> {
  const file = join(dir, `${name}.json`);
  let stored: Map<string, T> | undefined;
  const used = new Map<string, T>();
  let hits = 0;
  let misses = 0;
  let dirty = false;
  const load = (): Map<string, T> => {
    if (stored) return stored;
    stored = new Map();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; entries?: Record<string, T> };
      if (data.version === version && data.entries) stored = new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or a corrupt one: start empty.
    }
    return stored;
  };
  return {
    get(key) {
      const value = load().get(key);
      if (value === undefined) misses++;
      else {
        hits++;
        used.set(key, value);
      }
      return value;
    },
    set(key, value) {
      load().set(key, value);
      used.set(key, value);
      dirty = true;
    },
    save() {
      if (!dirty && used.size === load().size) return;
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version, entries: Object.fromEntries(used) }));
      renameSync(temporary, file);
      dirty = false;
    },
    stats: () => ({ hits, misses }),
  };
}
