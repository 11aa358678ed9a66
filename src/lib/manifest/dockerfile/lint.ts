/** Runs every Dockerfile check over a parsed file and applies `# hadolint ignore=` comments. */
import type { Dockerfile } from './ast.ts';
import { type DockerfileCheck, type DockerfileFinding } from './checks/finding.ts';
import { checkMalformedExec, checkNoUser, checkSecrets, checkSingleStage, checkSyntax } from './checks/image.ts';
import { checkAdd, checkExecForm, checkRelativeCopy, checkRootUser, checkWorkdir } from './checks/instructions.ts';
import { checkCd, checkConsecutiveRuns, checkPipefail } from './checks/run.ts';
import { checkCargoFlags, checkCargoRun, checkDependencyLayer, checkRuntimeImage } from './checks/rust.ts';
import { checkBaseImages, checkCopyFrom } from './checks/stages.ts';

/** Every check, in the order their findings are listed for one position. */
export const DOCKERFILE_CHECKS: readonly DockerfileCheck[] = [
  checkSyntax,
  checkWorkdir,
  checkRootUser,
  checkCd,
  checkBaseImages,
  checkAdd,
  checkCopyFrom,
  checkExecForm,
  checkRelativeCopy,
  checkConsecutiveRuns,
  checkPipefail,
  checkNoUser,
  checkSingleStage,
  checkCargoFlags,
  checkDependencyLayer,
  checkRuntimeImage,
  checkCargoRun,
  checkSecrets,
  checkMalformedExec,
];

/** The findings for a parsed Dockerfile, sorted by position, without those an ignore comment silences. */
export function lintDockerfile(file: Dockerfile): DockerfileFinding[] {
  return DOCKERFILE_CHECKS.flatMap((check) => check(file))
    .filter((f) => !file.ignored.includes(f.code) && !f.instruction?.ignored.includes(f.code))
    .sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column || a.code.localeCompare(b.code));
}
