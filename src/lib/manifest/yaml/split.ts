/** Splits a YAML stream into its documents, textually, keeping where each one starts. */

/** One document's text and where it starts in the file. */
export interface DocumentChunk {
  text: string;
  /** 1-based line of the chunk's first line in the file. */
  startLine: number;
  /** Character offset of the chunk in the file. */
  startOffset: number;
}

const START = /^---(?:[ \t]|\r?\n|$)/;
const END = /^\.\.\.(?:[ \t]|\r?\n|$)/;

/**
 * Cuts at `---` lines (which stay at the top of their document) and after `...` lines. A `---` at
 * column 0 can only be a document marker: block scalars and nested collections are indented.
 * Chunks with nothing but blank lines and comments are dropped.
 */
export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let offset = 0;
  const push = (end: number): void => {
    const chunk = text.slice(start, end);
    if (/^(?:\s*(?:#.*)?(?:\r?\n|$))*$/.test(chunk) || /^---[ \t]*(?:#.*)?\s*$/.test(chunk.trim())) return;
    chunks.push({ text: chunk, startLine, startOffset: start });
  };
  while (offset <= text.length) {
    const next = text.indexOf('\n', offset);
    const lineEnd = next < 0 ? text.length : next + 1;
    const content = text.slice(offset, lineEnd);
    if (START.test(content) && offset > start) {
      push(offset);
      start = offset;
      startLine = line;
    } else if (END.test(content)) {
      push(offset);
      start = lineEnd;
      startLine = line + 1;
    }
    if (next < 0) break;
    offset = lineEnd;
    line++;
  }
  push(text.length);
  return chunks;
}
