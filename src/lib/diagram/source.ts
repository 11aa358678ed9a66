/**
 * What we need to know about a Mermaid diagram before rendering it: its accessible title and
 * description (required: every diagram on the site is announced to screen readers), and how to
 * map a line in the diagram back to a line in the lesson file.
 */

/** A diagram's text as authored, with line endings normalised, and its accessible texts. */
export interface DiagramSource {
  /** The source with \r\n turned to \n and trailing blank lines removed: the cache key's input. */
  text: string;
  title: string | undefined;
  description: string | undefined;
}

/** Reads accTitle and accDescr (single-line or `accDescr { ... }` block) from Mermaid source. */
export function readDiagramSource(raw: string): DiagramSource {
  const text = raw.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(text)?.[1];
  const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(text)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(text)?.[1];
  const description = single ?? block?.replace(/\s+/g, ' ').trim();
  return { text, title: title || undefined, description: description || undefined };
}

/** Sentences saying what accessibility text a diagram lacks; empty when it has both. */
export function diagramAccessibilityProblems(source: DiagramSource): string[] {
  const problems: string[] = [];
  if (!source.title) problems.push('add an `accTitle: ...` line: the diagram needs an accessible title');
  if (!source.description) problems.push('add an `accDescr: ...` line: the diagram needs an accessible description');
  return problems;
}

/** The diagram line (1-based) that a Mermaid error points at, from its parser hash or its text. */
export function mermaidErrorLine(message: string, hash?: unknown): number {
  const loc = (hash as { loc?: { first_line?: unknown } } | null | undefined)?.loc?.first_line;
  if (typeof loc === 'number' && loc >= 1) return loc;
  const fromText = /\bline:? (\d+)/i.exec(message)?.[1];
  return fromText ? Math.max(1, Number(fromText)) : 1;
}

/** The file line of a diagram line, given the line of the opening ``` fence. */
export function fileLineOfDiagramLine(fenceLine: number, diagramLine: number): number {
  return fenceLine + diagramLine;
}
