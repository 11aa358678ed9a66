# title: A Rust Dockerfile with a stage-name slip, a shell-form entrypoint and a runtime that runs as root
# file: Dockerfile
# kind: Dockerfile
# variant: broken
# expect: DL3022, DL3025, SA5001
FROM rust:1.88-slim-bookworm AS builder
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs \
    && cargo build --release --locked \
    && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/orders /usr/local/bin/orders
EXPOSE 8080
ENTRYPOINT /usr/local/bin/orders --port 8080
