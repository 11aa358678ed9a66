/** Reads content/glossary.yaml for the build: the entries, or the problems that make it unusable. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryEntry } from '../lib/content/glossary.ts';

/** Where the glossary lives. */
export const GLOSSARY_FILE = join('content', 'glossary.yaml');

/** The glossary's entries; a missing file is an empty glossary, a broken one a list of problems. */
export function readGlossary(root = process.cwd()): { entries: GlossaryEntry[]; problems: string[] } {
  const path = join(root, GLOSSARY_FILE);
  if (!existsSync(path)) return { entries: [], problems: [] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { entries: [], problems: [`${GLOSSARY_FILE}: ${String(error).split('\n')[0]}`] };
  }
  const result = glossarySchema.safeParse(raw);
  if (!result.success)
    return { entries: [], problems: result.error.issues.map((i) => `${GLOSSARY_FILE}: entry ${i.path.join('.')}: ${i.message}`) };
  return { entries: result.data, problems: [] };
}
