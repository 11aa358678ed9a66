/**
 * Diagrams by content hash: a cached SVG pair is used as is; a new or changed diagram is rendered
 * once and written to the cache, which lives in the repository so that a fresh clone builds
 * without a browser as long as no diagram changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMermaidRenderer, DIAGRAM_THEMES, mermaidVersion, type MermaidRenderer, type RenderOutcome } from './mermaid-renderer.ts';

/** Bump when the post-processing of SVG changes, so every cached diagram is drawn again. */
export const RENDER_FORMAT = 2;

/** Where the cache lives unless DIAGRAM_CACHE_DIR says otherwise. */
export const DEFAULT_CACHE_DIR = 'content/diagram-cache';

/** One cache file. */
export interface CachedDiagram {
  key: string;
  mermaid: string;
  source: string;
  svg: string;
}

/** The cache key of a diagram: its source, the Mermaid version, the themes and our format. */
export function diagramKey(source: string, version: string): string {
  const input = JSON.stringify({ format: RENDER_FORMAT, mermaid: version, themes: DIAGRAM_THEMES, source });
  return createHash('sha256').update(input).digest('hex').slice(0, 20);
}

/** Counters for the build log and the bench report. */
export interface DiagramStats {
  cached: number;
  rendered: number;
  /** Wall-clock time while at least one diagram was rendering (renders overlap: summing them would overcount). */
  renderMs: number;
}

/** Looks diagrams up in the cache and renders the missing ones. */
export interface DiagramService {
  get(source: string): Promise<RenderOutcome & { key: string }>;
  stats(): DiagramStats;
  /** Keys of every diagram asked for since start, to find stale cache files. */
  used(): ReadonlySet<string>;
  close(): Promise<void>;
}

/** A service over `cacheDir`, with a renderer that starts a browser only when a diagram is missing. */
export function createDiagramService(
  cacheDir: string = process.env['DIAGRAM_CACHE_DIR'] ?? DEFAULT_CACHE_DIR,
  renderer: MermaidRenderer = createMermaidRenderer(),
): DiagramService {
  const dir = resolve(cacheDir);
  const version = mermaidVersion();
  const stats: DiagramStats = { cached: 0, rendered: 0, renderMs: 0 };
  const used = new Set<string>();
  const inFlight = new Map<string, Promise<RenderOutcome & { key: string }>>();
  let rendering = 0;
  let busySince = 0;

  const read = (key: string): CachedDiagram | undefined => {
    try {
      const entry = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CachedDiagram;
      return entry.key === key && typeof entry.svg === 'string' ? entry : undefined;
    } catch {
      return undefined;
    }
  };

  const write = (entry: CachedDiagram): void => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${entry.key}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(entry, null, 1)}\n`);
    renameSync(temporary, file);
  };

  const lookup = async (source: string, key: string): Promise<RenderOutcome & { key: string }> => {
    const cached = read(key);
    if (cached) {
      stats.cached++;
      return { ok: true, key, diagram: { svg: cached.svg } };
    }
    if (rendering++ === 0) busySince = performance.now();
    const outcome = await renderer.render(source, key).finally(() => {
      if (--rendering === 0) stats.renderMs += performance.now() - busySince;
    });
    if (outcome.ok) {
      stats.rendered++;
      write({ key, mermaid: version, source, svg: outcome.diagram.svg });
    }
    return { ...outcome, key };
  };

  return {
    get(source) {
      const key = diagramKey(source, version);
      used.add(key);
      let pending = inFlight.get(key);
      if (!pending) {
        pending = lookup(source, key);
        inFlight.set(key, pending);
        const forget = (): void => void inFlight.delete(key);
        pending.then(forget, forget);
      }
      return pending;
    },
    stats: () => ({ ...stats }),
    used: () => used,
    close: () => renderer.close(),
  };
}

/** Cache files whose key is not in `used`. */
export function staleCacheFiles(cacheDir: string, used: ReadonlySet<string>): string[] {
  let files: string[];
  try {
    files = readdirSync(resolve(cacheDir));
  } catch {
    return [];
  }
  return files.filter((file) => file.endsWith('.json') && !used.has(file.slice(0, -'.json'.length))).map((file) => join(cacheDir, file));
}
