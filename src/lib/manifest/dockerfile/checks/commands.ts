/** Recognising build commands: Cargo subcommands, and compilers of any language. */
import type { ShellCommand, Token } from '../ast.ts';
import { programName } from './finding.ts';

/** A cargo invocation: its subcommand token and every argument. */
export interface CargoCall {
  cargo: Token;
  subcommand: Token;
  args: Token[];
}

// Global options of cargo that take a value as the next word.
const CARGO_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C']);

/** The cargo call of a command, skipping `+toolchain` and global options; `cargo auditable build` counts as build. */
export function cargoCall(command: ShellCommand): CargoCall | undefined {
  if (programName(command.name.value) !== 'cargo') return undefined;
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const value = args[i]?.value ?? '';
    if (CARGO_VALUE_OPTIONS.has(value)) i++;
    else if (value.startsWith('-') || value.startsWith('+')) continue;
    else if (value === 'auditable' && args[i + 1]) return { cargo: command.name, subcommand: args[i + 1] as Token, args };
    else return { cargo: command.name, subcommand: args[i] as Token, args };
  }
  return undefined;
}

/** Whether a cargo call compiles the crate (build, install, rustc, zigbuild). */
export function isCargoBuild(call: CargoCall | undefined): call is CargoCall {
  return call !== undefined && ['build', 'b', 'install', 'rustc', 'zigbuild'].includes(call.subcommand.value);
}

const hasArg = (command: ShellCommand, values: readonly string[]): boolean => command.args.some((a) => values.includes(a.value));
const firstWord = (command: ShellCommand): string => command.args.find((a) => !a.value.startsWith('-'))?.value ?? '';

/** The build command as a reader would name it ("cargo build", "go build", "make"), or undefined for other commands. */
export function compileCommand(command: ShellCommand): string | undefined {
  const program = programName(command.name.value);
  const sub = firstWord(command);
  if (program === 'cargo') {
    const call = cargoCall(command);
    return isCargoBuild(call) ? `cargo ${call.subcommand.value}` : undefined;
  }
  if (['rustc', 'gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'make', 'cmake', 'ninja', 'javac'].includes(program)) return program;
  if (program === 'go' && ['build', 'install'].includes(sub)) return `go ${sub}`;
  if ((program === 'dotnet' && ['publish', 'build'].includes(sub)) || (program === 'swift' && sub === 'build')) return `${program} ${sub}`;
  if (['mvn', 'mvnw'].includes(program) && hasArg(command, ['package', 'install', 'verify', 'compile', 'deploy'])) return program;
  if (['gradle', 'gradlew'].includes(program) && hasArg(command, ['build', 'assemble', 'bootJar', 'installDist', 'jar', 'shadowJar']))
    return program;
  return undefined;
}
