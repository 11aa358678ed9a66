# title: A multi-stage Rust build that ships one binary on distroless
# file: Dockerfile
# kind: Dockerfile
# variant: clean
# syntax=docker/dockerfile:1

FROM rust:1.88-slim-bookworm AS builder
WORKDIR /src
# Build the dependencies against a stub main first: this layer is reused
# until Cargo.toml or Cargo.lock change.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs \
    && cargo build --release --locked \
    && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=builder /src/target/release/orders /usr/local/bin/orders
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/orders"]
