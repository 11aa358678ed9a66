/**
 * Reads multi-document YAML. Each document is read first with js-yaml (a dozen times faster), into
 * objects without a prototype, so keys like `__proto__` and `constructor` are just keys. Positions
 * come from the `yaml` package, parsed only when a document has something to report. A document
 * js-yaml refuses, one with aliases (whose expansion we must bound), or one nested too deeply goes
 * through `yaml` instead, which gives every syntax error its exact place.
 */
import yamlJs from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { splitDocuments } from './split.ts';

/** Deepest nesting a manifest plausibly needs (a pod template is about 12 levels). */
export const MAX_DEPTH = 64;
/** Most nodes alias expansion may produce in one document. */
export const MAX_ALIAS_NODES = 10_000;

/** A plain object without a prototype: the values the validator works on. */
export type PlainObject = { [key: string]: unknown };

/** A document's positions: its `yaml` syntax tree and the line counter of the document's text. */
export interface Positions {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before the document in the file, to add to positions. */
  lineOffset: number;
  /** The document's own text, which offsets in `doc` index. */
  text: string;
}

/** One YAML document of a source file. */
export interface LoadedDocument {
  /** 0-based position of the document in the file. */
  index: number;
  /** The data, when the document could be read; undefined when it was empty or unreadable. */
  value: unknown;
  /** Syntax and resource-limit problems; offsets are within the document's text. */
  problems: { code: 'SA1001' | 'SA1005' | 'SA1006'; message: string; offset: number; endOffset: number }[];
  /** Parses the document with positions, once, when first asked. */
  positions(): Positions;
}

class LimitError extends Error {
  readonly code: 'SA1005' | 'SA1006';
  readonly node: YamlNode | undefined;
  constructor(code: 'SA1005' | 'SA1006', message: string, node: YamlNode | undefined) {
    super(message);
    this.code = code;
    this.node = node;
  }
}

function scalarKey(node: unknown): string {
  if (isScalar(node)) return String(node.value);
  return node === null || node === undefined ? '' : String(node);
}

/** Converts a `yaml` document's root to plain data, within the depth and alias budgets. */
function fromYaml(root: unknown, doc: Document.Parsed): unknown {
  let aliasNodes = 0;
  // `via` is the alias written in the document's own text that is being expanded: the place to point
  // at when the budget runs out (the node reached then lies inside some anchor's definition).
  const walk = (node: unknown, depth: number, via: YamlNode | undefined): unknown => {
    if (depth > MAX_DEPTH) throw new LimitError('SA1006', `nesting deeper than ${MAX_DEPTH} levels`, node as YamlNode);
    if (via && ++aliasNodes > MAX_ALIAS_NODES) {
      const name = isAlias(via) ? ` (the limit is reached expanding *${via.source})` : '';
      throw new LimitError('SA1005', `aliases expand to more than ${MAX_ALIAS_NODES} nodes${name}`, via);
    }
    if (isAlias(node)) return walk(node.resolve(doc), depth + 1, via ?? node);
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const out = Object.create(null) as PlainObject;
      for (const pair of node.items) if (isPair(pair)) out[scalarKey(pair.key)] = walk(pair.value, depth + 1, via);
      return out;
    }
    if (isSeq(node)) return node.items.map((item) => walk(item, depth + 1, via));
    return node ?? null;
  };
  return walk(root, 0, undefined);
}

/** Copies js-yaml's result into prototype-free objects; undefined when it nests too deeply. */
function fromJsYaml(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new RangeError('too deep');
  if (Array.isArray(value)) return value.map((item) => fromJsYaml(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out = Object.create(null) as PlainObject;
    for (const key of Object.keys(value)) out[key] = fromJsYaml((value as PlainObject)[key], depth + 1);
    return out;
  }
  return value;
}

const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;

/** Parses every document of a YAML source; never throws. */
export function loadYaml(text: string): LoadedDocument[] {
  return splitDocuments(text).map((chunk, index) => {
    let parsed: Positions | undefined;
    const positions = (): Positions => {
      if (!parsed) {
        const lines = new LineCounter();
        const doc = parseDocument(chunk.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
        parsed = { doc, lines, lineOffset: chunk.startLine - 1, text: chunk.text };
      }
      return parsed;
    };
    if (!ALIAS.test(chunk.text)) {
      try {
        return { index, value: fromJsYaml(yamlJs.load(chunk.text, { schema: yamlJs.CORE_SCHEMA })), problems: [], positions };
      } catch {
        // Refused or too deep: let `yaml` say exactly where and why.
      }
    }
    const { doc } = positions();
    const problems: LoadedDocument['problems'] = doc.errors.map((error) => ({
      code: 'SA1001' as const,
      message: error.message.split('\n')[0] ?? 'syntax error',
      offset: error.pos[0],
      endOffset: Math.max(error.pos[1], error.pos[0] + 1),
    }));
    let value: unknown;
    if (problems.length === 0) {
      try {
        value = fromYaml(doc.contents, doc);
      } catch (error) {
        if (!(error instanceof LimitError)) throw error;
        const range = error.node && 'range' in error.node ? error.node.range : undefined;
        problems.push({ code: error.code, message: error.message, offset: range?.[0] ?? 0, endOffset: range?.[1] ?? 1 });
      }
    }
    return { index, value, problems, positions };
  });
}
