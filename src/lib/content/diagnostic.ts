/** Problems found in content files, as data with a file and a position. */

/** Stable codes for content problems. */
export type ContentCode =
  | 'frontmatter-missing'
  | 'frontmatter-yaml'
  | 'frontmatter-field'
  | 'frontmatter-unknown-field'
  | 'module-mismatch'
  | 'module-order-taken'
  | 'duplicate-order'
  | 'unknown-prerequisite'
  | 'self-prerequisite'
  | 'prerequisite-after'
  | 'code-meta'
  | 'code-language'
  | 'rule-page'
  | 'glossary'
  | 'diagram-accessibility'
  | 'diagram-syntax'
  | 'quiz';

/** One problem in a content file; line and column are 1-based. */
export interface ContentDiagnostic {
  code: ContentCode;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** The frontmatter field at fault, as a dotted path ("module.title"), when there is one. */
  field?: string;
  message: string;
}

/** "content/lessons/a.mdx:3:1 module.title: expected a string" — the form editors link. */
export function formatDiagnostic(d: ContentDiagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  return d.field ? `${where} ${d.field}: ${d.message}` : `${where} ${d.message}`;
}

/** An Error that carries every diagnostic, thrown where the build must stop. */
export class ContentError extends Error {
  readonly diagnostics: readonly ContentDiagnostic[];
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(diagnostics: readonly ContentDiagnostic[]) {
    const count = diagnostics.length;
    super(`${count} content problem${count === 1 ? '' : 's'}:\n` + diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n'));
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
    // Vite and Astro read `line`/`column` to point their overlay at the spot.
    this.line = diagnostics[0]?.line;
    this.column = diagnostics[0]?.column;
  }
}
