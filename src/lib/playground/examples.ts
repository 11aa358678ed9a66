/**
 * Playground examples (content/examples/*.yaml, *.Dockerfile): a manifest or Dockerfile with a
 * header of `# key: value` comment lines saying what it is. The header is dropped from the text the
 * learner gets; the examples menu groups them by kind, clean and broken side by side.
 */

/** One example, as the menu offers it. */
export interface PlaygroundExample {
  /** Menu label, e.g. "A Deployment that passes every check". */
  title: string;
  /** Tab name it opens in, e.g. "orders-deployment.yaml" or "Dockerfile". */
  file: string;
  /** The kind it shows ("Deployment", "VirtualService", "Dockerfile"), for grouping. */
  kind: string;
  variant: 'clean' | 'broken';
  /** For a broken example, the codes (errors and warnings) it is meant to produce, sorted. */
  expect: string[];
  /** The text without its header. */
  text: string;
}

/** One entry of the examples menu (examples.json). */
export interface MenuExample {
  title: string;
  variant: 'clean' | 'broken' | 'exercise';
  tabs: { name: string; text: string }[];
}

/** examples.json: groups in menu order. */
export interface ExamplesFile {
  groups: { title: string; examples: MenuExample[] }[];
}

const KEYS = ['title', 'file', 'kind', 'variant', 'expect'] as const;

/** Reads an example file; problems name the line. */
export function parseExample(source: string): { example?: PlaygroundExample; problems: string[] } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const header: Record<string, string> = {};
  const problems: string[] = [];
  let body = 0;
  for (; body < lines.length; body++) {
    const match = /^#\s*([a-z]+):\s*(.*)$/.exec(lines[body] ?? '');
    if (!match?.[1]) break;
    if (!(KEYS as readonly string[]).includes(match[1]))
      problems.push(`line ${body + 1}: unknown header "${match[1]}" (known: ${KEYS.join(', ')})`);
    header[match[1]] = (match[2] ?? '').trim();
  }
  for (const key of ['title', 'file', 'kind', 'variant'] as const)
    if (!header[key]) problems.push(`the header has no "# ${key}: ..." line`);
  const variant = header['variant'];
  if (variant && variant !== 'clean' && variant !== 'broken') problems.push(`variant must be clean or broken, not "${variant}"`);
  const expect = (header['expect'] ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .sort();
  if (variant === 'broken' && expect.length === 0)
    problems.push('a broken example declares the codes it produces: "# expect: SA3001, SA3006"');
  if (problems.length > 0 || (variant !== 'clean' && variant !== 'broken')) return { problems };
  while (lines[body] === '') body++;
  return {
    example: {
      title: header['title'] ?? '',
      file: header['file'] ?? '',
      kind: header['kind'] ?? '',
      variant,
      expect,
      text: lines.slice(body).join('\n'),
    },
    problems,
  };
}
