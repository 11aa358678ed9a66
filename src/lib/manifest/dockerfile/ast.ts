/** The Dockerfile syntax tree: every instruction, flag and argument with the span it comes from. */
import type { Span } from '../types.ts';

/** A piece of the source: its value and where it is. Offsets index the source text; `end` is exclusive. */
export interface Token {
  /** As Docker reads it: line continuations removed; quotes kept, except in exec-form items (decoded JSON strings). */
  value: string;
  start: number;
  end: number;
  span: Span;
}

/** A `--name=value` flag of FROM, RUN, COPY, ADD or HEALTHCHECK. */
export interface Flag {
  /** Lower-cased name without the dashes ("from", "mount"). */
  name: string;
  /** The text after `=`, undefined for a bare flag such as `--link`. */
  value: string | undefined;
  /** The whole flag, dashes included. */
  token: Token;
  valueToken: Token | undefined;
}

/** A here-document opened on an instruction line (`<<EOF`, `<<-EOF`, `<<"EOF"`). */
export interface Heredoc {
  /** The delimiter, unquoted ("EOF"). */
  name: string;
  /** `<<-`: leading tabs are stripped from the body and the terminator line. */
  chomp: boolean;
  /** False when the delimiter is quoted: variables in the body are not expanded. */
  expand: boolean;
  /** `<<EOF` as written on the instruction line. */
  marker: Token;
  /** The body, one line after another, each ending with a newline (leading tabs removed with `<<-`). */
  body: Token;
  /** False when the file ends before the terminator line. */
  terminated: boolean;
}

/** One `key=value` (or legacy `key value`) pair of ENV, ARG or LABEL. */
export interface KeyValue {
  key: Token;
  /** Undefined for `ARG NAME` without a default. */
  value: Token | undefined;
}

/** The parts of a FROM: `[--platform=...] name[:tag][@digest] [AS alias]`. */
export interface FromParts {
  /** The whole image reference. */
  image: Token;
  /** The reference without tag and digest ("rust", "gcr.io/distroless/cc-debian12"). */
  name: Token;
  tag: Token | undefined;
  digest: Token | undefined;
  alias: Token | undefined;
}

/** One simple command of a shell script, e.g. `cargo build --release`. */
export interface ShellCommand {
  /** The program, quotes removed. */
  name: Token;
  /** The words after the program, quotes removed; redirections are left out. */
  args: Token[];
}

/** What the validator knows of a shell script: its commands (also inside `$(...)`) and its pipes. */
export interface ShellScript {
  commands: ShellCommand[];
  /** Every `|` (or `|&`) operator. */
  pipes: Token[];
}

/** One instruction, with its parts. */
export interface Instruction {
  /** Upper-cased name ("RUN"); the word as written, upper-cased, when it is no instruction Docker knows. */
  name: string;
  /** The instruction word as written ("run", "RUN"). */
  keyword: Token;
  flags: Flag[];
  /** Everything after the flags, as one token; undefined when nothing follows. */
  args: Token | undefined;
  /** `exec` for a JSON array of strings, `shell` for RUN, CMD, ENTRYPOINT (and HEALTHCHECK CMD) otherwise, `none` for the rest. */
  form: 'exec' | 'shell' | 'none';
  /** The exec-form items, or the arguments split at whitespace. */
  words: Token[];
  heredocs: Heredoc[];
  /** From the keyword to the end of the last heredoc. */
  span: Span;
  /** 1-based line of the keyword. */
  line: number;
  /** Index of the build stage (0-based, as `COPY --from=0` counts); -1 before the first FROM. */
  stage: number;
  /** FROM only. */
  from: FromParts | undefined;
  /** ENV, ARG and LABEL. */
  pairs: KeyValue[];
  /** COPY and ADD: every word but the last. */
  sources: Token[];
  /** COPY and ADD: the last word. */
  destination: Token | undefined;
  /** RUN, CMD and ENTRYPOINT in shell form; for `RUN <<EOF` (or `RUN bash <<EOF`) the heredoc body is the script. */
  shell: ShellScript | undefined;
  /** Starts like a JSON array but is not one, so Docker runs the whole text with `/bin/sh -c`. */
  malformedExec: boolean;
  /** ONBUILD's trigger instruction. */
  trigger: Instruction | undefined;
  /** Codes silenced by a `# hadolint ignore=DL3007,...` comment right above. */
  ignored: string[];
}

/** A build stage: a FROM and the instructions up to the next FROM. */
export interface Stage {
  index: number;
  from: Instruction;
  /** The `AS` name, lower-cased as Docker compares it. */
  name: string | undefined;
  /** Index of the earlier stage this one builds on (`FROM build`), if it does. */
  base: number | undefined;
  instructions: Instruction[];
}

/** A parser directive at the top of the file (`# syntax=...`, `# escape=...`, `# check=...`). */
export interface Directive {
  name: string;
  value: string;
  token: Token;
}

/** Something Docker would refuse to build, with the span at fault. */
export interface ParseProblem {
  message: string;
  span: Span;
}

/** A parsed Dockerfile. Parsing never throws: what cannot be read becomes a problem. */
export interface Dockerfile {
  /** The escape character: `\` unless `# escape=` changes it. */
  escape: '\\' | '`';
  directives: Directive[];
  instructions: Instruction[];
  stages: Stage[];
  /** Comment lines, `#` included. */
  comments: Token[];
  /** Codes silenced for the whole file by `# hadolint global ignore=...`. */
  ignored: string[];
  problems: ParseProblem[];
}
