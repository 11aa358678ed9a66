/** Renders an injected pod template as YAML and finds the lines of the injector's changes in it. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node as YamlNode, type Pair } from 'yaml';
import type { DataPath } from '../../manifest/yaml/locate.ts';
import type { Change, LineRange, RenderedTemplate } from './types.ts';

/** Offsets [start, end) of the text a path covers: the key and value of a mapping entry, or a list item. */
function spanOf(root: unknown, path: DataPath): [number, number] | undefined {
  let node: unknown = root;
  let pair: Pair | undefined;
  for (const step of path) {
    pair = undefined;
    if (typeof step === 'number') {
      if (!isSeq(node)) return undefined;
      node = node.items[step];
    } else {
      if (!isMap(node)) return undefined;
      pair = node.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && String(item.key.value) === step);
      if (!pair) return undefined;
      node = pair.value;
    }
  }
  const valueRange = (node as YamlNode | null | undefined)?.range;
  const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
  const start = keyRange?.[0] ?? valueRange?.[0];
  const end = valueRange?.[1] ?? keyRange?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** Joins ranges of the same kind that touch or overlap; the result is sorted by line. */
function merge(ranges: LineRange[]): LineRange[] {
  const added = ranges.filter((r) => r.kind === 'added');
  // A change inside an added block is already highlighted by it.
  const kept = ranges.filter((r) => r.kind === 'added' || !added.some((a) => a.startLine <= r.startLine && a.endLine >= r.endLine));
  const sorted = kept.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
  const out: LineRange[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && last.kind === range.kind && range.startLine <= last.endLine + 1) last.endLine = Math.max(last.endLine, range.endLine);
    else out.push({ ...range });
  }
  return out;
}

/** The YAML of a pod template (original keys first, long lines unfolded). */
export function templateYaml(template: unknown): string {
  return stringify(template, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The template as YAML, with the 1-based line ranges of the changes; changes not found in the text are skipped. */
export function renderTemplate(template: unknown, changes: readonly Change[]): RenderedTemplate {
  const yaml = templateYaml(template);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: false });
  const ranges: LineRange[] = [];
  for (const change of changes) {
    const span = spanOf(doc.contents, change.path);
    if (!span) continue;
    let end = span[1];
    // The end offset may sit after the value's line break; step back to the last character of the value.
    while (end > span[0] + 1 && /\s/.test(yaml[end - 1] ?? '')) end--;
    const startLine = lineCounter.linePos(span[0]).line;
    const endLine = lineCounter.linePos(Math.max(span[0], end - 1)).line;
    ranges.push({ startLine, endLine, kind: change.kind });
  }
  return { yaml, lines: merge(ranges) };
}
