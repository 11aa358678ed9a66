/**
 * The first stage of reading a Dockerfile, line by line as BuildKit does: parser directives at the
 * top, comment lines (also between continuation lines), line continuations with the escape
 * character, empty continuation lines, and the heredoc bodies that follow RUN, COPY and ADD lines.
 */
import type { Mapped, Segment } from './source.ts';
import { heredocMarkers, type HeredocMarker, type Range } from './words.ts';

/** A heredoc as the lexer finds it: the marker in the logical line and the body in the source. */
export interface RawHeredoc extends HeredocMarker {
  /** Source range of the body lines (without the terminator line). */
  body: Range;
  /** The body as Docker uses it: lines joined with newlines, leading tabs removed with `<<-`. */
  content: string;
  terminated: boolean;
}

/** One instruction's text with continuations joined, its heredocs, and the comment lines right above it. */
export interface LogicalLine extends Mapped {
  heredocs: RawHeredoc[];
  /** Comment lines between the previous instruction (or a blank line) and this one. */
  comments: Range[];
  /** Source offset just after the last character that belongs to the instruction. */
  end: number;
}

/** A parser directive line. */
export interface RawDirective extends Range {
  name: string;
  value: string;
}

/** Everything the lexer finds; problems are source ranges with a message. */
export interface Lexed {
  escape: '\\' | '`';
  directives: RawDirective[];
  comments: Range[];
  lines: LogicalLine[];
  problems: (Range & { message: string })[];
}

const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

function physicalLines(text: string): Range[] {
  const lines: Range[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ from: start, to: end > start && text[end - 1] === '\r' ? end - 1 : end });
    // The empty line after a final newline is no line of the file for BuildKit.
    if (newline === -1 || newline + 1 === text.length) return lines;
    start = newline + 1;
  }
}

const leadingSpace = (line: string): number => line.length - line.trimStart().length;

function readDirectives(text: string, lines: Range[], lexed: Lexed): number {
  const seen = new Set<string>();
  let index = 0;
  for (; index < lines.length; index++) {
    const range = lines[index] as Range;
    const line = text.slice(range.from, range.to);
    const lead = leadingSpace(line);
    const match = DIRECTIVE.exec(line.slice(lead));
    const name = match?.[1]?.toLowerCase() ?? '';
    if (!match || !KNOWN_DIRECTIVES.has(name)) break;
    const value = match[2] ?? '';
    const at = { from: range.from + lead, to: range.to };
    if (seen.has(name)) lexed.problems.push({ ...at, message: `only one ${name} parser directive can be used` });
    seen.add(name);
    lexed.directives.push({ ...at, name, value });
    lexed.comments.push(at);
    if (name !== 'escape') continue;
    if (value === '`' || value === '\\') lexed.escape = value;
    else lexed.problems.push({ ...at, message: `invalid escape character "${value}": it must be \\ or \`` });
  }
  return index;
}

/** Where the continuation escape starts when the line ends with it (spaces and tabs may follow), else -1. */
function continuationAt(line: string, escape: string): number {
  let i = line.length;
  while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t')) i--;
  return i > 0 && line[i - 1] === escape ? i - 1 : -1;
}

function readHeredocs(text: string, lines: Range[], index: number, markers: HeredocMarker[], heredocs: RawHeredoc[]): number {
  let next = index;
  for (const marker of markers) {
    const start = lines[next]?.from ?? text.length;
    let bodyEnd = start;
    let content = '';
    let terminated = false;
    while (next < lines.length) {
      const range = lines[next] as Range;
      next++;
      const line = text.slice(range.from, range.to);
      const compared = marker.chomp ? line.replace(/^\t+/, '') : line;
      if (compared === marker.name) {
        terminated = true;
        break;
      }
      content += `${compared}\n`;
      bodyEnd = range.to;
    }
    heredocs.push({ ...marker, body: { from: start, to: Math.max(start, bodyEnd) }, content, terminated });
  }
  return next;
}

/** Splits a Dockerfile into directives, comments and logical lines. Never throws. */
export function lex(text: string): Lexed {
  const lexed: Lexed = { escape: '\\', directives: [], comments: [], lines: [], problems: [] };
  const lines = physicalLines(text);
  let index = readDirectives(text, lines, lexed);
  let comments: Range[] = [];
  while (index < lines.length) {
    const first = lines[index++] as Range;
    const raw = text.slice(first.from, first.to);
    const lead = leadingSpace(raw);
    if (raw[lead] === '#') {
      lexed.comments.push({ from: first.from + lead, to: first.to });
      comments.push({ from: first.from + lead, to: first.to });
      continue;
    }
    if (lead === raw.length) {
      comments = [];
      continue;
    }
    const segments: Segment[] = [];
    let logical = '';
    let end = first.to;
    const append = (from: number, line: string): boolean => {
      const cut = continuationAt(line, lexed.escape);
      const piece = cut === -1 ? line : line.slice(0, cut);
      segments.push({ at: logical.length, source: from, length: piece.length });
      logical += piece;
      end = from + piece.length;
      return cut !== -1;
    };
    let continued = append(first.from + lead, raw.slice(lead));
    while (continued && index < lines.length) {
      const range = lines[index++] as Range;
      const line = text.slice(range.from, range.to);
      const indent = leadingSpace(line);
      if (line[indent] === '#') lexed.comments.push({ from: range.from + indent, to: range.to });
      // Comment lines and empty lines inside a continuation are skipped, as BuildKit does.
      if (line[indent] === '#' || indent === line.length) continue;
      continued = append(range.from, line);
    }
    // A line that was nothing but a continuation holds no instruction.
    if (logical.trim() === '') continue;
    const keyword = /^\S+/.exec(logical)?.[0].toUpperCase() ?? '';
    const heredocs: RawHeredoc[] = [];
    if (HEREDOC_INSTRUCTIONS.has(keyword) && logical.includes('<<')) {
      const markers = heredocMarkers(logical, keyword.length, logical.length);
      index = readHeredocs(text, lines, index, markers, heredocs);
      const last = heredocs[heredocs.length - 1];
      if (last) end = last.terminated ? (lines[index - 1]?.to ?? end) : Math.max(end, last.body.to);
    }
    lexed.lines.push({ text: logical, segments, heredocs, comments, end });
    comments = [];
  }
  return lexed;
}
