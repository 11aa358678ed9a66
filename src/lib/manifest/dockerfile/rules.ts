/** The Dockerfile family's codes: hadolint's (DL....) with hadolint's levels, and ours (SA5001-SA5099). */
import type { RuleInfo } from '../rules.ts';

const rule = (code: string, severity: RuleInfo['severity'], title: string, summary: string): RuleInfo => ({
  code,
  severity,
  family: 'dockerfile',
  title,
  summary,
});

/** Every code the Dockerfile checks emit. */
export const DOCKERFILE_RULES: readonly RuleInfo[] = [
  rule(
    'DL3000',
    'error',
    'Use an absolute WORKDIR',
    'A relative WORKDIR is resolved against whatever directory the base image (or an earlier WORKDIR) left behind, so the same line means different places in different images. Start the path with / (or a variable that holds one).',
  ),
  rule(
    'DL3002',
    'warning',
    'Last USER should not be root',
    'The last USER of a stage decides who its processes run as; ending on root (or UID 0) gives the container full privileges inside and a shorter path out. Switch back to an unprivileged user after the steps that need root.',
  ),
  rule(
    'DL3003',
    'warning',
    'Use WORKDIR to switch to a directory',
    'cd in a RUN only lasts for that RUN, which invites mistakes in the next one and hides where files land. WORKDIR sets the directory for every following instruction and documents it.',
  ),
  rule(
    'DL3006',
    'warning',
    'Always tag the image explicitly',
    'Without a tag Docker pulls :latest, so the base image changes under you whenever it is republished and two builds of the same commit can differ. Name a version tag or pin a digest.',
  ),
  rule(
    'DL3007',
    'warning',
    'Using latest is prone to errors',
    ':latest moves to each new release, including major ones, so a rebuild can silently change the compiler, the libc or the OS. Pin a release tag (rust:1.85-slim-bookworm) or a digest.',
  ),
  rule(
    'DL3020',
    'error',
    'Use COPY instead of ADD for files and folders',
    'ADD also downloads URLs and unpacks archives, so for plain files it does the same as COPY with surprises attached. Keep ADD for remote files and tar archives you want extracted; use COPY for the rest.',
  ),
  rule(
    'DL3022',
    'warning',
    'COPY --from should reference a previously defined FROM alias',
    'COPY --from names a stage defined above (by its AS name or its number) or an image reference with a tag. Any other name is looked up as an image in a registry, which is rarely what was meant and usually a typo.',
  ),
  rule(
    'DL3023',
    'error',
    'COPY --from cannot reference its own FROM alias',
    'A stage cannot copy from itself: its files are not built yet. Copy from an earlier stage, or use a plain COPY from the build context.',
  ),
  rule(
    'DL3024',
    'error',
    'FROM aliases must be unique',
    'Two stages with the same AS name make COPY --from, FROM <stage> and --target ambiguous. Current BuildKit only warns (the DuplicateStageName build check) and builds on, unless checks are made errors with # check=error=true; a reference may then pick a different stage than you meant. Give every stage its own name.',
  ),
  rule(
    'DL3025',
    'warning',
    'Use JSON notation for CMD and ENTRYPOINT',
    'In shell form Docker runs the command as /bin/sh -c "...", so the shell is PID 1: it does not forward SIGTERM, and the service is killed after the grace period instead of shutting down cleanly. Write ["./orders", "--port", "8080"] instead.',
  ),
  rule(
    'DL3045',
    'warning',
    'COPY to a relative destination without WORKDIR set',
    'A relative destination lands in the current working directory, which this stage never set; it depends on the base image and may be /. Set WORKDIR first or give an absolute destination.',
  ),
  rule(
    'DL3059',
    'info',
    'Multiple consecutive RUN instructions',
    'Each RUN makes a layer. Consecutive short RUNs with the same flags are usually better joined with &&, so the image has fewer layers and cleanup in the same step really removes files.',
  ),
  rule(
    'DL4006',
    'warning',
    'Set the SHELL option -o pipefail before RUN with a pipe',
    'A pipeline only reports the exit status of its last command, so in `curl ... | tar x` a failed download still lets the build go on. Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or /bin/ash on Alpine) before such a RUN.',
  ),
  rule(
    'SA5001',
    'warning',
    'The final stage has no USER',
    'Without a USER instruction the container runs as root, which Kubernetes admission policies (runAsNonRoot, restricted Pod Security) reject and which makes any escape worse. Create an unprivileged user, or use a base image that has one (distroless :nonroot), and add USER.',
  ),
  rule(
    'SA5002',
    'warning',
    'Single-stage build of a compiled language',
    'The image that compiles the service also ships it, with the compiler, build caches and sources: often over a gigabyte, with a large attack surface. This is so for a single stage, and for a final stage built FROM the stage that compiles. Build in one stage and copy only the binary into a slim or distroless runtime stage.',
  ),
  rule(
    'SA5003',
    'error',
    'Dockerfile syntax error',
    'Docker cannot read this line: an unknown instruction, missing arguments, an unknown flag, an unterminated heredoc, or no FROM at all. The build stops here, so nothing after it is checked with certainty.',
  ),
  rule(
    'SA5004',
    'info',
    'cargo build without --locked',
    'Without --locked Cargo may resolve newer dependency versions than Cargo.lock records, so the image can contain code that was never tested. --locked makes the build fail instead when the lock file is out of date.',
  ),
  rule(
    'SA5005',
    'warning',
    'cargo build without --release',
    'A debug build is unoptimised and full of debug information: many times slower and larger than a release build. Build with --release (or a --profile) for an image that will run in production.',
  ),
  rule(
    'SA5006',
    'info',
    'The whole source is copied before dependencies are built',
    'COPY . before the first cargo build puts every dependency in the same layer as your code, so any source change rebuilds all crates. Copy Cargo.toml and Cargo.lock first and compile the dependencies in a layer of their own (cargo chef cook, or a build of a stub main.rs), or use RUN --mount=type=cache. cargo fetch is not enough: it only downloads the crates.',
  ),
  rule(
    'SA5007',
    'warning',
    'The runtime stage uses the Rust toolchain image',
    'The rust image holds the compiler, Cargo and a full Debian: around a gigabyte the service does not need at run time, whether the final stage names it or is built FROM a stage that does. Run the binary on debian:bookworm-slim, gcr.io/distroless/cc-debian12 or scratch (for a static musl build) instead.',
  ),
  rule(
    'SA5008',
    'warning',
    'cargo run as the container command',
    'cargo run compiles the service every time the container starts, which makes start-up slow, needs the whole toolchain in the image and can fail at run time. Build the binary while building the image and run it directly.',
  ),
  rule(
    'SA5009',
    'warning',
    'Secret in ENV or ARG',
    'ENV values are stored in the image and shown by docker inspect; ARG values are kept in the build history. Pass secrets with RUN --mount=type=secret while building and as Kubernetes Secrets at run time.',
  ),
  rule(
    'SA5010',
    'warning',
    'Exec form that is not valid JSON',
    'This looks like the exec form but is not valid JSON (single quotes, a missing comma or bracket), so Docker silently runs the whole text with /bin/sh -c, brackets included. Use double quotes and commas: ["./orders", "--port", "8080"].',
  ),
];
