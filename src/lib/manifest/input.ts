/** What kind of file a source is, and whether it can be read at all. */
import type { SourceFile, Span } from './types.ts';

/** Sources larger than this are refused with a message rather than analysed. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** A source's kind, from its name first and its content second. */
export function sourceKind(source: SourceFile): 'yaml' | 'dockerfile' {
  const base = source.name.split(/[\\/]/).pop() ?? '';
  if (/^dockerfile$/i.test(base) || /\.dockerfile$/i.test(base) || /^dockerfile\./i.test(base) || /^containerfile$/i.test(base))
    return 'dockerfile';
  if (/\.(ya?ml|json)$/i.test(base)) return 'yaml';
  // No telling name: a Dockerfile's first instruction is FROM (or ARG before FROM); YAML has "key:".
  for (const line of source.text.split('\n', 200)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return /^(FROM|ARG)\s+\S/i.test(trimmed) && !/^\S+:(\s|$)/.test(trimmed) ? 'dockerfile' : 'yaml';
  }
  return 'yaml';
}

/** Why a source cannot be analysed (too big, binary), with where (1-based), or undefined when it can. */
export function unreadable(source: SourceFile): { code: 'SA1002' | 'SA1003'; message: string; span: Span } | undefined {
  const bytes = source.text.length * 3 > MAX_SOURCE_BYTES ? new TextEncoder().encode(source.text).length : source.text.length;
  if (bytes > MAX_SOURCE_BYTES) {
    return {
      code: 'SA1002',
      message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; files over 2 MB are not analysed`,
      span: { line: 1, column: 1, endLine: 1, endColumn: 2 },
    };
  }
  // NUL and the replacement character mean binary data or bytes that were not UTF-8.
  const bad = /[\u0000\uFFFD]|[\u0001-\u0008\u000E-\u001F]/.exec(source.text);
  if (bad) {
    const before = source.text.slice(0, bad.index);
    const line = before.split('\n').length;
    // Columns count UTF-16 code units from the line start, as every other position does.
    const column = bad.index - (before.lastIndexOf('\n') + 1) + 1;
    return {
      code: 'SA1003',
      message: `the file is not UTF-8 text (a ${bad[0] === '\uFFFD' ? 'byte that is not UTF-8' : 'control character'} on line ${line})`,
      span: { line, column, endLine: line, endColumn: column + 1 },
    };
  }
  return undefined;
}

/** Decodes file bytes as UTF-8 without guessing: invalid bytes become U+FFFD, which `unreadable` reports. */
export function decodeSource(name: string, bytes: Uint8Array): SourceFile {
  return { name, text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes) };
}
