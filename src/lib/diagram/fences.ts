/** Finds ```mermaid fences in Markdown text without a full parser, for tools that scan content. */

/** A Mermaid fence: the 1-based line of its opening fence and the text inside. */
export interface MermaidFence {
  line: number;
  source: string;
}

/** Every ```mermaid (or ~~~mermaid) block, honouring fence length and indentation up to 3 spaces. */
export function extractMermaidFences(markdown: string): MermaidFence[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const fences: MermaidFence[] = [];
  let open: { marker: string; line: number; mermaid: boolean; body: string[] } | undefined;
  lines.forEach((line, index) => {
    if (open) {
      const close = new RegExp(`^ {0,3}${open.marker[0] === '`' ? '`' : '~'}{${open.marker.length},}\\s*$`);
      if (close.test(line)) {
        if (open.mermaid) fences.push({ line: open.line, source: open.body.join('\n') });
        open = undefined;
      } else open.body.push(line);
      return;
    }
    const start = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (start?.[1]) open = { marker: start[1], line: index + 1, mermaid: start[2] === 'mermaid', body: [] };
  });
  return fences;
}
