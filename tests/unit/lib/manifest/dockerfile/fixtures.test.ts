import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, formatText } from '../../../../../src/lib/manifest/index.ts';
import { lint } from './helpers.ts';

const dir = new URL('../../../../fixtures/manifest/dockerfile/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith('.Dockerfile'))
  .map((name) => name.replace(/\.Dockerfile$/, ''));

describe('dockerfile fixtures', () => {
  it.each(fixtures)('%s.Dockerfile gives the diagnostics in %s.expected.json', (name) => {
    const diagnostics = lint(read(`${name}.Dockerfile`)).map(({ code, severity, line, column, endLine, endColumn }) => ({
      code,
      severity,
      line,
      column,
      endLine,
      endColumn,
    }));
    expect(diagnostics).toEqual(JSON.parse(read(`${name}.expected.json`)));
  });

  it('catches the classic learner mistakes with their messages', () => {
    const result = analyze([{ name: 'Dockerfile', text: read('learner.Dockerfile') }]);
    expect(formatText(result)).toMatchInlineSnapshot(`
      "Warning [SA5001] (Dockerfile stage 0 Dockerfile:1:1) the final stage (FROM rust:latest) sets no USER, so the container runs as root; add an unprivileged user and USER
      Warning [SA5002] (Dockerfile stage 0 Dockerfile:1:6) this single-stage image compiles with cargo build (line 5) and ships the toolchain with the binary; build in a first stage and copy the binary into a slim or distroless runtime stage
      Warning [DL3007] (Dockerfile stage 0 Dockerfile:1:11) rust:latest moves with every release; pin a version tag or a digest instead of latest
      Info [SA5006] (Dockerfile stage 0 Dockerfile:4:6) the whole context is copied before cargo builds (line 5), so any source change rebuilds every dependency
      Info [SA5004] (Dockerfile stage 0 Dockerfile:5:5) cargo build without --locked may use other dependency versions than Cargo.lock
      Warning [SA5005] (Dockerfile stage 0 Dockerfile:5:5) this is a debug build, unoptimised and much larger; add --release
      Warning [DL3025] (Dockerfile stage 0 Dockerfile:7:5) CMD in shell form runs under /bin/sh, which does not pass on signals; use the JSON form: CMD ["./orders"]

      0 error(s), 5 warning(s), 2 info(s)
      "
    `);
  });

  it('leaves out findings silenced by hadolint ignore comments', () => {
    const text = '# hadolint global ignore=SA5001\n# hadolint ignore=DL3007,SA5002\nFROM rust:latest\nRUN cargo build --release --locked\n';
    expect(lint(text).map((d) => d.code)).toEqual([]);
  });

  it('names the instruction and the stage of each finding', () => {
    const [d] = lint(read('review.Dockerfile')).filter((x) => x.code === 'DL3022');
    expect(d).toMatchObject({ path: 'COPY line 13', resource: 'Dockerfile stage build', docs: '/playground/rules/DL3022/' });
  });
});
