import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Instruction, type Token } from '../../../../../src/lib/manifest/dockerfile/index.ts';

const at = (token: Token | undefined): [number, number, number, number] | undefined =>
  token && [token.span.line, token.span.column, token.span.endLine, token.span.endColumn];
const values = (tokens: readonly Token[]): string[] => tokens.map((t) => t.value);
const only = (text: string): Instruction => {
  const file = parseDockerfile(text);
  expect(file.problems).toEqual([]);
  return file.instructions[file.instructions.length - 1] as Instruction;
};

describe('parseDockerfile', () => {
  describe('instructions and positions', () => {
    it('reads instruction names case-insensitively and positions keyword, arguments and words', () => {
      const file = parseDockerfile('from rust:1.85 as build\n  run cargo build --release\n');
      expect(file.instructions.map((i) => i.name)).toEqual(['FROM', 'RUN']);
      const run = file.instructions[1] as Instruction;
      expect(run.keyword.value).toBe('run');
      expect(at(run.keyword)).toEqual([2, 3, 2, 6]);
      expect(at(run.args)).toEqual([2, 7, 2, 28]);
      expect(run.line).toBe(2);
      expect(run.stage).toBe(0);
    });

    it('splits FROM into name, tag, digest and alias, each with its span', () => {
      const from = only('FROM --platform=$BUILDPLATFORM ghcr.io/acme/rust:1.85@sha256:abc AS Build\n').from;
      expect(from?.name.value).toBe('ghcr.io/acme/rust');
      expect(from?.tag?.value).toBe('1.85');
      expect(at(from?.tag)).toEqual([1, 50, 1, 54]);
      expect(from?.digest?.value).toBe('sha256:abc');
      expect(from?.alias?.value).toBe('Build');
      expect(parseDockerfile('FROM rust AS Build\n').stages[0]?.name).toBe('build');
    });

    it('does not take a registry port or a ${VAR:-default} for a tag', () => {
      expect(only('FROM localhost:5000/orders\n').from?.tag).toBeUndefined();
      expect(only('FROM rust:${RUST_VERSION:-1.85}\n').from?.tag?.value).toBe('${RUST_VERSION:-1.85}');
    });

    it('groups instructions into stages, counting from 0', () => {
      const file = parseDockerfile('ARG V=1\nFROM rust:1.85 AS build\nRUN cargo build\nFROM debian:12\nCOPY --from=build /a /b\n');
      expect(file.stages.map((s) => [s.index, s.name, s.instructions.map((i) => i.name)])).toEqual([
        [0, 'build', ['FROM', 'RUN']],
        [1, undefined, ['FROM', 'COPY']],
      ]);
      expect(file.instructions[0]?.stage).toBe(-1);
    });
  });

  describe('line continuations and comments', () => {
    it('joins continuation lines and keeps positions on the physical lines', () => {
      const run = only('FROM a:1\nRUN apt-get update \\\n    && apt-get install -y curl\n');
      expect(run.args?.value).toBe('apt-get update     && apt-get install -y curl');
      expect(run.shell?.commands.map((c) => c.name.value)).toEqual(['apt-get', 'apt-get']);
      expect(at(run.shell?.commands[1]?.name)).toEqual([3, 8, 3, 15]);
      expect(run.span).toEqual({ line: 2, column: 1, endLine: 3, endColumn: 31 });
    });

    it('skips comment lines and empty lines inside a continuation', () => {
      const run = only('FROM a:1\nRUN echo one \\\n  # not part of the command\n\n  && echo two\n');
      expect(run.args?.value).toBe('echo one   && echo two');
      expect(at(run.shell?.commands[1]?.name)).toEqual([5, 6, 5, 10]);
    });

    it('allows spaces after the escape character and handles CRLF line ends', () => {
      const run = only('FROM a:1\r\nRUN echo a \\  \r\n  && echo b\r\n');
      expect(run.shell?.commands.map((c) => c.args[0]?.value)).toEqual(['a', 'b']);
      expect(at(run.shell?.commands[1]?.args[0])).toEqual([3, 11, 3, 12]);
    });

    it('keeps comments, and reads hadolint ignore comments for the next instruction and globally', () => {
      const file = parseDockerfile('# hadolint global ignore=DL3059\nFROM a:1\n# hadolint ignore=DL3003, SA5004\nRUN cd /x\n');
      expect(values(file.comments)).toEqual(['# hadolint global ignore=DL3059', '# hadolint ignore=DL3003, SA5004']);
      expect(file.ignored).toEqual(['DL3059']);
      expect(file.instructions[1]?.ignored).toEqual(['DL3003', 'SA5004']);
    });
  });

  describe('parser directives', () => {
    it('reads syntax and escape directives at the top only', () => {
      const file = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\nFROM a:1\n# escape=\\\n');
      expect(file.directives.map((d) => [d.name, d.value])).toEqual([
        ['syntax', 'docker/dockerfile:1'],
        ['escape', '`'],
      ]);
      expect(file.escape).toBe('`');
    });

    it('uses the backtick as the continuation character after # escape=`', () => {
      const run = only('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ `\n    && echo done\n');
      expect(run.shell?.commands.map((c) => c.name.value)).toEqual(['dir', 'echo']);
      expect(run.span.endLine).toBe(4);
    });

    it('stops reading directives after the first other line', () => {
      const file = parseDockerfile('\n# escape=`\nFROM a:1\nRUN echo `\n');
      expect(file.directives).toEqual([]);
      expect(file.escape).toBe('\\');
    });
  });

  describe('heredocs', () => {
    it('reads a RUN heredoc body as the script, with positions in the body', () => {
      const run = only('FROM a:1\nRUN <<EOF\nset -eu\ncargo build --release\nEOF\n');
      expect(run.heredocs.map((h) => [h.name, h.body.value, h.terminated])).toEqual([['EOF', 'set -eu\ncargo build --release\n', true]]);
      expect(run.shell?.commands.map((c) => c.name.value)).toEqual(['set', 'cargo']);
      expect(at(run.shell?.commands[1]?.name)).toEqual([4, 1, 4, 6]);
      expect(run.span).toEqual({ line: 2, column: 1, endLine: 5, endColumn: 4 });
    });

    it('handles <<- (tabs stripped), quoted delimiters and several heredocs on one line', () => {
      const run = only('FROM a:1\nRUN <<-ONE cat - <<"TWO"\n\techo $one\n\tONE\nsecond $two\nTWO\n');
      expect(run.heredocs.map((h) => [h.name, h.chomp, h.expand, h.body.value])).toEqual([
        ['ONE', true, true, 'echo $one\n'],
        ['TWO', false, false, 'second $two\n'],
      ]);
      expect(at(run.heredocs[1]?.marker)).toEqual([2, 18, 2, 25]);
    });

    it('treats a heredoc fed to another program as data, not as the script', () => {
      const run = only('FROM a:1\nRUN python3 <<EOF\nimport os | x\nEOF\n');
      expect(run.shell?.commands.map((c) => c.name.value)).toEqual(['python3']);
      expect(run.shell?.pipes).toEqual([]);
      const script = only('FROM a:1\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1) | x\nEOF\n');
      expect(script.shell?.commands).toEqual([]);
    });

    it('reads COPY heredocs as sources', () => {
      const copy = only('FROM a:1\nCOPY <<EOF /etc/orders.toml\nport = 8080\nEOF\n');
      expect(values(copy.sources)).toEqual(['<<EOF']);
      expect(copy.destination?.value).toBe('/etc/orders.toml');
    });

    it('reports an unterminated heredoc at its marker', () => {
      const file = parseDockerfile('FROM a:1\nRUN <<EOF\necho never closed\n');
      expect(file.problems).toEqual([
        { message: 'the heredoc <<EOF is never closed: no line "EOF" ends it', span: { line: 2, column: 5, endLine: 2, endColumn: 10 } },
      ]);
    });
  });

  describe('exec and shell form', () => {
    it('reads a JSON array as the exec form, items decoded and positioned', () => {
      const cmd = only('FROM a:1\nCMD ["./orders", "--name=\\"x\\""]\n');
      expect(cmd.form).toBe('exec');
      expect(values(cmd.words)).toEqual(['./orders', '--name="x"']);
      expect(at(cmd.words[1])).toEqual([2, 18, 2, 32]);
      expect(cmd.shell).toBeUndefined();
    });

    it('reads anything else as the shell form, and flags JSON-looking text that is not JSON', () => {
      const forms = parseDockerfile(
        'FROM a:1\nCMD ./orders\nCMD [\'./orders\']\nCMD ["./orders"\nRUN [ -f /x ] && echo ok\n',
      ).instructions.slice(1);
      expect(forms.map((i) => [i.form, i.malformedExec])).toEqual([
        ['shell', false],
        ['shell', true],
        ['shell', true],
        ['shell', false],
      ]);
    });

    it('refuses a JSON array that holds anything but strings, and SHELL in shell form', () => {
      const file = parseDockerfile('FROM a:1\nENTRYPOINT ["./orders", 8080]\nSHELL /bin/bash -c\n');
      expect(file.problems.map((p) => [p.message, p.span.line, p.span.column])).toEqual([
        ['ENTRYPOINT: a JSON array must hold strings only', 2, 12],
        ['SHELL needs the JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 3, 7],
      ]);
    });
  });

  describe('flags', () => {
    it('reads --name=value and bare flags with their spans', () => {
      const copy = only('FROM a:1 AS build\nFROM b:1\nCOPY --from=build --chown=app:app --link /a /b\n');
      expect(copy.flags.map((f) => [f.name, f.value])).toEqual([
        ['from', 'build'],
        ['chown', 'app:app'],
        ['link', undefined],
      ]);
      expect(at(copy.flags[0]?.valueToken)).toEqual([3, 13, 3, 18]);
      expect(values(copy.sources)).toEqual(['/a']);
    });

    it('reads --mount flags with quotes and commas as one flag', () => {
      const run = only('FROM a:1\nRUN --mount=type=cache,target="/usr/local/cargo/registry" cargo fetch\n');
      expect(run.flags.map((f) => f.value)).toEqual(['type=cache,target="/usr/local/cargo/registry"']);
      expect(run.args?.value).toBe('cargo fetch');
    });

    it('reports unknown flags and flags without their value', () => {
      const file = parseDockerfile('FROM a:1\nCOPY --form=build /a /b\nCOPY --from /a /b\n');
      expect(file.problems.map((p) => [p.message, p.span.line, p.span.column, p.span.endColumn])).toEqual([
        ['unknown flag --form for COPY; it takes --from, --chown, --chmod, --link, --parents, --exclude', 2, 6, 18],
        ['--from needs a value: --from=...', 3, 6, 12],
      ]);
    });
  });

  describe('ARG, ENV and LABEL', () => {
    it('reads key=value pairs, quoted values and the legacy space form', () => {
      const pairs = (text: string): [string, string | undefined][] =>
        only(`FROM a:1\n${text}\n`).pairs.map((p) => [p.key.value, p.value?.value]);
      expect(pairs('ENV RUST_LOG=info APP="orders service"')).toEqual([
        ['RUST_LOG', 'info'],
        ['APP', '"orders service"'],
      ]);
      expect(pairs('ENV RUST_LOG info,orders=debug')).toEqual([['RUST_LOG', 'info,orders=debug']]);
      expect(pairs('ARG PROFILE TARGET=x86_64-unknown-linux-musl')).toEqual([
        ['PROFILE', undefined],
        ['TARGET', 'x86_64-unknown-linux-musl'],
      ]);
    });
  });

  describe('problems', () => {
    it('reports what Docker cannot build, at the token at fault, and never throws', () => {
      const file = parseDockerfile('RUN echo early\nFROM rust:1.85 AS 1st\ncargo build\nWORKDIR\nENV PORT\nFROM a b\n');
      expect(file.problems.map((p) => [p.span.line, p.span.column, p.message])).toEqual([
        [1, 1, 'RUN comes before the first FROM; only ARG may'],
        [2, 19, '"1st" is not a valid stage name: use letters, digits, "-", "_" and ".", starting with a letter'],
        [3, 1, 'unknown instruction "cargo" (is a RUN, or a line continuation on the line above, missing?)'],
        [4, 1, 'WORKDIR needs arguments'],
        [5, 5, 'ENV PORT has no value: write PORT=value'],
        [6, 8, 'FROM takes an image and an optional "AS name"'],
      ]);
    });

    it('reports a file without FROM, even an empty one', () => {
      expect(parseDockerfile('').problems).toEqual([
        { message: 'there is no FROM instruction, so there is no image to build', span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
      ]);
      expect(parseDockerfile('# only a comment\nARG X=1\n').problems[0]?.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    });
  });
});
