import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('DL3000', () => {
  it('reports DL3000 at the path when WORKDIR is relative', () => {
    expect(found('FROM debian:12\nWORKDIR app\n', 'DL3000')).toEqual([{ code: 'DL3000', severity: 'error', line: 2, column: 9 }]);
  });

  it('accepts absolute, quoted, variable and Windows paths', () => {
    for (const path of ['/app', '"/app"', '$HOME/app', 'C:\\app'])
      expect(found(`FROM debian:12\nWORKDIR ${path}\n`, 'DL3000'), path).toEqual([]);
  });
});

describe('DL3003', () => {
  it('reports DL3003 at cd when a RUN changes directory', () => {
    expect(found('FROM rust:1.85\nRUN cargo fetch && cd /src && cargo build\n', 'DL3003')).toEqual([
      { code: 'DL3003', severity: 'warning', line: 2, column: 20 },
    ]);
  });

  it('accepts WORKDIR, and cd as a mere argument', () => {
    expect(found('FROM rust:1.85\nWORKDIR /src\nRUN echo cd\n', 'DL3003')).toEqual([]);
  });
});

describe('DL3020', () => {
  it('reports DL3020 at the first plain source of an ADD', () => {
    expect(found('FROM debian:12\nADD vendor.tar.gz src/ /app/\n', 'DL3020')).toEqual([
      { code: 'DL3020', severity: 'error', line: 2, column: 19 },
    ]);
  });

  it('accepts ADD of URLs and archives', () => {
    expect(found('FROM debian:12\nADD https://example.com/ca.pem vendor.tgz "rootfs.tar.xz" /tmp/\n', 'DL3020')).toEqual([]);
  });
});

describe('DL3025', () => {
  it('reports DL3025 at the arguments of CMD and ENTRYPOINT in shell form', () => {
    expect(found('FROM debian:12\nCMD ./orders\nENTRYPOINT exec ./orders\n', 'DL3025')).toEqual([
      { code: 'DL3025', severity: 'warning', line: 2, column: 5 },
      { code: 'DL3025', severity: 'warning', line: 3, column: 12 },
    ]);
  });

  it('accepts the JSON form, and RUN in shell form', () => {
    expect(found('FROM debian:12\nRUN ./configure\nENTRYPOINT ["./orders"]\nCMD ["--port", "8080"]\n', 'DL3025')).toEqual([]);
  });
});

describe('DL3045', () => {
  it('reports DL3045 at the destination when COPY goes to a relative path without WORKDIR', () => {
    expect(found('FROM rust:1.85\nCOPY . .\n', 'DL3045')).toEqual([{ code: 'DL3045', severity: 'warning', line: 2, column: 8 }]);
  });

  it('accepts an absolute destination, a WORKDIR in the stage or in the stage it builds on', () => {
    expect(found('FROM rust:1.85\nCOPY . /src\nWORKDIR /src\nCOPY . .\n', 'DL3045')).toEqual([]);
    expect(found('FROM rust:1.85 AS base\nWORKDIR /src\nFROM base AS test\nCOPY tests ./tests\n', 'DL3045')).toEqual([]);
  });
});

describe('DL3059', () => {
  it('reports DL3059 as info at the second of two consecutive RUNs, even with a comment between', () => {
    const text = 'FROM debian:12\nRUN apt-get update\n# then\nRUN apt-get install -y curl\n';
    expect(found(text, 'DL3059')).toEqual([{ code: 'DL3059', severity: 'info', line: 4, column: 1 }]);
  });

  it('accepts RUNs apart, with different flags, or of more than two commands', () => {
    expect(found('FROM debian:12\nRUN a\nWORKDIR /x\nRUN b\n', 'DL3059')).toEqual([]);
    expect(found('FROM debian:12\nRUN a\nRUN --mount=type=cache,target=/root/.cargo b\n', 'DL3059')).toEqual([]);
    expect(found('FROM debian:12\nRUN a && b && c\nRUN d\n', 'DL3059')).toEqual([]);
  });
});

describe('DL4006', () => {
  it('reports DL4006 at the pipe of a RUN without pipefail', () => {
    expect(found('FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor\n', 'DL4006')).toEqual([
      { code: 'DL4006', severity: 'warning', line: 2, column: 40 },
    ]);
  });

  it('accepts pipes after SHELL sets pipefail or a non-POSIX shell, and RUNs without pipes', () => {
    expect(found('FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN a | b\n', 'DL4006')).toEqual([]);
    expect(found('FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN a | b\n', 'DL4006')).toEqual([]);
    expect(found('FROM debian:12\nRUN a || b\n', 'DL4006')).toEqual([]);
  });

  it('forgets the SHELL at the next FROM', () => {
    const text = 'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN a | b\n';
    expect(found(text, 'DL4006')).toEqual([{ code: 'DL4006', severity: 'warning', line: 4, column: 7 }]);
  });

  it('compares the shell by its basename, wherever it is installed', () => {
    expect(found('FROM debian:12\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN echo hi | cat\n', 'DL4006')).toEqual([]);
    expect(found('FROM alpine:3.21\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\nRUN a | b\n', 'DL4006')).toEqual([]);
    // sh has no pipefail everywhere (dash), so a path to it still does not count.
    expect(found('FROM debian:12\nSHELL ["/usr/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n', 'DL4006')).toEqual([
      { code: 'DL4006', severity: 'warning', line: 3, column: 7 },
    ]);
  });
});
