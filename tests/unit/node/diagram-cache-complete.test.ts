/**
 * The diagram cache is committed so that a fresh clone builds without a browser: it must hold
 * every diagram the lessons use, and nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMermaidFences, readDiagramSource } from '../../../src/lib/diagram/index.ts';
import { diagramKey, staleCacheFiles } from '../../../src/node/diagram-cache.ts';
import { readLessonFiles } from '../../../src/node/lesson-files.ts';
import { mermaidVersion } from '../../../src/node/mermaid-renderer.ts';

describe.each([
  { lessons: 'content/lessons', cache: 'content/diagram-cache' },
  { lessons: 'tests/fixtures/lessons', cache: 'tests/fixtures/diagram-cache' },
])('the diagram cache of $lessons', ({ lessons, cache }) => {
  const used = new Set<string>();
  const missing: string[] = [];
  for (const lesson of readLessonFiles(lessons)) {
    for (const fence of extractMermaidFences(readFileSync(lesson.file, 'utf8'))) {
      const key = diagramKey(readDiagramSource(fence.source).text, mermaidVersion());
      used.add(key);
      if (!existsSync(join(cache, `${key}.json`))) missing.push(`${lesson.file}:${fence.line}`);
    }
  }

  it('holds every diagram the lessons use (run `npm run build` and commit the new files)', () => {
    expect(missing).toEqual([]);
  });

  it('holds nothing else (run `npm run diagrams:prune`)', () => {
    expect(staleCacheFiles(cache, used)).toEqual([]);
  });
});
