/**
 * Positions: from offsets in the source to 1-based spans, and from offsets in a logical line (an
 * instruction with its continuation lines joined) back to the source.
 */
import type { Span } from '../types.ts';
import type { Token } from './ast.ts';

/** A run of a logical line copied unchanged from the source. */
export interface Segment {
  /** Offset in the logical line. */
  at: number;
  /** Offset in the source. */
  source: number;
  length: number;
}

/** An instruction's text with its continuation lines joined, and where each piece came from. */
export interface Mapped {
  text: string;
  segments: Segment[];
}

/** The source text and the offset of each line start, for turning offsets into spans. */
export interface SourceText {
  text: string;
  lineStarts: number[];
}

/** Indexes the line starts of a text. */
export function sourceText(text: string): SourceText {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { text, lineStarts };
}

function lineOf(source: SourceText, offset: number): number {
  let low = 0;
  let high = source.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((source.lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The 1-based span of [start, end) in the source; an empty range stays empty, so it never leaves the text. */
export function spanOf(source: SourceText, start: number, end: number): Span {
  const from = Math.max(0, Math.min(start, source.text.length));
  const to = Math.max(from, Math.min(end, source.text.length));
  const line = lineOf(source, from);
  const endLine = lineOf(source, to);
  return {
    line: line + 1,
    column: from - (source.lineStarts[line] ?? 0) + 1,
    endLine: endLine + 1,
    endColumn: to - (source.lineStarts[endLine] ?? 0) + 1,
  };
}

/** A token for the source range [start, end). */
export function sourceToken(source: SourceText, start: number, end: number, value = source.text.slice(start, end)): Token {
  return { value, start, end, span: spanOf(source, start, end) };
}

/** The source offset of a logical-line offset; the end of the line maps to just after its last character. */
export function toSource(mapped: Mapped, at: number): number {
  const segments = mapped.segments;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((segments[mid]?.at ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low];
  if (!segment) return 0;
  return segment.source + Math.min(at - segment.at, segment.length);
}

/** A token for the logical-line range [from, to), positioned in the source. */
export function logicalToken(source: SourceText, mapped: Mapped, from: number, to: number, value = mapped.text.slice(from, to)): Token {
  const start = toSource(mapped, from);
  // The end is the character after the last one, which may sit on another line than `to` would map to.
  const end = to > from ? toSource(mapped, to - 1) + 1 : start;
  return { value, start, end, span: spanOf(source, start, end) };
}

/** A mapped text that is a plain copy of the source from `start` (a heredoc body, say). */
export function identity(text: string, start: number): Mapped {
  return { text, segments: [{ at: 0, source: start, length: text.length }] };
}
