/** Reads lesson files from disk the way the content collection's glob loader sees them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LessonFile } from '../lib/content/index.ts';

/** Lesson files as the glob loader sees them: *.mdx below `dir`, skipping `_partials`. */
export function readLessonFiles(dir: string): LessonFile[] {
  const files: LessonFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx') && !entry.name.startsWith('_')) {
        files.push({
          id: relative(dir, path).replace(/\.mdx$/, ''),
          file: relative(process.cwd(), path),
          source: readFileSync(path, 'utf8'),
        });
      }
    }
  };
  walk(dir);
  return files;
}
