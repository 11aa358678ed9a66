/**
 * Reads a lesson file's frontmatter with positions and validates it, so that every problem
 * names the file, the line and the field, before Astro's own (position-less) validation runs.
 */
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import { closestMatch } from '../text/index.ts';
import type { ContentDiagnostic } from './diagnostic.ts';
import { knownFields, lessonSchema, type LessonData } from './lesson-schema.ts';

/** The frontmatter block of a Markdown file: its text and the line it starts on. */
export interface FrontmatterBlock {
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  startLine: number;
}

/** Finds the `---` fenced frontmatter at the very top of a file. */
export function extractFrontmatter(source: string): FrontmatterBlock | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', startLine: 2 };
}

type Position = { line: number; column: number };

function positionOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], block: FrontmatterBlock): Position {
  // Walk down as far as the path exists: for a missing field, that is the object that should hold it.
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth) as (string | number)[];
    const parentKeys = keys.slice(0, -1);
    const parent = depth === 0 ? doc.contents : doc.getIn(parentKeys, true);
    const last = keys[keys.length - 1];
    let offset: number | undefined;
    if (depth > 0 && isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last);
      if (pair && isNode(pair.key)) offset = pair.key.range?.[0];
    }
    if (offset === undefined) {
      const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
      if (isNode(node)) offset = node.range?.[0];
    }
    if (offset !== undefined) {
      const { line, col } = counter.linePos(offset);
      return { line: line + block.startLine - 1, column: col };
    }
  }
  return { line: block.startLine - 1, column: 1 };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  return issue.message.replace(/^Invalid input: /, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validates a lesson file's frontmatter; returns the data when it is valid, and every problem. */
export function checkLessonFrontmatter(file: string, source: string): { data?: LessonData; diagnostics: ContentDiagnostic[] } {
  const block = extractFrontmatter(source);
  if (!block) {
    return {
      diagnostics: [
        {
          code: 'frontmatter-missing',
          severity: 'error',
          file,
          line: 1,
          column: 1,
          message: 'a lesson starts with frontmatter between two `---` lines (title, description, module, order, ...)',
        },
      ],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((error) => {
        const { line, col } = counter.linePos(error.pos[0]);
        return {
          code: 'frontmatter-yaml' as const,
          severity: 'error' as const,
          file,
          line: line + block.startLine - 1,
          column: col,
          message: `YAML: ${error.message.split('\n')[0]}`,
        };
      }),
    };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const result = lessonSchema.safeParse(raw ?? {});
  if (result.success) return { data: result.data, diagnostics: [] };

  const diagnostics: ContentDiagnostic[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields[issue.path.join('.')] ?? [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const hint = closestMatch(key, known);
        diagnostics.push({
          code: 'frontmatter-unknown-field',
          severity: 'error',
          file,
          ...positionOf(doc, counter, path, block),
          field: fieldName(path),
          message: hint ? `unknown field; did you mean "${hint}"?` : `unknown field; known fields are ${known.join(', ')}`,
        });
      }
      continue;
    }
    diagnostics.push({
      code: 'frontmatter-field',
      severity: 'error',
      file,
      ...positionOf(doc, counter, issue.path, block),
      field: fieldName(issue.path) || '(frontmatter)',
      message: describeIssue(issue, valueAt(raw, issue.path)),
    });
  }
  return { diagnostics };
}

/** Line and column of a frontmatter field ("module", "prerequisites[1]"), for problems found later. */
export function locateField(source: string, path: readonly (string | number)[]): Position {
  const block = extractFrontmatter(source);
  if (!block) return { line: 1, column: 1 };
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: counter, prettyErrors: false });
  return positionOf(doc, counter, path, block);
}
