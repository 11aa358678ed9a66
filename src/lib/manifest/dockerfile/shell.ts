/**
 * A small POSIX shell reader: enough to find the commands of a RUN (also inside `$(...)`, backticks
 * and subshells), their arguments without quotes or redirections, and the pipes between them. It
 * never fails: text it cannot make sense of is skipped.
 */
import type { Range } from './words.ts';

/** A shell word: its text with quotes removed, and its range in the script. */
export interface ShellWord extends Range {
  value: string;
}

/** A simple command: the program and its arguments. */
export interface ParsedCommand {
  name: ShellWord;
  args: ShellWord[];
}

/** The commands and pipe operators of a script, in the order they were read. */
export interface ParsedScript {
  commands: ParsedCommand[];
  pipes: Range[];
}

// Deeper nesting of $( ) is read as plain text, so no input can exhaust the stack.
const MAX_DEPTH = 24;
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time', 'in', 'esac']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;
const WORD_END = new Set([' ', '\t', '\r', '\n', '|', '&', ';', '<', '>', '(', ')']);

interface State {
  text: string;
  at: number;
  commands: ParsedCommand[];
  pipes: Range[];
}

function finish(state: State, words: ShellWord[]): void {
  let i = 0;
  while (i < words.length && RESERVED.has(words[i]?.value ?? '')) i++;
  const first = words[i]?.value;
  // Loop headers, [[ ]] and (( )) are no commands; case patterns may still slip through as words.
  if (first === 'for' || first === 'select' || first === 'case' || first === '[[' || first === 'function') return;
  while (i < words.length && ASSIGNMENT.test(words[i]?.value ?? '')) i++;
  const name = words[i];
  if (name) state.commands.push({ name, args: words.slice(i + 1) });
}

function skipTo(state: State, open: string, close: string): void {
  let depth = 0;
  for (; state.at < state.text.length; state.at++) {
    const c = state.text[state.at];
    if (c === open) depth++;
    else if (c === close && --depth <= 0) {
      state.at++;
      return;
    }
  }
}

/** Reads a `$(`, backtick or `<(` substitution whose opener is just behind the cursor. */
function substitution(state: State, depth: number, closer: ')' | '`'): void {
  if (depth < MAX_DEPTH) list(state, depth + 1, closer);
  else if (closer === ')') skipTo(state, '(', ')');
  else {
    const end = state.text.indexOf('`', state.at);
    state.at = end === -1 ? state.text.length : end + 1;
  }
}

function dollar(state: State, depth: number): string {
  const start = state.at;
  const next = state.text[start + 1];
  if (next === '(' && state.text[start + 2] === '(') {
    state.at += 1;
    skipTo(state, '(', ')');
  } else if (next === '(') {
    state.at += 2;
    substitution(state, depth, ')');
  } else if (next === '{') {
    state.at += 1;
    skipTo(state, '{', '}');
  } else state.at += 1;
  return state.text.slice(start, state.at);
}

function word(state: State, depth: number, closer: ')' | '`' | undefined): ShellWord {
  const { text } = state;
  const from = state.at;
  let value = '';
  while (state.at < text.length) {
    const c = text[state.at] ?? '';
    if (WORD_END.has(c) || (c === '`' && closer === '`')) break;
    if (c === "'") {
      const end = text.indexOf("'", state.at + 1);
      const stop = end === -1 ? text.length : end;
      value += text.slice(state.at + 1, stop);
      state.at = stop + 1;
    } else if (c === '"') {
      state.at++;
      while (state.at < text.length && text[state.at] !== '"') {
        const d = text[state.at] ?? '';
        if (d === '\\' && '$`"\\\n'.includes(text[state.at + 1] ?? 'x')) {
          value += text[state.at + 1] === '\n' ? '' : (text[state.at + 1] ?? '');
          state.at += 2;
        } else if (d === '$') value += dollar(state, depth);
        else if (d === '`') {
          state.at++;
          substitution(state, depth, '`');
        } else {
          value += d;
          state.at++;
        }
      }
      state.at++;
    } else if (c === '\\') {
      value += text[state.at + 1] === '\n' ? '' : (text[state.at + 1] ?? '');
      state.at += 2;
    } else if (c === '$') value += dollar(state, depth);
    else if (c === '`') {
      const start = state.at++;
      substitution(state, depth, '`');
      value += text.slice(start, state.at);
    } else {
      value += c;
      state.at++;
    }
  }
  state.at = Math.min(state.at, text.length);
  return { from, to: state.at, value };
}

function skipHeredocBodies(state: State, delimiters: { name: string; strip: boolean }[]): void {
  for (const { name, strip } of delimiters) {
    while (state.at < state.text.length) {
      const end = state.text.indexOf('\n', state.at);
      const stop = end === -1 ? state.text.length : end;
      const line = state.text.slice(state.at, stop).replace(/\r$/, '');
      state.at = stop + 1;
      if ((strip ? line.replace(/^\t+/, '') : line) === name) break;
    }
  }
  state.at = Math.min(state.at, state.text.length);
}

/** Reads commands until `closer` (consumed) or the end of the text. */
function list(state: State, depth: number, closer: ')' | '`' | undefined): void {
  const { text } = state;
  let words: ShellWord[] = [];
  let target: 'file' | 'heredoc' | 'heredoc-strip' | undefined;
  let heredocs: { name: string; strip: boolean }[] = [];
  let parens = 0;
  const flush = (): void => {
    finish(state, words);
    words = [];
  };
  while (state.at < text.length) {
    const c = text[state.at] ?? '';
    const next = text[state.at + 1];
    if (c === closer && (closer === '`' || parens === 0)) {
      state.at++;
      break;
    }
    if (c === ' ' || c === '\t' || c === '\r') state.at++;
    else if (c === '\n') {
      flush();
      state.at++;
      if (heredocs.length > 0) skipHeredocBodies(state, heredocs);
      heredocs = [];
    } else if (c === '#') {
      const end = text.indexOf('\n', state.at);
      state.at = end === -1 ? text.length : end;
    } else if (c === '\\' && next === '\n') state.at += 2;
    else if (c === '|') {
      flush();
      if (next === '|') state.at += 2;
      else {
        const to = state.at + (next === '&' ? 2 : 1);
        state.pipes.push({ from: state.at, to });
        state.at = to;
      }
    } else if (c === '&' && next === '>') {
      state.at += text[state.at + 2] === '>' ? 3 : 2;
      target = 'file';
    } else if (c === '&' || c === ';') {
      flush();
      state.at += next === c ? 2 : 1;
    } else if (c === '(') {
      flush();
      state.at++;
      if (next === '(') skipTo(state, '(', ')');
      else parens++;
    } else if (c === ')') {
      flush();
      state.at++;
      if (parens > 0) parens--;
    } else if ((c === '<' || c === '>') && next === '(') {
      state.at += 2;
      substitution(state, depth, ')');
    } else if (c === '<' || c === '>') {
      const op = /^(?:<<<|<<-|<<|<&|<>|<|>>|>&|>\||>)/.exec(text.slice(state.at, state.at + 3))?.[0] ?? c;
      // A file descriptor number right before the operator (2>) belongs to the redirection.
      const last = words[words.length - 1];
      if (last && last.to === state.at && /^\d+$/.test(last.value)) words.pop();
      state.at += op.length;
      target = op === '<<' ? 'heredoc' : op === '<<-' ? 'heredoc-strip' : 'file';
    } else {
      const read = word(state, depth, closer);
      if (read.to === read.from) state.at++;
      else if (target === 'heredoc' || target === 'heredoc-strip') heredocs.push({ name: read.value, strip: target === 'heredoc-strip' });
      else if (target === undefined) words.push(read);
      target = undefined;
    }
  }
  flush();
}

/** Reads a shell script into its commands and pipes; ranges index `script`. */
export function parseShell(script: string): ParsedScript {
  const state: State = { text: script, at: 0, commands: [], pipes: [] };
  while (state.at < script.length) list(state, 0, undefined);
  return { commands: state.commands, pipes: state.pipes };
}

/** The flags of a command's arguments as hadolint counts them: `--name[=x]` gives "name", `-abc` gives "a", "b", "c". */
export function flagsOf(args: readonly { value: string }[]): string[] {
  return args.flatMap(({ value }) => {
    if (value === '-' || value === '--' || !value.startsWith('-')) return [];
    if (value.startsWith('--')) return [value.slice(2).split('=')[0] ?? ''];
    return [...value.slice(1)];
  });
}
