import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('DL3006', () => {
  it('reports DL3006 at the image when it has no tag', () => {
    expect(found('FROM debian\nUSER app\n', 'DL3006')).toEqual([{ code: 'DL3006', severity: 'warning', line: 1, column: 6 }]);
  });

  it('accepts a tag, a digest, scratch, an earlier stage and a variable', () => {
    for (const text of [
      'FROM debian:bookworm-slim\n',
      'FROM debian@sha256:0123456789abcdef\n',
      'FROM scratch\n',
      'FROM rust:1.85 AS build\nFROM build\n',
      'ARG BASE=debian:12\nFROM $BASE\n',
    ]) {
      expect(found(text, 'DL3006'), text).toEqual([]);
    }
  });
});

describe('DL3007', () => {
  it('reports DL3007 at the tag when the base image is tagged latest', () => {
    expect(found('FROM rust:latest\n', 'DL3007')).toEqual([{ code: 'DL3007', severity: 'warning', line: 1, column: 11 }]);
    expect(found('FROM rust:1.85 AS build\nFROM ${REGISTRY}/debian:latest\n', 'DL3007')).toEqual([
      { code: 'DL3007', severity: 'warning', line: 2, column: 25 },
    ]);
  });

  it('accepts a pinned version and a tag held in a variable', () => {
    expect(found('FROM rust:1.85-slim\n', 'DL3007')).toEqual([]);
    expect(found('ARG TAG=latest\nFROM rust:${TAG}\n', 'DL3007')).toEqual([]);
  });
});

describe('DL3022', () => {
  it('reports DL3022 at the --from value when no stage of that name is defined above', () => {
    const text = 'FROM rust:1.85 AS build\nFROM debian:12\nCOPY --from=builder /src/target/release/orders /usr/local/bin/\n';
    expect(found(text, 'DL3022')).toEqual([{ code: 'DL3022', severity: 'warning', line: 3, column: 13 }]);
    expect(found('FROM debian:12\nCOPY --from=build /a /b\nFROM rust:1.85 AS build\n', 'DL3022')).toHaveLength(1);
  });

  it('accepts a defined stage name (in any case), a stage number and an image reference', () => {
    const text = 'FROM rust:1.85 AS Build\nFROM debian:12\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.27 /c /c\n';
    expect(found(text, 'DL3022')).toEqual([]);
  });
});

describe('DL3023', () => {
  it('reports DL3023 when COPY --from names its own stage', () => {
    expect(found('FROM rust:1.85 AS build\nCOPY --from=build /a /b\n', 'DL3023')).toEqual([
      { code: 'DL3023', severity: 'error', line: 2, column: 13 },
    ]);
  });

  it('accepts a copy from an earlier stage', () => {
    expect(found('FROM rust:1.85 AS build\nFROM debian:12 AS runtime\nCOPY --from=build /a /b\n', 'DL3023')).toEqual([]);
  });
});

describe('DL3024', () => {
  it('reports DL3024 at the second use of a stage name', () => {
    expect(found('FROM rust:1.85 AS build\nFROM debian:12 AS build\n', 'DL3024')).toEqual([
      { code: 'DL3024', severity: 'error', line: 2, column: 19 },
    ]);
  });

  it('accepts distinct stage names', () => {
    expect(found('FROM rust:1.85 AS build\nFROM debian:12 AS runtime\n', 'DL3024')).toEqual([]);
  });
});

describe('DL3002', () => {
  it('reports DL3002 at the user when the last USER of a stage is root', () => {
    expect(found('FROM debian:12\nUSER app\nUSER root\n', 'DL3002')).toEqual([{ code: 'DL3002', severity: 'warning', line: 3, column: 6 }]);
    expect(found('FROM debian:12\nUSER 0:0\n', 'DL3002')).toHaveLength(1);
  });

  it('accepts a stage that switches back to an unprivileged user', () => {
    expect(found('FROM debian:12\nUSER root\nRUN apt-get update\nUSER 10001:10001\n', 'DL3002')).toEqual([]);
  });
});
