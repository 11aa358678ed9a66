/**
 * Reads multi-document YAML with positions. Each document is parsed, then turned into plain data by
 * our own walk (not yaml's toJS): it builds objects without a prototype, so keys like `__proto__`
 * and `constructor` are just keys, and it bounds nesting depth and alias expansion, so hostile
 * input yields a diagnostic instead of a hang or a crash.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';

/** Deepest nesting a manifest plausibly needs (a pod template is about 12 levels). */
export const MAX_DEPTH = 64;
/** Most nodes alias expansion may produce in one document. */
export const MAX_ALIAS_NODES = 10_000;

/** A plain object without a prototype: the values the validator works on. */
export type PlainObject = { [key: string]: unknown };

/** One YAML document of a source file. */
export interface LoadedDocument {
  /** 0-based position of the document in the file. */
  index: number;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The data, when the document could be read; undefined when it was empty or unreadable. */
  value: unknown;
  /** Syntax and resource-limit problems, positioned in the file. */
  problems: { code: 'SA1001' | 'SA1005' | 'SA1006'; message: string; offset: number; endOffset: number }[];
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
  if (node === null || node === undefined) return '';
  // A complex key (a mapping as a key) cannot be a Kubernetes field name; keep a readable stand-in.
  return String(node);
}

/** Converts a document's root node to plain data, within the depth and alias budgets. */
function toPlain(root: unknown, doc: Document.Parsed): unknown {
  let aliasNodes = 0;
  const walk = (node: unknown, depth: number, viaAlias: boolean): unknown => {
    if (depth > MAX_DEPTH) throw new LimitError('SA1006', `nesting deeper than ${MAX_DEPTH} levels`, node as YamlNode);
    if (viaAlias && ++aliasNodes > MAX_ALIAS_NODES) {
      throw new LimitError('SA1005', `aliases expand to more than ${MAX_ALIAS_NODES} nodes`, node as YamlNode);
    }
    if (isAlias(node)) return walk(node.resolve(doc), depth + 1, true);
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const out = Object.create(null) as PlainObject;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        // `<<` merge keys are YAML 1.1; a manifest using one is read as a plain key, like kubectl does.
        out[scalarKey(pair.key)] = walk(pair.value, depth + 1, viaAlias);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item) => walk(item, depth + 1, viaAlias));
    return node ?? null;
  };
  return walk(root, 0, false);
}

/** Parses every document of a YAML source; never throws. */
export function loadYaml(text: string): LoadedDocument[] {
  const lines = new LineCounter();
  let parsed: ReturnType<typeof parseAllDocuments>;
  try {
    parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    const doc = { errors: [], warnings: [] } as unknown as Document.Parsed;
    return [
      {
        index: 0,
        doc,
        lines,
        value: undefined,
        problems: [{ code: 'SA1001', message: `the YAML cannot be read: ${String(error)}`, offset: 0, endOffset: 1 }],
      },
    ];
  }
  // parseAllDocuments returns an EmptyStream (not an array) for input without documents.
  const docs = (Array.isArray(parsed) ? parsed : []) as Document.Parsed[];
  return docs.map((doc, index) => {
    const problems: LoadedDocument['problems'] = doc.errors.map((error) => ({
      code: 'SA1001' as const,
      message: error.message.split('\n')[0] ?? 'syntax error',
      offset: error.pos[0],
      endOffset: Math.max(error.pos[1], error.pos[0] + 1),
    }));
    let value: unknown;
    if (problems.length === 0) {
      try {
        value = toPlain(doc.contents, doc);
      } catch (error) {
        if (!(error instanceof LimitError)) throw error;
        const range = error.node && 'range' in error.node ? error.node.range : undefined;
        problems.push({ code: error.code, message: error.message, offset: range?.[0] ?? 0, endOffset: range?.[1] ?? 1 });
      }
    }
    return { index, doc, lines, value, problems };
  });
}
