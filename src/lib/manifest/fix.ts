/**
 * Quick fixes as data: a check describes a mechanical repair as operations on the data (rename a
 * key, set a value, remove an entry) and this module turns them into exact text edits of the file,
 * leaving every other line, comment and blank as the author wrote it. Only block-style YAML is
 * edited; where an edit could not be made exactly (flow mappings, keys sharing a line), no fix is
 * offered rather than a wrong one.
 */
import { isMap, isPair, isScalar, isSeq, stringify, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Fix, TextEdit } from './types.ts';
import type { Positions } from './yaml/load.ts';
import type { DataPath } from './yaml/locate.ts';

/** One operation of a fix, on the data of one document. */
export type FixOp =
  { op: 'rename'; path: DataPath; to: string } | { op: 'set'; path: DataPath; value: unknown } | { op: 'remove'; path: DataPath };

/** What a check proposes: a title for the button and the operations. */
export interface FixSpec {
  title: string;
  ops: readonly FixOp[];
}

type Range = [number, number];

interface Located {
  /** The pair whose key is the last step, when the path ends at a mapping key. */
  pair?: Pair;
  /** The map holding that pair. */
  parent?: YAMLMap;
  node: unknown;
}

const rangeOf = (node: unknown): Range | undefined => {
  const range = (node as YamlNode | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
};

function find(doc: Positions['doc'], path: DataPath): { found?: Located; deepest: Located; depth: number } {
  let current: Located = { node: doc.contents };
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth];
    const node = current.node;
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && String(item.key.value) === step);
      if (!pair) return { deepest: current, depth };
      current = { pair, parent: node, node: pair.value };
    } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
      current = { node: node.items[step] };
    } else {
      return { deepest: current, depth };
    }
  }
  return { found: current, deepest: current, depth: path.length };
}

/** A key or scalar as plain YAML when that is safe, quoted otherwise. */
function scalarText(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_./-]+$/.test(value) && !/^(?:true|false|null|yes|no|on|off|~|[-+.\d].*)$/i.test(value))
    return value;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

class Planner {
  readonly edits: { start: number; end: number; text: string }[] = [];
  readonly positions: Positions;
  readonly #text: string;
  readonly #starts: readonly number[];

  constructor(positions: Positions) {
    this.positions = positions;
    this.#text = positions.text;
    this.#starts = positions.lines.lineStarts;
  }

  /** 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  column(offset: number): number {
    return offset - (this.#starts[this.lineIndex(offset)] ?? 0);
  }

  /** Whether `offset` is the first non-blank character of its line. */
  startsLine(offset: number): boolean {
    const start = this.#starts[this.lineIndex(offset)] ?? 0;
    return /^[ \t]*$/.test(this.#text.slice(start, offset));
  }

  /** Offset just after the line holding the last character before `end` (blank tail skipped). */
  afterLastLine(end: number): number {
    let last = end;
    while (last > 0 && /\s/.test(this.#text[last - 1] ?? '')) last--;
    const next = this.#starts[this.lineIndex(Math.max(last - 1, 0)) + 1];
    return next ?? this.#text.length;
  }

  pairEnd(pair: Pair): number {
    return (rangeOf(pair.value) ?? rangeOf(pair.key) ?? [0, 0])[1];
  }

  rename(path: DataPath, to: string): boolean {
    const key = find(this.positions.doc, path).found?.pair?.key;
    const range = rangeOf(key);
    if (!range || !isScalar(key)) return false;
    this.edits.push({ start: range[0], end: range[1], text: scalarText(to) });
    return true;
  }

  set(path: DataPath, value: unknown): boolean {
    const { found, deepest, depth } = find(this.positions.doc, path);
    if (found) {
      const range = rangeOf(found.node);
      if (!range || !isScalar(found.node) || typeof value === 'object') return false;
      this.edits.push({ start: range[0], end: range[1], text: scalarText(value) });
      return true;
    }
    let inserted: unknown = value;
    for (let i = path.length - 1; i > depth; i--) {
      const step = path[i];
      if (typeof step !== 'string') return false;
      inserted = { [step]: inserted };
    }
    const key = path[depth];
    if (typeof key !== 'string') return false;
    const node = deepest.node;
    let indent: number;
    let at: number;
    // Nested lines follow the document's own indentation step (2 or 4 spaces...).
    let step = 2;
    if (isMap(node) && !node.flow && node.items.length > 0) {
      const first = rangeOf(node.items[0]?.key);
      const last = node.items[node.items.length - 1];
      if (!first || !last || !isPair(last)) return false;
      indent = this.column(first[0]);
      const parentKey = rangeOf(deepest.pair?.key);
      if (parentKey && indent - this.column(parentKey[0]) >= 2) step = indent - this.column(parentKey[0]);
      at = this.afterLastLine(this.pairEnd(last));
    } else if (deepest.pair && (node === null || (isScalar(node) && node.source === '' && node.value === null))) {
      const keyRange = rangeOf(deepest.pair.key);
      if (!keyRange || !this.startsLine(keyRange[0])) return false;
      indent = this.column(keyRange[0]) + 2;
      at = this.afterLastLine(keyRange[1]);
    } else {
      return false;
    }
    const body = stringify({ [key]: inserted }, { lineWidth: 0, indent: Math.min(step, 8) }).trimEnd();
    const lines = body.split('\n').map((line) => ' '.repeat(indent) + line);
    const text = at === this.#text.length && !this.#text.endsWith('\n') ? `\n${lines.join('\n')}` : `${lines.join('\n')}\n`;
    this.edits.push({ start: at, end: at, text });
    return true;
  }

  remove(path: DataPath): boolean {
    for (let length = path.length; length > 0; length--) {
      const { found } = find(this.positions.doc, path.slice(0, length));
      if (!found?.pair || !found.parent || found.parent.flow) return false;
      const keyRange = rangeOf(found.pair.key);
      if (!keyRange || !this.startsLine(keyRange[0])) return false;
      // The last entry of a mapping takes its key with it, so no empty `annotations:` is left behind.
      if (found.parent.items.length === 1 && length > 1 && typeof path[length - 2] === 'string') continue;
      const start = this.#starts[this.lineIndex(keyRange[0])] ?? 0;
      this.edits.push({ start, end: this.afterLastLine(this.pairEnd(found.pair)), text: '' });
      return true;
    }
    return false;
  }
}

/** Plans the text edits of `spec` on one document; undefined when they cannot be made exactly. */
export function planFix(positions: Positions, spec: FixSpec): Fix | undefined {
  const planner = new Planner(positions);
  for (const op of spec.ops) {
    const done =
      op.op === 'rename' ? planner.rename(op.path, op.to) : op.op === 'set' ? planner.set(op.path, op.value) : planner.remove(op.path);
    if (!done) return undefined;
  }
  const sorted = [...planner.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const edit = sorted[i];
    if (previous && edit && edit.start < previous.end) return undefined;
  }
  const { lines, lineOffset } = positions;
  const point = (offset: number): { line: number; column: number } => {
    const position = lines.linePos(offset);
    return { line: position.line + lineOffset, column: position.col };
  };
  return {
    title: spec.title,
    edits: sorted.map(({ start, end, text }) => {
      const from = point(start);
      const to = point(end);
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text };
    }),
  };
}

/** Applies edits (as made by planFix, any order, not overlapping) to the whole file's text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => Math.min((starts[line - 1] ?? text.length) + column - 1, text.length);
  const resolved = edits
    .map((edit) => ({ start: offset(edit.line, edit.column), end: offset(edit.endLine, edit.endColumn), text: edit.text }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
