/**
 * Parses a code fence's meta string: ```yaml title="deployment.yaml" {3,5-7} showLineNumbers
 * Unknown options are problems rather than silently ignored, so a typo cannot hide a title.
 */
import { closestMatch } from '../text/index.ts';

/** What a fence's meta asks for. */
export interface CodeMeta {
  /** File name or label for the title bar. */
  title: string | undefined;
  /** 1-based line numbers to highlight, sorted. */
  highlight: number[];
  /** Show line numbers in the gutter. */
  lineNumbers: boolean;
  /** Other `key="value"` options, for later stages (e.g. `expect="IST0101"`). */
  attributes: Record<string, string>;
}

/** Options a fence may carry. Later features register theirs here. */
export const KNOWN_META_KEYS = ['title', 'expect', 'example'] as const;
/** Bare flags a fence may carry. */
export const KNOWN_META_FLAGS = ['showLineNumbers'] as const;

const TOKEN = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+))|\{([^}]*)\}|([A-Za-z][\w-]*)|(\S+)/g;

function parseRanges(spec: string, lineCount: number, problems: string[]): number[] {
  const lines = new Set<number>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range?.[1]) {
      problems.push(`line range "${part}" is not a number or a range like 3-5`);
      continue;
    }
    const from = Number(range[1]);
    const to = range[2] ? Number(range[2]) : from;
    if (from < 1 || to < from) {
      problems.push(`line range "${part}" is empty or starts below 1`);
      continue;
    }
    if (to > lineCount) {
      problems.push(`line range "${part}" goes past the last line (${lineCount})`);
      continue;
    }
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

/** Parses a meta string for a block of `lineCount` lines; problems are human sentences. */
export function parseCodeMeta(meta: string | undefined, lineCount: number): { meta: CodeMeta; problems: string[] } {
  const result: CodeMeta = { title: undefined, highlight: [], lineNumbers: false, attributes: {} };
  const problems: string[] = [];
  for (const match of (meta ?? '').matchAll(TOKEN)) {
    const [, key, double, single, bare, ranges, flag, junk] = match;
    if (key !== undefined) {
      const value = double ?? single ?? bare ?? '';
      if (!(KNOWN_META_KEYS as readonly string[]).includes(key)) {
        const hint = closestMatch(key, KNOWN_META_KEYS);
        problems.push(`unknown option "${key}"${hint ? `; did you mean "${hint}"?` : ''}`);
      } else if (key === 'title') {
        if (value.trim() === '') problems.push('title is empty');
        else result.title = value.trim();
      } else {
        result.attributes[key] = value;
      }
    } else if (ranges !== undefined) {
      result.highlight = [...new Set([...result.highlight, ...parseRanges(ranges, lineCount, problems)])].sort((a, b) => a - b);
    } else if (flag !== undefined) {
      if (flag === 'showLineNumbers') result.lineNumbers = true;
      else {
        const hint = closestMatch(flag, [...KNOWN_META_FLAGS, ...KNOWN_META_KEYS]);
        problems.push(`unknown flag "${flag}"${hint ? `; did you mean "${hint}"?` : ''}`);
      }
    } else if (junk !== undefined) {
      problems.push(`cannot read "${junk}": write options as key="value", {1,3-5} or a flag`);
    }
  }
  return { meta: result, problems };
}
