/**
 * From a path in the data (["spec", "template", "spec", "containers", 0, "image"]) to the exact
 * span in the file: the key, or the value, at fault; for a field that is missing, the key of the
 * object that should hold it.
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node as YamlNode, type Pair } from 'yaml';
import type { Positions } from './load.ts';
import type { Span } from '../types.ts';

import type { DataPath } from '../path.ts';

export { formatPath, type DataPath } from '../path.ts';

/** Turns [start, end) character offsets of a document into a 1-based span in the file. */
export function spanOf(lines: LineCounter, start: number, end: number, lineOffset = 0): Span {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(end, start + 1));
  return { line: from.line + lineOffset, column: from.col, endLine: to.line + lineOffset, endColumn: to.col };
}

function keyMatches(pair: Pair, key: string): boolean {
  return isScalar(pair.key) ? String(pair.key.value) === key : false;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/**
 * The span of `path` in `doc`: the key when `target` is 'key' (or the path ends at a list item),
 * the value when 'value'. Walks as deep as the path exists; a missing step yields the deepest key
 * that does exist, which is where the missing field belongs.
 */
export function locate({ doc, lines, lineOffset }: Positions, path: DataPath, target: 'key' | 'value' = 'key'): Span {
  const at = (start: number, end: number): Span => spanOf(lines, start, end, lineOffset);
  let node: unknown = doc.contents;
  let lastKey: [number, number] | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth];
    const last = depth === path.length - 1;
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((item): item is Pair => isPair(item) && keyMatches(item, step));
      if (!pair) break;
      const keyRange = rangeOf(pair.key);
      if (last) {
        const chosen = target === 'value' ? (rangeOf(pair.value) ?? keyRange) : keyRange;
        if (chosen) return at(chosen[0], valueEnd(chosen, pair.value, target));
      }
      lastKey = keyRange ?? lastKey;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) break;
      const itemRange = rangeOf(item);
      if (last && itemRange) {
        // A list item has no key of its own; the item's first line is what an editor should show.
        if (target === 'value' || !isMap(item)) return at(itemRange[0], itemRange[1]);
        const first = (item.items[0] as Pair | undefined)?.key;
        const firstRange = rangeOf(first);
        if (firstRange) return at(firstRange[0], firstRange[1]);
        return at(itemRange[0], itemRange[1]);
      }
      if (itemRange && isMap(item)) {
        const first = rangeOf((item.items[0] as Pair | undefined)?.key);
        lastKey = first ?? lastKey;
      }
      node = item;
    } else break;
  }
  if (lastKey) return at(lastKey[0], lastKey[1]);
  const root = rangeOf(doc.contents);
  if (root && isMap(doc.contents)) {
    const kind = doc.contents.items.find((item) => isPair(item) && keyMatches(item as Pair, 'kind')) as Pair | undefined;
    const kindRange = rangeOf(kind?.key) ?? rangeOf((doc.contents.items[0] as Pair | undefined)?.key);
    if (kindRange) return at(kindRange[0], kindRange[1]);
  }
  return root ? at(root[0], root[0] + 1) : { line: 1 + lineOffset, column: 1, endLine: 1 + lineOffset, endColumn: 2 };
}

// A value's range may run on to the next line (block collections); end it on its first line.
function valueEnd(range: [number, number], value: unknown, target: 'key' | 'value'): number {
  if (target === 'key' || isScalar(value)) return range[1];
  return range[0] + 1;
}
