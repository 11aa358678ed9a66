/** Markdown parsing and source slicing: every text field is the Markdown as written, cut by node positions. */
import type { Blockquote, ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Span } from './types.ts';

/** The quiz text with the offset of each line start, and the file line of its first line (for messages). */
export interface Source {
  text: string;
  lineStarts: number[];
  firstLine: number;
}

/** Indexes the line starts of a text. */
export function toSource(text: string, firstLine = 1): Source {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return { text, lineStarts, firstLine };
}

/** Block structure with GFM task items; setext headings are off so that `---` under a paragraph is a rule. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfmTaskListItem(), { disable: { null: ['setextUnderline'] } }],
    mdastExtensions: [gfmTaskListItemFromMarkdown()],
  });
}

/** The span of a node (the whole first line when it has no position, which mdast never does for parsed nodes). */
export function spanOf(node: Nodes): Span {
  const position = node.position;
  if (!position) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
}

function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Removes up to `indent` columns of leading whitespace (a tab advances to the next multiple of 4). */
function dedent(line: string, indent: number): string {
  let index = 0;
  let column = 0;
  while (index < line.length && column < indent) {
    const char = line[index];
    if (char === ' ') column += 1;
    else if (char === '\t') column += 4 - (column % 4);
    else break;
    index += 1;
  }
  return line.slice(index);
}

/** Drops blank lines at the start and whitespace at the end, keeping the indentation of an indented code block. */
function tidy(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/**
 * The source of a node inside a container whose content starts `indent` columns in; `from` overrides the start.
 * A code block keeps its indentation relative to the container, since a fence's indent changes its content.
 */
export function sliceNode(source: Source, node: Nodes, indent: number, from = startOffset(node)): string {
  const lineStart = source.lineStarts[(node.position?.start.line ?? 1) - 1] ?? 0;
  const keepIndent = node.type === 'code' && /^[ \t]*$/.test(source.text.slice(lineStart, from));
  const start = keepIndent ? lineStart : from;
  const lines = source.text.slice(start, endOffset(node)).split('\n');
  const text = lines.map((line, index) => (index === 0 && !keepIndent ? line : dedent(line, indent))).join('\n');
  return node.type === 'code' ? tidy(text) : text.trim();
}

/** The content of a blockquote with one level of `>` markers removed, so that it renders as Markdown again. */
export function quoteContent(source: Source, quote: Blockquote, indent: number): string {
  const lines = sliceNode(source, quote, indent).split('\n');
  return tidy(lines.map((line) => line.replace(/^ {0,3}> ?/, '')).join('\n'));
}

/** Joins Markdown pieces with a blank line, skipping empty ones. */
export function joinBlocks(pieces: readonly string[]): string {
  return pieces.filter((piece) => piece !== '').join('\n\n');
}

/** Where a list item's content starts: its offset and its indentation in columns. */
export function itemContent(source: Source, item: ListItem): { offset: number; indent: number } {
  const start = startOffset(item);
  const lineStart = source.lineStarts[(item.position?.start.line ?? 1) - 1] ?? 0;
  const match = /^([*+-]|\d{1,9}[.)])([ \t]*)/.exec(source.text.slice(start, start + 16));
  const marker = match?.[1]?.length ?? 1;
  const spaces = match?.[2]?.length ?? 0;
  // Five or more spaces after the marker make indented code: the content then starts one space in.
  const gap = spaces === 0 || spaces > 4 ? 1 : spaces;
  return { offset: start + marker + Math.min(spaces, gap), indent: start - lineStart + marker + gap };
}
