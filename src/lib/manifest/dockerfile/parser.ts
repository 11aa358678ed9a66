/**
 * The Dockerfile parser: lexed lines to instructions with flags, arguments, heredocs and stages,
 * every part positioned. It never throws; what Docker would refuse to build becomes a problem.
 */
import type { Dockerfile, Flag, Instruction, Stage } from './ast.ts';
import { describe, problem, type ParseContext } from './instructions.ts';
import { lex, type LogicalLine } from './lexer.ts';
import { logicalToken, sourceText, sourceToken, spanOf } from './source.ts';
import { quotedWordEnd, skipSpace, trimEnd } from './words.ts';

/** Every instruction Docker knows. */
export const INSTRUCTIONS: ReadonlySet<string> = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

const FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};
const SWITCHES = new Set(['link', 'parents', 'keep-git-dir', 'unpack']);
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
const PRAGMA = /^#\s*hadolint\s+(global\s+)?ignore\s*=\s*([A-Z0-9, ]+)/i;

function flags(context: ParseContext, line: LogicalLine, ins: Instruction, from: number, end: number): number {
  const allowed = FLAGS[ins.name];
  let at = from;
  while (allowed && line.text.startsWith('--', at) && at + 2 < end && line.text[at + 2] !== ' ') {
    const wordEnd = quotedWordEnd(line.text, at, end, context.escape);
    const eq = at + line.text.slice(at, wordEnd).indexOf('=');
    const hasValue = eq >= at;
    const name = line.text.slice(at + 2, hasValue ? eq : wordEnd).toLowerCase();
    const flag: Flag = {
      name,
      value: hasValue ? line.text.slice(eq + 1, wordEnd) : undefined,
      token: logicalToken(context.source, line, at, wordEnd),
      valueToken: hasValue ? logicalToken(context.source, line, eq + 1, wordEnd) : undefined,
    };
    if (!allowed.includes(name)) {
      problem(context, flag.token, `unknown flag --${name} for ${ins.name}; it takes ${allowed.map((f) => `--${f}`).join(', ')}`);
    } else if (!hasValue && !SWITCHES.has(name)) problem(context, flag.token, `--${name} needs a value: --${name}=...`);
    ins.flags.push(flag);
    at = skipSpace(line.text, wordEnd, end);
  }
  return at;
}

function heredocs(context: ParseContext, line: LogicalLine, ins: Instruction): void {
  for (const raw of line.heredocs) {
    const marker = logicalToken(context.source, line, raw.from, raw.to);
    if (!raw.terminated) problem(context, marker, `the heredoc ${marker.value} is never closed: no line "${raw.name}" ends it`);
    ins.heredocs.push({
      name: raw.name,
      chomp: raw.chomp,
      expand: raw.expand,
      marker,
      body: sourceToken(context.source, raw.body.from, raw.body.to, raw.content),
      terminated: raw.terminated,
    });
  }
}

function parseInstruction(context: ParseContext, line: LogicalLine, from: number, trigger: boolean): Instruction {
  const text = line.text;
  const kwFrom = skipSpace(text, from);
  let kwTo = kwFrom;
  while (kwTo < text.length && !/\s/.test(text[kwTo] ?? '')) kwTo++;
  const keyword = logicalToken(context.source, line, kwFrom, kwTo);
  const ins: Instruction = {
    name: keyword.value.toUpperCase(),
    keyword,
    flags: [],
    args: undefined,
    form: 'none',
    words: [],
    heredocs: [],
    span: spanOf(context.source, keyword.start, Math.max(keyword.end, line.end)),
    line: keyword.span.line,
    stage: -1,
    from: undefined,
    pairs: [],
    sources: [],
    destination: undefined,
    shell: undefined,
    malformedExec: false,
    trigger: undefined,
    ignored: [],
  };
  if (!trigger) heredocs(context, line, ins);
  const end = trimEnd(text, kwTo, text.length);
  const at = flags(context, line, ins, skipSpace(text, kwTo, end), end);
  ins.args = at < end ? logicalToken(context.source, line, at, end) : undefined;
  if (!INSTRUCTIONS.has(ins.name)) {
    const hint = /^[a-z]/.test(keyword.value) ? ' (is a RUN, or a line continuation on the line above, missing?)' : '';
    problem(context, keyword, `unknown instruction "${keyword.value}"${hint}`);
    return ins;
  }
  if (!ins.args && ins.heredocs.length === 0) {
    problem(context, keyword, `${ins.name} needs arguments`);
    return ins;
  }
  if (ins.name === 'ONBUILD') {
    ins.trigger = parseInstruction(context, { ...line, heredocs: [] }, at, true);
    if (NOT_TRIGGERS.has(ins.trigger.name)) problem(context, ins.trigger.keyword, `ONBUILD ${ins.trigger.name} is not allowed`);
    return ins;
  }
  describe(context, line, ins, at, end);
  return ins;
}

function codes(list: string): string[] {
  return list
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

function stagesOf(context: ParseContext, instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  const named = new Map<string, number>();
  for (const ins of instructions) {
    if (ins.name === 'FROM') {
      const name = ins.from?.alias?.value.toLowerCase();
      const base = named.get(ins.from?.image.value.toLowerCase() ?? '');
      stages.push({ index: stages.length, from: ins, name, base, instructions: [] });
      if (name !== undefined) named.set(name, stages.length - 1);
    }
    const stage = stages[stages.length - 1];
    if (stage) {
      ins.stage = stage.index;
      stage.instructions.push(ins);
    } else if (ins.name !== 'ARG' && INSTRUCTIONS.has(ins.name)) {
      problem(context, ins.keyword, `${ins.name} comes before the first FROM; only ARG may`);
    }
  }
  return stages;
}

/** Parses a Dockerfile. Never throws: what Docker would refuse to build is listed in `problems`. */
export function parseDockerfile(text: string): Dockerfile {
  const lexed = lex(text);
  const source = sourceText(text);
  const context: ParseContext = { source, escape: lexed.escape, problems: [] };
  for (const p of lexed.problems) context.problems.push({ message: p.message, span: spanOf(source, p.from, p.to) });
  const comments = lexed.comments.map((c) => sourceToken(source, c.from, c.to));
  const ignored = comments.flatMap((c) => {
    const match = PRAGMA.exec(c.value);
    return match?.[1] ? codes(match[2] ?? '') : [];
  });
  const instructions = lexed.lines.map((line) => {
    const ins = parseInstruction(context, line, 0, false);
    ins.ignored = line.comments.flatMap((c) => {
      const match = PRAGMA.exec(text.slice(c.from, c.to));
      return match && !match[1] ? codes(match[2] ?? '') : [];
    });
    return ins;
  });
  const stages = stagesOf(context, instructions);
  if (stages.length === 0) {
    const first = instructions[0]?.keyword ?? sourceToken(source, 0, Math.min(1, text.length));
    problem(context, first, 'there is no FROM instruction, so there is no image to build');
  }
  context.problems.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  return {
    escape: lexed.escape,
    directives: lexed.directives.map((d) => ({ name: d.name, value: d.value, token: sourceToken(source, d.from, d.to) })),
    instructions,
    stages,
    comments,
    ignored,
    problems: context.problems,
  };
}
