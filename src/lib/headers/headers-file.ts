/**
 * The `_headers` file format read by static hosts (Netlify, Cloudflare Pages): a path pattern
 * on its own line, then indented `Name: value` lines. Our local server applies the same file,
 * so tests see the headers production sends.
 */

/** One block of the file: a URL pattern and the headers for paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** Header names to remove that an earlier rule set (Cloudflare's `! Name` lines). */
  detach: string[];
}

/** Parses a `_headers` file; lines it cannot read are returned as problems with their line. */
export function parseHeadersFile(text: string): { rules: HeaderRule[]; problems: { line: number; message: string }[] } {
  const rules: HeaderRule[] = [];
  const problems: { line: number; message: string }[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/') && !/^https?:\/\//.test(trimmed)) {
        problems.push({ line: index + 1, message: `a rule starts with a path like /* or /lessons/*, not "${trimmed}"` });
        current = undefined;
        return;
      }
      current = { pattern: trimmed, headers: [], detach: [] };
      rules.push(current);
      return;
    }
    if (!current) {
      problems.push({ line: index + 1, message: 'header line before any path' });
      return;
    }
    if (trimmed.startsWith('!')) {
      current.detach.push(trimmed.slice(1).trim().toLowerCase());
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) {
      problems.push({ line: index + 1, message: `expected "Name: value", got "${trimmed}"` });
      return;
    }
    current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return { rules, problems };
}

function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  const source = path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** The headers a path gets: every matching rule in order, same names joined with ", ". */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    for (const name of rule.detach) result.delete(name);
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const existing = result.get(key);
      result.set(key, existing ? { name: existing.name, value: `${existing.value}, ${value}` } : { name, value });
    }
  }
  return Object.fromEntries([...result.values()].map(({ name, value }) => [name, value]));
}
