/** Our checks of the image as a whole: SA5001 (no USER), SA5002 (the compiling image is shipped), SA5003, SA5009, SA5010. */
import type { Dockerfile, KeyValue, Stage } from '../ast.ts';
import { compileCommand } from './commands.ts';
import { commandsOf, dropQuotes, finding, type DockerfileFinding } from './finding.ts';

const SECRET_WORD = '(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?)';
// A name that ends in a secret word holds one (DB_PASSWORD, AWS_SECRET_ACCESS_KEY). Elsewhere in
// the name the word is usually a setting about secrets (TOKEN_TTL_SECONDS, DB_PASSWORD_FILE).
const SECRET_NAME = new RegExp(`(?:^|_)${SECRET_WORD}$`, 'i');
const MENTIONS_SECRET = new RegExp(`(?:^|_)${SECRET_WORD}(?:_|$)`, 'i');

/** SA5003: everything the parser could not read. */
export function checkSyntax(file: Dockerfile): DockerfileFinding[] {
  return file.problems.map((p) => finding('SA5003', p.span, p.message, undefined));
}

/** A stage and the earlier stages it is built on (`FROM builder`), nearest first; the last one names an external image. */
export function lineage(file: Dockerfile, stage: Stage): Stage[] {
  const out: Stage[] = [];
  // `base` always points to an earlier stage, so this ends.
  for (let current: Stage | undefined = stage; current; current = file.stages[current.base ?? -1]) out.push(current);
  return out;
}

function setsUser(file: Dockerfile, stage: Stage): boolean {
  return lineage(file, stage).some((current) => {
    if (current.instructions.some((ins) => ins.name === 'USER')) return true;
    const from = current.from.from;
    // Images built to run unprivileged: distroless :nonroot tags and Chainguard images.
    return !!from && (/nonroot/i.test(from.tag?.value ?? '') || from.name.value.startsWith('cgr.dev/chainguard/'));
  });
}

/** SA5001: the final stage sets no USER, so the container runs as root. */
export function checkNoUser(file: Dockerfile): DockerfileFinding[] {
  const last = file.stages[file.stages.length - 1];
  if (!last?.from.from || setsUser(file, last)) return [];
  const image = last.from.from.image.value;
  return [
    finding(
      'SA5001',
      last.from.keyword,
      `the final stage (FROM ${image}) sets no USER, so the container runs as root; add an unprivileged user and USER`,
      last.from,
    ),
  ];
}

/** The first compile command of a stage, with the RUN it is in. */
function firstCompile(stage: Stage): { label: string; line: number } | undefined {
  for (const ins of stage.instructions) {
    if (ins.name !== 'RUN') continue;
    for (const command of commandsOf(ins)) {
      const label = compileCommand(command);
      if (label) return { label, line: command.name.span.line };
    }
  }
  return undefined;
}

/**
 * The first compile that ends up in the final image: in the final stage or in a stage it is built
 * on, since `FROM builder` ships everything builder has, the toolchain included.
 */
export function shippedCompile(file: Dockerfile): { label: string; line: number; stage: Stage } | undefined {
  const last = file.stages[file.stages.length - 1];
  const stages = last ? lineage(file, last).reverse() : [];
  for (const stage of stages) {
    const compile = firstCompile(stage);
    if (compile) return { ...compile, stage };
  }
  return undefined;
}

/** SA5002: the image that compiles the service also ships it: one stage, or a final stage built `FROM` the builder. */
export function checkSingleStage(file: Dockerfile): DockerfileFinding[] {
  const last = file.stages[file.stages.length - 1];
  const compile = shippedCompile(file);
  const from = last?.from.from;
  if (!last || !from || !compile) return [];
  const what = file.stages.length === 1 ? 'this single-stage image' : 'this final stage';
  const builder = `"${compile.stage.from.from?.alias?.value ?? compile.stage.index}"`;
  return [
    finding(
      'SA5002',
      from.image,
      compile.stage === last
        ? `${what} compiles with ${compile.label} (line ${compile.line}) and ships the toolchain with the binary; build in a first stage and copy the binary into a slim or distroless runtime stage`
        : `${what} is built on stage ${builder}, which compiles with ${compile.label} (line ${compile.line}), so it ships the toolchain with the binary; copy only the binary into a slim or distroless runtime stage`,
      last.from,
    ),
  ];
}

/**
 * Whether a value looks generated, as keys and tokens are (hex, base64, `ghp_...`): long, in a token
 * alphabet, with many letters and digits; numbers, words, paths, URLs and host names do not.
 */
function looksGenerated(value: string): boolean {
  const count = (pattern: RegExp): number => value.match(pattern)?.length ?? 0;
  return /^[\w+/=-]{20,}$/.test(value) && !value.startsWith('/') && count(/\d/g) >= 4 && count(/[A-Za-z]/g) >= 4;
}

/** Whether an ENV or ARG pair holds a secret: by its name, or by a generated-looking value under a name about secrets. */
function holdsSecret(pair: KeyValue): boolean {
  const name = pair.key.value;
  if (SECRET_NAME.test(name)) return true;
  return MENTIONS_SECRET.test(name) && looksGenerated(dropQuotes(pair.value?.value ?? ''));
}

/** SA5009: secrets set with ENV or ARG. */
export function checkSecrets(file: Dockerfile): DockerfileFinding[] {
  return file.instructions.flatMap((ins) =>
    (ins.name === 'ENV' || ins.name === 'ARG' ? ins.pairs : [])
      .filter(holdsSecret)
      .map((pair) =>
        finding(
          'SA5009',
          pair.key,
          `${ins.name} ${pair.key.value} ${ins.name === 'ENV' ? 'is stored in the image' : 'is kept in the build history'}; use RUN --mount=type=secret while building and a Kubernetes Secret at run time`,
          ins,
        ),
      ),
  );
}

/** SA5010: an exec form that is not valid JSON runs as a shell string. */
export function checkMalformedExec(file: Dockerfile): DockerfileFinding[] {
  return file.instructions
    .filter((ins) => ins.malformedExec && ins.args)
    .map((ins) => {
      const single = ins.args?.value.includes("'") ? ' (JSON needs double quotes)' : '';
      return finding(
        'SA5010',
        ins.args ?? ins.keyword,
        `this is not a valid JSON array${single}, so Docker runs it as a /bin/sh -c string`,
        ins,
      );
    });
}
