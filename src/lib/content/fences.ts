/** Fenced code blocks of a Markdown or MDX file, with their language, meta and position, without a full parser. */

/** One fenced block: `line` is the 1-based line of its opening fence. */
export interface Fence {
  lang: string;
  meta: string;
  line: number;
  body: string;
}

/** Every ``` or ~~~ fenced block, honouring fence length and up to three spaces of indentation. */
export function extractFences(markdown: string): Fence[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const fences: Fence[] = [];
  let open: { marker: string; indent: number; lang: string; meta: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    if (open) {
      const close = new RegExp(`^ {0,3}${open.marker[0] === '`' ? '`' : '~'}{${open.marker.length},}\\s*$`);
      if (close.test(line)) {
        fences.push({ lang: open.lang, meta: open.meta, line: open.line, body: open.body.join('\n') });
        open = undefined;
      } else open.body.push(line.replace(new RegExp(`^ {0,${open.indent}}`), ''));
      return;
    }
    const start = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(line);
    if (start?.[2])
      open = {
        marker: start[2],
        indent: start[1]?.length ?? 0,
        lang: start[3] ?? '',
        meta: (start[4] ?? '').trim(),
        line: index + 1,
        body: [],
      };
  });
  return fences;
}
