/** Our checks of the image as a whole: SA5001 (no USER), SA5002 (single-stage compiled build), SA5003, SA5009, SA5010. */
import type { Dockerfile, Stage } from '../ast.ts';
import { compileCommand } from './commands.ts';
import { commandsOf, finding, type DockerfileFinding } from './finding.ts';

const SECRET = /(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?)(?:_|$)/i;
// Names that point at a secret rather than hold one (DB_PASSWORD_FILE=/run/secrets/db).
const NOT_SECRET = /(?:^|_)(?:FILE|PATH|DIR|URL|NAME|USER|PUBLIC)$/i;

/** SA5003: everything the parser could not read. */
export function checkSyntax(file: Dockerfile): DockerfileFinding[] {
  return file.problems.map((p) => finding('SA5003', p.span, p.message, undefined));
}

function setsUser(file: Dockerfile, stage: Stage): boolean {
  // Walk down the stages this one builds on; `base` always points to an earlier stage, so this ends.
  for (let current: Stage | undefined = stage; current; current = file.stages[current.base ?? -1]) {
    if (current.instructions.some((ins) => ins.name === 'USER')) return true;
    const from = current.from.from;
    // Images built to run unprivileged: distroless :nonroot tags and Chainguard images.
    if (from && (/nonroot/i.test(from.tag?.value ?? '') || from.name.value.startsWith('cgr.dev/chainguard/'))) return true;
  }
  return false;
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
export function firstCompile(stage: Stage): { label: string; line: number } | undefined {
  for (const ins of stage.instructions) {
    if (ins.name !== 'RUN') continue;
    for (const command of commandsOf(ins)) {
      const label = compileCommand(command);
      if (label) return { label, line: command.name.span.line };
    }
  }
  return undefined;
}

/** SA5002: one stage both compiles and ships the service. */
export function checkSingleStage(file: Dockerfile): DockerfileFinding[] {
  const [stage, ...others] = file.stages;
  const compile = stage && others.length === 0 ? firstCompile(stage) : undefined;
  if (!stage?.from.from || !compile) return [];
  return [
    finding(
      'SA5002',
      stage.from.from.image,
      `this single-stage image compiles with ${compile.label} (line ${compile.line}) and ships the toolchain with the binary; build in a first stage and copy the binary into a slim or distroless runtime stage`,
      stage.from,
    ),
  ];
}

/** SA5009: secrets set with ENV or ARG. */
export function checkSecrets(file: Dockerfile): DockerfileFinding[] {
  return file.instructions.flatMap((ins) =>
    (ins.name === 'ENV' || ins.name === 'ARG' ? ins.pairs : [])
      .filter((pair) => SECRET.test(pair.key.value) && !NOT_SECRET.test(pair.key.value))
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
