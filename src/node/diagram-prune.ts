/**
 * Removes diagram cache files that no lesson uses any more, so the committed cache holds exactly
 * the diagrams of the course. `npm run diagrams:prune [-- --lessons DIR --cache DIR --dry-run]`
 */
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractMermaidFences, readDiagramSource } from '../lib/diagram/index.ts';
import { DEFAULT_CACHE_DIR, diagramKey, staleCacheFiles } from './diagram-cache.ts';
import { readLessonFiles } from './lesson-files.ts';
import { mermaidVersion } from './mermaid-renderer.ts';

const { values } = parseArgs({
  options: {
    lessons: { type: 'string', default: 'content/lessons' },
    cache: { type: 'string', default: DEFAULT_CACHE_DIR },
    'dry-run': { type: 'boolean', default: false },
  },
});

const version = mermaidVersion();
const used = new Set<string>();
for (const lesson of readLessonFiles(values.lessons)) {
  for (const fence of extractMermaidFences(readFileSync(lesson.file, 'utf8')))
    used.add(diagramKey(readDiagramSource(fence.source).text, version));
}
const stale = staleCacheFiles(values.cache, used);
for (const file of stale) {
  if (!values['dry-run']) rmSync(file);
  console.log(`${values['dry-run'] ? 'would remove' : 'removed'} ${file}`);
}
console.log(`${used.size} diagram(s) in use, ${stale.length} stale cache file(s)${values['dry-run'] ? '' : ' removed'}.`);
