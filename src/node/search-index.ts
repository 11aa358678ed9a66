/**
 * Builds the Pagefind index after the site: lessons, the glossary and the rule pages (each marks
 * its body with data-pagefind-body), written to <dist>/pagefind/, fetched by the search dialog on
 * first use only.
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** Indexes the built site in `dir`; returns how many pages went in. */
export async function buildSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await createIndex({ excludeSelectors: ['quiz-widget', '.quiz', '.code', '.toc', 'svg'] });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
