/** The second parsing stage, per instruction: FROM parts, exec or shell form, COPY paths, ENV/ARG/LABEL pairs. */
import type { Instruction, ParseProblem, ShellScript, Token } from './ast.ts';
import { splitImage } from './image.ts';
import { parseJsonArray } from './json.ts';
import type { LogicalLine } from './lexer.ts';
import { parseShell, type ParsedScript } from './shell.ts';
import { identity, logicalToken, type Mapped, type SourceText } from './source.ts';
import { quotedWords, skipSpace, whitespaceWords, type Range } from './words.ts';

/** What the per-instruction parsers share. */
export interface ParseContext {
  source: SourceText;
  escape: string;
  problems: ParseProblem[];
}

/** Records a problem at a token. */
export function problem(context: ParseContext, at: Token, message: string): void {
  context.problems.push({ message, span: at.span });
}

const STAGE_NAME = /^[a-z][a-z0-9._-]*$/i;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

function fromParts(context: ParseContext, line: Mapped, ins: Instruction, words: Range[]): void {
  const [image, as, alias] = words;
  if (!image) return;
  if (words.length === 2 || words.length > 3 || (as && line.text.slice(as.from, as.to).toLowerCase() !== 'as')) {
    const extra = words[1] as Range;
    problem(
      context,
      logicalToken(context.source, line, extra.from, (words[words.length - 1] as Range).to),
      'FROM takes an image and an optional "AS name"',
    );
  }
  const ref = line.text.slice(image.from, image.to);
  const parts = splitImage(ref);
  const token = (range: Range | undefined): Token | undefined =>
    range && logicalToken(context.source, line, image.from + range.from, image.from + range.to);
  const aliasToken = words.length === 3 && alias ? logicalToken(context.source, line, alias.from, alias.to) : undefined;
  if (aliasToken && !STAGE_NAME.test(aliasToken.value)) {
    problem(
      context,
      aliasToken,
      `"${aliasToken.value}" is not a valid stage name: use letters, digits, "-", "_" and ".", starting with a letter`,
    );
  }
  ins.from = {
    image: logicalToken(context.source, line, image.from, image.to),
    name: token(parts.name) as Token,
    tag: token(parts.tag),
    digest: token(parts.digest),
    alias: aliasToken,
  };
}

function pairs(context: ParseContext, line: Mapped, ins: Instruction, at: number, end: number): void {
  const words = quotedWords(line.text, at, end, context.escape);
  const tokenOf = (from: number, to: number): Token => logicalToken(context.source, line, from, to);
  const eqIn = (word: Range): number => {
    const eq = line.text.slice(word.from, word.to).indexOf('=');
    return eq === -1 ? -1 : word.from + eq;
  };
  const first = words[0];
  if (!first) return;
  if (ins.name !== 'ARG' && eqIn(first) === -1) {
    // The legacy form: `ENV NAME value with spaces`.
    const key = tokenOf(first.from, first.to);
    const rest = words[1];
    if (!rest) problem(context, key, `${ins.name} ${key.value} has no value: write ${key.value}=value`);
    ins.pairs.push({ key, value: rest && tokenOf(rest.from, end) });
    return;
  }
  for (const word of words) {
    const eq = eqIn(word);
    const key = tokenOf(word.from, eq === -1 ? word.to : eq);
    if (eq === -1 && ins.name !== 'ARG') problem(context, key, `${ins.name} expects name=value pairs; "${key.value}" has no "="`);
    else if (key.value === '') problem(context, tokenOf(word.from, word.to), `${ins.name} has a pair with an empty name`);
    ins.pairs.push({ key, value: eq === -1 ? undefined : tokenOf(eq + 1, word.to) });
  }
}

function looksLikeExec(name: string, text: string): boolean {
  if (name !== 'RUN') return true;
  return /^\[\s*["']/.test(text) && (/^\[["']/.test(text) || /^\[\s*(["'])[^"']*\1\s*,/.test(text));
}

function toScript(script: ParsedScript, token: (range: Range, value: string) => Token): ShellScript {
  return {
    commands: script.commands.map((c) => ({ name: token(c.name, c.name.value), args: c.args.map((a) => token(a, a.value)) })),
    pipes: script.pipes.map((p) => token(p, '|')),
  };
}

function shellScript(context: ParseContext, line: LogicalLine, ins: Instruction, at: number, end: number): ShellScript {
  const fromLine = toScript(parseShell(line.text.slice(at, end)), (r, value) =>
    logicalToken(context.source, line, at + r.from, at + r.to, value),
  );
  const body = ins.heredocs[0]?.body;
  if (ins.name !== 'RUN' || !body) return fromLine;
  // `RUN <<EOF` and `RUN bash <<EOF` run the body as the script; `RUN python3 <<EOF` feeds it to another program.
  const program = fromLine.commands[0]?.name.value.split('/').pop();
  if (program !== undefined && (!SHELLS.has(program) || fromLine.commands[0]?.args.some((a) => a.value === '-c'))) return fromLine;
  // A body with a shebang line is run by that interpreter (BuildKit writes it to a file and executes it).
  const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(body.value);
  const interpreter = shebang?.[1]?.endsWith('/env') ? shebang[2] : shebang?.[1];
  if (interpreter !== undefined && !SHELLS.has(interpreter.split('/').pop() ?? '')) return fromLine;
  const mapped = identity(context.source.text.slice(body.start, body.end), body.start);
  const fromBody = toScript(parseShell(mapped.text), (r, value) => logicalToken(context.source, mapped, r.from, r.to, value));
  return { commands: [...fromLine.commands, ...fromBody.commands], pipes: [...fromLine.pipes, ...fromBody.pipes] };
}

function execOrShell(context: ParseContext, line: LogicalLine, ins: Instruction, at: number, end: number): void {
  const text = line.text;
  if (text[at] === '[') {
    const json = parseJsonArray(text, at, end);
    if (json.kind === 'strings') {
      ins.form = 'exec';
      ins.words = json.items.map((item) => logicalToken(context.source, line, item.from, item.to, item.value));
      return;
    }
    if (json.kind === 'not-strings') {
      ins.form = 'exec';
      problem(context, logicalToken(context.source, line, at, end), `${ins.name}: a JSON array must hold strings only`);
      return;
    }
    ins.malformedExec = looksLikeExec(ins.name, text.slice(at, end));
  }
  ins.form = 'shell';
  ins.words = whitespaceWords(text, at, end).map((w) => logicalToken(context.source, line, w.from, w.to));
  if (ins.name !== 'SHELL') ins.shell = shellScript(context, line, ins, at, end);
}

function paths(context: ParseContext, line: LogicalLine, ins: Instruction, at: number, end: number): void {
  const json = line.text[at] === '[' ? parseJsonArray(line.text, at, end) : undefined;
  if (json?.kind === 'not-strings')
    problem(context, logicalToken(context.source, line, at, end), `${ins.name}: a JSON array must hold strings only`);
  if (json?.kind === 'strings') {
    ins.form = 'exec';
    ins.words = json.items.map((item) => logicalToken(context.source, line, item.from, item.to, item.value));
  } else ins.words = whitespaceWords(line.text, at, end).map((w) => logicalToken(context.source, line, w.from, w.to));
  if (ins.name === 'VOLUME') return;
  ins.sources = ins.words.slice(0, -1);
  ins.destination = ins.words.length >= 2 ? ins.words[ins.words.length - 1] : undefined;
  if (ins.words.length === 1) problem(context, ins.words[0] as Token, `${ins.name} needs at least one source and a destination`);
}

/** Fills in the parts of an instruction from its arguments, [at, end) of the logical line. */
export function describe(context: ParseContext, line: LogicalLine, ins: Instruction, at: number, end: number): void {
  const text = line.text;
  switch (ins.name) {
    case 'FROM': {
      const words = whitespaceWords(text, at, end);
      ins.words = words.map((w) => logicalToken(context.source, line, w.from, w.to));
      fromParts(context, line, ins, words);
      return;
    }
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT':
      execOrShell(context, line, ins, at, end);
      return;
    case 'SHELL':
      execOrShell(context, line, ins, at, end);
      if (ins.form !== 'exec' && ins.args)
        problem(context, ins.args, 'SHELL needs the JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
      return;
    case 'HEALTHCHECK': {
      const [first] = whitespaceWords(text, at, end);
      const word = first ? text.slice(first.from, first.to).toUpperCase() : '';
      if (first && word === 'CMD' && first.to === end)
        problem(context, logicalToken(context.source, line, first.from, end), 'HEALTHCHECK CMD needs a command');
      else if (first && word === 'CMD') execOrShell(context, line, ins, skipSpace(text, first.to, end), end);
      else if (first && (word !== 'NONE' || first.to < end))
        problem(context, logicalToken(context.source, line, first.from, end), 'HEALTHCHECK takes NONE or CMD followed by a command');
      return;
    }
    case 'COPY':
    case 'ADD':
    case 'VOLUME':
      paths(context, line, ins, at, end);
      return;
    case 'ENV':
    case 'LABEL':
    case 'ARG':
      pairs(context, line, ins, at, end);
      return;
    default:
      ins.words = whitespaceWords(text, at, end).map((w) => logicalToken(context.source, line, w.from, w.to));
  }
}
