/** What the Dockerfile checks produce, and the helpers they share. */
import type { Span } from '../../types.ts';
import type { Dockerfile, Instruction, ShellCommand, Token } from '../ast.ts';

/** A finding of a Dockerfile check: a code, a message and the span at fault. */
export interface DockerfileFinding {
  code: string;
  message: string;
  span: Span;
  /** The instruction it is about, for its path, its stage and `# hadolint ignore=` comments. */
  instruction: Instruction | undefined;
}

/** A check over one parsed Dockerfile. */
export type DockerfileCheck = (file: Dockerfile) => DockerfileFinding[];

/** A finding at a token (or a span) of an instruction. */
export function finding(code: string, at: Token | Span, message: string, instruction: Instruction | undefined): DockerfileFinding {
  return { code, message, span: 'span' in at ? at.span : at, instruction };
}

/** A value with surrounding quotes removed, as hadolint compares paths. */
export function dropQuotes(value: string): string {
  return value.replace(/^["']+|["']+$/g, '');
}

/** The last path segment of a program, lower-cased and without ".exe": "bash" for "/bin/bash". */
export function programName(value: string): string {
  return (value.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
}

/** The commands an instruction runs: its shell commands, or its exec-form words as one command. */
export function commandsOf(ins: Instruction): ShellCommand[] {
  if (ins.shell) return ins.shell.commands;
  const [name, ...args] = ins.form === 'exec' ? ins.words : [];
  return name ? [{ name, args }] : [];
}

/** The span from the start of one token to the end of another. */
export function spanBetween(first: Token, last: Token): Span {
  return { line: first.span.line, column: first.span.column, endLine: last.span.endLine, endColumn: last.span.endColumn };
}
