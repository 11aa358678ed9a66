/**
 * Shell sessions in code blocks: `$ ` marks a command, and what follows without it is output.
 * The reader sees prompts and output; the copy button gets only the commands, without prompts.
 */

/** Languages whose blocks may carry `$ ` prompts. */
export const SHELL_LANGUAGES: ReadonlySet<string> = new Set(['sh', 'bash', 'shell', 'shellscript', 'zsh', 'console', 'shellsession']);

/** How one line of a shell block is treated. */
export type ShellLineKind = 'command' | 'continuation' | 'output';

/** One line of a shell block with its prompt removed. */
export interface ShellLine {
  kind: ShellLineKind;
  text: string;
}

const PROMPT = /^\$(?: |$)/;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][\w]*)\1/;

/**
 * Splits a shell block into lines. Without any `$ ` prompt the whole block is commands. With
 * prompts, a line is a command if it has one, a continuation if the previous command ended in
 * a backslash or is inside a heredoc, and output otherwise.
 */
export function parseShellSession(code: string): ShellLine[] {
  const raw = code.split('\n');
  if (!raw.some((line) => PROMPT.test(line))) return raw.map((text) => ({ kind: 'command', text }));
  const lines: ShellLine[] = [];
  let continues = false;
  let heredoc: { marker: string; indented: boolean } | undefined;
  for (const line of raw) {
    if (heredoc) {
      lines.push({ kind: 'continuation', text: line });
      if ((heredoc.indented ? line.replace(/^\t+/, '') : line) === heredoc.marker) heredoc = undefined;
      continue;
    }
    let kind: ShellLineKind;
    let text = line;
    if (continues) kind = 'continuation';
    else if (PROMPT.test(line)) {
      kind = 'command';
      text = line.replace(PROMPT, '');
    } else kind = 'output';
    lines.push({ kind, text });
    if (kind !== 'output') {
      continues = /\\$/.test(text);
      const here = HEREDOC.exec(text);
      if (here?.[2]) heredoc = { marker: here[2], indented: text.includes('<<-') };
    } else continues = false;
  }
  return lines;
}

/** Exactly what the copy button puts on the clipboard: commands and continuations, no prompts. */
export function copyableText(lines: readonly ShellLine[]): string {
  return lines
    .filter((line) => line.kind !== 'output')
    .map((line) => line.text)
    .join('\n');
}
