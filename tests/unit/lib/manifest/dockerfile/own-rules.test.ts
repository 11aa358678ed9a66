import { describe, expect, it } from 'vitest';
import { found, lint } from './helpers.ts';

describe('SA5001', () => {
  it('reports SA5001 at the final FROM when the final stage has no USER', () => {
    const text = 'FROM rust:1.85 AS build\nUSER builder\nFROM debian:12-slim\nCOPY --from=build /orders /orders\n';
    expect(found(text, 'SA5001')).toEqual([{ code: 'SA5001', severity: 'warning', line: 3, column: 1 }]);
  });

  it('accepts a USER, a parent stage with one, and images that run unprivileged', () => {
    expect(found('FROM debian:12\nUSER 10001\n', 'SA5001')).toEqual([]);
    expect(found('FROM debian:12 AS base\nUSER app\nFROM base\n', 'SA5001')).toEqual([]);
    expect(found('FROM gcr.io/distroless/cc-debian12:nonroot\n', 'SA5001')).toEqual([]);
  });
});

describe('SA5002', () => {
  it('reports SA5002 at the image of a single-stage build that compiles', () => {
    expect(found('FROM rust:1.85\nWORKDIR /src\nRUN cargo build --release --locked\n', 'SA5002')).toEqual([
      { code: 'SA5002', severity: 'warning', line: 1, column: 6 },
    ]);
    for (const build of ['go build ./...', 'make', 'mvn -B package', 'dotnet publish -c Release', './gradlew bootJar']) {
      expect(found(`FROM debian:12\nRUN ${build}\n`, 'SA5002'), build).toHaveLength(1);
    }
  });

  it('accepts a multi-stage build and a single stage that does not compile', () => {
    expect(found('FROM rust:1.85 AS build\nRUN cargo build --release\nFROM debian:12\n', 'SA5002')).toEqual([]);
    expect(found('FROM debian:12\nRUN cargo --version && apt-get update\n', 'SA5002')).toEqual([]);
  });

  it('reports SA5002 at the final FROM when the final stage is built on the stage that compiles', () => {
    const text =
      'FROM rust:1.85.1-slim-bookworm AS builder\nWORKDIR /src\nCOPY . .\nRUN cargo build --release --locked\nFROM builder\nUSER 10001\n';
    expect(found(text, 'SA5002')).toEqual([{ code: 'SA5002', severity: 'warning', line: 5, column: 6 }]);
    expect(lint(text).find((d) => d.code === 'SA5002')?.message).toContain(
      'built on stage "builder", which compiles with cargo build (line 4)',
    );
    // Through two stage names, and with the compile in the middle one.
    const chain = 'FROM rust:1.85 AS base\nFROM base AS build\nRUN cargo build --release\nFROM build AS final\nFROM final\n';
    expect(found(chain, 'SA5002')).toEqual([{ code: 'SA5002', severity: 'warning', line: 5, column: 6 }]);
  });
});

describe('SA5003', () => {
  it('reports SA5003 as an error at what Docker cannot read', () => {
    const text = 'FROM rust:1.85\nRUN cargo fetch\n    cargo build\nCOPY\nRUN <<EOF\necho\n';
    expect(found(text, 'SA5003')).toEqual([
      { code: 'SA5003', severity: 'error', line: 3, column: 5 },
      { code: 'SA5003', severity: 'error', line: 4, column: 1 },
      { code: 'SA5003', severity: 'error', line: 5, column: 5 },
    ]);
    expect(found('# nothing here\n', 'SA5003')).toEqual([{ code: 'SA5003', severity: 'error', line: 1, column: 1 }]);
  });

  it('accepts a well-formed file', () => {
    expect(found('FROM rust:1.85\nRUN cargo fetch \\\n    && cargo build\n', 'SA5003')).toEqual([]);
  });
});

describe('SA5004', () => {
  it('reports SA5004 as info at cargo build without --locked', () => {
    expect(found('FROM rust:1.85 AS b\nRUN cargo +nightly build --release\n', 'SA5004')).toEqual([
      { code: 'SA5004', severity: 'info', line: 2, column: 5 },
    ]);
    expect(found('FROM rust:1.85 AS b\nRUN cargo install cargo-chef\n', 'SA5004')).toHaveLength(1);
  });

  it('accepts --locked and --frozen', () => {
    expect(found('FROM rust:1.85 AS b\nRUN cargo build --release --locked && cargo install --frozen --path .\n', 'SA5004')).toEqual([]);
  });
});

describe('SA5005', () => {
  it('reports SA5005 at a debug cargo build', () => {
    expect(found('FROM rust:1.85 AS b\nRUN cargo build --locked\n', 'SA5005')).toEqual([
      { code: 'SA5005', severity: 'warning', line: 2, column: 5 },
    ]);
  });

  it('accepts --release, -r and a --profile', () => {
    expect(found('FROM rust:1.85 AS b\nRUN cargo build -r && cargo build --profile=dist && cargo build --release\n', 'SA5005')).toEqual([]);
  });
});

describe('SA5006', () => {
  it('reports SA5006 at the source of a COPY . before the first cargo build', () => {
    expect(found('FROM rust:1.85 AS b\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n', 'SA5006')).toEqual([
      { code: 'SA5006', severity: 'info', line: 3, column: 6 },
    ]);
  });

  it('accepts a dependency layer first, or a cache mount', () => {
    const layered =
      'FROM rust:1.85 AS b\nWORKDIR /src\nCOPY recipe.json ./\nRUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release\n';
    expect(found(layered, 'SA5006')).toEqual([]);
    const stub =
      'FROM rust:1.85 AS b\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock ./\nRUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release\nCOPY . .\nRUN cargo build --release\n';
    expect(found(stub, 'SA5006')).toEqual([]);
    expect(found('FROM rust:1.85 AS b\nCOPY . /src\nRUN --mount=type=cache,target=/src/target cargo build --release\n', 'SA5006')).toEqual(
      [],
    );
  });
});

describe('SA5006 and downloads', () => {
  it('reports SA5006 despite cargo fetch or cargo chef prepare, which compile nothing', () => {
    const fetched =
      'FROM rust:1.85 AS b\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock ./\nRUN cargo fetch --locked\nCOPY . .\nRUN cargo build --release\n';
    expect(found(fetched, 'SA5006')).toEqual([{ code: 'SA5006', severity: 'info', line: 5, column: 6 }]);
    const prepared =
      'FROM rust:1.85 AS b\nWORKDIR /src\nCOPY . .\nRUN cargo chef prepare --recipe-path recipe.json\nRUN cargo build --release\n';
    expect(found(prepared, 'SA5006')).toEqual([{ code: 'SA5006', severity: 'info', line: 3, column: 6 }]);
  });
});

describe('SA5007', () => {
  it('reports SA5007 at the image when the runtime stage is the Rust toolchain', () => {
    const text = 'FROM rust:1.85 AS build\nRUN cargo build --release\nFROM rust:1.85-slim\nCOPY --from=build /a /a\n';
    expect(found(text, 'SA5007')).toEqual([{ code: 'SA5007', severity: 'warning', line: 3, column: 6 }]);
  });

  it('accepts a slim runtime, and leaves single-stage builds that compile to SA5002', () => {
    expect(found('FROM rust:1.85 AS build\nFROM debian:bookworm-slim\n', 'SA5007')).toEqual([]);
    expect(found('FROM rust:1.85\nRUN cargo build --release\n', 'SA5007')).toEqual([]);
  });

  it('follows stage names to the toolchain image, and leaves a final FROM builder that compiled to SA5002', () => {
    const text = 'FROM rust:1.85 AS base\nFROM base AS build\nRUN cargo build --release\nFROM base\nCOPY --from=build /a /a\n';
    expect(found(text, 'SA5007')).toEqual([{ code: 'SA5007', severity: 'warning', line: 4, column: 6 }]);
    expect(lint(text).find((d) => d.code === 'SA5007')?.message).toContain('builds on stage "base", which is rust:1.85,');
    const builder = 'FROM rust:1.85.1-slim-bookworm AS builder\nRUN cargo build --release\nFROM builder\n';
    expect(found(builder, 'SA5007')).toEqual([]);
    expect(found('FROM rust:1.85 AS build\nFROM debian:12-slim AS runtime\nFROM runtime\n', 'SA5007')).toEqual([]);
  });
});

describe('SA5008', () => {
  it('reports SA5008 at cargo run in CMD or ENTRYPOINT', () => {
    expect(found('FROM rust:1.85\nCMD ["cargo", "run", "--release"]\n', 'SA5008')).toEqual([
      { code: 'SA5008', severity: 'warning', line: 2, column: 6 },
    ]);
    expect(found('FROM rust:1.85\nENTRYPOINT cargo run\n', 'SA5008')).toEqual([
      { code: 'SA5008', severity: 'warning', line: 2, column: 12 },
    ]);
  });

  it('accepts running the binary', () => {
    expect(found('FROM debian:12\nCMD ["/usr/local/bin/orders"]\n', 'SA5008')).toEqual([]);
  });
});

describe('SA5009', () => {
  it('reports SA5009 at the name of a secret in ENV or ARG', () => {
    expect(found('FROM debian:12\nENV RUST_LOG=info DATABASE_PASSWORD=hunter2\nARG GITHUB_TOKEN\n', 'SA5009')).toEqual([
      { code: 'SA5009', severity: 'warning', line: 2, column: 19 },
      { code: 'SA5009', severity: 'warning', line: 3, column: 5 },
    ]);
  });

  it('accepts names that only point at a secret', () => {
    expect(found('FROM debian:12\nENV DATABASE_PASSWORD_FILE=/run/secrets/db TOKEN_URL=https://auth\n', 'SA5009')).toEqual([]);
  });

  it('reports names that end in a secret word, and accepts settings about secrets', () => {
    const text =
      'FROM debian:12\nENV API_TOKEN=x DB_PASSWORD=y\nARG AWS_SECRET_ACCESS_KEY\nENV TOKEN_TTL_SECONDS=3600 PASSWORD_MIN_LENGTH=12\n';
    expect(found(text, 'SA5009')).toEqual([
      { code: 'SA5009', severity: 'warning', line: 2, column: 5 },
      { code: 'SA5009', severity: 'warning', line: 2, column: 17 },
      { code: 'SA5009', severity: 'warning', line: 3, column: 5 },
    ]);
  });

  it('reports a generated-looking value under a name about secrets', () => {
    const text = 'FROM debian:12\nENV SECRET_KEY_BASE=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b TOKEN_ISSUER=orders-api-v2.shop.internal\n';
    expect(found(text, 'SA5009')).toEqual([{ code: 'SA5009', severity: 'warning', line: 2, column: 5 }]);
  });
});

describe('SA5010', () => {
  it('reports SA5010 at an exec form that is not valid JSON', () => {
    expect(found("FROM debian:12\nCMD ['./orders']\n", 'SA5010')).toEqual([{ code: 'SA5010', severity: 'warning', line: 2, column: 5 }]);
    expect(found('FROM debian:12\nRUN ["cargo", "build"\n', 'SA5010')).toHaveLength(1);
  });

  it('accepts valid JSON and a shell test command', () => {
    expect(found('FROM debian:12\nCMD ["./orders"]\nRUN [ -f /etc/os-release ] && echo ok\n', 'SA5010')).toEqual([]);
  });
});
