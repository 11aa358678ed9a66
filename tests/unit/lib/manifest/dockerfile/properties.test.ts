import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDockerfile, parseDockerfile } from '../../../../../src/lib/manifest/dockerfile/index.ts';
import { analyze, type Span } from '../../../../../src/lib/manifest/index.ts';

const valid = readFileSync(new URL('../../../../fixtures/manifest/dockerfile/production.Dockerfile', import.meta.url), 'utf8');
const pieces = [
  '\\',
  '`',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '<<EOF',
  '<<-"X"',
  'EOF',
  '"',
  "'",
  '[',
  ']',
  '$(',
  ')',
  '#',
  '# escape=`',
  '--from=',
  'FROM ',
  ' AS ',
  '|',
  '&&',
  'RUN ',
  '{',
  '=',
];

/** A valid Dockerfile with random cuts, insertions and repeated slices. */
const mutated = fc
  .array(fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }))), {
    minLength: 1,
    maxLength: 12,
  })
  .map((edits) =>
    edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut)), valid),
  );

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join('')),
  mutated,
);

function expectInside(text: string, span: Span): void {
  const lines = text.split('\n');
  const length = (line: number): number => lines[line - 1]?.length ?? -1;
  expect(span.line).toBeGreaterThanOrEqual(1);
  expect(span.endLine).toBeGreaterThanOrEqual(span.line);
  expect(span.endLine).toBeLessThanOrEqual(lines.length);
  expect(span.column).toBeGreaterThanOrEqual(1);
  expect(span.column).toBeLessThanOrEqual(length(span.line) + 1);
  expect(span.endColumn).toBeGreaterThanOrEqual(1);
  expect(span.endColumn).toBeLessThanOrEqual(length(span.endLine) + 1);
  if (span.endLine === span.line) expect(span.endColumn).toBeGreaterThanOrEqual(span.column);
}

describe('parseDockerfile and lintDockerfile properties', () => {
  it('never throw, and every position they report is inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const file = parseDockerfile(text);
        for (const p of file.problems) expectInside(text, p.span);
        for (const ins of file.instructions) {
          for (const token of [ins.keyword, ...ins.words, ...ins.flags.map((f) => f.token)]) expectInside(text, token.span);
        }
        for (const f of lintDockerfile(file)) expectInside(text, f.span);
      }),
      { numRuns: 1000 },
    );
  });

  it('run inside the analyzer without a failed check', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const diagnostics = analyze([{ name: 'Dockerfile', text }]).files[0]?.diagnostics ?? [];
        expect(diagnostics.filter((d) => d.code === 'SA1011')).toEqual([]);
        for (const d of diagnostics.filter((x) => /^(DL|SA5)/.test(x.code))) expectInside(text, d);
      }),
      { numRuns: 300 },
    );
  });

  it('get through large and pathological input (a hang fails on the test timeout)', () => {
    parseDockerfile(`FROM a:1\nRUN ${'echo x \\\n'.repeat(100_000)}done\n`);
    lintDockerfile(parseDockerfile(`FROM a:1\nRUN ${'$('.repeat(50_000)}${'"'.repeat(10_000)}\n${'RUN a | b\n'.repeat(20_000)}`));
    parseDockerfile(`FROM a:1\n${'RUN <<A <<B <<C\n'.repeat(10_000)}`);
    const chain = Array.from({ length: 20_000 }, (_, i) => `FROM s${i} AS s${i + 1}\nCOPY --from=missing x y\n`).join('');
    lintDockerfile(parseDockerfile(`FROM a:1 AS s0\n${chain}`));
  });
});
