/** The dockerfile family of checks (hadolint's DL codes and our SA5001-SA5099), and the Dockerfile parser for reuse. */
import type { Family } from '../family.ts';
import { dockerfileAnalyzer } from './analyzer.ts';
import { DOCKERFILE_RULES } from './rules.ts';

/** Everything the dockerfile family adds to the analyzer. */
export const dockerfileFamily: Family = { rules: DOCKERFILE_RULES, schemas: [], analyzers: [dockerfileAnalyzer] };

export type {
  Directive,
  Dockerfile,
  Flag,
  FromParts,
  Heredoc,
  Instruction,
  KeyValue,
  ParseProblem,
  ShellCommand,
  ShellScript,
  Stage,
  Token,
} from './ast.ts';
export type { DockerfileCheck, DockerfileFinding } from './checks/finding.ts';
export { DOCKERFILE_CHECKS, lintDockerfile } from './lint.ts';
export { INSTRUCTIONS, parseDockerfile } from './parser.ts';
export { DOCKERFILE_RULES } from './rules.ts';
export { parseShell, type ParsedScript } from './shell.ts';
